// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TagStore", text);
}

const auto seededKey = u"codebook_seeded"_s;

QVariant parentOrNull(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>());
}

// Binds parent, name, colour, description and position, in that order.
void bindFields(QSqlQuery &q, const Tag &tag)
{
    q.addBindValue(parentOrNull(tag.parentId));
    q.addBindValue(tag.name);
    q.addBindValue(tag.colour.name());
    q.addBindValue(tag.description.isNull() ? u""_s : tag.description);
    q.addBindValue(tag.position);
}

} // namespace

TagStore::TagStore(Database &db)
    : m_db(db)
{
}

Result<int> TagStore::seedDefaultsOnFirstStart()
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT value FROM library_meta WHERE key = ?"_s);
    q.addBindValue(seededKey);
    if (!q.exec())
        return Database::sqlError(tr("Cannot read the codebook"), q.lastError());
    if (q.next())
        return 0;

    QFile file(u":/codebook/default.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, tr("The default codebook is missing from this build.")};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();

    QSqlQuery colour(m_db.connection());
    colour.prepare(u"INSERT INTO highlight_colour (name, colour, meaning, position) VALUES (?, ?, ?, ?)"_s);
    int position = 0;
    for (const QJsonValue &v : root[u"colours"_s].toArray()) {
        const QJsonObject c = v.toObject();
        colour.addBindValue(c[u"name"_s].toString());
        colour.addBindValue(c[u"colour"_s].toString());
        colour.addBindValue(c[u"meaning"_s].toString());
        colour.addBindValue(position++);
        if (!colour.exec())
            return Database::sqlError(tr("Cannot add the default colours"), colour.lastError());
    }

    QSqlQuery tag(m_db.connection());
    tag.prepare(u"INSERT INTO tag (parent_id, name, colour, description, position) VALUES (?, ?, ?, ?, ?)"_s);
    int added = 0;
    // Depth-first over the JSON tree; each level's ids come from the inserts above it.
    std::function<Status(const QJsonArray &, qint64)> addLevel = [&](const QJsonArray &level, qint64 parent) -> Status {
        int pos = 0;
        for (const QJsonValue &v : level) {
            const QJsonObject t = v.toObject();
            tag.addBindValue(parentOrNull(parent));
            tag.addBindValue(t[u"name"_s].toString());
            tag.addBindValue(t[u"colour"_s].toString());
            tag.addBindValue(t[u"description"_s].toString());
            tag.addBindValue(pos++);
            if (!tag.exec())
                return Database::sqlError(tr("Cannot add the default codebook"), tag.lastError());
            ++added;
            if (Status s = addLevel(t[u"children"_s].toArray(), tag.lastInsertId().toLongLong()); !s)
                return s;
        }
        return Ok{};
    };
    if (Status s = addLevel(root[u"tags"_s].toArray(), 0); !s)
        return s.error();

    q.prepare(u"INSERT INTO library_meta (key, value) VALUES (?, ?)"_s);
    q.addBindValue(seededKey);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Database::sqlError(tr("Cannot add the default codebook"), q.lastError());
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<Codebook> TagStore::codebook() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, ifnull(parent_id, 0), name, colour, description, position FROM tag "
                "ORDER BY position, id"_s)) {
        return Database::sqlError(tr("Cannot read the codebook"), q.lastError());
    }
    QList<Tag> tags;
    while (q.next()) {
        tags << Tag{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    QColor::fromString(q.value(3).toString()), q.value(4).toString(), q.value(5).toInt()};
    }
    return Codebook(std::move(tags));
}

Result<QList<HighlightColour>> TagStore::colours() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT id, name, colour, meaning FROM highlight_colour ORDER BY position"_s))
        return Database::sqlError(tr("Cannot read the highlight colours"), q.lastError());
    QList<HighlightColour> list;
    while (q.next()) {
        list << HighlightColour{q.value(0).toLongLong(), q.value(1).toString(),
                                QColor::fromString(q.value(2).toString()), q.value(3).toString()};
    }
    return list;
}

Result<QHash<qint64, int>> TagStore::highlightCounts() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT tag_id, count(*) FROM highlight_tag GROUP BY tag_id"_s))
        return Database::sqlError(tr("Cannot count the highlights per tag"), q.lastError());
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Result<qint64> TagStore::add(const Tag &tag)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO tag (parent_id, name, colour, description, position) VALUES (?, ?, ?, ?, ?)"_s);
    bindFields(q, tag);
    if (!q.exec())
        return Database::sqlError(tr("Cannot add the tag “%1”").arg(tag.name), q.lastError());
    return q.lastInsertId().toLongLong();
}

Status TagStore::restore(const Tag &tag)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO tag (id, parent_id, name, colour, description, position) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(tag.id);
    bindFields(q, tag);
    if (!q.exec())
        return Database::sqlError(tr("Cannot restore the tag “%1”").arg(tag.name), q.lastError());
    return Ok{};
}

Status TagStore::update(const Tag &tag)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE tag SET parent_id = ?, name = ?, colour = ?, description = ?, position = ? WHERE id = ?"_s);
    bindFields(q, tag);
    q.addBindValue(tag.id);
    if (!q.exec())
        return Database::sqlError(tr("Cannot change the tag “%1”").arg(tag.name), q.lastError());
    return Ok{};
}

Status TagStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM tag WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(tr("Cannot delete the tag"), q.lastError());
    return Ok{};
}

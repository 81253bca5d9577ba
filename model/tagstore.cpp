// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "database.h"
#include "statement.h"
#include "highlightstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)
};

const auto seededKey = u"codebook_seeded"_s;

QVariant parentOrNull(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>());
}

// Binds parent, name, colour, description and position, in that order.
void bindFields(Statement &q, const Tag &tag)
{
    q.addBindValue(parentOrNull(tag.parentId));
    q.addBindValue(tag.name);
    q.addBindValue(tag.colour.name());
    q.addBindValue(tag.description.isNull() ? u""_s : tag.description);
    q.addBindValue(tag.position);
}

// "?, ?, ?" for an IN list of n values.
QString marks(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", "_s);
}

void bindAll(Statement &q, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        q.addBindValue(id);
}

Tag readTag(const QSqlQuery &q)
{
    return Tag{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
               QColor::fromString(q.value(3).toString()), q.value(4).toString(), q.value(5).toInt()};
}

const auto selectTags = u"SELECT id, coalesce(parent_id, 0), name, colour, description, position FROM tag "_s;

} // namespace

TagStore::TagStore(Database &db)
    : m_db(db)
{
}

Result<int> TagStore::seedDefaultsOnFirstStart()
{
    Statement q(m_db.connection());
    q.prepare(u"SELECT value FROM library_meta WHERE key = ?"_s);
    q.addBindValue(seededKey);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read the codebook"), q.lastError());
    if (q.next())
        return 0;

    QFile file(u":/codebook/default.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, Text::tr("The default codebook is missing from this build.")};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();

    Statement colour(m_db.connection());
    colour.prepare(u"INSERT INTO highlight_colour (name, colour, meaning, position) VALUES (?, ?, ?, ?)"_s);
    int position = 0;
    for (const QJsonValue &v : root[u"colours"_s].toArray()) {
        const QJsonObject c = v.toObject();
        colour.addBindValue(c[u"name"_s].toString());
        colour.addBindValue(c[u"colour"_s].toString());
        colour.addBindValue(c[u"meaning"_s].toString());
        colour.addBindValue(position++);
        if (!colour.exec())
            return Database::sqlError(Text::tr("Cannot add the default colours"), colour.lastError());
    }

    Statement tag(m_db.connection());
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
                return Database::sqlError(Text::tr("Cannot add the default codebook"), tag.lastError());
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
        return Database::sqlError(Text::tr("Cannot add the default codebook"), q.lastError());
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<Codebook> TagStore::codebook() const
{
    Statement q(m_db.connection());
    if (!q.exec(selectTags + u"ORDER BY position, id"_s))
        return Database::sqlError(Text::tr("Cannot read the codebook"), q.lastError());
    QList<Tag> tags;
    while (q.next())
        tags << readTag(q);
    return Codebook(std::move(tags));
}

Result<QList<HighlightColour>> TagStore::colours() const
{
    Statement q(m_db.connection());
    if (!q.exec(u"SELECT id, name, colour, meaning FROM highlight_colour ORDER BY position"_s))
        return Database::sqlError(Text::tr("Cannot read the highlight colours"), q.lastError());
    QList<HighlightColour> list;
    while (q.next()) {
        list << HighlightColour{q.value(0).toLongLong(), q.value(1).toString(),
                                QColor::fromString(q.value(2).toString()), q.value(3).toString()};
    }
    return list;
}

Status TagStore::setColourMeanings(const QList<HighlightColour> &colours)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    Statement q(m_db.connection());
    q.prepare(u"UPDATE highlight_colour SET meaning = ? WHERE id = ?"_s);
    for (const HighlightColour &c : colours) {
        q.addBindValue(c.meaning.isNull() ? u""_s : c.meaning.trimmed());
        q.addBindValue(c.id);
        if (!q.exec())
            return Database::sqlError(Text::tr("Cannot save the meaning of %1").arg(c.name), q.lastError());
    }
    return transaction.commit();
}

Result<QHash<qint64, int>> TagStore::highlightCounts() const
{
    Statement q(m_db.connection());
    if (!q.exec(u"SELECT tag_id, count(*) FROM highlight_tag GROUP BY tag_id"_s))
        return Database::sqlError(Text::tr("Cannot count the highlights per tag"), q.lastError());
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Result<int> TagStore::subtreeHighlightCount(qint64 id) const
{
    const auto book = codebook();
    if (!book)
        return book.error();
    if (!book->tag(id))
        return Error{Error::Code::NotFound, Text::tr("The argument no longer exists.")};
    const QList<qint64> ids = book->subtree(id);
    Statement q(m_db.connection());
    q.prepare(u"SELECT count(DISTINCT highlight_id) FROM highlight_tag WHERE tag_id IN (%1)"_s.arg(marks(ids.size())));
    bindAll(q, ids);
    if (!q.exec() || !q.next())
        return Database::sqlError(Text::tr("Cannot count the highlights of the argument"), q.lastError());
    return q.value(0).toInt();
}

Result<qint64> TagStore::add(const Tag &tag)
{
    Statement q(m_db.connection());
    q.prepare(u"INSERT INTO tag (parent_id, name, colour, description, position, created_by, modified_by, "
              "modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindFields(q, tag);
    q.addBindValue(m_db.author());
    q.addBindValue(m_db.author());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot add the tag “%1”").arg(tag.name), q.lastError());
    return q.lastInsertId().toLongLong();
}

Status TagStore::restore(const Tag &tag)
{
    Statement q(m_db.connection());
    q.prepare(u"INSERT INTO tag (id, parent_id, name, colour, description, position) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(tag.id);
    bindFields(q, tag);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot restore the tag “%1”").arg(tag.name), q.lastError());
    return Ok{};
}

Status TagStore::update(const Tag &tag)
{
    Statement q(m_db.connection());
    // Who changed an argument last, and when: in a team library the codebook is everyone's.
    q.prepare(u"UPDATE tag SET parent_id = ?, name = ?, colour = ?, description = ?, position = ?, modified_by = ?, "
              "modified_at = ? WHERE id = ?"_s);
    bindFields(q, tag);
    q.addBindValue(m_db.author());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(tag.id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot change the tag “%1”").arg(tag.name), q.lastError());
    return Ok{};
}

Status TagStore::remove(qint64 id)
{
    Statement q(m_db.connection());
    q.prepare(u"DELETE FROM tag WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot delete the tag"), q.lastError());
    return Ok{};
}

Status TagStore::updateMany(const QList<Tag> &tags)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    for (const Tag &tag : tags) {
        if (Status s = update(tag); !s)
            return s;
    }
    return transaction.commit();
}

Result<TagChange> TagStore::reparent(qint64 id, qint64 newParentId, int row)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const auto book = codebook();
    if (!book)
        return book.error();
    const Tag *moving = book->tag(id);
    if (!moving || (newParentId > 0 && !book->tag(newParentId)))
        return Error{Error::Code::NotFound, Text::tr("The argument no longer exists.")};
    if (book->subtree(id).contains(newParentId))
        return Error{Error::Code::InvalidArgument,
                     Text::tr("“%1” cannot be moved into itself or one of its own sub-arguments.").arg(moving->name)};

    // The new order of the siblings, then positions 0, 1, 2 … in that order.
    const QList<qint64> siblings = book->children(newParentId);
    const qint64 beforeId = row >= 0 && row < siblings.size() ? siblings[row] : 0;
    QList<qint64> order = siblings;
    order.removeOne(id);
    qsizetype at = order.size();
    if (beforeId == id)
        at = siblings.indexOf(id); // dropped where it already is
    else if (beforeId > 0)
        at = order.indexOf(beforeId);
    order.insert(at, id);

    TagChange change;
    for (int pos = 0; pos < order.size(); ++pos) {
        const Tag &old = *book->tag(order[pos]);
        Tag now = old;
        now.parentId = newParentId;
        now.position = pos;
        if (now != old) {
            change.before << old;
            change.after << now;
        }
    }
    // The moved tag first: every other row only changes its position.
    for (qsizetype i = 0; i < change.after.size(); ++i) {
        if (change.after[i].id == id) {
            change.before.move(i, 0);
            change.after.move(i, 0);
        }
    }
    if (Status s = updateMany(change.after); !s)
        return s.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return change;
}

Result<QList<qint64>> TagStore::highlightsTaggedWith(const QList<qint64> &tagIds) const
{
    Statement q(m_db.connection());
    q.prepare(u"SELECT DISTINCT highlight_id FROM highlight_tag WHERE tag_id IN (%1) ORDER BY highlight_id"_s.arg(
        marks(tagIds.size())));
    bindAll(q, tagIds);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read the highlights of the argument"), q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<TaggingRow>> TagStore::taggingsOf(const QList<qint64> &highlightIds) const
{
    QList<TaggingRow> rows;
    if (highlightIds.isEmpty())
        return rows;
    Statement q(m_db.connection());
    q.prepare(u"SELECT highlight_id, tag_id, stance, position FROM highlight_tag WHERE highlight_id IN (%1) "
              "ORDER BY highlight_id, position, tag_id"_s.arg(marks(highlightIds.size())));
    bindAll(q, highlightIds);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read the highlights of the argument"), q.lastError());
    while (q.next()) {
        rows << TaggingRow{q.value(0).toLongLong(), q.value(1).toLongLong(),
                           stanceFromKey(q.value(2).toString()).value_or(Stance::Supports), q.value(3).toInt()};
    }
    return rows;
}

Result<TagSnapshot> TagStore::removeSubtree(qint64 id, WhatBecomesOfHighlights fate)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const auto book = codebook();
    if (!book)
        return book.error();
    const Tag *root = book->tag(id);
    if (!root)
        return Error{Error::Code::NotFound, Text::tr("The argument no longer exists.")};
    if (fate == WhatBecomesOfHighlights::MoveToParent && root->parentId == 0)
        return Error{Error::Code::InvalidArgument,
                     Text::tr("“%1” is a top-level argument: there is no parent to tag its highlights with.")
                         .arg(root->name)};

    TagSnapshot snapshot;
    const QList<qint64> ids = book->subtree(id);
    for (qint64 t : ids)
        snapshot.removedTags << *book->tag(t);
    auto affected = highlightsTaggedWith(ids);
    if (!affected)
        return affected.error();
    snapshot.affectedHighlights = *affected;
    auto taggings = taggingsOf(snapshot.affectedHighlights);
    if (!taggings)
        return taggings.error();
    snapshot.taggings = *taggings;

    Statement q(m_db.connection());
    if (fate == WhatBecomesOfHighlights::DeleteHighlights && !snapshot.affectedHighlights.isEmpty()) {
        HighlightStore highlights(m_db);
        for (qint64 h : std::as_const(snapshot.affectedHighlights)) {
            auto highlight = highlights.highlight(h);
            if (!highlight)
                return highlight.error();
            highlight->tags.clear(); // they come back from snapshot.taggings, positions and all
            snapshot.removedHighlights << *highlight;
        }
        q.prepare(u"DELETE FROM highlight WHERE id IN (%1)"_s.arg(marks(snapshot.affectedHighlights.size())));
        bindAll(q, snapshot.affectedHighlights);
        if (!q.exec())
            return Database::sqlError(Text::tr("Cannot delete the highlights of the argument"), q.lastError());
    } else if (fate == WhatBecomesOfHighlights::MoveToParent) {
        // A highlight with several tags in the subtree takes the stance and place of the first; one already
        // tagged with the parent keeps that tagging.
        q.prepare(u"INSERT INTO highlight_tag (highlight_id, tag_id, stance, position) "
                  "SELECT highlight_id, CAST(? AS BIGINT), stance, position FROM highlight_tag WHERE tag_id IN (%1) "
                  "ORDER BY highlight_id, position ON CONFLICT DO NOTHING"_s.arg(marks(ids.size())));
        q.addBindValue(root->parentId);
        bindAll(q, ids);
        if (!q.exec())
            return Database::sqlError(Text::tr("Cannot tag the highlights with the parent argument"), q.lastError());
    }
    // The foreign keys cascade to the descendants and their taggings.
    if (Status removed = remove(id); !removed)
        return removed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return snapshot;
}

Result<TagSnapshot> TagStore::merge(qint64 fromId, qint64 intoId)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const auto book = codebook();
    if (!book)
        return book.error();
    const Tag *from = book->tag(fromId);
    const Tag *into = book->tag(intoId);
    if (!from || !into)
        return Error{Error::Code::NotFound, Text::tr("The argument no longer exists.")};
    if (book->subtree(fromId).contains(intoId))
        return Error{Error::Code::InvalidArgument,
                     Text::tr("“%1” cannot be merged into itself or one of its own sub-arguments.").arg(from->name)};

    TagSnapshot snapshot;
    snapshot.removedTags << *from;
    auto affected = highlightsTaggedWith({fromId});
    if (!affected)
        return affected.error();
    snapshot.affectedHighlights = *affected;
    auto taggings = taggingsOf(snapshot.affectedHighlights);
    if (!taggings)
        return taggings.error();
    snapshot.taggings = *taggings;

    Statement q(m_db.connection());
    q.prepare(u"INSERT INTO highlight_tag (highlight_id, tag_id, stance, position) "
              "SELECT highlight_id, CAST(? AS BIGINT), stance, position FROM highlight_tag WHERE tag_id = ? ON CONFLICT DO NOTHING"_s);
    q.addBindValue(intoId);
    q.addBindValue(fromId);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot move the highlights to “%1”").arg(into->name), q.lastError());

    // The children follow their parent's highlights, after intoId's own children.
    int position = 0;
    for (qint64 child : book->children(intoId))
        position = std::max(position, book->tag(child)->position + 1);
    for (qint64 child : book->children(fromId)) {
        Tag moved = *book->tag(child);
        snapshot.movedTags << moved;
        moved.parentId = intoId;
        moved.position = position++;
        if (Status s = update(moved); !s)
            return s.error();
    }
    if (Status removed = remove(fromId); !removed)
        return removed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return snapshot;
}

Status TagStore::restore(const TagSnapshot &snapshot)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    for (const Tag &tag : snapshot.removedTags) {
        if (Status s = restore(tag); !s)
            return s;
    }
    if (Status s = updateMany(snapshot.movedTags); !s)
        return s;
    HighlightStore highlights(m_db);
    for (const Highlight &h : snapshot.removedHighlights) {
        if (Status s = highlights.restore(h); !s)
            return s;
    }
    if (!snapshot.affectedHighlights.isEmpty()) {
        // Whatever the change left on these highlights goes; what they had comes back, stances and order too.
        Statement q(m_db.connection());
        q.prepare(u"DELETE FROM highlight_tag WHERE highlight_id IN (%1)"_s.arg(marks(snapshot.affectedHighlights.size())));
        bindAll(q, snapshot.affectedHighlights);
        if (!q.exec())
            return Database::sqlError(Text::tr("Cannot restore the highlights of the argument"), q.lastError());
        q.prepare(u"INSERT INTO highlight_tag (highlight_id, tag_id, stance, position) VALUES (?, ?, ?, ?)"_s);
        for (const TaggingRow &row : snapshot.taggings) {
            q.addBindValue(row.highlightId);
            q.addBindValue(row.tagId);
            q.addBindValue(stanceKey(row.stance));
            q.addBindValue(row.position);
            if (!q.exec())
                return Database::sqlError(Text::tr("Cannot restore the highlights of the argument"), q.lastError());
        }
    }
    return transaction.commit();
}

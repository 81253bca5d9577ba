// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HighlightStore)
};

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

// Reads what isoUtc() wrote ("2024-05-01T09:30:00.123Z") directly, and anything else through Qt's parser: a
// library of thousands of highlights reads two times per highlight, and QDateTime::fromString, which accepts every
// ISO 8601 variant, was the larger part of reading them.
QDateTime fromIsoUtc(const QString &s)
{
    const auto digits = [&s](qsizetype at, qsizetype count, int &value) {
        value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (s.size() == 24 && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s[13] == u':' && s[16] == u':'
        && s[19] == u'.' && s[23] == u'Z' && digits(0, 4, year) && digits(5, 2, month) && digits(8, 2, day)
        && digits(11, 2, hour) && digits(14, 2, minute) && digits(17, 2, second) && digits(20, 3, ms)) {
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, ms);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::UTC);
    }
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

// A null QString binds as SQL NULL; the NOT NULL text columns want ''.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant colourOrNull(const QColor &c)
{
    return c.isValid() ? QVariant(c.name()) : QVariant(QMetaType::fromType<QString>());
}

// Binds quote, prefix, suffix, start, end, orphaned, colour, style and note, in that order.
void bindEditable(Statement &q, const Highlight &h)
{
    q.addBindValue(text(h.anchor.quote));
    q.addBindValue(text(h.anchor.prefix));
    q.addBindValue(text(h.anchor.suffix));
    q.addBindValue(h.anchor.start);
    q.addBindValue(h.anchor.end);
    q.addBindValue(h.orphaned ? 1 : 0);
    q.addBindValue(colourOrNull(h.colour));
    q.addBindValue(styleKey(h.style));
    q.addBindValue(text(h.note));
}

const auto selectColumns = u"SELECT id, post_id, quote, prefix, suffix, start_offset, end_offset, orphaned, "
                           "colour, style, note, created_at, modified_at, created_by, modified_by, version "
                           "FROM highlight "_s;

Highlight readRow(const QSqlQuery &q)
{
    Highlight h;
    h.id = q.value(0).toLongLong();
    h.postId = q.value(1).toLongLong();
    h.anchor = TextAnchor{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                          q.value(6).toInt()};
    h.orphaned = q.value(7).toInt() != 0;
    if (!q.value(8).isNull())
        h.colour = QColor::fromString(q.value(8).toString());
    h.style = styleFromKey(q.value(9).toString()).value_or(Highlight::Style::Background);
    h.note = q.value(10).toString();
    h.created = fromIsoUtc(q.value(11).toString());
    h.modified = fromIsoUtc(q.value(12).toString());
    h.createdBy = q.value(13).toString();
    h.modifiedBy = q.value(14).toString();
    h.version = q.value(15).toInt();
    return h;
}

} // namespace

HighlightStore::HighlightStore(Database &db)
    : m_db(db)
{
}

namespace {

Status writeTags(QSqlDatabase db, const Highlight &h)
{
    Statement q(db);
    q.prepare(u"DELETE FROM highlight_tag WHERE highlight_id = ?"_s);
    q.addBindValue(h.id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot save the tags of the highlight"), q.lastError());
    q.prepare(u"INSERT INTO highlight_tag (highlight_id, tag_id, stance, position) VALUES (?, ?, ?, ?)"_s);
    for (int i = 0; i < h.tags.size(); ++i) {
        q.addBindValue(h.id);
        q.addBindValue(h.tags[i].tagId);
        q.addBindValue(stanceKey(h.tags[i].stance));
        q.addBindValue(i);
        if (!q.exec())
            return Database::sqlError(Text::tr("Cannot save the tags of the highlight"), q.lastError());
    }
    return Ok{};
}

// Inserts highlights with their tags; the caller holds the transaction. The statements are prepared once, so a
// bulk write (an import, a restore of many) pays for parsing SQL once rather than per row.
class RowInserter
{
public:
    explicit RowInserter(Database &database)
        : m_insert(database.connection())
        , m_restore(database.connection())
        , m_tag(database.connection())
    {
        // Two statements: PostgreSQL refuses a NULL id where SQLite would choose one.
        const QString columns = u"post_id, quote, prefix, suffix, start_offset, end_offset, orphaned, colour, style, "
                                "note, created_at, modified_at, created_by, modified_by, version"_s;
        const QString values = QStringList(15, u"?"_s).join(u", "_s);
        m_insert.prepare(u"INSERT INTO highlight (%1) VALUES (%2)"_s.arg(columns, values));
        m_restore.prepare(u"INSERT INTO highlight (id, %1) VALUES (?, %2)"_s.arg(columns, values));
        m_tag.prepare(u"INSERT INTO highlight_tag (highlight_id, tag_id, stance, position) VALUES (?, ?, ?, ?)"_s);
    }

    // Inserts h with its id when it has one (restore), else lets the database choose. Authors left empty are
    // author.
    Result<qint64> insert(Highlight h, const QString &author)
    {
        if (h.createdBy.isEmpty())
            h.createdBy = author;
        if (h.modifiedBy.isEmpty())
            h.modifiedBy = h.createdBy;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!h.created.isValid())
            h.created = now;
        if (!h.modified.isValid())
            h.modified = h.created;
        Statement &insert = h.id > 0 ? m_restore : m_insert;
        if (h.id > 0)
            insert.addBindValue(h.id);
        insert.addBindValue(h.postId);
        bindEditable(insert, h);
        insert.addBindValue(isoUtc(h.created));
        insert.addBindValue(isoUtc(h.modified));
        insert.addBindValue(text(h.createdBy));
        insert.addBindValue(text(h.modifiedBy));
        insert.addBindValue(std::max(h.version, 1));
        if (!insert.exec())
            return Database::sqlError(Text::tr("Cannot save the highlight"), insert.lastError());
        if (h.id <= 0)
            h.id = insert.lastInsertId().toLongLong();
        // A new row has no taggings yet, so none to delete first.
        for (int i = 0; i < h.tags.size(); ++i) {
            m_tag.addBindValue(h.id);
            m_tag.addBindValue(h.tags[i].tagId);
            m_tag.addBindValue(stanceKey(h.tags[i].stance));
            m_tag.addBindValue(i);
            if (!m_tag.exec())
                return Database::sqlError(Text::tr("Cannot save the tags of the highlight"), m_tag.lastError());
        }
        return h.id;
    }

private:
    Statement m_insert;
    Statement m_restore;
    Statement m_tag;
};

Result<qint64> insertRow(Database &database, const Highlight &h)
{
    return RowInserter(database).insert(h, database.author());
}

Result<qint64> insert(Database &database, const Highlight &h)
{
    Database::Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun().error();
    const auto id = insertRow(database, h);
    if (!id)
        return id;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

} // namespace

Result<qint64> HighlightStore::add(const Highlight &highlight)
{
    Highlight h = highlight;
    h.id = 0;
    h.createdBy = h.modifiedBy = m_db.author();
    h.version = 1;
    return insert(m_db, h);
}

Status HighlightStore::restore(const Highlight &highlight)
{
    if (highlight.id <= 0)
        return Error{Error::Code::InvalidArgument, Text::tr("A highlight to restore needs its id.")};
    const auto id = insert(m_db, highlight);
    if (!id)
        return id.error();
    return Ok{};
}

Status HighlightStore::update(const Highlight &h)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    Statement q(m_db.connection());
    q.prepare(u"UPDATE highlight SET quote = ?, prefix = ?, suffix = ?, start_offset = ?, end_offset = ?, "
              "orphaned = ?, colour = ?, style = ?, note = ?, modified_at = ?, modified_by = ?, version = ? "
              "WHERE id = ? AND version = ?"_s);
    bindEditable(q, h);
    q.addBindValue(isoUtc(h.modified.isValid() ? h.modified : QDateTime::currentDateTimeUtc()));
    q.addBindValue(m_db.author());
    q.addBindValue(h.version + 1);
    q.addBindValue(h.id);
    q.addBindValue(h.version);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot save the highlight"), q.lastError());
    if (q.numRowsAffected() != 1)
        return missingOrChanged(h.id);
    if (Status s = writeTags(m_db.connection(), h); !s)
        return s;
    return transaction.commit();
}

Status HighlightStore::remove(qint64 id, int version)
{
    Statement q(m_db.connection());
    q.prepare(version > 0 ? u"DELETE FROM highlight WHERE id = ? AND version = ?"_s
                          : u"DELETE FROM highlight WHERE id = ?"_s);
    q.addBindValue(id);
    if (version > 0)
        q.addBindValue(version);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot delete the highlight"), q.lastError());
    if (version > 0 && q.numRowsAffected() != 1) {
        // Gone already is what was asked for; changed since is not.
        if (Status missing = missingOrChanged(id); missing.error().code == Error::Code::Conflict)
            return missing;
    }
    return Ok{};
}

Status HighlightStore::missingOrChanged(qint64 id) const
{
    const auto current = highlight(id);
    if (!current)
        return current.error().code == Error::Code::NotFound
                   ? Error{Error::Code::NotFound, Text::tr("The highlight no longer exists.")}
                   : current.error();
    const QString who = current->modifiedBy.isEmpty() ? Text::tr("Someone") : current->modifiedBy;
    return Error{Error::Code::Conflict,
                 Text::tr("%1 changed this highlight at %2, after you last saw it.")
                     .arg(who, QLocale().toString(current->modified.toLocalTime(), QLocale::ShortFormat))};
}

Result<QStringList> HighlightStore::authors() const
{
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT created_by FROM highlight WHERE created_by <> '' ORDER BY created_by"_s))
        return Database::sqlError(Text::tr("Cannot read the highlights"), q.lastError());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<Highlight> HighlightStore::highlight(qint64 id) const
{
    Statement q(m_db.connection());
    q.prepare(selectColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read the highlight"), q.lastError());
    if (!q.next())
        return Error{Error::Code::NotFound, Text::tr("There is no highlight %1.").arg(id)};
    Highlight h = readRow(q);
    q.prepare(u"SELECT tag_id, stance FROM highlight_tag WHERE highlight_id = ? ORDER BY position"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read the highlight"), q.lastError());
    while (q.next())
        h.tags << Tagging{q.value(0).toLongLong(), stanceFromKey(q.value(1).toString()).value_or(Stance::Supports)};
    return h;
}

Result<QList<Highlight>> HighlightStore::forPost(qint64 postId) const
{
    return all(postId);
}

Result<QList<Highlight>> HighlightStore::all(qint64 postId, const QList<qint64> &tagIds) const
{
    QStringList where;
    if (postId > 0)
        where << u"post_id = ?"_s;
    if (!tagIds.isEmpty()) {
        QStringList marks(tagIds.size(), u"?"_s);
        where << u"id IN (SELECT highlight_id FROM highlight_tag WHERE tag_id IN (%1))"_s.arg(marks.join(u','));
    }
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(selectColumns + (where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s))
              + u" ORDER BY post_id, orphaned, start_offset, id"_s);
    if (postId > 0)
        q.addBindValue(postId);
    for (qint64 id : tagIds)
        q.addBindValue(id);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read the highlights"), q.lastError());
    QList<Highlight> list;
    QHash<qint64, qsizetype> rowOf;
    while (q.next()) {
        rowOf.insert(q.value(0).toLongLong(), list.size());
        list << readRow(q);
    }
    if (list.isEmpty())
        return list;

    // Tags of all of them in one pass rather than a query per highlight.
    Statement t(m_db.connection());
    t.setForwardOnly(true);
    t.prepare(u"SELECT ht.highlight_id, ht.tag_id, ht.stance FROM highlight_tag ht JOIN highlight h "
              "ON h.id = ht.highlight_id "_s
              + (postId > 0 ? u"WHERE h.post_id = ? "_s : QString()) + u"ORDER BY ht.highlight_id, ht.position"_s);
    if (postId > 0)
        t.addBindValue(postId);
    if (!t.exec())
        return Database::sqlError(Text::tr("Cannot read the highlights"), t.lastError());
    while (t.next()) {
        const auto row = rowOf.constFind(t.value(0).toLongLong());
        if (row != rowOf.cend()) {
            list[*row].tags << Tagging{t.value(1).toLongLong(),
                                       stanceFromKey(t.value(2).toString()).value_or(Stance::Supports)};
        }
    }
    return list;
}

Result<QList<qint64>> HighlightStore::addMany(const QList<Highlight> &highlights)
{
    Database::Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    QList<qint64> ids;
    ids.reserve(highlights.size());
    RowInserter inserter(m_db);
    for (Highlight h : highlights) {
        h.id = 0;
        h.version = 1;
        const auto id = inserter.insert(h, m_db.author());
        if (!id)
            return id.error();
        ids << *id;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

namespace {

StanceCounts readStances(const QSqlQuery &q, int first)
{
    return StanceCounts{q.value(first).toInt(), q.value(first + 1).toInt(), q.value(first + 2).toInt()};
}

// sum() over a GROUP BY: the taggings of each stance. (CASE rather than summing the comparison: PostgreSQL's
// comparisons are booleans, not numbers.)
const auto stanceSums = u"sum(CASE WHEN ht.stance = 'supports' THEN 1 ELSE 0 END), "
                        "sum(CASE WHEN ht.stance = 'challenges' THEN 1 ELSE 0 END), "
                        "sum(CASE WHEN ht.stance = 'example' THEN 1 ELSE 0 END)"_s;

} // namespace

Result<QList<HighlightGroupCount>> HighlightStore::countsByTag() const
{
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    // The untagged ones come from the primary key of highlight_tag, one probe per highlight.
    q.prepare(u"SELECT ht.tag_id, count(*), "_s + stanceSums
              + u" FROM highlight_tag ht GROUP BY ht.tag_id "
                "UNION ALL SELECT 0, count(*), 0, 0, 0 FROM highlight h "
                "WHERE NOT EXISTS (SELECT 1 FROM highlight_tag t WHERE t.highlight_id = h.id)"_s);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot count the highlights per argument"), q.lastError());
    QList<HighlightGroupCount> counts;
    while (q.next()) {
        HighlightGroupCount c{q.value(0).toLongLong(), {}, q.value(1).toInt(), readStances(q, 2)};
        if (c.highlights > 0)
            counts << c;
    }
    return counts;
}

Result<QList<HighlightGroupCount>> HighlightStore::countsByPost() const
{
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.id, p.title, c.n, coalesce(s.supports, 0), coalesce(s.challenges, 0), "
              "coalesce(s.examples, 0) "
              "FROM (SELECT post_id, count(*) AS n FROM highlight GROUP BY post_id) c "
              "JOIN post p ON p.id = c.post_id "
              "LEFT JOIN (SELECT h.post_id, sum(CASE WHEN ht.stance = 'supports' THEN 1 ELSE 0 END) AS supports, "
              "sum(CASE WHEN ht.stance = 'challenges' THEN 1 ELSE 0 END) AS challenges, "
              "sum(CASE WHEN ht.stance = 'example' THEN 1 ELSE 0 END) AS examples "
              "FROM highlight_tag ht JOIN highlight h ON h.id = ht.highlight_id GROUP BY h.post_id) s "
              "ON s.post_id = c.post_id ORDER BY p.id"_s);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot count the highlights per post"), q.lastError());
    QList<HighlightGroupCount> counts;
    while (q.next())
        counts << HighlightGroupCount{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                                      readStances(q, 3)};
    return counts;
}

Result<QList<PostHighlight>> HighlightStore::pageTagged(qint64 tagId, qint64 afterId, int limit) const
{
    if (tagId == 0) {
        return page(u"highlight h"_s,
                    u"h.id > ? AND NOT EXISTS (SELECT 1 FROM highlight_tag t WHERE t.highlight_id = h.id)"_s,
                    u"h.id"_s, {afterId}, limit);
    }
    return page(u"highlight_tag ht JOIN highlight h ON h.id = ht.highlight_id"_s,
                u"ht.tag_id = ? AND ht.highlight_id > ?"_s, u"ht.highlight_id"_s, {tagId, afterId}, limit);
}

Result<QList<PostHighlight>> HighlightStore::pageOfPost(qint64 postId, int afterStart, qint64 afterId,
                                                        int limit) const
{
    // A row value, so SQLite walks the (post_id, start_offset) index from the key on.
    return page(u"highlight h"_s, u"h.post_id = ? AND (h.start_offset, h.id) > (?, ?)"_s, u"h.start_offset, h.id"_s,
                {postId, afterStart, afterId}, limit);
}

Result<QList<PostHighlight>> HighlightStore::pageOrphaned(qint64 afterId, int limit) const
{
    return page(u"highlight h"_s, u"h.orphaned = 1 AND h.id > ?"_s, u"h.id"_s, {afterId}, limit);
}

Result<int> HighlightStore::orphanCount() const
{
    Statement q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM highlight WHERE orphaned = 1"_s) || !q.next())
        return Database::sqlError(Text::tr("Cannot read the highlights"), q.lastError());
    return q.value(0).toInt();
}

Result<QList<PostHighlight>> HighlightStore::page(const QString &from, const QString &where, const QString &order,
                                                  const QVariantList &values, int limit) const
{
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT h.id, h.post_id, h.quote, h.prefix, h.suffix, h.start_offset, h.end_offset, h.orphaned, "
              "h.colour, h.style, h.note, h.created_at, h.modified_at, h.created_by, h.modified_by, h.version, "
              "p.title FROM "_s
              + from + u" JOIN post p ON p.id = h.post_id WHERE "_s + where + u" ORDER BY "_s + order
              + u" LIMIT ?"_s);
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(limit < 0 ? -1 : limit);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read the highlights"), q.lastError());
    QList<PostHighlight> rows;
    QHash<qint64, qsizetype> rowOf;
    while (q.next()) {
        rowOf.insert(q.value(0).toLongLong(), rows.size());
        rows << PostHighlight{readRow(q), q.value(16).toString()};
    }

    // The page's tags, by id; in chunks, as SQLite limits the number of bound values.
    constexpr qsizetype chunk = 500;
    Statement t(m_db.connection());
    t.setForwardOnly(true);
    for (qsizetype first = 0; first < rows.size(); first += chunk) {
        const qsizetype n = std::min(chunk, rows.size() - first);
        t.prepare(u"SELECT highlight_id, tag_id, stance FROM highlight_tag WHERE highlight_id IN (%1) "
                  "ORDER BY highlight_id, position"_s.arg(QStringList(n, u"?"_s).join(u',')));
        for (qsizetype i = first; i < first + n; ++i)
            t.addBindValue(rows[i].highlight.id);
        if (!t.exec())
            return Database::sqlError(Text::tr("Cannot read the highlights"), t.lastError());
        while (t.next()) {
            rows[rowOf.value(t.value(0).toLongLong())].highlight.tags
                << Tagging{t.value(1).toLongLong(), stanceFromKey(t.value(2).toString()).value_or(Stance::Supports)};
        }
    }
    return rows;
}

Result<QList<ArgumentMatrixCell>> HighlightStore::argumentMatrix() const
{
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT h.post_id, ht.tag_id, "_s + stanceSums
              + u" FROM highlight_tag ht JOIN highlight h ON h.id = ht.highlight_id GROUP BY h.post_id, ht.tag_id"_s);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot count the arguments per post"), q.lastError());
    QList<ArgumentMatrixCell> cells;
    while (q.next())
        cells << ArgumentMatrixCell{q.value(0).toLongLong(), q.value(1).toLongLong(), readStances(q, 2)};
    return cells;
}

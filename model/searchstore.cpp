// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchstore.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchStore", text);
}

// Matched words between U+E000 and U+E001, "…" where text was left out.
const auto snippetArguments = u"char(57344), char(57345), char(8230)"_s;

} // namespace

QString SearchHit::plainSnippet() const
{
    QString text = snippet;
    text.remove(QChar(markStart)).remove(QChar(markEnd));
    return text;
}

QList<std::pair<int, int>> SearchHit::marks() const
{
    QList<std::pair<int, int>> ranges;
    int plain = 0;
    int open = -1;
    for (const QChar c : snippet) {
        if (c == QChar(markStart)) {
            if (open < 0)
                open = plain;
        } else if (c == QChar(markEnd)) {
            if (open >= 0 && plain > open)
                ranges.append({open, plain});
            open = -1;
        } else {
            ++plain;
        }
    }
    if (open >= 0 && plain > open) // cut off before its end marker
        ranges.append({open, plain});
    return ranges;
}

QString SearchHit::snippetMarkedWith(const QString &open, const QString &close) const
{
    const QString text = plainSnippet();
    QString marked;
    int at = 0;
    for (const auto &[start, end] : marks()) {
        marked += QStringView(text).mid(at, start - at) + open + QStringView(text).mid(start, end - start) + close;
        at = end;
    }
    return marked + QStringView(text).mid(at);
}

SearchStore::SearchStore(Database &db)
    : m_db(db)
{
}

Result<QList<SearchHit>> SearchStore::search(const QString &text, int limit) const
{
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid())
        return Error{Error::Code::Parse, query.hint()};
    return search(query, limit);
}

Result<QList<SearchHit>> SearchStore::search(const SearchQuery &query, int limit) const
{
    if (!query.isValid())
        return Error{Error::Code::Parse, query.hint()};
    if (limit <= 0)
        return QList<SearchHit>{};
    auto hits = posts(query, limit);
    if (!hits)
        return hits;
    auto more = highlights(query, limit);
    if (!more)
        return more;
    hits->append(*more);
    return hits;
}

// The inner query takes the first candidateCap matches in index order and ranks only those; snippets, the
// costly part, are made for the limit best of them.
Result<QList<SearchHit>> SearchStore::posts(const SearchQuery &query, int limit) const
{
    const QString match = query.postMatch();
    if (match.isEmpty())
        return QList<SearchHit>{};
    // Title words weigh most, then the author, the body, and the comments least.
    const auto weights = u"10.0, 3.0, 1.0, 0.5"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT post_search.rowid, p.title, -bm25(post_search, "_s + weights + u"), snippet(post_search, -1, "_s
              + snippetArguments + u", 16) "
              "FROM post_search JOIN post p ON p.id = post_search.rowid "
              "WHERE post_search MATCH ? AND post_search.rowid IN ("
              "  SELECT id FROM (SELECT rowid AS id, bm25(post_search, "_s
              + weights + u") AS r FROM post_search WHERE post_search MATCH ? LIMIT ?) ORDER BY r LIMIT ?) "
                          "ORDER BY 3 DESC, 1"_s);
    q.addBindValue(match);
    q.addBindValue(match);
    q.addBindValue(candidateCap);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::sqlError(tr("Searching the posts failed"), q.lastError());
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Post;
        hit.postId = q.value(0).toLongLong();
        hit.postTitle = q.value(1).toString();
        hit.score = q.value(2).toDouble();
        hit.snippet = q.value(3).toString();
        hits << hit;
    }
    return hits;
}

Result<QList<SearchHit>> SearchStore::highlights(const SearchQuery &query, int limit) const
{
    const QString match = query.highlightMatch();
    if (match.isEmpty())
        return QList<SearchHit>{};
    const QString postMatch = query.highlightPostMatch();
    const QString postExclusion = query.highlightPostExclusion();
    // The quote weighs most, then tag names, the note, and the stance (which only stance: asks for).
    const auto weights = u"4.0, 2.0, 3.0, 1.0"_s;
    // The post conditions go inside the candidate query, so the cap counts only highlights that qualify.
    QString postConditions;
    if (!postMatch.isEmpty())
        postConditions += u" AND h.post_id IN (SELECT rowid FROM post_search WHERE post_search MATCH ?)"_s;
    if (!postExclusion.isEmpty())
        postConditions += u" AND h.post_id NOT IN (SELECT rowid FROM post_search WHERE post_search MATCH ?)"_s;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT highlight_search.rowid, h.post_id, p.title, h.orphaned, h.start_offset, h.end_offset, "
              "-bm25(highlight_search, "_s
              + weights + u"), snippet(highlight_search, -1, "_s + snippetArguments
              + u", 24) "
                "FROM highlight_search JOIN highlight h ON h.id = highlight_search.rowid "
                "JOIN post p ON p.id = h.post_id "
                "WHERE highlight_search MATCH ? AND highlight_search.rowid IN ("
                "  SELECT id FROM (SELECT highlight_search.rowid AS id, bm25(highlight_search, "_s
              + weights
              + u") AS r FROM highlight_search JOIN highlight h ON h.id = highlight_search.rowid "
                "WHERE highlight_search MATCH ?"_s
              + postConditions + u" LIMIT ?) ORDER BY r LIMIT ?) ORDER BY 7 DESC, 1"_s);
    q.addBindValue(match);
    q.addBindValue(match);
    if (!postMatch.isEmpty())
        q.addBindValue(postMatch);
    if (!postExclusion.isEmpty())
        q.addBindValue(postExclusion);
    q.addBindValue(candidateCap);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::sqlError(tr("Searching the highlights failed"), q.lastError());
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Highlight;
        hit.highlightId = q.value(0).toLongLong();
        hit.postId = q.value(1).toLongLong();
        hit.postTitle = q.value(2).toString();
        if (q.value(3).toInt() == 0) {
            hit.anchorStart = q.value(4).toInt();
            hit.anchorEnd = q.value(5).toInt();
        }
        hit.score = q.value(6).toDouble();
        hit.snippet = q.value(7).toString();
        hits << hit;
    }
    return hits;
}

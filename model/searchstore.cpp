// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SearchStore)
};

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
    const bool onServer = m_db.backend() == Database::Backend::PostgreSQL;
    auto hits = onServer ? postsOnServer(query, limit) : posts(query, limit);
    if (!hits)
        return hits;
    auto more = onServer ? highlightsOnServer(query, limit) : highlights(query, limit);
    if (!more)
        return more;
    hits->append(*more);
    return hits;
}

namespace {

struct Candidate
{
    qint64 id = 0;
    double score = 0;
};

// The first candidateCap matches of match in index order, each with its score from bm25 under rankMatch. When
// the two expressions are the same, one query does both. Else the exact query only takes the candidates (no
// ranking, so no pass over the whole index) and the loose one, which matches every candidate too, ranks them as
// it walks the index in the same order; it stops after the last candidate, or after rankScanCap rows, and a
// candidate it did not reach ranks last. exactSql and rankSql select the rowid first, the score second.
Result<QList<Candidate>> rankedCandidates(Database &db, const QString &exactSql, const QVariantList &exactValues,
                                          const QString &rankSql, const QVariantList &rankValues, bool sameExpression,
                                          const QString &failure)
{
    QList<Candidate> candidates;
    Statement q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sameExpression ? rankSql : exactSql);
    for (const QVariant &value : sameExpression ? rankValues : exactValues)
        q.addBindValue(value);
    q.addBindValue(SearchStore::candidateCap);
    if (!q.exec())
        return Database::sqlError(failure, q.lastError());
    while (q.next())
        candidates.append({q.value(0).toLongLong(), sameExpression ? q.value(1).toDouble() : 0.0});
    if (sameExpression || candidates.isEmpty())
        return candidates;

    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        position.insert(candidates[i].id, i);
        candidates[i].score = -std::numeric_limits<double>::infinity();
    }
    const qint64 last = std::ranges::max(candidates, {}, &Candidate::id).id;
    Statement r(db.connection());
    r.setForwardOnly(true);
    r.prepare(rankSql);
    for (const QVariant &value : rankValues)
        r.addBindValue(value);
    r.addBindValue(SearchStore::rankScanCap);
    if (!r.exec())
        return Database::sqlError(failure, r.lastError());
    while (r.next()) {
        const qint64 id = r.value(0).toLongLong();
        if (const auto it = position.constFind(id); it != position.constEnd())
            candidates[*it].score = r.value(1).toDouble();
        if (id == last)
            break;
    }
    return candidates;
}

// Best first; equal scores by id, as the index found them.
QList<Candidate> best(QList<Candidate> candidates, int limit)
{
    std::ranges::stable_sort(candidates, [](const Candidate &a, const Candidate &b) {
        return a.score > b.score || (a.score == b.score && a.id < b.id);
    });
    if (candidates.size() > limit)
        candidates.resize(limit);
    return candidates;
}

// Unreached candidates carry -inf, which a view should not show.
double shownScore(double score)
{
    return std::isfinite(score) ? score : 0.0;
}

} // namespace

// Ranking reads only the capped candidates; snippets, the costly part, are made for the limit best of them, one
// row at a time (FTS5 seeks straight to a rowid).
Result<QList<SearchHit>> SearchStore::posts(const SearchQuery &query, int limit) const
{
    const QString match = query.postMatch();
    if (match.isEmpty())
        return QList<SearchHit>{};
    const QString rankMatch = query.postRankMatch();
    // Title words weigh most, then the author, the body, and the comments least.
    const auto weights = u"10.0, 3.0, 1.0, 0.5"_s;
    const auto candidates = rankedCandidates(
        m_db, u"SELECT rowid, 0 FROM post_search WHERE post_search MATCH ? LIMIT ?"_s, {match},
        u"SELECT rowid, -bm25(post_search, "_s + weights + u") FROM post_search WHERE post_search MATCH ? LIMIT ?"_s,
        {rankMatch}, rankMatch == match, Text::tr("Searching the posts failed"));
    if (!candidates)
        return candidates.error();

    Statement q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.title, snippet(post_search, -1, "_s + snippetArguments
              + u", 16) FROM post_search JOIN post p ON p.id = post_search.rowid "
                "WHERE post_search MATCH ? AND post_search.rowid = ?"_s);
    QList<SearchHit> hits;
    for (const Candidate &c : best(*candidates, limit)) {
        q.bindValue(0, match);
        q.bindValue(1, c.id);
        if (!q.exec())
            return Database::sqlError(Text::tr("Searching the posts failed"), q.lastError());
        if (!q.next())
            continue; // gone since the candidates were taken (another connection wrote)
        SearchHit hit;
        hit.kind = SearchHit::Kind::Post;
        hit.postId = c.id;
        hit.postTitle = q.value(0).toString();
        hit.score = shownScore(c.score);
        hit.snippet = q.value(1).toString();
        hits << hit;
        q.finish();
    }
    return hits;
}

Result<QList<SearchHit>> SearchStore::highlights(const SearchQuery &query, int limit) const
{
    const QString match = query.highlightMatch();
    if (match.isEmpty())
        return QList<SearchHit>{};
    const QString rankMatch = query.highlightRankMatch();
    const QString postMatch = query.highlightPostMatch();
    const QString postExclusion = query.highlightPostExclusion();
    // The quote weighs most, then tag names, the note, and the stance (which only stance: asks for).
    const auto weights = u"4.0, 2.0, 3.0, 1.0"_s;
    // The post conditions go inside the candidate query, so the cap counts only highlights that qualify.
    QString postConditions;
    QVariantList values{match};
    if (!postMatch.isEmpty()) {
        postConditions += u" AND h.post_id IN (SELECT rowid FROM post_search WHERE post_search MATCH ?)"_s;
        values << postMatch;
    }
    if (!postExclusion.isEmpty()) {
        postConditions += u" AND h.post_id NOT IN (SELECT rowid FROM post_search WHERE post_search MATCH ?)"_s;
        values << postExclusion;
    }
    const bool sameExpression = rankMatch == match && postConditions.isEmpty();
    const auto candidates = rankedCandidates(
        m_db,
        u"SELECT highlight_search.rowid, 0 FROM highlight_search JOIN highlight h ON h.id = highlight_search.rowid "
        "WHERE highlight_search MATCH ?"_s
            + postConditions + u" LIMIT ?"_s,
        values,
        u"SELECT rowid, -bm25(highlight_search, "_s + weights
            + u") FROM highlight_search WHERE highlight_search MATCH ? LIMIT ?"_s,
        {rankMatch}, sameExpression, Text::tr("Searching the highlights failed"));
    if (!candidates)
        return candidates.error();

    Statement q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT h.post_id, p.title, h.orphaned, h.start_offset, h.end_offset, snippet(highlight_search, -1, "_s
              + snippetArguments
              + u", 24) FROM highlight_search JOIN highlight h ON h.id = highlight_search.rowid "
                "JOIN post p ON p.id = h.post_id WHERE highlight_search MATCH ? AND highlight_search.rowid = ?"_s);
    QList<SearchHit> hits;
    for (const Candidate &c : best(*candidates, limit)) {
        q.bindValue(0, match);
        q.bindValue(1, c.id);
        if (!q.exec())
            return Database::sqlError(Text::tr("Searching the highlights failed"), q.lastError());
        if (!q.next())
            continue;
        SearchHit hit;
        hit.kind = SearchHit::Kind::Highlight;
        hit.highlightId = c.id;
        hit.postId = q.value(0).toLongLong();
        hit.postTitle = q.value(1).toString();
        if (q.value(2).toInt() == 0) {
            hit.anchorStart = q.value(3).toInt();
            hit.anchorEnd = q.value(4).toInt();
        }
        hit.score = shownScore(c.score);
        hit.snippet = q.value(5).toString();
        hits << hit;
        q.finish();
    }
    return hits;
}

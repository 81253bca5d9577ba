// SPDX-License-Identifier: GPL-3.0-or-later
// SearchStore on a PostgreSQL server (team library): SearchQuery's tsquery expressions over the tsvectors of
// resources/schema/postgresql/0002_search.sql, ranked by ts_rank with the field weights of the SQLite search, and
// snippets by ts_headline marked with the same private-use characters.
#include "searchstore.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SearchStore)
};

// Headlines come from every field the match may be in, as FTS5's snippet() picks the best column.
// ts_headline's options: the marks SearchHit expects, an ellipsis between fragments, about as long as FTS5's.
QString headlineOptions(int words)
{
    return u"'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', FragmentDelimiter=' || chr(8230) "
           "|| ', MaxFragments=1, MinWords=%1, MaxWords=%2'"_s.arg(words / 2).arg(words);
}

} // namespace

// The best limit posts by ts_rank (weights {D, C, B, A}: comments, body, author, title, as FTS5's 0.5, 1, 3, 10);
// headlines are made for those only.
Result<QList<SearchHit>> SearchStore::postsOnServer(const SearchQuery &query, int limit) const
{
    const QString tsQuery = query.postTsQuery();
    if (tsQuery.isEmpty())
        return QList<SearchHit>{};
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(u"SELECT best.post_id, best.score, p.title, "
              "ts_headline('gloss', concat_ws(E'\\n', p.title, p.author, p.body, (SELECT string_agg(c.body, E'\\n' "
              "ORDER BY c.position) FROM comment c WHERE c.post_id = p.id)), best.q, "_s
              + headlineOptions(16)
              + u") FROM (SELECT s.post_id, ts_rank('{0.05, 0.1, 0.3, 1.0}', s.document, q) AS score, q "
                "FROM post_search s, to_tsquery('gloss', ?) q WHERE s.document @@ q "
                "ORDER BY score DESC, s.post_id LIMIT ?) best JOIN post p ON p.id = best.post_id "
                "ORDER BY best.score DESC, best.post_id"_s);
    q.addBindValue(tsQuery);
    q.addBindValue(limit);
    if (!prepared || !q.exec())
        return Database::sqlError(Text::tr("Searching the posts failed"), q.lastError());
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Post;
        hit.postId = q.value(0).toLongLong();
        hit.score = q.value(1).toDouble();
        hit.postTitle = q.value(2).toString();
        hit.snippet = q.value(3).toString();
        hits << hit;
    }
    return hits;
}

// The best limit highlights (weights {D, C, B, A}: stances, note, tags, quote, as FTS5's 1, 3, 2, 4), of posts
// that match the title: and author: terms and not their exclusions.
Result<QList<SearchHit>> SearchStore::highlightsOnServer(const SearchQuery &query, int limit) const
{
    const QString tsQuery = query.highlightTsQuery();
    if (tsQuery.isEmpty())
        return QList<SearchHit>{};
    const QString postQuery = query.highlightPostTsQuery();
    const QString postExclusion = query.highlightPostTsExclusion();
    QString postConditions;
    QVariantList values{tsQuery};
    if (!postQuery.isEmpty()) {
        postConditions += u" AND h.post_id IN (SELECT post_id FROM post_search WHERE document @@ to_tsquery('gloss', ?))"_s;
        values << postQuery;
    }
    if (!postExclusion.isEmpty()) {
        postConditions +=
            u" AND h.post_id NOT IN (SELECT post_id FROM post_search WHERE document @@ to_tsquery('gloss', ?))"_s;
        values << postExclusion;
    }
    values << limit;
    Statement q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(u"SELECT best.highlight_id, best.score, h.post_id, p.title, h.orphaned, h.start_offset, h.end_offset, "
              "ts_headline('gloss', concat_ws(E'\\n', h.quote, h.note, (SELECT string_agg(t.name, ' ' "
              "ORDER BY ht.position) FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id "
              "WHERE ht.highlight_id = h.id)), best.q, "_s
              + headlineOptions(24)
              + u") FROM (SELECT s.highlight_id, ts_rank('{0.25, 0.75, 0.5, 1.0}', s.document, q) AS score, q "
                "FROM highlight_search s JOIN highlight h ON h.id = s.highlight_id, to_tsquery('gloss', ?) q "
                "WHERE s.document @@ q"_s
              + postConditions
              + u" ORDER BY score DESC, s.highlight_id LIMIT ?) best "
                "JOIN highlight h ON h.id = best.highlight_id JOIN post p ON p.id = h.post_id "
                "ORDER BY best.score DESC, best.highlight_id"_s);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!prepared || !q.exec())
        return Database::sqlError(Text::tr("Searching the highlights failed"), q.lastError());
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Highlight;
        hit.highlightId = q.value(0).toLongLong();
        hit.score = q.value(1).toDouble();
        hit.postId = q.value(2).toLongLong();
        hit.postTitle = q.value(3).toString();
        if (q.value(4).toInt() == 0) {
            hit.anchorStart = q.value(5).toInt();
            hit.anchorEnd = q.value(6).toInt();
        }
        hit.snippet = q.value(7).toString();
        hits << hit;
    }
    return hits;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "searchquery.h"

#include <QList>
#include <QString>

#include <utility>

class Database;

// One search result: a post, or a highlight in a post.
struct SearchHit
{
    enum class Kind { Post, Highlight };

    // The snippet marks matched words with these private-use characters, never with markup, so nothing in a
    // post can inject formatting; views map them to bold, the command line to ** or [].
    static constexpr char16_t markStart = 0xE000;
    static constexpr char16_t markEnd = 0xE001;

    Kind kind = Kind::Post;
    qint64 postId = 0;
    qint64 highlightId = 0; // 0 for a post
    QString postTitle;
    double score = 0;       // higher is better (FTS5 bm25, negated); comparable within one kind of one search
    QString snippet;        // an excerpt around the matches, matched words between markStart and markEnd
    int anchorStart = -1;   // a highlight's offsets in the post's anchor text; -1 for posts and orphans
    int anchorEnd = -1;

    // The snippet without markers, and where the marked words are in it ([start, end) pairs, in order).
    QString plainSnippet() const;
    QList<std::pair<int, int>> marks() const;
    // The snippet with each marked stretch between open and close ("**", "**").
    QString snippetMarkedWith(const QString &open, const QString &close) const;

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

// Full-text search over the library, read only: the FTS5 index of schema 3 in a library file, PostgreSQL's
// full-text search (tsvectors of schema 2, searchstoreserver.cpp) in a team library; both kept by triggers.
class SearchStore
{
public:
    explicit SearchStore(Database &db);

    // Matching posts, best first, then matching highlights, best first: up to limit of each. Each kind ranks at
    // most candidateCap matches (the first in index order), so a query matching everything costs the same as one
    // matching a little; bm25 never runs over a phrase's whole match set (see SearchQuery::postRankMatch()).
    Result<QList<SearchHit>> search(const SearchQuery &query, int limit = 50) const;
    // Parses text first; a query that cannot be understood is an Error (Parse) whose message is the hint.
    Result<QList<SearchHit>> search(const QString &text, int limit = 50) const;

    static constexpr int candidateCap = 500;
    // A query with phrases or exclusions ranks its candidates with a looser expression over at most this many rows.
    static constexpr int rankScanCap = 2 * candidateCap;

private:
    Result<QList<SearchHit>> posts(const SearchQuery &query, int limit) const;
    Result<QList<SearchHit>> highlights(const SearchQuery &query, int limit) const;
    Result<QList<SearchHit>> postsOnServer(const SearchQuery &query, int limit) const;
    Result<QList<SearchHit>> highlightsOnServer(const SearchQuery &query, int limit) const;

    Database &m_db;
};

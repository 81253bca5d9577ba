// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"
#include "result.h"

#include <QList>
#include <QMultiHash>

#include <memory>
#include <optional>

class Database;

// What an import needs to know of a stored post to tell whether new text is the same: its id and the SHA-256 of
// its original text, read without the text itself.
struct StoredPost
{
    qint64 id = 0;
    QString contentHash;
};

// Posts, their categories and comments. Every call is one transaction; errors come back as values.
// The statements used for writing are prepared once, on first use, and kept for the store's life, so an import
// that adds posts one by one does not prepare them again for each; the store must not outlive its Database.
class PostStore
{
public:
    explicit PostStore(Database &db);
    ~PostStore();
    Q_DISABLE_COPY_MOVE(PostStore)

    // Adds the posts in one transaction and returns their new ids, in order. A post whose source is already in the
    // library is an error (nothing of the call is written).
    Result<QList<qint64>> add(const QList<Post> &posts);

    // Rewrites a post that changed at its source: its text, title, date, author, metadata, categories and comments;
    // id, source and highlights stay (re-anchoring them is the caller's, in the same outer transaction). The search
    // index follows through its triggers.
    Status replace(qint64 id, const Post &post);

    Result<Post> post(qint64 id) const;
    // A post's source, title, date and author only: no text, metadata, categories or comments (an export's
    // citation, where reading a long post's text would cost more than everything else).
    Result<Post> header(qint64 id) const;
    Result<std::optional<qint64>> idForSource(const QString &source) const;
    // The post stored under source with the hash of its text, if any.
    Result<std::optional<StoredPost>> storedForSource(const QString &source) const;
    // A post whose original text has this SHA-256 (hex), if any: the same content under another source.
    Result<std::optional<qint64>> idForContentHash(const QString &hash) const;
    // Every post's content hash with its id, in one read of the content_hash index: for an import that checks
    // many posts, one read instead of a query per post.
    Result<QMultiHash<QString, qint64>> idsByContentHash() const;
    // The document list: every post, ordered by id, in a few grouped queries whatever the library's size.
    Result<QList<PostSummary>> summaries() const;
    Result<int> count() const;

    // For a writer that inserts post rows itself (LibraryCopier copies them as they are): the posts added in the
    // open transaction go into the search index just before it commits, with their comments, as add() does for its
    // own. At once when no transaction is open; nothing to do in a team library, whose triggers index every row.
    Status indexNewPostsBeforeCommit();

    // Library-wide facts such as "the bundled posts were imported once".
    Result<QString> metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

private:
    struct Statements;
    Result<Statements *> statements() const;
    Status addCategoriesAndComments(Statements &statements, qint64 id, const Post &post);
    // Adds the posts noted in post_search_pending to the search index, in one statement (see schema 5).
    Status indexNewPosts();

    Database &m_db;
    mutable std::unique_ptr<Statements> m_statements; // prepared on first use
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;

// Posts, their categories and comments. Every call is one transaction; errors come back as values.
class PostStore
{
public:
    explicit PostStore(Database &db);

    // Adds the posts in one transaction and returns their new ids, in order. A post whose source is already in the
    // library is an error (nothing of the call is written).
    Result<QList<qint64>> add(const QList<Post> &posts);

    // Rewrites a post that changed at its source: its text, title, date, author, metadata, categories and comments;
    // id, source and highlights stay (re-anchoring them is the caller's, in the same outer transaction). The search
    // index follows through its triggers.
    Status replace(qint64 id, const Post &post);

    Result<Post> post(qint64 id) const;
    Result<std::optional<qint64>> idForSource(const QString &source) const;
    // A post whose original text has this SHA-256 (hex), if any: the same content under another source.
    Result<std::optional<qint64>> idForContentHash(const QString &hash) const;
    Result<QList<PostSummary>> summaries() const;
    Result<int> count() const;

    // Library-wide facts such as "the bundled posts were imported once".
    Result<QString> metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

private:
    Status addCategoriesAndComments(qint64 id, const Post &post);

    Database &m_db;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "result.h"

class Database;

// Highlights, their tags and notes. Every call is one transaction; errors come back as values.
class HighlightStore
{
public:
    explicit HighlightStore(Database &db);

    // Stores a new highlight (id 0) and returns its id; created/modified are set to now when invalid.
    Result<qint64> add(const Highlight &highlight);
    // Puts back a removed highlight with its old id and times (undo).
    Status restore(const Highlight &highlight);
    // Writes everything but id, post and created time; modified is set to now.
    Status update(const Highlight &highlight);
    Status remove(qint64 id);

    Result<Highlight> highlight(qint64 id) const;
    // A post's highlights, in text order (orphans last).
    Result<QList<Highlight>> forPost(qint64 postId) const;
    // Every highlight, optionally of one post and/or carrying one of tagIds.
    Result<QList<Highlight>> all(qint64 postId = 0, const QList<qint64> &tagIds = {}) const;

private:
    Database &m_db;
};

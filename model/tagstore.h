// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tag.h"

class Database;

// The codebook and the named highlight colours. Every call is one transaction.
class TagStore
{
public:
    explicit TagStore(Database &db);

    // On a library's first start, the default codebook and colours from :/codebook/default.json; once only.
    // Returns the number of tags added.
    Result<int> seedDefaultsOnFirstStart();

    Result<Codebook> codebook() const;
    Result<QList<HighlightColour>> colours() const;
    // Highlights per tag id (a highlight counts once per tag).
    Result<QHash<qint64, int>> highlightCounts() const;

    Result<qint64> add(const Tag &tag);
    // Puts back a removed tag with its old id (undo).
    Status restore(const Tag &tag);
    Status update(const Tag &tag);
    Status remove(qint64 id);

private:
    Database &m_db;
};

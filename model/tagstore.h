// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "result.h"
#include "tag.h"

#include <QHash>

class Database;

// What becomes of the highlights tagged with an argument (or one below it) when the argument is deleted.
enum class WhatBecomesOfHighlights {
    KeepUntagged,     // they stay, without these tags
    MoveToParent,     // they are tagged with the deleted argument's parent instead, with the same stance
    DeleteHighlights, // they are deleted, notes and all
};

// One row of highlight_tag.
struct TaggingRow
{
    qint64 highlightId = 0;
    qint64 tagId = 0;
    Stance stance = Stance::Supports;
    int position = 0;

    friend bool operator==(const TaggingRow &, const TaggingRow &) = default;
};

// Codebook rows before and after a change that touches several of them (a move renumbers siblings).
struct TagChange
{
    QList<Tag> before;
    QList<Tag> after;

    bool isEmpty() const { return before.isEmpty(); }
};

// What a delete or merge took away or changed, so that restore(TagSnapshot) can put the library back exactly.
struct TagSnapshot
{
    QList<Tag> removedTags;             // parents before children
    QList<Tag> movedTags;               // as they were before the change moved them
    QList<Highlight> removedHighlights; // deleted with the tags (their tags are in taggings)
    QList<qint64> affectedHighlights;   // whose taggings changed
    QList<TaggingRow> taggings;         // every tagging those highlights had
};

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
    // Saves the meanings the reader gave the named colours (matched by id), in one transaction.
    Status setColourMeanings(const QList<HighlightColour> &colours);
    // Highlights per tag id (a highlight counts once per tag).
    Result<QHash<qint64, int>> highlightCounts() const;
    // Highlights tagged with id or any argument below it, each counted once.
    Result<int> subtreeHighlightCount(qint64 id) const;

    Result<qint64> add(const Tag &tag);
    // Puts back a removed tag with its old id (undo).
    Status restore(const Tag &tag);
    Status update(const Tag &tag);
    // Writes several rows in one transaction.
    Status updateMany(const QList<Tag> &tags);
    Status remove(qint64 id);

    // Moves id under newParentId (0: top level) before the child now at row (row < 0 or past the end: last),
    // renumbering the new siblings. Refuses a move into the tag's own subtree. Returns the rows it changed; empty
    // when the tag already was there.
    Result<TagChange> reparent(qint64 id, qint64 newParentId, int row);

    // Deletes id with everything below it; the highlights tagged within it fare as fate says.
    Result<TagSnapshot> removeSubtree(qint64 id, WhatBecomesOfHighlights fate);

    // Folds fromId into intoId: its highlights are tagged with intoId instead (a highlight that has both keeps
    // intoId's tagging, so no pair is doubled), its children move under intoId, and fromId is deleted. Refuses to
    // merge a tag into itself or one of its descendants.
    Result<TagSnapshot> merge(qint64 fromId, qint64 intoId);

    // Undoes removeSubtree() or merge(): tags, highlights and taggings exactly as they were.
    Status restore(const TagSnapshot &snapshot);

private:
    Result<QList<TaggingRow>> taggingsOf(const QList<qint64> &highlightIds) const;
    Result<QList<qint64>> highlightsTaggedWith(const QList<qint64> &tagIds) const;

    Database &m_db;
};

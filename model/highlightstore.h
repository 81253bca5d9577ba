// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "result.h"

#include <QHash>
#include <QStringList>

class Database;

// A highlight with the title of its post, as the annotation browser lists it.
struct PostHighlight
{
    Highlight highlight; // with its tags
    QString postTitle;
};

// Taggings per stance.
struct StanceCounts
{
    int supports = 0;
    int challenges = 0;
    int examples = 0;

    int total() const { return supports + challenges + examples; }
    friend bool operator==(const StanceCounts &, const StanceCounts &) = default;
};

// One group of the annotation browser: an argument (tag id; 0 for the highlights without one) or a post.
struct HighlightGroupCount
{
    qint64 id = 0;
    QString title;        // the post's title when grouped by post; empty for tags (the codebook names them)
    int highlights = 0;   // passages in the group
    StanceCounts stances; // their taggings per stance
};

// One cell of the posts × arguments matrix.
struct ArgumentMatrixCell
{
    qint64 postId = 0;
    qint64 tagId = 0;
    StanceCounts stances;
};

// Highlights, their tags and notes. Every call is one transaction; errors come back as values.
class HighlightStore
{
public:
    explicit HighlightStore(Database &db);

    // Stores a new highlight (id 0) and returns its id; created/modified are set to now when invalid. It is
    // version 1, made by Database::author().
    Result<qint64> add(const Highlight &highlight);
    // Puts back a removed highlight with its old id, times, authors and version (undo).
    Status restore(const Highlight &highlight);
    // Writes everything but id, post, created time and author, when the stored row is still at highlight.version;
    // it is then at version + 1, changed by Database::author(), modified now unless highlight.modified says. A row
    // at another version is left alone: a Conflict error names who changed it last (NotFound when it is gone).
    Status update(const Highlight &highlight);
    // Deletes the highlight; with version > 0 only while it is still at that version (else Conflict, as update).
    // A highlight that is gone already is not an error.
    Status remove(qint64 id, int version = 0);

    Result<Highlight> highlight(qint64 id) const;
    // A post's highlights, in text order (orphans last).
    Result<QList<Highlight>> forPost(qint64 postId) const;
    // Every highlight, optionally of one post and/or carrying one of tagIds.
    Result<QList<Highlight>> all(qint64 postId = 0, const QList<qint64> &tagIds = {}) const;

    // Stores new highlights (ids ignored) in one transaction, for imports; returns their ids in order. Nothing is
    // written when one fails.
    Result<QList<qint64>> addMany(const QList<Highlight> &highlights);

    // The annotation browser reads pages, never everything: each call below is one bounded query (plus one for
    // the page's tags), so a library with 100,000 highlights costs no more than one page.

    // Highlights per tag with their stances, and (id 0) those without a tag. Only groups that have highlights.
    Result<QList<HighlightGroupCount>> countsByTag() const;
    // Highlights per post, with the post's title, in library order. Only posts that have highlights.
    Result<QList<HighlightGroupCount>> countsByPost() const;
    // Up to limit highlights tagged with tagId (0: without a tag), in the order they were made, after afterId.
    // limit < 0: no limit.
    Result<QList<PostHighlight>> pageTagged(qint64 tagId, qint64 afterId, int limit) const;
    // Up to limit highlights of a post in text order (start offset, then id), after (afterStart, afterId); the first
    // page is after (INT_MIN, 0). limit < 0: no limit.
    Result<QList<PostHighlight>> pageOfPost(qint64 postId, int afterStart, qint64 afterId, int limit) const;
    // Up to limit orphaned highlights of the whole library (their passage was not found again after an import),
    // in the order they were made, after afterId. limit < 0: no limit.
    Result<QList<PostHighlight>> pageOrphaned(qint64 afterId, int limit) const;
    Result<int> orphanCount() const;
    // Everyone who made a highlight in this library, by name; unknown authors (older highlights) left out.
    Result<QStringList> authors() const;
    // Taggings per post and tag and stance, in one GROUP BY; cells without taggings are left out.
    Result<QList<ArgumentMatrixCell>> argumentMatrix() const;

private:
    Status missingOrChanged(qint64 id) const;
    Result<QList<PostHighlight>> page(const QString &from, const QString &where, const QString &order,
                                      const QVariantList &values, int limit) const;

    Database &m_db;
};

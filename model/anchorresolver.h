// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

// Where a highlight sits in a post's anchor text (Post::anchorText()): the exact quote, up to ~32 characters of
// context either side, and the character offsets [start, end).
struct TextAnchor
{
    QString quote;
    QString prefix;
    QString suffix;
    int start = -1;
    int end = -1;

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

// Where an anchor was found again in (possibly changed) text.
struct AnchorPlacement
{
    enum class Kind {
        Exact,   // the quote at its old offsets
        Moved,   // the exact quote elsewhere, its context intact (distance chose among equal repeats)
        Fuzzy,   // an approximate match, or the exact quote whose context changed; scored on quote, prefix,
                 // suffix and distance
        Orphan,  // nothing placed with confidence: keep the highlight, show it as orphaned
    };
    Kind kind = Kind::Orphan;
    int start = -1;
    int end = -1;
    double score = 0.0; // 1.0 for Exact/Moved; the fuzzy score in [0, 1] otherwise

    bool placed() const { return kind != Kind::Orphan; }
};

// Re-anchors highlights after a post's text has changed: exact match near the old offset first, then anywhere,
// then a fuzzy match; what cannot be placed with confidence becomes an orphan. One resolver serves many anchors
// on the same text, so per-text work is done once in the constructor.
class AnchorResolver
{
public:
    explicit AnchorResolver(QString text);

    // The anchor for text[start, end) with `context` characters of prefix and suffix.
    static TextAnchor anchorFor(const QString &text, int start, int end, int context = 32);

    AnchorPlacement resolve(const TextAnchor &anchor) const;

    const QString &text() const { return m_text; }

private:
    struct Index; // word index of m_text, built once; defined in anchorresolver.cpp
    QString m_text;
    std::shared_ptr<const Index> m_index; // shared and immutable, so copies of a resolver stay cheap
};

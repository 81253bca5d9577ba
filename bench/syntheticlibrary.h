// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "post.h"

#include <QRandomGenerator>
#include <QStringList>

// Reproducible libraries for benchmarks: text made of the bundled posts' words in random order, from a fixed
// seed, so two runs measure the same work.
class SyntheticLibrary
{
public:
    explicit SyntheticLibrary(quint32 seed);

    QString paragraph(int approxChars);
    // A post of about approxBytes of body text, source "synthetic:<index>".
    Post post(int index, int approxBytes);
    QList<Post> posts(int count, int approxBytes);
    // count highlights of 2–40 words each on post (stored as postId), spread over its anchor text.
    QList<Highlight> highlights(const Post &post, qint64 postId, int count);
    // The text with about `fraction` of its words replaced, deleted or doubled.
    QString editWords(const QString &text, double fraction);

private:
    QRandomGenerator m_random;
    QStringList m_words;
};

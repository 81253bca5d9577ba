// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"

#include <QPalette>

#include <memory>

class QTextDocument;

// A post typeset for reading: title, a byline (date, author, categories), body paragraphs, and the comments set
// apart in framed boxes. Built through QTextCursor and formats, never by pasting post text into HTML, so nothing
// in a post can inject markup or load resources.
//
// Highlights are anchored in Post::anchorText(); the document also holds lines that are not part of it (byline,
// headings). documentPosition() and anchorOffset() translate between the two.
class PostDocument
{
public:
    PostDocument(const Post &post, const QPalette &palette);
    ~PostDocument();
    Q_DISABLE_COPY_MOVE(PostDocument)

    QTextDocument *document() const { return m_document.get(); }
    const Post &post() const { return m_post; }

    // Position in the document of an offset in the anchor text; -1 when out of range.
    int documentPosition(int anchorOffset) const;
    // Offset in the anchor text of a document position; -1 inside lines that are not post text.
    int anchorOffset(int documentPosition) const;
    // The document ranges [from, to) that hold anchor text [anchorStart, anchorEnd): one per line of post text,
    // skipping the lines between them that are not post text (the byline, comment headers).
    QList<std::pair<int, int>> documentRanges(int anchorStart, int anchorEnd) const;
    // Length of the anchor text.
    int anchorLength() const;

private:
    struct Span
    {
        int documentStart;
        int anchorStart;
        int length;
    };

    Post m_post;
    std::unique_ptr<QTextDocument> m_document;
    QList<Span> m_spans; // ordered by both documentStart and anchorStart
};

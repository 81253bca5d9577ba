// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"
#include "result.h"

#include <QString>
#include <QStringList>

// A saved blog page (untrusted HTML) → Post: the article (the <article>, else the element holding the most
// paragraph text) as plain paragraphs; title from <h1> or <title>, date from <time datetime> or meta, author from
// meta or rel=author, categories from rel=tag links. Parsed with Gumbo (an HTML5 parser): nothing is fetched or
// read, scripts, styles, frames, forms and navigation are dropped, images become their alt text, links their text.
// Source, original text and hash are the importer's to set.
class HtmlPostExtractor
{
public:
    // Deeper nesting is flattened before parsing: the HTML5 tree builder checks scope by walking the stack of open
    // elements, so depth costs time quadratically. Real pages stay far below.
    static constexpr int maxDepth = 400;
    // Text beyond this is cut (and the post's metadata says "truncated").
    static constexpr qsizetype maxTextLength = 2'000'000;

    // Error (Parse) when the page holds no readable text.
    static Result<Post> extract(const QString &html);

    // The paragraphs of an HTML fragment, such as a feed item's content, by the same rules.
    static QStringList paragraphs(const QString &html);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"

#include <QString>

// A Markdown post → Post: title, date, author and tags (or categories) from YAML (---) or TOML (+++) front matter,
// else the title from a leading "# Title"; the body as plain paragraphs, with emphasis, links, images (their alt
// text), code marks and inline HTML taken out. Source, original text and hash are the importer's to set; the title
// is empty when the text gives none.
//
// Written here rather than through QTextDocument::setMarkdown: that imports HTML blocks through the rich-text
// importer, which may load resources, and a post only needs paragraphs of text.
class MarkdownPostParser
{
public:
    static Post parse(const QString &text);

    // Front matter, or a leading "# Title" line.
    static bool looksLikeMarkdown(const QString &text);
};

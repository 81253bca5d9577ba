// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"

// Turns raw scraped blog text into a Post: date, title (derived from the opening words when missing), author,
// categories, body paragraphs and comments, with the blog's boilerplate stripped and what it told kept as metadata.
// Written for the general shape of blog text (Blogger and WordPress page scrapes), not for particular files.
class PostParser
{
public:
    // text is already decoded; source becomes Post::source. Never fails: text it cannot structure becomes body.
    static Post parse(const QString &text, const QString &source);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"
#include "result.h"

#include <QList>
#include <QString>

// RSS 2.0 (and 1.0), Atom and WordPress export (WXR) files → one Post per item or entry, with author, date,
// categories, the item's link in metadata "link", and for WXR the approved comments and trackbacks. Each post's
// source is "feed:" + the item's GUID (else its link), its original text the item's own XML. Item content is HTML
// and goes through HtmlPostExtractor.
//
// Read with QXmlStreamReader, which resolves no external entity; a document type that declares entities of its own
// is refused rather than expanded.
class FeedParser
{
public:
    enum class Kind { Rss, Atom, WordPress };

    struct Feed
    {
        Kind kind = Kind::Rss;
        QString title;     // the channel's or feed's
        QList<Post> posts; // in document order; items without text or title are left out
        int skipped = 0;   // WordPress attachments, menu items, drafts in the bin
    };

    static Result<Feed> parse(const QString &xml);

    // Whether text looks like a feed (its root element is rss, feed or rdf:RDF), without parsing it all.
    static bool looksLikeFeed(const QString &text);
};

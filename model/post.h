// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A reader's comment under a post, or a trackback from another blog.
struct Comment
{
    enum class Kind { Comment, Trackback };

    Kind kind = Kind::Comment;
    QString author;         // empty when the text does not say
    QDateTime published;    // invalid when the text does not say; date-only values carry no time
    QStringList paragraphs;

    friend bool operator==(const Comment &, const Comment &) = default;
};

// One blog post as Gloss keeps it: what the parser found, plus the original text it came from.
struct Post
{
    qint64 id = 0;          // 0 until stored
    QString source;         // identity: "bundled:NAME", a file path, or a feed GUID
    QString title;
    bool titleDerived = false; // the text had no title; this one was made from its opening words
    QDateTime published;    // invalid when unknown
    bool publishedHasTime = false;
    QString author;
    QStringList categories;
    QStringList paragraphs; // the body
    QList<Comment> comments;
    QMap<QString, QString> metadata; // what boilerplate told: "popularity", "responses", …
    QString originalText;
    QString contentHash;    // SHA-256 of originalText, hex

    // The text highlights are anchored in: title, body paragraphs, then every comment's paragraphs, one per line.
    QString anchorText() const;
    int wordCount() const;

    friend bool operator==(const Post &, const Post &) = default;
};

// ISO 8601 for a wall-clock date as a post printed it: "2009-09-24", or "2007-07-13T11:34:00" when it gave a time.
// No offset: blogs rarely say which time zone they meant. Empty for an invalid value.
QString wallClockIso(const QDateTime &value, bool hasTime);

// What the document list shows of a post, without its text.
struct PostSummary
{
    qint64 id = 0;
    QString title;
    bool titleDerived = false;
    QDateTime published;
    bool publishedHasTime = false;
    QString author;
    QStringList categories;
    int wordCount = 0;
    int commentCount = 0;
    int highlightCount = 0;

    // ISO 8601: a date, or a date and time when the post gave one; empty when unknown.
    QString isoDate() const;
};

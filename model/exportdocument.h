// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchorresolver.h"
#include "highlight.h"
#include "result.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

class Library;

// Which highlights an export covers.
struct ExportScope
{
    enum class Kind {
        Posts,    // the posts in postIds (the current post, or a selection), with or without highlights
        AllPosts, // every post that has highlights
        Argument, // every highlight tagged with tagId or an argument below it
    };
    Kind kind = Kind::AllPosts;
    QList<qint64> postIds;
    qint64 tagId = 0;

    static ExportScope posts(QList<qint64> ids) { return {Kind::Posts, std::move(ids), 0}; }
    static ExportScope allPosts() { return {}; }
    static ExportScope argument(qint64 id) { return {Kind::Argument, {}, id}; }
};

// How a Markdown export is laid out.
enum class ExportArrangement {
    ByPost,     // each post, then its passages in text order
    ByArgument, // each argument, then its supporting, challenging and example passages, each with a citation
};

// A tag on an exported highlight.
struct ExportTagging
{
    qint64 tagId = 0;
    QString path; // "Parent/Child"
    Stance stance = Stance::Supports;
    QColor colour; // the tag's

    friend bool operator==(const ExportTagging &, const ExportTagging &) = default;
};

struct ExportHighlight
{
    qint64 id = 0;
    TextAnchor anchor;
    bool orphaned = false;
    QColor ownColour;   // invalid: the first tag's
    QColor colour;      // what it is painted with (own, first tag's, or the default)
    Highlight::Style style = Highlight::Style::Background;
    QString note;       // Markdown source
    QList<ExportTagging> tags;
    QDateTime created;  // UTC
    QDateTime modified; // UTC
    QString createdBy;  // who made it; empty when unknown
    QString modifiedBy; // who changed it last

    friend bool operator==(const ExportHighlight &, const ExportHighlight &) = default;
};

struct ExportPost
{
    qint64 id = 0;
    QString source;
    QString title;
    QString author;
    QDateTime published; // invalid when unknown
    bool publishedHasTime = false;
    QList<ExportHighlight> highlights; // in text order, orphans last

    QString isoDate() const; // "2009-09-24", with a time when the post gave one; empty when unknown
};

// An argument of the codebook in the export's scope, in tree order (parents before children).
struct ExportArgument
{
    qint64 id = 0;
    QString path;
    QString name;
    QString description;
    QColor colour;
    int depth = 0; // 0 for a top-level argument (or the scope's argument)
};

// Everything an exporter needs, as plain data: exporters never see stores or widgets.
struct ExportDocument
{
    QString title;          // the post's title, the argument's path, or a general title
    QDateTime created;      // when the export was made, UTC
    QString scopeArgument;  // the argument's path when the scope is one argument
    QList<ExportPost> posts;
    QList<ExportArgument> arguments;
    // Whether the exporters write who made and last changed each highlight (ExportOptions::includeAuthors): a
    // team's export names its authors, a brief for a client may not.
    bool includeAuthors = false;

    int highlightCount() const;

    // Reads the scope from the library. now is the export time (tests fix it so output is stable).
    static Result<ExportDocument> build(Library &library, const ExportScope &scope,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
};

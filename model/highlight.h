// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchorresolver.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// How a tagged passage bears on the argument it is tagged with.
enum class Stance { Supports, Challenges, Example };
QString stanceKey(Stance stance);                       // "supports", "challenges", "example"
std::optional<Stance> stanceFromKey(const QString &key);
QString stanceLabel(Stance stance);                     // translated, for display

struct Tagging
{
    qint64 tagId = 0;
    Stance stance = Stance::Supports;
    friend bool operator==(const Tagging &, const Tagging &) = default;
};

// A highlighted passage of a post, with its tags and note.
struct Highlight
{
    enum class Style { Background, Underline, StrikeThrough };

    qint64 id = 0;       // 0 until stored
    qint64 postId = 0;
    TextAnchor anchor;   // quote, context and offsets in Post::anchorText()
    bool orphaned = false; // the post changed and the passage could not be placed again
    QColor colour;       // invalid: the first tag's colour
    Style style = Style::Background;
    QString note;        // Markdown source
    QList<Tagging> tags; // in the order the reader gave them
    QDateTime created;   // UTC
    QDateTime modified;  // UTC
    QString createdBy;   // who made it (Database::author()); empty when unknown
    QString modifiedBy;  // who changed it last
    int version = 1;     // as read; a write of another version is refused (HighlightStore::update)

    friend bool operator==(const Highlight &, const Highlight &) = default;
};

QString styleKey(Highlight::Style style);               // "background", "underline", "strikethrough"
std::optional<Highlight::Style> styleFromKey(const QString &key);

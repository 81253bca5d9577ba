// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

struct Highlight;

// A code in the codebook: an argument of the debate, in a tree ("Marketing belongs to everyone / Customer service
// is marketing").
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    QString name;        // no '/': that separates the levels of a path
    QColor colour;
    QString description;
    int position = 0;    // among its siblings

    friend bool operator==(const Tag &, const Tag &) = default;
};

// One of the named highlight colours; its meaning is the reader's to edit.
struct HighlightColour
{
    qint64 id = 0;
    QString name;
    QColor colour;
    QString meaning;
};

// The whole codebook, for looking tags up by id or path.
class Codebook
{
public:
    Codebook() = default;
    explicit Codebook(QList<Tag> tags);

    const QList<Tag> &tags() const { return m_tags; }
    const Tag *tag(qint64 id) const;
    QString path(qint64 id) const;                 // "Parent/Child"
    const Tag *byPath(const QString &path) const;  // exact, case-insensitive; nullptr when none
    QList<qint64> children(qint64 parentId) const; // in position order
    QList<qint64> subtree(qint64 id) const;        // id and every descendant

    // What a highlight is painted with: its own colour, else its first tag's, else the default.
    QColor colourFor(const Highlight &highlight) const;
    static QColor defaultHighlightColour();

private:
    QList<Tag> m_tags;
};

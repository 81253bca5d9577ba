// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "tag.h"

#include <QAbstractListModel>

// The highlights of the post being read, in text order (orphans last): quote, tags with stance, note.
class HighlightListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightListModel)

public:
    enum Role : int {
        IdRole = Qt::UserRole + 1,
        QuoteRole,
        NoteRole,
        TagsRole,      // QStringList: "Path (stance)"
        ColourRole,    // QColor: what the reader paints
        OrphanedRole,  // bool
        StartRole,     // int: offset in the post's anchor text
        StyleRole,     // int: Highlight::Style
        TagIdsRole,    // QList<qint64>: its tags
        CreatedByRole, // QString: who made it; empty when unknown
        ModifiedByRole,
        VersionRole,   // int: Highlight::version
    };

    explicit HighlightListModel(QObject *parent = nullptr);

    // Shows another post's highlights (resets the model).
    void setPost(qint64 postId, const QList<Highlight> &highlights, const Codebook &codebook);
    // The same post after an edit: inserts, removes and changes only the rows that differ.
    void update(const QList<Highlight> &highlights, const Codebook &codebook);
    // One highlight of this post as now stored: changed in place, or inserted (or moved) to its place in text
    // order. Highlights of other posts are ignored.
    void store(const Highlight &highlight);
    void remove(qint64 id);

    qint64 postId() const { return m_postId; }
    const QList<Highlight> &highlights() const { return m_rows; }
    QModelIndex indexForId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qint64 m_postId = 0;
    QList<Highlight> m_rows;
    Codebook m_codebook;
};

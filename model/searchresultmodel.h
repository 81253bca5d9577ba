// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchstore.h"

#include <QAbstractListModel>

// The hits of one search: matching posts first, then matching highlights, each group in rank order.
// A new search replaces the whole list (a reset: it shares nothing with the last one).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Role : int {
        KindRole = Qt::UserRole + 1, // SearchHit::Kind as int
        PostIdRole,
        HighlightIdRole,             // 0 for a post
        PostTitleRole,
        SnippetRole,                 // with SearchHit::markStart/markEnd around matched words
        PlainSnippetRole,            // without the markers
        ScoreRole,                   // higher is better, within one kind
        AnchorStartRole,             // a highlight's offsets in the post's anchor text; -1 otherwise
        AnchorEndRole,
    };
    Q_ENUM(Role)

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(QList<SearchHit> hits);
    void clear() { setHits({}); }
    const QList<SearchHit> &hits() const { return m_hits; }
    // The hit at row; nullptr when there is none.
    const SearchHit *hit(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SearchHit> m_hits;
};

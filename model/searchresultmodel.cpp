// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(QList<SearchHit> hits)
{
    // The store already groups them; a stable partition keeps that promise whatever the source.
    std::ranges::stable_partition(hits, [](const SearchHit &h) { return h.kind == SearchHit::Kind::Post; });
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

const SearchHit *SearchResultModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QString(h.postTitle + u" — "_s + h.plainSnippet());
    case Qt::ToolTipRole:
        return h.plainSnippet();
    case KindRole:
        return int(h.kind);
    case PostIdRole:
        return h.postId;
    case HighlightIdRole:
        return h.highlightId;
    case PostTitleRole:
        return h.postTitle;
    case SnippetRole:
        return h.snippet;
    case PlainSnippetRole:
        return h.plainSnippet();
    case ScoreRole:
        return h.score;
    case AnchorStartRole:
        return h.anchorStart;
    case AnchorEndRole:
        return h.anchorEnd;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PostIdRole, "postId");
    names.insert(HighlightIdRole, "highlightId");
    names.insert(PostTitleRole, "postTitle");
    names.insert(SnippetRole, "snippet");
    names.insert(PlainSnippetRole, "plainSnippet");
    names.insert(ScoreRole, "score");
    names.insert(AnchorStartRole, "anchorStart");
    names.insert(AnchorEndRole, "anchorEnd");
    return names;
}

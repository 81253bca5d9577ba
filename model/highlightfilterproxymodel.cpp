// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightfilterproxymodel.h"

#include "highlightlistmodel.h"

HighlightFilterProxyModel::HighlightFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void HighlightFilterProxyModel::setTagFilter(const QSet<qint64> &tagIds)
{
    if (tagIds == m_tags)
        return;
    m_tags = tagIds;
    invalidateRowsFilter();
}

void HighlightFilterProxyModel::setAuthorFilter(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    invalidateRowsFilter();
}

bool HighlightFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_author.isEmpty() && index.data(HighlightListModel::CreatedByRole).toString() != m_author)
        return false;
    if (m_tags.isEmpty())
        return true;
    const QList<qint64> tags = index.data(HighlightListModel::TagIdsRole).value<QList<qint64>>();
    return std::any_of(tags.cbegin(), tags.cend(), [this](qint64 id) { return m_tags.contains(id); });
}

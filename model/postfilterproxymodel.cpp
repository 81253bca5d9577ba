// SPDX-License-Identifier: GPL-3.0-or-later
#include "postfilterproxymodel.h"

#include "postlistmodel.h"
#include "textfold.h"


using namespace Qt::StringLiterals;

PostFilterProxyModel::PostFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PostListModel::SortRole);
    setDynamicSortFilter(true);
}

void PostFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = foldedForMatching(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool PostFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = foldedForMatching(index.data(PostListModel::SearchTextRole).toString());
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word); });
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilterproxymodel.h"

#include "annotationtreemodel.h"
#include "textfold.h"

using namespace Qt::StringLiterals;

AnnotationFilterProxyModel::AnnotationFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationTreeModel::SortRole);
    setDynamicSortFilter(true);
    // A group is shown when any of its highlights is.
    setRecursiveFilteringEnabled(true);
}

void AnnotationFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = foldedForMatching(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void AnnotationFilterProxyModel::setStanceFilter(std::optional<Stance> stance)
{
    if (stance == m_stance)
        return;
    m_stance = stance;
    invalidateRowsFilter();
}

void AnnotationFilterProxyModel::setAuthorFilter(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    invalidateRowsFilter();
}

bool AnnotationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!filtering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(AnnotationTreeModel::IsGroupRole).toBool()) {
        // Its own text does not count; its highlights decide (recursive filtering), unless some are not loaded yet.
        return sourceModel()->canFetchMore(index);
    }
    if (!m_author.isEmpty() && index.data(AnnotationTreeModel::CreatedByRole).toString() != m_author)
        return false;
    if (m_stance) {
        const auto stances = index.data(AnnotationTreeModel::StancesRole).value<QList<int>>();
        if (!stances.contains(int(*m_stance)))
            return false;
    }
    const QString haystack = foldedForMatching(index.data(AnnotationTreeModel::SearchTextRole).toString());
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word); });
}

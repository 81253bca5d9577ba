// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// The Highlights panel's filter by argument: only highlights tagged with one of the given tags (an argument and
// everything below it) stay; an empty set shows them all.
class HighlightFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightFilterProxyModel)

public:
    explicit HighlightFilterProxyModel(QObject *parent = nullptr);

    void setTagFilter(const QSet<qint64> &tagIds);
    const QSet<qint64> &tagFilter() const { return m_tags; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<qint64> m_tags;
};

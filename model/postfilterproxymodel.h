// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Sorting and the filter box of the document list: every word typed must appear in the title, author or
// categories (case- and accent-insensitive); columns sort by the model's SortRole keys (dates as numbers, posts without a date first; counts as numbers).
class PostFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostFilterProxyModel)

public:
    explicit PostFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words; // folded
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// The Highlights panel's filters: by argument, only highlights tagged with one of the given tags (an argument and
// everything below it) stay, an empty set showing them all; by author, only those the named person made.
class HighlightFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightFilterProxyModel)

public:
    explicit HighlightFilterProxyModel(QObject *parent = nullptr);

    void setTagFilter(const QSet<qint64> &tagIds);
    const QSet<qint64> &tagFilter() const { return m_tags; }
    // Empty: everyone's.
    void setAuthorFilter(const QString &author);
    QString authorFilter() const { return m_author; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<qint64> m_tags;
    QString m_author;
};

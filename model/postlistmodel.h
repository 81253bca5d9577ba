// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"
#include "result.h"

#include <QAbstractTableModel>

#include <limits>

class PostStore;

// The document list: one row per post in the library, with what a reader scans for.
class PostListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListModel)

public:
    enum Column { TitleColumn, DateColumn, AuthorColumn, WordsColumn, CommentsColumn, HighlightsColumn, ColumnCount };
    enum Role : int {
        IdRole = Qt::UserRole + 1,
        SortRole,          // raw value for sorting: int, case-folded text, or for dates undatedSortKey or ms since epoch
        TitleDerivedRole,  // bool: the title was made from the post's opening words
        CategoriesRole,    // QStringList
        SearchTextRole,    // title, author and categories, for the filter box
    };

    // The date sort key of a post without a date: before every dated post, in either order.
    static constexpr qint64 undatedSortKey = std::numeric_limits<qint64>::min();

    explicit PostListModel(PostStore &store, QObject *parent = nullptr);

    // Reads the list again from the store.
    Status reload();

    QModelIndex indexForId(qint64 id) const;
    // After highlights were added or removed, without reading the whole list again.
    void setHighlightCount(qint64 id, int count);
    const PostSummary &summary(int row) const { return m_posts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    PostStore &m_store;
    struct SortKeys
    {
        QString title;  // case-folded
        QString author; // case-folded
        qint64 date = undatedSortKey;
    };

    QList<PostSummary> m_posts;
    QList<SortKeys> m_sortKeys; // one per row of m_posts
};

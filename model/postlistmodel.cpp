// SPDX-License-Identifier: GPL-3.0-or-later
#include "postlistmodel.h"

#include "poststore.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

PostListModel::PostListModel(PostStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

Status PostListModel::reload()
{
    auto posts = m_store.summaries();
    if (!posts)
        return posts.error();
    // Sort keys made once: sorting 10,000 rows asks for about 130,000 pairs of them.
    QList<SortKeys> keys;
    keys.reserve(posts->size());
    for (const PostSummary &post : std::as_const(*posts)) {
        keys << SortKeys{post.title.toCaseFolded(), post.author.toCaseFolded(),
                         post.published.isValid() ? post.published.toMSecsSinceEpoch() : undatedSortKey};
    }
    beginResetModel();
    m_posts = std::move(*posts);
    m_sortKeys = std::move(keys);
    endResetModel();
    return Ok{};
}

QModelIndex PostListModel::indexForId(qint64 id) const
{
    for (int row = 0; row < m_posts.size(); ++row) {
        if (m_posts[row].id == id)
            return index(row, TitleColumn);
    }
    return {};
}

void PostListModel::setHighlightCount(qint64 id, int count)
{
    const QModelIndex found = indexForId(id);
    if (!found.isValid() || m_posts[found.row()].highlightCount == count)
        return;
    m_posts[found.row()].highlightCount = count;
    const QModelIndex cell = index(found.row(), HighlightsColumn);
    Q_EMIT dataChanged(cell, cell);
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int PostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostSummary &post = m_posts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return post.title;
        case DateColumn:
            return post.published.isValid() ? QLocale().toString(post.published.date(), QLocale::ShortFormat)
                                            : QString();
        case AuthorColumn:
            return post.author;
        case WordsColumn:
            return QLocale().toString(post.wordCount);
        case CommentsColumn:
            return QLocale().toString(post.commentCount);
        case HighlightsColumn:
            return QLocale().toString(post.highlightCount);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && post.titleDerived)
            return tr("This post has no title; Gloss made one from its opening words.");
        if (index.column() == DateColumn && post.published.isValid())
            return QLocale().toString(post.published.date(), QLocale::LongFormat);
        break;
    case Qt::FontRole:
        if (index.column() == TitleColumn && post.titleDerived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= WordsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return post.id;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return m_sortKeys[index.row()].title;
        case DateColumn:
            return m_sortKeys[index.row()].date;
        case AuthorColumn:
            return m_sortKeys[index.row()].author;
        case WordsColumn:
            return post.wordCount;
        case CommentsColumn:
            return post.commentCount;
        case HighlightsColumn:
            return post.highlightCount;
        }
        break;
    case TitleDerivedRole:
        return post.titleDerived;
    case CategoriesRole:
        return post.categories;
    case SearchTextRole:
        return QStringList{post.title, post.author, post.categories.join(u' ')}.join(u'\n');
    }
    return {};
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case AuthorColumn:
        return tr("Author");
    case WordsColumn:
        return tr("Words");
    case CommentsColumn:
        return tr("Comments");
    case HighlightsColumn:
        return tr("Highlights");
    }
    return {};
}

QHash<int, QByteArray> PostListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "postId");
    names.insert(SortRole, "sortValue");
    names.insert(TitleDerivedRole, "titleDerived");
    names.insert(CategoriesRole, "categories");
    names.insert(SearchTextRole, "searchText");
    return names;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "argumentmatrixmodel.h"

#include "library.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Every tag, depth first, siblings by position; the visited set guards against a damaged parent cycle.
QList<qint64> treeOrder(const Codebook &codebook)
{
    QList<qint64> order;
    QList<qint64> stack = codebook.children(0);
    std::reverse(stack.begin(), stack.end());
    QSet<qint64> visited;
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        if (visited.contains(id))
            continue;
        visited.insert(id);
        order << id;
        QList<qint64> children = codebook.children(id);
        std::reverse(children.begin(), children.end());
        stack << children;
    }
    return order;
}

} // namespace

ArgumentMatrixModel::ArgumentMatrixModel(Library &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
}

Result<ArgumentMatrixModel::Cells> ArgumentMatrixModel::readCells() const
{
    auto cells = m_library.highlights().argumentMatrix();
    if (!cells)
        return cells.error();
    Cells byKey;
    for (const ArgumentMatrixCell &cell : std::as_const(*cells))
        byKey.insert({cell.postId, cell.tagId}, cell.stances);
    return byKey;
}

Status ArgumentMatrixModel::reload()
{
    auto posts = m_library.posts().summaries();
    if (!posts)
        return posts.error();
    auto codebook = m_library.tags().codebook();
    if (!codebook)
        return codebook.error();
    auto cells = readCells();
    if (!cells)
        return cells.error();
    beginResetModel();
    m_posts = std::move(*posts);
    m_codebook = std::move(*codebook);
    m_tags = treeOrder(m_codebook);
    m_cells = std::move(*cells);
    endResetModel();
    return Ok{};
}

Status ArgumentMatrixModel::refreshCounts()
{
    auto cells = readCells();
    if (!cells)
        return cells.error();
    std::swap(m_cells, *cells);
    // Cells that changed, one dataChanged per row span: few rows change after one edit.
    for (int row = 0; row < m_posts.size(); ++row) {
        int first = -1, last = -1;
        for (int column = 0; column < m_tags.size(); ++column) {
            const std::pair key{m_posts[row].id, m_tags[column]};
            if (!(m_cells.value(key) == cells->value(key))) {
                if (first < 0)
                    first = column;
                last = column;
            }
        }
        if (first >= 0)
            Q_EMIT dataChanged(index(row, first), index(row, last));
    }
    return Ok{};
}

qint64 ArgumentMatrixModel::postId(int row) const
{
    return row >= 0 && row < m_posts.size() ? m_posts[row].id : 0;
}

qint64 ArgumentMatrixModel::tagId(int column) const
{
    return column >= 0 && column < m_tags.size() ? m_tags[column] : 0;
}

StanceCounts ArgumentMatrixModel::counts(int row, int column) const
{
    return m_cells.value({postId(row), tagId(column)});
}

int ArgumentMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int ArgumentMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant ArgumentMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StanceCounts c = counts(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        // Empty cells stay blank, so the ones with passages stand out.
        if (c.total() == 0)
            return QString();
        return tr("%1 / %2", "supports / challenges").arg(c.supports).arg(c.challenges);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return QString(tr("“%1” on %2:").arg(m_posts[index.row()].title, m_codebook.path(tagId(index.column())))
                       + u"\n"_s + tr("%n passages support it", nullptr, c.supports) + u"\n"_s
                       + tr("%n passages challenge it", nullptr, c.challenges) + u"\n"_s
                       + tr("%n passages are examples", nullptr, c.examples));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case PostIdRole:
        return postId(index.row());
    case TagIdRole:
        return tagId(index.column());
    case SupportsRole:
        return c.supports;
    case ChallengesRole:
        return c.challenges;
    case ExamplesRole:
        return c.examples;
    case TotalRole:
    case SortRole:
        return c.total();
    case PathRole:
        return m_codebook.path(tagId(index.column()));
    }
    return {};
}

QVariant ArgumentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_tags.size())
            return {};
        const qint64 id = m_tags[section];
        const Tag *tag = m_codebook.tag(id);
        switch (role) {
        case Qt::DisplayRole:
            return tag ? tag->name : QString();
        case Qt::ToolTipRole:
            if (tag && !tag->description.isEmpty())
                return QString(m_codebook.path(id) + u"\n\n"_s + tag->description);
            return m_codebook.path(id);
        case TagIdRole:
            return id;
        case PathRole:
            return m_codebook.path(id);
        case SortRole:
            return m_codebook.path(id).toCaseFolded();
        }
        return {};
    }
    if (section < 0 || section >= m_posts.size())
        return {};
    const PostSummary &post = m_posts[section];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return post.title;
    case PostIdRole:
        return post.id;
    case SortRole:
        return post.title.toCaseFolded();
    }
    return {};
}

QHash<int, QByteArray> ArgumentMatrixModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(PostIdRole, "postId");
    names.insert(TagIdRole, "tagId");
    names.insert(SupportsRole, "supports");
    names.insert(ChallengesRole, "challenges");
    names.insert(ExamplesRole, "examples");
    names.insert(TotalRole, "total");
    names.insert(SortRole, "sortValue");
    names.insert(PathRole, "path");
    return names;
}

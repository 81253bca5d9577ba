// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtreemodel.h"

#include "codebookeditor.h"
#include "tagstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

struct TagTreeModel::Node
{
    Tag tag; // id 0 for the invisible root
    int count = 0;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return -1;
    }
};

namespace {

QList<qint64> decodeIds(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(TagTreeModel::mimeType()))
        return ids;
    QByteArray bytes = data->data(TagTreeModel::mimeType());
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}

} // namespace

QString TagTreeModel::mimeType()
{
    return u"application/x-gloss-tag-ids"_s;
}

TagTreeModel::TagTreeModel(TagStore &tags, CodebookEditor *editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_tags(tags)
    , m_editor(editor)
    , m_root(std::make_unique<Node>())
{
    if (auto book = m_tags.codebook())
        m_codebook = *book;
    if (auto counts = m_tags.highlightCounts())
        m_counts = *counts;
    rebuild();
    if (m_editor) {
        connect(m_editor, &CodebookEditor::codebookChanged, this, &TagTreeModel::reload);
        connect(m_editor, &CodebookEditor::highlightsChanged, this, &TagTreeModel::reload);
    }
}

TagTreeModel::~TagTreeModel() = default;

Status TagTreeModel::reload()
{
    auto book = m_tags.codebook();
    if (!book) {
        Q_EMIT errorOccurred(book.error().message);
        return book.error();
    }
    auto counts = m_tags.highlightCounts();
    if (!counts) {
        Q_EMIT errorOccurred(counts.error().message);
        return counts.error();
    }
    m_codebook = std::move(*book);
    m_counts = std::move(*counts);
    // Place every stored tag first, so that tags that only moved are moved rather than removed and inserted again
    // (a merge moves the children of a tag it then removes).
    if (place(m_root.get())) {
        removeStale(m_root.get());
        if (reorder(m_root.get()))
            return Ok{};
    }
    // Not expected; a view copes with a reset, not with rows the model got wrong.
    beginResetModel();
    rebuild();
    endResetModel();
    return Ok{};
}

void TagTreeModel::rebuild()
{
    m_root->children.clear();
    m_nodes.clear();
    std::function<void(Node *)> fill = [&](Node *parent) {
        for (qint64 id : m_codebook.children(parent->tag.id)) {
            auto node = std::make_unique<Node>();
            node->tag = *m_codebook.tag(id);
            node->count = m_counts.value(id);
            node->parent = parent;
            m_nodes.insert(id, node.get());
            parent->children.push_back(std::move(node));
            fill(parent->children.back().get());
        }
    };
    fill(m_root.get());
}

// Puts every stored tag under its parent, inserting new ones and moving those whose parent changed; order among
// siblings is left to reorder(), what is gone to removeStale().
bool TagTreeModel::place(Node *parent)
{
    const QList<qint64> wanted = m_codebook.children(parent->tag.id);
    for (int i = 0; i < wanted.size(); ++i) {
        const Tag &tag = *m_codebook.tag(wanted[i]);
        const int count = m_counts.value(tag.id);
        const QModelIndex parentIndex = indexFor(parent);
        const int row = std::min(i, int(parent->children.size()));
        Node *node = m_nodes.value(tag.id);
        if (!node) {
            beginInsertRows(parentIndex, row, row);
            auto added = std::make_unique<Node>();
            added->tag = tag;
            added->count = count;
            added->parent = parent;
            node = added.get();
            m_nodes.insert(tag.id, node);
            parent->children.insert(parent->children.begin() + row, std::move(added));
            endInsertRows();
        } else if (node->parent != parent) {
            // Never into its own subtree: parent's ancestors are already where the codebook has them.
            Node *from = node->parent;
            const int fromRow = node->row();
            if (!beginMoveRows(indexFor(from), fromRow, fromRow, parentIndex, row))
                return false;
            auto moved = std::move(from->children[size_t(fromRow)]);
            from->children.erase(from->children.begin() + fromRow);
            moved->parent = parent;
            parent->children.insert(parent->children.begin() + row, std::move(moved));
            endMoveRows();
        }
        if (node->tag != tag || node->count != count) {
            node->tag = tag;
            node->count = count;
            const int at = node->row();
            Q_EMIT dataChanged(index(at, 0, parentIndex), index(at, ColumnCount - 1, parentIndex));
        }
        if (!place(node))
            return false;
    }
    return true;
}

// Sorts parent's children (now exactly the stored ones) into the stored order, moving as few rows as it can: those
// outside the longest run already in order.
bool TagTreeModel::reorder(Node *parent)
{
    const QList<qint64> wanted = m_codebook.children(parent->tag.id);
    const int n = int(parent->children.size());
    QList<int> target(n);
    for (int row = 0; row < n; ++row)
        target[row] = int(wanted.indexOf(parent->children[size_t(row)]->tag.id));

    // Longest increasing subsequence of target, O(n²): codebooks are small.
    QList<int> length(n, 1), previous(n, -1);
    int best = -1;
    for (int row = 0; row < n; ++row) {
        for (int before = 0; before < row; ++before) {
            if (target[before] < target[row] && length[before] + 1 > length[row]) {
                length[row] = length[before] + 1;
                previous[row] = before;
            }
        }
        if (best < 0 || length[row] > length[best])
            best = row;
    }
    QSet<qint64> staying;
    for (int row = best; row >= 0; row = previous[row])
        staying.insert(parent->children[size_t(row)]->tag.id);

    const QModelIndex parentIndex = indexFor(parent);
    for (int i = 0; i < wanted.size(); ++i) {
        if (!staying.contains(wanted[i])) {
            Node *node = m_nodes.value(wanted[i]);
            const int fromRow = node->row();
            const int to = i == 0 ? 0 : m_nodes.value(wanted[i - 1])->row() + 1;
            if (to != fromRow && to != fromRow + 1) {
                if (!beginMoveRows(parentIndex, fromRow, fromRow, parentIndex, to))
                    return false;
                auto moved = std::move(parent->children[size_t(fromRow)]);
                parent->children.erase(parent->children.begin() + fromRow);
                parent->children.insert(parent->children.begin() + (fromRow < to ? to - 1 : to), std::move(moved));
                endMoveRows();
            }
            staying.insert(wanted[i]);
        }
        if (!reorder(m_nodes.value(wanted[i])))
            return false;
    }
    return true;
}

void TagTreeModel::removeStale(Node *parent)
{
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        Node *child = parent->children[size_t(row)].get();
        if (m_codebook.tag(child->tag.id)) {
            removeStale(child);
            continue;
        }
        beginRemoveRows(indexFor(parent), row, row);
        forget(child);
        parent->children.erase(parent->children.begin() + row);
        endRemoveRows();
    }
}

void TagTreeModel::forget(const Node *node)
{
    m_nodes.remove(node->tag.id);
    for (const auto &child : node->children)
        forget(child.get());
}

TagTreeModel::Node *TagTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TagTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex TagTreeModel::indexOf(qint64 id, int column) const
{
    return indexFor(m_nodes.value(id), column);
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeAt(parent)->children[size_t(row)].get());
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeAt(child)->parent);
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    const Tag &tag = node->tag;
    switch (role) {
    case IdRole:
        return tag.id;
    case ParentIdRole:
        return tag.parentId;
    case PathRole:
        return m_codebook.path(tag.id);
    case ColourRole:
        return tag.colour;
    case CountRole:
        return node->count;
    case DescriptionRole:
        return tag.description;
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return tag.name;
        if (role == Qt::ToolTipRole && !tag.description.isEmpty())
            return tag.description;
        break;
    case ColourColumn:
        if (role == Qt::DecorationRole)
            return tag.colour;
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tag.colour.name();
        break;
    case CountColumn:
        if (role == Qt::DisplayRole)
            return node->count;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (role == Qt::AccessibleTextRole)
            return tr("%n highlights", nullptr, node->count);
        break;
    default:
        break;
    }
    return {};
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editor || role != Qt::EditRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    // The editor writes, pushes the undo step and signals codebookChanged, which updates this row.
    if (Status renamed = m_editor->renameTag(nodeAt(index)->tag.id, value.toString()); !renamed) {
        Q_EMIT errorOccurred(renamed.error().message);
        return false;
    }
    return true;
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Argument");
    case ColourColumn:
        return tr("Colour");
    case CountColumn:
        return tr("Highlights");
    default:
        return {};
    }
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editor ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editor) {
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() == NameColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QHash<int, QByteArray> TagTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(ParentIdRole, "parentId");
    names.insert(PathRole, "path");
    names.insert(ColourRole, "colour");
    names.insert(CountRole, "count");
    names.insert(DescriptionRole, "description");
    return names;
}

Qt::DropActions TagTreeModel::supportedDragActions() const
{
    return m_editor ? Qt::MoveAction : Qt::IgnoreAction;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return m_editor ? Qt::MoveAction : Qt::IgnoreAction;
}

QStringList TagTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = nodeAt(index)->tag.id;
        if (index.isValid() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

bool TagTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    if (!m_editor || action != Qt::MoveAction)
        return false;
    const QList<qint64> ids = decodeIds(data);
    if (ids.isEmpty())
        return false;
    const qint64 newParent = nodeAt(parent)->tag.id;
    for (qint64 id : ids) {
        // Into its own subtree would make a cycle.
        if (!m_codebook.tag(id) || m_codebook.subtree(id).contains(newParent))
            return false;
    }
    return true;
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = decodeIds(data);
    const qint64 newParent = nodeAt(parent)->tag.id;
    // Rows shift as tags move; the sibling they land before does not.
    const QList<qint64> siblings = m_codebook.children(newParent);
    const qint64 beforeId = row >= 0 && row < siblings.size() ? siblings[row] : 0;

    QUndoStack *stack = m_editor->undoStack();
    if (ids.size() > 1)
        stack->beginMacro(tr("Move %n Arguments", nullptr, int(ids.size())));
    bool moved = true;
    for (qint64 id : ids) {
        const int at = beforeId > 0 ? int(m_codebook.children(newParent).indexOf(beforeId)) : -1;
        if (Status s = m_editor->reparentTag(id, newParent, at); !s) {
            Q_EMIT errorOccurred(s.error().message);
            moved = false;
            break;
        }
    }
    if (ids.size() > 1)
        stack->endMacro();
    // A view that finishes a move asks removeRows() for the dragged rows; this model leaves that unimplemented (a
    // no-op), as the editor has moved them already.
    return moved;
}

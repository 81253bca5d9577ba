// SPDX-License-Identifier: GPL-3.0-or-later
#include "orphanlistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

OrphanListModel::OrphanListModel(HighlightStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

Status OrphanListModel::reload()
{
    const auto count = m_store.orphanCount();
    const auto first = m_store.pageOrphaned(0, batchSize);
    beginResetModel();
    m_rows = first ? *first : QList<PostHighlight>{};
    m_total = count ? *count : 0;
    m_complete = !first || m_rows.size() < batchSize;
    endResetModel();
    if (!count)
        return count.error();
    if (!first)
        return first.error();
    return Ok{};
}

int OrphanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrphanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrphanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostHighlight &row = m_rows[index.row()];
    const Highlight &h = row.highlight;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return QString(u"“"_s + h.anchor.quote.simplified() + u"”"_s);
        case PostColumn:
            return row.postTitle;
        case CreatedColumn:
            return QLocale().toString(h.created.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        return h.note.isEmpty() ? h.anchor.quote : QString(h.anchor.quote + u"\n\n"_s + h.note);
    case Qt::AccessibleTextRole:
        if (index.column() == QuoteColumn)
            return tr("Orphaned highlight: %1").arg(h.anchor.quote);
        break;
    case IdRole:
        return h.id;
    case PostIdRole:
        return h.postId;
    case QuoteRole:
        return h.anchor.quote;
    case NoteRole:
        return h.note;
    case PostTitleRole:
        return row.postTitle;
    case CreatedRole:
        return h.created;
    }
    return {};
}

QVariant OrphanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case PostColumn:
        return tr("Post");
    case CreatedColumn:
        return tr("Made");
    }
    return {};
}

QHash<int, QByteArray> OrphanListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "highlightId");
    names.insert(PostIdRole, "postId");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(PostTitleRole, "postTitle");
    names.insert(CreatedRole, "created");
    return names;
}

bool OrphanListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void OrphanListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto next = m_store.pageOrphaned(m_rows.isEmpty() ? 0 : m_rows.last().highlight.id, batchSize);
    if (!next) {
        m_complete = true; // a view asks again on every scroll: report once, not in a loop
        Q_EMIT fetchFailed(next.error().message);
        return;
    }
    m_complete = next->size() < batchSize;
    if (next->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next->size() - 1));
    m_rows += *next;
    endInsertRows();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightlistmodel.h"

#include <QFont>
#include <QSet>

#include <tuple>

using namespace Qt::StringLiterals;

HighlightListModel::HighlightListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void HighlightListModel::setPost(qint64 postId, const QList<Highlight> &highlights, const Codebook &codebook)
{
    beginResetModel();
    m_postId = postId;
    m_rows = highlights;
    m_codebook = codebook;
    endResetModel();
}

void HighlightListModel::update(const QList<Highlight> &highlights, const Codebook &codebook)
{
    m_codebook = codebook;
    QSet<qint64> ids;
    ids.reserve(highlights.size());
    for (const Highlight &h : highlights)
        ids.insert(h.id);
    // Rows that are gone, from the bottom so the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_rows[row].id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Then walk the new order: a row in place is updated; a new or moved one is inserted there.
    for (int i = 0; i < highlights.size(); ++i) {
        const Highlight &h = highlights[i];
        if (i < m_rows.size() && m_rows[i].id == h.id) {
            if (!(m_rows[i] == h)) {
                m_rows[i] = h;
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        for (int old = i + 1; old < m_rows.size(); ++old) {
            if (m_rows[old].id == h.id) {
                beginRemoveRows({}, old, old);
                m_rows.removeAt(old);
                endRemoveRows();
                break;
            }
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, h);
        endInsertRows();
    }
}

namespace {

// The store's order for a post: text order, orphans last (HighlightStore::forPost).
bool before(const Highlight &a, const Highlight &b)
{
    return std::tuple(a.orphaned, a.anchor.start, a.id) < std::tuple(b.orphaned, b.anchor.start, b.id);
}

} // namespace

void HighlightListModel::store(const Highlight &highlight)
{
    if (highlight.postId != m_postId)
        return;
    const QModelIndex existing = indexForId(highlight.id);
    if (existing.isValid()) {
        const int row = existing.row();
        // Still between its neighbours: changed in place, so a selection on it stays.
        const bool inPlace = (row == 0 || before(m_rows[row - 1], highlight))
            && (row + 1 == m_rows.size() || before(highlight, m_rows[row + 1]));
        if (inPlace) {
            m_rows[row] = highlight;
            Q_EMIT dataChanged(existing, existing);
            return;
        }
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    const int row = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), highlight, before) - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, highlight);
    endInsertRows();
}

void HighlightListModel::remove(qint64 id)
{
    if (const QModelIndex existing = indexForId(id); existing.isValid()) {
        beginRemoveRows({}, existing.row(), existing.row());
        m_rows.removeAt(existing.row());
        endRemoveRows();
    }
}

QModelIndex HighlightListModel::indexForId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return index(row);
    }
    return {};
}

int HighlightListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HighlightListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Highlight &h = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString text = u"“"_s + h.anchor.quote.simplified() + u"”"_s;
        if (const QStringList tags = data(index, TagsRole).toStringList(); !tags.isEmpty())
            text += u"\n"_s + tags.join(u" · "_s);
        if (!h.note.isEmpty())
            text += u"\n"_s + h.note.simplified();
        if (h.orphaned)
            text += u"\n"_s + tr("Orphaned: the passage is no longer in the post");
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip = h.note.isEmpty() ? h.anchor.quote : h.anchor.quote + u"\n\n"_s + h.note;
        if (!h.createdBy.isEmpty())
            tip += u"\n\n"_s + tr("Highlighted by %1").arg(h.createdBy);
        if (!h.modifiedBy.isEmpty() && h.modifiedBy != h.createdBy)
            tip += u"\n"_s + tr("Last changed by %1").arg(h.modifiedBy);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("Highlight: %1").arg(h.anchor.quote);
    case Qt::AccessibleDescriptionRole: {
        // What a sighted reader takes from the chips and the colour swatch, said in words.
        QStringList parts;
        const QStringList tags = data(index, TagsRole).toStringList();
        parts << (tags.isEmpty() ? tr("No arguments") : tr("Arguments: %1").arg(tags.join(u"; "_s)));
        if (!h.note.isEmpty())
            parts << tr("Note: %1").arg(h.note.simplified());
        if (h.orphaned)
            parts << tr("Orphaned: the passage is no longer in the post");
        return parts.join(u". "_s);
    }
    case Qt::DecorationRole:
    case ColourRole:
        return m_codebook.colourFor(h);
    case Qt::FontRole:
        if (h.orphaned) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case IdRole:
        return h.id;
    case QuoteRole:
        return h.anchor.quote;
    case NoteRole:
        return h.note;
    case TagsRole: {
        QStringList tags;
        for (const Tagging &t : h.tags)
            tags << u"%1 (%2)"_s.arg(m_codebook.path(t.tagId), stanceLabel(t.stance));
        return tags;
    }
    case OrphanedRole:
        return h.orphaned;
    case StartRole:
        return h.anchor.start;
    case StyleRole:
        return int(h.style);
    case TagIdsRole: {
        QList<qint64> ids;
        for (const Tagging &t : h.tags)
            ids << t.tagId;
        return QVariant::fromValue(ids);
    }
    case CreatedByRole:
        return h.createdBy;
    case ModifiedByRole:
        return h.modifiedBy;
    case VersionRole:
        return h.version;
    }
    return {};
}

QHash<int, QByteArray> HighlightListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "highlightId");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(TagsRole, "tags");
    names.insert(ColourRole, "colour");
    names.insert(OrphanedRole, "orphaned");
    names.insert(StartRole, "start");
    names.insert(StyleRole, "style");
    names.insert(TagIdsRole, "tagIds");
    names.insert(CreatedByRole, "createdBy");
    names.insert(ModifiedByRole, "modifiedBy");
    names.insert(VersionRole, "version");
    return names;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationtreemodel.h"

#include "library.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Marks the model as inside a change while its signals go out (see fetchMore()).
class ChangeGuard
{
public:
    explicit ChangeGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~ChangeGuard() { --m_depth; }
    Q_DISABLE_COPY_MOVE(ChangeGuard)

private:
    int &m_depth;
};

} // namespace

struct AnnotationTreeModel::Child
{
    PostHighlight row;
    std::optional<Stance> stance; // towards the group's argument, when grouped by argument
};

struct AnnotationTreeModel::Group
{
    qint64 id = 0;        // tag id (0: "No argument") or post id
    QString title;        // argument path or post title
    int highlights = 0;
    StanceCounts stances;
    QList<Child> children; // always the first children.size() of the group's highlights, in key order
    bool exhausted = false; // children holds every highlight of the group
};

AnnotationTreeModel::AnnotationTreeModel(Library &library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_library(library)
{
}

AnnotationTreeModel::~AnnotationTreeModel() = default;

Status AnnotationTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return Ok{};
    m_grouping = grouping;
    return reload();
}

void AnnotationTreeModel::setBatchSize(int size)
{
    m_batchSize = std::max(1, size);
}

Status AnnotationTreeModel::reload()
{
    auto codebook = m_library.tags().codebook();
    if (!codebook)
        return codebook.error();
    m_codebook = std::move(*codebook);
    auto groups = readGroups();
    const ChangeGuard guard(m_changing);
    if (!groups) {
        // Nothing shown is better than groups from another grouping under the new one.
        beginResetModel();
        m_groups.clear();
        rebuildRowIndex();
        endResetModel();
        return groups.error();
    }
    beginResetModel();
    m_groups = std::move(*groups);
    rebuildRowIndex();
    endResetModel();
    return Ok{};
}

Result<std::vector<std::unique_ptr<AnnotationTreeModel::Group>>> AnnotationTreeModel::readGroups() const
{
    std::vector<std::unique_ptr<Group>> groups;
    if (m_grouping == Grouping::ByPost) {
        auto counts = m_library.highlights().countsByPost();
        if (!counts)
            return counts.error();
        for (const HighlightGroupCount &c : std::as_const(*counts))
            groups.push_back(std::make_unique<Group>(Group{c.id, c.title, c.highlights, c.stances, {}, false}));
        return groups;
    }
    auto counts = m_library.highlights().countsByTag();
    if (!counts)
        return counts.error();
    QHash<qint64, HighlightGroupCount> byTag;
    for (const HighlightGroupCount &c : std::as_const(*counts))
        byTag.insert(c.id, c);
    // Codebook order: depth first, siblings by position. The visited set guards against a damaged parent cycle.
    QList<qint64> stack = m_codebook.children(0);
    std::reverse(stack.begin(), stack.end());
    QSet<qint64> visited;
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        if (visited.contains(id))
            continue;
        visited.insert(id);
        if (const auto c = byTag.constFind(id); c != byTag.cend()) {
            groups.push_back(
                std::make_unique<Group>(Group{id, m_codebook.path(id), c->highlights, c->stances, {}, false}));
        }
        QList<qint64> children = m_codebook.children(id);
        std::reverse(children.begin(), children.end());
        stack << children;
    }
    if (const auto c = byTag.constFind(0); c != byTag.cend())
        groups.push_back(std::make_unique<Group>(Group{0, tr("No argument"), c->highlights, c->stances, {}, false}));
    return groups;
}

Result<QList<PostHighlight>> AnnotationTreeModel::readPage(const Group &group, int limit) const
{
    const Child *last = group.children.isEmpty() ? nullptr : &group.children.constLast();
    if (m_grouping == Grouping::ByArgument)
        return m_library.highlights().pageTagged(group.id, last ? last->row.highlight.id : 0, limit);
    return m_library.highlights().pageOfPost(group.id,
                                             last ? last->row.highlight.anchor.start : std::numeric_limits<int>::min(),
                                             last ? last->row.highlight.id : 0, limit);
}

QList<AnnotationTreeModel::Child> AnnotationTreeModel::childrenFor(const Group &group,
                                                                   const QList<PostHighlight> &rows) const
{
    QList<Child> children;
    for (const PostHighlight &row : rows) {
        if (m_grouping == Grouping::ByPost) {
            if (row.highlight.postId == group.id)
                children << Child{row, std::nullopt};
            continue;
        }
        if (group.id == 0) {
            if (row.highlight.tags.isEmpty())
                children << Child{row, std::nullopt};
            continue;
        }
        for (const Tagging &t : row.highlight.tags) {
            if (t.tagId == group.id) {
                children << Child{row, t.stance};
                break;
            }
        }
    }
    std::stable_sort(children.begin(), children.end(),
                     [this](const Child &a, const Child &b) { return keyLess(a, b); });
    return children;
}

// The order the store pages in: by id under an argument, in text order under a post.
bool AnnotationTreeModel::keyLess(const Child &a, const Child &b) const
{
    const Highlight &x = a.row.highlight, &y = b.row.highlight;
    if (m_grouping == Grouping::ByPost && x.anchor.start != y.anchor.start)
        return x.anchor.start < y.anchor.start;
    return x.id < y.id;
}

Status AnnotationTreeModel::refreshPost(qint64 postId)
{
    auto codebook = m_library.tags().codebook();
    if (!codebook)
        return codebook.error();
    auto rows = m_library.highlights().pageOfPost(postId, std::numeric_limits<int>::min(), 0, -1);
    if (!rows)
        return rows.error();
    const Codebook previous = m_codebook;
    m_codebook = std::move(*codebook);
    auto groups = readGroups();
    if (!groups) {
        m_codebook = previous;
        return groups.error();
    }
    syncGroups(std::move(*groups));
    for (int row = 0; row < int(m_groups.size()); ++row) {
        if (m_grouping == Grouping::ByPost && m_groups[row]->id != postId)
            continue;
        syncChildren(row, postId, *rows);
    }
    return Ok{};
}

void AnnotationTreeModel::syncGroups(std::vector<std::unique_ptr<Group>> fresh)
{
    const ChangeGuard guard(m_changing);
    const auto findFrom = [this](qint64 id, int from) {
        for (int row = from; row < int(m_groups.size()); ++row) {
            if (m_groups[row]->id == id)
                return row;
        }
        return -1;
    };
    // Groups that are gone, from the bottom so the rows above keep their numbers.
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        const qint64 id = m_groups[row]->id;
        if (std::none_of(fresh.cbegin(), fresh.cend(), [id](const auto &g) { return g->id == id; })) {
            beginRemoveRows({}, row, row);
            m_groups.erase(m_groups.begin() + row);
            rebuildRowIndex();
            endRemoveRows();
        }
    }
    // Then the new order: a group in place takes the new counts, a moved one keeps its loaded children.
    for (int i = 0; i < int(fresh.size()); ++i) {
        Group &next = *fresh[i];
        int old = findFrom(next.id, i);
        if (old < 0) {
            beginInsertRows({}, i, i);
            m_groups.insert(m_groups.begin() + i, std::move(fresh[i]));
            rebuildRowIndex();
            endInsertRows();
            continue;
        }
        if (old != i) {
            beginMoveRows({}, old, old, {}, i);
            auto moved = std::move(m_groups[old]);
            m_groups.erase(m_groups.begin() + old);
            m_groups.insert(m_groups.begin() + i, std::move(moved));
            rebuildRowIndex();
            endMoveRows();
        }
        Group &group = *m_groups[i];
        if (group.title != next.title || group.highlights != next.highlights || !(group.stances == next.stances)) {
            group.title = next.title;
            group.highlights = next.highlights;
            group.stances = next.stances;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void AnnotationTreeModel::syncChildren(int groupRow, qint64 postId, const QList<PostHighlight> &rows)
{
    const ChangeGuard guard(m_changing);
    Group &group = *m_groups[groupRow];
    const QModelIndex parent = index(groupRow, 0);
    const QList<Child> wanted = childrenFor(group, rows);
    const auto wantedFind = [&wanted](qint64 id) -> const Child * {
        for (const Child &c : wanted) {
            if (c.row.highlight.id == id)
                return &c;
        }
        return nullptr;
    };

    // Loaded rows of the post that left the group, or moved within the text (their place changes).
    for (int row = int(group.children.size()) - 1; row >= 0; --row) {
        const Child &child = group.children[row];
        if (child.row.highlight.postId != postId)
            continue;
        const Child *now = wantedFind(child.row.highlight.id);
        if (!now || keyLess(*now, child) || keyLess(child, *now)) {
            beginRemoveRows(parent, row, row);
            group.children.removeAt(row);
            endRemoveRows();
        }
    }
    // Rows in place take their new values; new ones go in where they sort, when they fall among the loaded rows
    // (those after the last loaded row arrive with fetchMore()).
    for (const Child &child : wanted) {
        const auto at = std::lower_bound(group.children.begin(), group.children.end(), child,
                                         [this](const Child &a, const Child &b) { return keyLess(a, b); });
        const int row = int(at - group.children.begin());
        if (at != group.children.end() && at->row.highlight.id == child.row.highlight.id) {
            if (!(at->row.highlight == child.row.highlight) || at->row.postTitle != child.row.postTitle
                || at->stance != child.stance) {
                *at = child;
                Q_EMIT dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
            }
            continue;
        }
        if (at == group.children.end() && !group.exhausted)
            continue;
        beginInsertRows(parent, row, row);
        group.children.insert(row, child);
        endInsertRows();
    }
}

void AnnotationTreeModel::rebuildRowIndex()
{
    m_rowOf.clear();
    for (int row = 0; row < int(m_groups.size()); ++row)
        m_rowOf.insert(m_groups[row].get(), row);
}

AnnotationTreeModel::Group *AnnotationTreeModel::groupOf(const QModelIndex &index) const
{
    return static_cast<Group *>(index.internalPointer());
}

QModelIndex AnnotationTreeModel::groupIndex(qint64 id) const
{
    for (int row = 0; row < int(m_groups.size()); ++row) {
        if (m_groups[row]->id == id)
            return index(row, 0);
    }
    return {};
}

QModelIndex AnnotationTreeModel::indexForHighlight(qint64 highlightId, const QModelIndex &group) const
{
    if (!group.isValid() || group.internalPointer())
        return {};
    const Group &g = *m_groups[group.row()];
    for (int row = 0; row < g.children.size(); ++row) {
        if (g.children[row].row.highlight.id == highlightId)
            return index(row, 0, group);
    }
    return {};
}

QModelIndex AnnotationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    return createIndex(row, column, m_groups[parent.row()].get());
}

QModelIndex AnnotationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto row = m_rowOf.constFind(groupOf(child));
    return row == m_rowOf.cend() ? QModelIndex() : createIndex(*row, 0, nullptr);
}

int AnnotationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()]->children.size());
}

int AnnotationTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool AnnotationTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.empty();
    if (parent.internalPointer() || parent.column() != 0)
        return false;
    const Group &group = *m_groups[parent.row()];
    return group.highlights > 0 || !group.children.isEmpty();
}

bool AnnotationTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalPointer() || parent.column() != 0)
        return false;
    const Group &group = *m_groups[parent.row()];
    return !group.exhausted && group.children.size() < group.highlights;
}

void AnnotationTreeModel::fetchMore(const QModelIndex &parent)
{
    // Asked from a handler of this model's own signals (a reset, an insertion): rows inserted now would nest inside
    // the change being announced. Views ask again when they next lay out.
    if (m_changing > 0 || !canFetchMore(parent))
        return;
    const ChangeGuard guard(m_changing);
    Group &group = *m_groups[parent.row()];
    auto page = readPage(group, m_batchSize);
    if (!page) {
        // Views ask again on every scroll; one failure should not become a loop of them.
        group.exhausted = true;
        Q_EMIT fetchFailed(page.error().message);
        return;
    }
    QList<Child> rows = childrenFor(group, *page);
    if (rows.size() < m_batchSize)
        group.exhausted = true;
    if (!rows.isEmpty()) {
        const int first = int(group.children.size());
        beginInsertRows(parent, first, first + int(rows.size()) - 1);
        group.children << rows;
        endInsertRows();
    }
    // The group's tooltip tells how many are loaded; a filter proxy also re-reads the group from this.
    const QModelIndex row = index(parent.row(), 0);
    Q_EMIT dataChanged(row, index(parent.row(), ColumnCount - 1));
}

QVariant AnnotationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!index.internalPointer())
        return groupData(*m_groups[index.row()], index.column(), role);
    const Group &group = *groupOf(index);
    return childData(group, group.children[index.row()], index.column(), role);
}

QVariant AnnotationTreeModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == QuoteColumn)
            return group.title;
        if (column == CountColumn)
            return QLocale().toString(group.highlights);
        return {};
    case Qt::ToolTipRole: {
        QString tip = group.title + u"\n"_s + tr("%n highlights", nullptr, group.highlights);
        if (group.stances.total() > 0) {
            tip += u"\n"_s + tr("%n supporting", nullptr, group.stances.supports) + u", "_s
                + tr("%n challenging", nullptr, group.stances.challenges) + u", "_s
                + tr("%n examples", nullptr, group.stances.examples);
        }
        if (!group.exhausted && group.children.size() < group.highlights)
            tip += u"\n"_s + tr("%n loaded so far", nullptr, int(group.children.size()));
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1: %n highlights", nullptr, group.highlights).arg(group.title);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        if (column == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return qint64(0);
    case PostIdRole:
        return m_grouping == Grouping::ByPost ? group.id : qint64(0);
    case TagIdRole:
        return m_grouping == Grouping::ByArgument ? group.id : qint64(0);
    case StanceRole:
        return -1;
    case StancesRole:
        return QVariant::fromValue(QList<int>());
    case SortRole:
        if (column == CountColumn)
            return group.highlights;
        return group.title.toCaseFolded();
    case IsGroupRole:
        return true;
    case CountRole:
        return group.highlights;
    case SupportsCountRole:
        return group.stances.supports;
    case ChallengesCountRole:
        return group.stances.challenges;
    case ExamplesCountRole:
        return group.stances.examples;
    case PostTitleRole:
        return m_grouping == Grouping::ByPost ? group.title : QString();
    case SearchTextRole:
        return group.title;
    }
    return {};
}

QString AnnotationTreeModel::argumentsText(const Highlight &highlight) const
{
    QStringList parts;
    for (const Tagging &t : highlight.tags)
        parts << tr("%1 (%2)").arg(m_codebook.path(t.tagId), stanceLabel(t.stance));
    return parts.join(u"; "_s);
}

QVariant AnnotationTreeModel::childData(const Group &group, const Child &child, int column, int role) const
{
    const Highlight &h = child.row.highlight;
    const auto stances = [&child, &h]() {
        QList<int> list;
        if (child.stance) {
            list << int(*child.stance);
        } else {
            for (const Tagging &t : h.tags) {
                if (!list.contains(int(t.stance)))
                    list << int(t.stance);
            }
        }
        return list;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case QuoteColumn:
            return h.anchor.quote.simplified();
        case PostColumn:
            return child.row.postTitle;
        case StanceColumn: {
            QStringList labels;
            for (int s : stances())
                labels << stanceLabel(Stance(s));
            return labels.join(u", "_s);
        }
        case ArgumentsColumn:
            return argumentsText(h);
        case NoteColumn:
            return h.note.simplified();
        case DateColumn:
            return QLocale().toString(h.created.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == PostColumn)
            return child.row.postTitle;
        if (column == ArgumentsColumn)
            return argumentsText(h);
        if (column == DateColumn) {
            const QString when = QLocale().toString(h.created.toLocalTime(), QLocale::LongFormat);
            return h.createdBy.isEmpty() ? when : tr("%1, by %2").arg(when, h.createdBy);
        }
        return h.note.isEmpty() ? h.anchor.quote : h.anchor.quote + u"\n\n"_s + h.note;
    case Qt::AccessibleTextRole:
        return tr("Highlight in “%1”: %2").arg(child.row.postTitle, h.anchor.quote);
    case Qt::DecorationRole:
        if (column == QuoteColumn)
            return m_codebook.colourFor(h);
        return {};
    case Qt::FontRole:
        if (h.orphaned) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return h.id;
    case PostIdRole:
        return h.postId;
    case TagIdRole:
        if (m_grouping == Grouping::ByArgument)
            return group.id;
        return h.tags.isEmpty() ? qint64(0) : h.tags.first().tagId;
    case StanceRole:
        if (child.stance)
            return int(*child.stance);
        return h.tags.isEmpty() ? -1 : int(h.tags.first().stance);
    case StancesRole:
        return QVariant::fromValue(stances());
    case SortRole:
        switch (column) {
        case QuoteColumn:
            return h.anchor.quote.toCaseFolded();
        case CountColumn:
            return 0;
        case PostColumn:
            return child.row.postTitle.toCaseFolded();
        case StanceColumn: {
            const QList<int> list = stances();
            return list.isEmpty() ? -1 : list.first();
        }
        case ArgumentsColumn:
            return argumentsText(h).toCaseFolded();
        case NoteColumn:
            return h.note.toCaseFolded();
        case DateColumn:
            return h.created;
        }
        return {};
    case IsGroupRole:
        return false;
    case CountRole:
    case SupportsCountRole:
    case ChallengesCountRole:
    case ExamplesCountRole:
        return 0;
    case QuoteRole:
        return h.anchor.quote;
    case NoteRole:
        return h.note;
    case PostTitleRole:
        return child.row.postTitle;
    case CreatedRole:
        return h.created;
    case StartRole:
        return h.anchor.start;
    case SearchTextRole:
        return QStringList{h.anchor.quote, h.note, child.row.postTitle}.join(u'\n');
    case CreatedByRole:
        return h.createdBy;
    }
    return {};
}

QVariant AnnotationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn:
        return m_grouping == Grouping::ByArgument ? tr("Argument / passage") : tr("Post / passage");
    case CountColumn:
        return tr("Highlights");
    case PostColumn:
        return tr("Post");
    case StanceColumn:
        return tr("Stance");
    case ArgumentsColumn:
        return tr("Arguments");
    case NoteColumn:
        return tr("Note");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

QHash<int, QByteArray> AnnotationTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "highlightId");
    names.insert(PostIdRole, "postId");
    names.insert(TagIdRole, "tagId");
    names.insert(StanceRole, "stance");
    names.insert(StancesRole, "stances");
    names.insert(SortRole, "sortValue");
    names.insert(IsGroupRole, "isGroup");
    names.insert(CountRole, "count");
    names.insert(SupportsCountRole, "supportsCount");
    names.insert(ChallengesCountRole, "challengesCount");
    names.insert(ExamplesCountRole, "examplesCount");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(PostTitleRole, "postTitle");
    names.insert(CreatedRole, "created");
    names.insert(StartRole, "start");
    names.insert(SearchTextRole, "searchText");
    return names;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstore.h"
#include "result.h"
#include "tag.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class Library;

// Every highlight of the library in two levels: groups (arguments in codebook order, then "No argument"; or posts)
// with their counts, and under each group its highlights. Children are read from the store a batch at a time
// through canFetchMore()/fetchMore(), so a library with 100,000 highlights opens as fast as one with ten.
// A highlight tagged with two arguments is listed under both.
class AnnotationTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationTreeModel)

public:
    enum class Grouping { ByArgument, ByPost };
    Q_ENUM(Grouping)

    enum Column {
        QuoteColumn,     // a group's argument path or post title; a highlight's quote
        CountColumn,     // a group's number of highlights
        PostColumn,
        StanceColumn,    // by argument: the stance towards the group's argument; by post: every stance it takes
        ArgumentsColumn, // every argument of the highlight, with its stance
        NoteColumn,
        DateColumn,      // when the highlight was made
        ColumnCount
    };
    enum Role : int {
        IdRole = Qt::UserRole + 1, // highlight id; 0 on a group
        PostIdRole,                // the highlight's post; a post group's post; 0 otherwise
        TagIdRole,                 // the argument of the group (0: "No argument"); 0 on a post group
        StanceRole,                // int (Stance) towards the group's argument; -1 when it has none
        StancesRole,               // QList<int> (Stance): the stances a row stands for, for the stance filter
        SortRole,                  // raw value for sorting: case-folded text, int or QDateTime
        IsGroupRole,               // bool
        CountRole,                 // int: a group's highlights
        SupportsCountRole,         // int: a group's taggings per stance
        ChallengesCountRole,
        ExamplesCountRole,
        QuoteRole,
        NoteRole,
        PostTitleRole,
        CreatedRole,               // QDateTime, UTC
        StartRole,                 // int: offset of the highlight in its post's anchor text
        SearchTextRole,            // quote, note and post title, for the filter box
        CreatedByRole,             // QString: who made the highlight; empty on a group or when unknown
    };
    Q_ENUM(Role)

    explicit AnnotationTreeModel(Library &library, QObject *parent = nullptr);
    ~AnnotationTreeModel() override;

    Grouping grouping() const { return m_grouping; }
    // Regroups (a reset), reading the first level again.
    Status setGrouping(Grouping grouping);
    // Highlights read per fetchMore(); 200 unless set.
    int batchSize() const { return m_batchSize; }
    void setBatchSize(int size);

    // Reads the codebook and the groups again (a reset); children load again as they are fetched.
    Status reload();
    // After the highlights of one post were added, edited or removed: changes, inserts and removes only the rows
    // that differ, groups included, without a reset.
    Status refreshPost(qint64 postId);

    QModelIndex groupIndex(qint64 id) const; // a tag id (0: "No argument") or a post id, per grouping
    QModelIndex indexForHighlight(qint64 highlightId, const QModelIndex &group) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // fetchMore() could not read the next page; the group stops asking until reload().
    void fetchFailed(const QString &message);

private:
    struct Group;
    struct Child;

    Result<std::vector<std::unique_ptr<Group>>> readGroups() const;
    Result<QList<PostHighlight>> readPage(const Group &group, int limit) const;
    QList<Child> childrenFor(const Group &group, const QList<PostHighlight> &rows) const;
    bool keyLess(const Child &a, const Child &b) const;
    void syncGroups(std::vector<std::unique_ptr<Group>> fresh);
    void syncChildren(int groupRow, qint64 postId, const QList<PostHighlight> &rows);
    void rebuildRowIndex();
    Group *groupOf(const QModelIndex &index) const; // the group a child index sits in
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant childData(const Group &group, const Child &child, int column, int role) const;
    QString argumentsText(const Highlight &highlight) const;

    Library &m_library;
    Grouping m_grouping = Grouping::ByArgument;
    int m_batchSize = 200;
    Codebook m_codebook;
    std::vector<std::unique_ptr<Group>> m_groups;
    // A child index carries its Group *, which stays valid when groups above it come and go.
    QHash<const Group *, int> m_rowOf;
    int m_changing = 0; // > 0 while rows change and their signals go out
};

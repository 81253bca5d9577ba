// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationtreemodel.h"

#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

using Grouping = AnnotationTreeModel::Grouping;

class TstAnnotationTreeModel : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    QList<qint64> m_posts;
    QList<qint64> m_tags; // the first top-level argument, then its first two children: codebook order
    QStringList m_paths;

    Library &library() { return *m_lib.library; }

    Highlight passage(int post, int start, int end, QList<Tagging> tags = {}) const
    {
        Highlight h;
        h.postId = m_posts[post];
        h.anchor = AnchorResolver::anchorFor(m_lib.library->posts().post(h.postId)->anchorText(), start, end);
        h.tags = std::move(tags);
        return h;
    }

    qint64 add(const Highlight &h)
    {
        const auto id = library().highlights().add(h);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    // Every child of the group, fetched to the end.
    static QList<qint64> childIds(AnnotationTreeModel &model, const QModelIndex &group)
    {
        while (model.canFetchMore(group))
            model.fetchMore(group);
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(group); ++row)
            ids << model.index(row, 0, group).data(AnnotationTreeModel::IdRole).toLongLong();
        return ids;
    }

    static QStringList groupTitles(const AnnotationTreeModel &model)
    {
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles << model.index(row, AnnotationTreeModel::QuoteColumn).data().toString();
        return titles;
    }

    static int groupCount(const AnnotationTreeModel &model, const QModelIndex &group)
    {
        return model.index(group.row(), AnnotationTreeModel::CountColumn).data(AnnotationTreeModel::SortRole).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_lib.library.reset();
        QFile::remove(m_lib.path());
        QVERIFY(m_lib.openLibrary());
        m_posts.clear();
        for (const PostSummary &s : *library().posts().summaries())
            m_posts << s.id;
        const Codebook codebook = *library().tags().codebook();
        const qint64 root = codebook.children(0).first();
        m_tags = {root, codebook.children(root).at(0), codebook.children(root).at(1)};
        m_paths.clear();
        for (qint64 id : std::as_const(m_tags))
            m_paths << codebook.path(id);
    }

    void groupsByArgument()
    {
        // Tagged with two arguments: listed under both, with its stance towards each.
        const qint64 both = add(passage(0, 10, 40, {{m_tags[2], Stance::Supports}, {m_tags[1], Stance::Challenges}}));
        const qint64 second = add(passage(1, 5, 20, {{m_tags[2], Stance::Example}}));
        const qint64 untagged = add(passage(0, 50, 60));

        AnnotationTreeModel model(library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());

        // Codebook order (the parent argument has no highlights, so no group), then "No argument" last.
        QCOMPARE(groupTitles(model), (QStringList{m_paths[1], m_paths[2], u"No argument"_s}));
        QCOMPARE(groupCount(model, model.groupIndex(m_tags[1])), 1);
        QCOMPARE(groupCount(model, model.groupIndex(m_tags[2])), 2);
        QCOMPARE(groupCount(model, model.groupIndex(0)), 1);
        QCOMPARE(model.groupIndex(m_tags[2]).data(AnnotationTreeModel::SupportsCountRole).toInt(), 1);
        QCOMPARE(model.groupIndex(m_tags[2]).data(AnnotationTreeModel::ExamplesCountRole).toInt(), 1);

        QCOMPARE(childIds(model, model.groupIndex(m_tags[1])), QList<qint64>{both});
        QCOMPARE(childIds(model, model.groupIndex(m_tags[2])), (QList<qint64>{both, second}));
        QCOMPARE(childIds(model, model.groupIndex(0)), QList<qint64>{untagged});

        const QModelIndex underFirst = model.indexForHighlight(both, model.groupIndex(m_tags[1]));
        const QModelIndex underSecond = model.indexForHighlight(both, model.groupIndex(m_tags[2]));
        QCOMPARE(underFirst.data(AnnotationTreeModel::StanceRole).toInt(), int(Stance::Challenges));
        QCOMPARE(underSecond.data(AnnotationTreeModel::StanceRole).toInt(), int(Stance::Supports));
        QCOMPARE(underFirst.siblingAtColumn(AnnotationTreeModel::StanceColumn).data().toString(), u"challenges"_s);
        QCOMPARE(underFirst.data(AnnotationTreeModel::PostIdRole).toLongLong(), m_posts[0]);
        QCOMPARE(underFirst.siblingAtColumn(AnnotationTreeModel::PostColumn).data().toString(),
                 library().posts().post(m_posts[0])->title);
        QCOMPARE(underFirst.data().toString(), library().highlights().highlight(both)->anchor.quote.simplified());
        const QModelIndex arguments = underFirst.siblingAtColumn(AnnotationTreeModel::ArgumentsColumn);
        QVERIFY(arguments.data().toString().contains(m_paths[1]));
        QVERIFY(arguments.data().toString().contains(m_paths[2]));
    }

    void groupsByPost()
    {
        const qint64 later = add(passage(2, 80, 90, {{m_tags[1], Stance::Supports}}));
        const qint64 earlier = add(passage(2, 10, 20, {{m_tags[1], Stance::Challenges}, {m_tags[2], Stance::Example}}));
        const qint64 other = add(passage(0, 5, 15));

        AnnotationTreeModel model(library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setGrouping(Grouping::ByPost).ok());

        // Only posts with highlights, in library order.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(AnnotationTreeModel::PostIdRole).toLongLong(), m_posts[0]);
        QCOMPARE(model.index(0, 0).data().toString(), library().posts().post(m_posts[0])->title);
        QCOMPARE(groupCount(model, model.groupIndex(m_posts[2])), 2);
        QCOMPARE(model.groupIndex(m_posts[2]).data(AnnotationTreeModel::ChallengesCountRole).toInt(), 1);
        // Text order within a post, not the order they were made.
        QCOMPARE(childIds(model, model.groupIndex(m_posts[2])), (QList<qint64>{earlier, later}));
        QCOMPARE(childIds(model, model.groupIndex(m_posts[0])), QList<qint64>{other});
        // Every stance it takes, when no one argument is the group.
        const QModelIndex row = model.indexForHighlight(earlier, model.groupIndex(m_posts[2]));
        QCOMPARE(row.data(AnnotationTreeModel::StancesRole).value<QList<int>>(),
                 (QList<int>{int(Stance::Challenges), int(Stance::Example)}));

        // Back to arguments: regrouped.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.setGrouping(Grouping::ByArgument).ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(groupTitles(model), (QStringList{m_paths[1], m_paths[2], u"No argument"_s}));
    }

    void fetchesInBatches_data()
    {
        QTest::addColumn<Grouping>("grouping");
        QTest::newRow("by argument") << Grouping::ByArgument;
        QTest::newRow("by post") << Grouping::ByPost;
    }

    void fetchesInBatches()
    {
        QFETCH(Grouping, grouping);
        const QString text = library().posts().post(m_posts[1])->anchorText();
        QList<Highlight> many;
        for (int i = 0; i < 1000; ++i) {
            const int start = (i * 7919) % (int(text.size()) - 10); // scattered, so text order differs from ids
            many << passage(1, start, start + 5, {{m_tags[1], Stance(i % 3)}});
        }
        const auto added = library().highlights().addMany(many);
        QVERIFY(added.ok());
        QCOMPARE(added->size(), 1000);

        // The store's page is bounded: 200 rows, not the thousand.
        QCOMPARE(library().highlights().pageTagged(m_tags[1], 0, 200)->size(), 200);

        QList<std::pair<int, qint64>> keys;
        for (int i = 0; i < 1000; ++i)
            keys << std::pair{grouping == Grouping::ByPost ? many[i].anchor.start : 0, added->at(i)};
        std::sort(keys.begin(), keys.end());
        QList<qint64> expected;
        for (const auto &k : std::as_const(keys))
            expected << k.second;

        AnnotationTreeModel model(library());
        QCOMPARE(model.batchSize(), 200);
        QVERIFY(model.setGrouping(grouping).ok());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex group = model.index(0, 0);
        QCOMPARE(groupCount(model, group), 1000);
        // Nothing read below the group until a view asks.
        QCOMPARE(model.rowCount(group), 0);
        QVERIFY(model.hasChildren(group));
        QVERIFY(model.canFetchMore(group));

        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (model.rowCount(group) == 0) // the tester may have fetched the first batch itself
            model.fetchMore(group);
        QCOMPARE(model.rowCount(group), 200);
        QVERIFY(model.canFetchMore(group));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        int fetches = 0;
        while (model.canFetchMore(group)) {
            model.fetchMore(group);
            ++fetches;
        }
        QCOMPARE(fetches, 4);
        QCOMPARE(inserted.count(), 4);
        QCOMPARE(model.rowCount(group), 1000);
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(group); ++row)
            ids << model.index(row, 0, group).data(AnnotationTreeModel::IdRole).toLongLong();
        QCOMPARE(ids, expected);
    }

    void refreshPostChangesRowsWithoutReset()
    {
        const qint64 kept = add(passage(0, 10, 40, {{m_tags[1], Stance::Supports}}));
        const qint64 untagged = add(passage(0, 50, 60));
        add(passage(1, 5, 15, {{m_tags[1], Stance::Supports}}));

        AnnotationTreeModel model(library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(childIds(model, model.groupIndex(m_tags[1])).size(), 2);
        QCOMPARE(groupTitles(model), (QStringList{m_paths[1], u"No argument"_s}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // A new highlight under a new argument: the group appears, in codebook order.
        const qint64 added = add(passage(0, 70, 80, {{m_tags[2], Stance::Challenges}}));
        QVERIFY(model.refreshPost(m_posts[0]).ok());
        QCOMPARE(groupTitles(model), (QStringList{m_paths[1], m_paths[2], u"No argument"_s}));
        QCOMPARE(childIds(model, model.groupIndex(m_tags[2])), QList<qint64>{added});

        // Tagging the untagged one: it moves from "No argument" (now empty, so gone) to the first argument.
        Highlight h = *library().highlights().highlight(untagged);
        h.tags = {{m_tags[1], Stance::Example}};
        h.note = u"now argued"_s;
        QVERIFY(library().highlights().update(h).ok());
        QVERIFY(model.refreshPost(m_posts[0]).ok());
        QCOMPARE(groupTitles(model), (QStringList{m_paths[1], m_paths[2]}));
        const QModelIndex first = model.groupIndex(m_tags[1]);
        QCOMPARE(groupCount(model, first), 3);
        QVERIFY(childIds(model, first).contains(untagged));
        QCOMPARE(model.indexForHighlight(untagged, first).data(AnnotationTreeModel::NoteRole).toString(),
                 u"now argued"_s);

        // Removing one: only its row goes.
        QVERIFY(library().highlights().remove(kept).ok());
        QVERIFY(model.refreshPost(m_posts[0]).ok());
        QVERIFY(!model.indexForHighlight(kept, model.groupIndex(m_tags[1])).isValid());
        QCOMPARE(groupCount(model, model.groupIndex(m_tags[1])), 2);
        QCOMPARE(model.rowCount(model.groupIndex(m_tags[1])), 2);

        QCOMPARE(reset.count(), 0);
        QVERIFY(inserted.count() > 0);
        QVERIFY(removed.count() > 0);
    }

    void refreshKeepsUnloadedRowsForLater()
    {
        QList<Highlight> many;
        for (int i = 0; i < 10; ++i)
            many << passage(0, i * 10, i * 10 + 5, {{m_tags[1], Stance::Supports}});
        QVERIFY(library().highlights().addMany(many).ok());
        AnnotationTreeModel model(library());
        model.setBatchSize(4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        const QModelIndex group = model.groupIndex(m_tags[1]);
        model.fetchMore(group);
        QCOMPARE(model.rowCount(group), 4);

        // A newer highlight sorts after the loaded rows: it waits for the next fetch instead of leaving a gap.
        const qint64 newest = add(passage(0, 200, 210, {{m_tags[1], Stance::Supports}}));
        QVERIFY(model.refreshPost(m_posts[0]).ok());
        QCOMPARE(model.rowCount(group), 4);
        QCOMPARE(groupCount(model, group), 11);
        const QList<qint64> ids = childIds(model, group);
        QCOMPARE(ids.size(), 11);
        QCOMPARE(ids.last(), newest);
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    }

    void roleNamesCoverTheRoles()
    {
        AnnotationTreeModel model(library());
        const auto names = model.roleNames();
        QCOMPARE(names.value(AnnotationTreeModel::IdRole), "highlightId");
        QCOMPARE(names.value(AnnotationTreeModel::PostIdRole), "postId");
        QCOMPARE(names.value(AnnotationTreeModel::TagIdRole), "tagId");
        QCOMPARE(names.value(AnnotationTreeModel::StanceRole), "stance");
        QCOMPARE(names.value(AnnotationTreeModel::SortRole), "sortValue");
        QCOMPARE(names.value(Qt::DisplayRole), "display");
    }
};

QTEST_MAIN(TstAnnotationTreeModel)
#include "tst_annotationtreemodel.moc"

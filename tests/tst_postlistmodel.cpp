// SPDX-License-Identifier: GPL-3.0-or-later
#include "postlistmodel.h"

#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

class TstPostListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryPost()
    {
        TestLibrary lib;
        QVERIFY(lib.open(true));
        PostListModel model(*lib.posts);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.reload().ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(PostListModel::ColumnCount));

        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles << model.index(row, PostListModel::TitleColumn).data().toString();
        QVERIFY(titles.contains(u"Marketing goes on outside of the marketing department"_s));
        QVERIFY(titles.contains(u"The new division of marketing labour"_s));
    }

    void derivedTitleIsShownAsSuch()
    {
        TestLibrary lib;
        QVERIFY(lib.open(true));
        PostListModel model(*lib.posts);
        QVERIFY(model.reload().ok());
        int derived = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex title = model.index(row, PostListModel::TitleColumn);
            if (!title.data(PostListModel::TitleDerivedRole).toBool()) {
                QVERIFY(!title.data(Qt::FontRole).isValid());
                continue;
            }
            ++derived;
            QVERIFY(title.data(Qt::FontRole).value<QFont>().italic());
            QVERIFY(!title.data(Qt::ToolTipRole).toString().isEmpty());
            QVERIFY(model.index(row, PostListModel::DateColumn).data().toString().isEmpty());
        }
        QCOMPARE(derived, 1);
    }

    void sortValuesAreRaw_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("type");
        QTest::newRow("date") << int(PostListModel::DateColumn) << int(QMetaType::LongLong);
        QTest::newRow("words") << int(PostListModel::WordsColumn) << int(QMetaType::Int);
        QTest::newRow("comments") << int(PostListModel::CommentsColumn) << int(QMetaType::Int);
        QTest::newRow("highlights") << int(PostListModel::HighlightsColumn) << int(QMetaType::Int);
        QTest::newRow("title") << int(PostListModel::TitleColumn) << int(QMetaType::QString);
    }

    void sortValuesAreRaw()
    {
        QFETCH(int, column);
        QFETCH(int, type);
        TestLibrary lib;
        QVERIFY(lib.open(true));
        PostListModel model(*lib.posts);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.index(0, column).data(PostListModel::SortRole).metaType().id(), type);
    }

    void indexForId()
    {
        TestLibrary lib;
        QVERIFY(lib.open(true));
        PostListModel model(*lib.posts);
        QVERIFY(model.reload().ok());
        const qint64 id = model.index(3, 0).data(PostListModel::IdRole).toLongLong();
        QCOMPARE(model.indexForId(id).row(), 3);
        QVERIFY(!model.indexForId(999).isValid());
    }
};

QTEST_MAIN(TstPostListModel)
#include "tst_postlistmodel.moc"

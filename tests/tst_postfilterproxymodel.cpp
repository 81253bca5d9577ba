// SPDX-License-Identifier: GPL-3.0-or-later
#include "postfilterproxymodel.h"

#include "postlistmodel.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TstPostFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    QStringList titles(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, PostListModel::TitleColumn).data().toString();
        return list;
    }

private Q_SLOTS:
    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("oneOfThem");
        QTest::newRow("empty") << QString() << 5 << QString();
        QTest::newRow("title word") << u"labour"_s << 1 << u"The new division of marketing labour"_s;
        QTest::newRow("case-insensitive") << u"LABOUR"_s << 1 << u"The new division of marketing labour"_s;
        QTest::newRow("accent-insensitive") << u"làbôur"_s << 1 << u"The new division of marketing labour"_s;
        QTest::newRow("all words must match") << u"marketing labour"_s << 1 << QString();
        QTest::newRow("author") << u"sean"_s << 1 << QString();
        QTest::newRow("category") << u"voice of customer"_s << 1 << QString();
        // The post without a title has one made from its opening words, which do not say "marketing".
        QTest::newRow("common word") << u"marketing"_s << 4 << QString();
        QTest::newRow("no match") << u"zebra"_s << 0 << QString();
        QTest::newRow("spaces only") << u"   "_s << 5 << QString();
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        QFETCH(QString, oneOfThem);
        TestLibrary lib;
        QVERIFY(lib.open(true));
        PostListModel source(*lib.posts);
        PostFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        QVERIFY(source.reload().ok());
        proxy.setFilterText(text);
        QCOMPARE(proxy.rowCount(), rows);
        if (!oneOfThem.isEmpty())
            QVERIFY(titles(proxy).contains(oneOfThem));
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 5);
    }

    void sortByDateKeepsUndatedFirst()
    {
        TestLibrary lib;
        QVERIFY(lib.open(true));
        PostListModel source(*lib.posts);
        QVERIFY(source.reload().ok());
        PostFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.sort(PostListModel::DateColumn, Qt::AscendingOrder);
        const auto dateKey = [&](int row) {
            return proxy.index(row, PostListModel::DateColumn).data(PostListModel::SortRole).toLongLong();
        };
        QCOMPARE(dateKey(0), PostListModel::undatedSortKey); // the post without a date
        QVERIFY(proxy.index(0, PostListModel::DateColumn).data().toString().isEmpty());
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(dateKey(row - 1) <= dateKey(row));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(dateKey(4), QTimeZone::UTC).date(), QDate(2009, 11, 24));
        // Descending keeps the same order reversed: the undated post last.
        proxy.sort(PostListModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(dateKey(proxy.rowCount() - 1), PostListModel::undatedSortKey);
    }

    void sortByWordsIsNumeric()
    {
        TestLibrary lib;
        QVERIFY(lib.open(true));
        PostListModel source(*lib.posts);
        QVERIFY(source.reload().ok());
        PostFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.sort(PostListModel::WordsColumn, Qt::DescendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row - 1, PostListModel::WordsColumn).data(PostListModel::SortRole).toInt()
                    >= proxy.index(row, PostListModel::WordsColumn).data(PostListModel::SortRole).toInt());
        }
    }
};

QTEST_MAIN(TstPostFilterProxyModel)
#include "tst_postfilterproxymodel.moc"

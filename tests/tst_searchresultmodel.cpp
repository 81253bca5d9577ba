// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include "anchorresolver.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SearchHit hit(SearchHit::Kind kind, qint64 postId, qint64 highlightId, double score)
{
    SearchHit h;
    h.kind = kind;
    h.postId = postId;
    h.highlightId = highlightId;
    h.postTitle = u"Post %1"_s.arg(postId);
    h.score = score;
    h.snippet = u"a \uE000match\uE001 here"_s;
    if (kind == SearchHit::Kind::Highlight) {
        h.anchorStart = 10;
        h.anchorEnd = 15;
    }
    return h;
}

} // namespace

class TstSearchResultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesCarryTheHit()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHits({hit(SearchHit::Kind::Post, 4, 0, 7.5), hit(SearchHit::Kind::Highlight, 2, 9, 3.0)});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex post = model.index(0, 0);
        QCOMPARE(post.data(SearchResultModel::KindRole).toInt(), int(SearchHit::Kind::Post));
        QCOMPARE(post.data(SearchResultModel::PostIdRole).toLongLong(), 4);
        QCOMPARE(post.data(SearchResultModel::HighlightIdRole).toLongLong(), 0);
        QCOMPARE(post.data(SearchResultModel::ScoreRole).toDouble(), 7.5);
        QCOMPARE(post.data(SearchResultModel::PostTitleRole).toString(), u"Post 4"_s);
        QCOMPARE(post.data(SearchResultModel::SnippetRole).toString(), u"a \uE000match\uE001 here"_s);
        QCOMPARE(post.data(SearchResultModel::PlainSnippetRole).toString(), u"a match here"_s);
        QCOMPARE(post.data(SearchResultModel::AnchorStartRole).toInt(), -1);
        // What a plain view or a screen reader gets: no private-use markers.
        QCOMPARE(post.data(Qt::DisplayRole).toString(), u"Post 4 — a match here"_s);

        const QModelIndex highlight = model.index(1, 0);
        QCOMPARE(highlight.data(SearchResultModel::KindRole).toInt(), int(SearchHit::Kind::Highlight));
        QCOMPARE(highlight.data(SearchResultModel::HighlightIdRole).toLongLong(), 9);
        QCOMPARE(highlight.data(SearchResultModel::AnchorStartRole).toInt(), 10);
        QCOMPARE(highlight.data(SearchResultModel::AnchorEndRole).toInt(), 15);
    }

    void postsComeBeforeHighlights()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHits({hit(SearchHit::Kind::Highlight, 1, 5, 9), hit(SearchHit::Kind::Post, 2, 0, 4),
                       hit(SearchHit::Kind::Highlight, 1, 6, 8), hit(SearchHit::Kind::Post, 3, 0, 2)});
        QList<qint64> order;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row, 0);
            order << (i.data(SearchResultModel::HighlightIdRole).toLongLong()
                          ?: -i.data(SearchResultModel::PostIdRole).toLongLong());
        }
        // Posts (negative here) first, each group in the order given: the store's ranking.
        QCOMPARE(order, (QList<qint64>{-2, -3, 5, 6}));
    }

    void roleNamesNameEveryRole()
    {
        SearchResultModel model;
        const auto names = model.roleNames();
        for (int role = SearchResultModel::KindRole; role <= SearchResultModel::AnchorEndRole; ++role)
            QVERIFY2(names.contains(role), qPrintable(QString::number(role)));
        QCOMPARE(names.value(SearchResultModel::SnippetRole), QByteArray("snippet"));
        QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    }

    void newSearchReplacesTheList()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setHits({hit(SearchHit::Kind::Post, 1, 0, 1), hit(SearchHit::Kind::Post, 2, 0, 1)});
        model.setHits({hit(SearchHit::Kind::Post, 3, 0, 1)});
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(SearchResultModel::PostIdRole).toLongLong(), 3);
        QCOMPARE(model.hit(0)->postId, 3);
        QVERIFY(!model.hit(1));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void fromARealSearch()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Library &library = *lib.library;
        const QString text = library.posts().post(4)->anchorText();
        const int start = int(text.indexOf(u"receptionist"_s));
        Highlight h;
        h.postId = 4;
        h.anchor = AnchorResolver::anchorFor(text, start, start + 12);
        h.note = u"front desk"_s;
        QVERIFY(library.highlights().add(h));

        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHits(*library.search().search(u"receptionist"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(SearchResultModel::KindRole).toInt(), int(SearchHit::Kind::Post));
        QCOMPARE(model.index(1, 0).data(SearchResultModel::KindRole).toInt(), int(SearchHit::Kind::Highlight));
        QCOMPARE(model.index(1, 0).data(SearchResultModel::AnchorStartRole).toInt(), start);
        QVERIFY(model.index(0, 0).data(SearchResultModel::SnippetRole).toString().contains(u"\uE000"_s));
    }
};

QTEST_GUILESS_MAIN(TstSearchResultModel)
#include "tst_searchresultmodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "orphanlistmodel.h"

#include "anchorresolver.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

class TstOrphanListModel : public QObject
{
    Q_OBJECT

private:
    // A fresh library with `orphans` orphaned and `placed` placed highlights on its first post.
    static bool fill(TestLibrary &lib, int orphans, int placed, qint64 *postId)
    {
        if (!lib.openLibrary())
            return false;
        *postId = lib.library->posts().summaries()->first().id;
        const QString text = lib.library->posts().post(*postId)->anchorText();
        QList<Highlight> rows;
        for (int i = 0; i < orphans + placed; ++i) {
            Highlight h;
            h.postId = *postId;
            const int start = (i * 7) % int(text.size() - 20);
            h.anchor = AnchorResolver::anchorFor(text, start, start + 15);
            h.orphaned = i < orphans;
            h.note = u"note %1"_s.arg(i);
            rows << h;
        }
        return lib.library->highlights().addMany(rows).ok();
    }

private Q_SLOTS:
    void listsOnlyOrphans_data()
    {
        QTest::addColumn<int>("orphans");
        QTest::addColumn<int>("placed");
        QTest::newRow("none") << 0 << 5;
        QTest::newRow("one among many") << 1 << 30;
        QTest::newRow("exactly one batch") << OrphanListModel::batchSize << 3;
        QTest::newRow("more than a batch") << OrphanListModel::batchSize + 50 << 0;
    }

    void listsOnlyOrphans()
    {
        QFETCH(int, orphans);
        QFETCH(int, placed);
        TestLibrary lib;
        qint64 postId = 0;
        QVERIFY(fill(lib, orphans, placed, &postId));
        OrphanListModel model(lib.library->highlights());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.total(), orphans);
        QCOMPARE(model.rowCount(), std::min(orphans, int(OrphanListModel::batchSize)));
        // Made after the first batch is in: the tester fetches more by itself, as a view does.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), orphans);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, OrphanListModel::QuoteColumn);
            const auto h = lib.library->highlights().highlight(index.data(OrphanListModel::IdRole).toLongLong());
            QVERIFY(h.ok() && h->orphaned);
            QCOMPARE(index.data(OrphanListModel::PostIdRole).toLongLong(), postId);
            QVERIFY(index.data().toString().contains(h->anchor.quote.simplified()));
            ids.insert(h->id);
        }
        QCOMPARE(ids.size(), orphans); // each once, across batches
    }

    void columnsSayWhatAndWhere()
    {
        TestLibrary lib;
        qint64 postId = 0;
        QVERIFY(fill(lib, 1, 0, &postId));
        OrphanListModel model(lib.library->highlights());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.columnCount(), int(OrphanListModel::ColumnCount));
        QCOMPARE(model.index(0, OrphanListModel::PostColumn).data().toString(),
                 lib.library->posts().post(postId)->title);
        QVERIFY(!model.index(0, OrphanListModel::CreatedColumn).data().toString().isEmpty());
        QVERIFY(model.index(0, OrphanListModel::QuoteColumn).data(Qt::ToolTipRole).toString().contains(u"note 0"_s));
        QVERIFY(model.index(0, OrphanListModel::QuoteColumn)
                    .data(Qt::AccessibleTextRole).toString().startsWith(u"Orphaned highlight"_s));
        QCOMPARE(model.headerData(OrphanListModel::QuoteColumn, Qt::Horizontal).toString(), u"Quote"_s);
        QVERIFY(model.roleNames().contains(OrphanListModel::IdRole));
    }

    // A library that cannot be read: the model says so and stays empty.
    void unreadableLibraryReportsAnError()
    {
        TestLibrary lib;
        qint64 postId = 0;
        QVERIFY(fill(lib, 3, 0, &postId));
        OrphanListModel model(lib.library->highlights());
        QSqlQuery drop(lib.library->database().connection());
        QVERIFY(drop.exec(u"DROP TABLE highlight_tag"_s));
        QVERIFY(drop.exec(u"DROP TABLE highlight"_s));
        const Status reloaded = model.reload();
        QVERIFY(!reloaded.ok());
        QVERIFY(!reloaded.error().message.isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstOrphanListModel)
#include "tst_orphanlistmodel.moc"

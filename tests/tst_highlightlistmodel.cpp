// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Highlight make(qint64 id, int start, const QString &quote)
{
    Highlight h;
    h.id = id;
    h.postId = 1;
    h.anchor = TextAnchor{quote, {}, {}, start, start + int(quote.size())};
    return h;
}

Codebook codebook()
{
    return Codebook({Tag{1, 0, u"Marketing belongs to everyone"_s, QColor(u"#f6d32d"_s), {}, 0},
                     Tag{2, 1, u"Customer service is marketing"_s, QColor(u"#57e389"_s), {}, 0}});
}

} // namespace

class TstHighlightListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsQuoteTagsAndNote()
    {
        HighlightListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Highlight h = make(1, 0, u"the receptionist"_s);
        h.tags = {Tagging{2, Stance::Supports}};
        h.note = u"first voice"_s;
        model.setPost(1, {h}, codebook());
        const QModelIndex i = model.index(0);
        QCOMPARE(i.data(HighlightListModel::TagsRole).toStringList(),
                 QStringList{u"Marketing belongs to everyone/Customer service is marketing (supports)"_s});
        QVERIFY(i.data().toString().contains(u"the receptionist"_s));
        QVERIFY(i.data().toString().contains(u"first voice"_s));
        QCOMPARE(i.data(HighlightListModel::ColourRole).value<QColor>(), QColor(u"#57e389"_s));
    }

    void updateChangesOnlyWhatDiffers_data()
    {
        QTest::addColumn<QList<qint64>>("before");
        QTest::addColumn<QList<qint64>>("after");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::newRow("add at end") << QList<qint64>{1, 2} << QList<qint64>{1, 2, 3} << 1 << 0;
        QTest::newRow("add in middle") << QList<qint64>{1, 3} << QList<qint64>{1, 2, 3} << 1 << 0;
        QTest::newRow("remove") << QList<qint64>{1, 2, 3} << QList<qint64>{1, 3} << 0 << 1;
        QTest::newRow("same") << QList<qint64>{1, 2} << QList<qint64>{1, 2} << 0 << 0;
        QTest::newRow("to empty") << QList<qint64>{1, 2} << QList<qint64>{} << 0 << 2;
        QTest::newRow("reordered") << QList<qint64>{1, 2, 3} << QList<qint64>{2, 1, 3} << 1 << 1;
    }

    void updateChangesOnlyWhatDiffers()
    {
        QFETCH(QList<qint64>, before);
        QFETCH(QList<qint64>, after);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        auto list = [](const QList<qint64> &ids) {
            QList<Highlight> l;
            for (qint64 id : ids)
                l << make(id, int(id) * 10, u"quote %1"_s.arg(id));
            return l;
        };
        HighlightListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPost(1, list(before), codebook());
        QSignalSpy ins(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy rem(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.update(list(after), codebook());
        QCOMPARE(ins.count(), inserted);
        QCOMPARE(rem.count(), removed);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), after.size());
        for (int row = 0; row < after.size(); ++row)
            QCOMPARE(model.index(row).data(HighlightListModel::IdRole).toLongLong(), after[row]);
    }

    void editedRowEmitsDataChanged()
    {
        HighlightListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPost(1, {make(1, 0, u"a"_s), make(2, 5, u"b"_s)}, codebook());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Highlight edited = make(2, 5, u"b"_s);
        edited.note = u"new"_s;
        model.update({make(1, 0, u"a"_s), edited}, codebook());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1).data(HighlightListModel::NoteRole).toString(), u"new"_s);
    }

    // One stored highlight goes where the store would list it: in text order, orphans last.
    void storeKeepsTextOrder_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<int>("start");
        QTest::addColumn<bool>("orphaned");
        QTest::addColumn<QList<qint64>>("order");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("changed");
        // The model holds 1 @10, 2 @20, 3 @30.
        QTest::newRow("new, first") << qint64(9) << 0 << false << QList<qint64>{9, 1, 2, 3} << 1 << 0 << 0;
        QTest::newRow("new, between") << qint64(9) << 25 << false << QList<qint64>{1, 2, 9, 3} << 1 << 0 << 0;
        QTest::newRow("new, same start") << qint64(9) << 20 << false << QList<qint64>{1, 2, 9, 3} << 1 << 0 << 0;
        QTest::newRow("new orphan, last") << qint64(9) << 0 << true << QList<qint64>{1, 2, 3, 9} << 1 << 0 << 0;
        QTest::newRow("edited in place") << qint64(2) << 20 << false << QList<qint64>{1, 2, 3} << 0 << 0 << 1;
        QTest::newRow("moved later") << qint64(1) << 35 << false << QList<qint64>{2, 3, 1} << 1 << 1 << 0;
        QTest::newRow("orphaned") << qint64(2) << 20 << true << QList<qint64>{1, 3, 2} << 1 << 1 << 0;
    }

    void storeKeepsTextOrder()
    {
        QFETCH(qint64, id);
        QFETCH(int, start);
        QFETCH(bool, orphaned);
        QFETCH(QList<qint64>, order);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        QFETCH(int, changed);
        HighlightListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPost(1, {make(1, 10, u"a"_s), make(2, 20, u"b"_s), make(3, 30, u"c"_s)}, codebook());
        QSignalSpy ins(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy rem(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        Highlight h = make(id, start, u"x"_s);
        h.orphaned = orphaned;
        h.note = u"stored"_s;
        model.store(h);
        QCOMPARE(ins.count(), inserted);
        QCOMPARE(rem.count(), removed);
        QCOMPARE(data.count(), changed);
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row).data(HighlightListModel::IdRole).toLongLong();
        QCOMPARE(ids, order);
        QCOMPARE(model.index(int(order.indexOf(id))).data(HighlightListModel::NoteRole).toString(), u"stored"_s);
    }

    void storeAndRemoveIgnoreOtherPostsAndUnknownIds()
    {
        HighlightListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPost(1, {make(1, 10, u"a"_s)}, codebook());
        Highlight elsewhere = make(5, 0, u"z"_s);
        elsewhere.postId = 2;
        model.store(elsewhere);
        model.remove(42);
        QCOMPARE(model.rowCount(), 1);
        model.remove(1);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TstHighlightListModel)
#include "tst_highlightlistmodel.moc"

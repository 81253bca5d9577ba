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
};

QTEST_MAIN(TstHighlightListModel)
#include "tst_highlightlistmodel.moc"

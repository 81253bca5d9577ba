// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightfilterproxymodel.h"

#include "highlightlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TstHighlightFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersByTag_data()
    {
        QTest::addColumn<QList<qint64>>("filter");
        QTest::addColumn<QList<qint64>>("shown");
        QTest::newRow("no filter") << QList<qint64>{} << QList<qint64>{1, 2, 3};
        QTest::newRow("one tag") << QList<qint64>{10} << QList<qint64>{1, 3};
        QTest::newRow("a subtree") << QList<qint64>{10, 11} << QList<qint64>{1, 2, 3};
        QTest::newRow("unused tag") << QList<qint64>{99} << QList<qint64>{};
    }

    void filtersByTag()
    {
        QFETCH(QList<qint64>, filter);
        QFETCH(QList<qint64>, shown);
        auto make = [](qint64 id, QList<qint64> tags) {
            Highlight h;
            h.id = id;
            h.anchor = TextAnchor{u"q"_s, {}, {}, int(id) * 10, int(id) * 10 + 1};
            for (qint64 t : tags)
                h.tags << Tagging{t, Stance::Supports};
            return h;
        };
        HighlightListModel source;
        source.setPost(1, {make(1, {10}), make(2, {11}), make(3, {11, 10})}, Codebook());
        HighlightFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.setTagFilter(QSet<qint64>(filter.cbegin(), filter.cend()));
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(HighlightListModel::IdRole).toLongLong();
        QCOMPARE(ids, shown);
    }

    // One person's highlights, with or without an argument filter on top.
    void filtersByAuthor_data()
    {
        QTest::addColumn<QString>("author");
        QTest::addColumn<QList<qint64>>("tags");
        QTest::addColumn<QList<qint64>>("shown");
        QTest::newRow("everyone") << QString() << QList<qint64>{} << QList<qint64>{1, 2, 3};
        QTest::newRow("ann") << u"ann"_s << QList<qint64>{} << QList<qint64>{1, 3};
        QTest::newRow("ann, one argument") << u"ann"_s << QList<qint64>{11} << QList<qint64>{3};
        QTest::newRow("nobody of that name") << u"carl"_s << QList<qint64>{} << QList<qint64>{};
    }

    void filtersByAuthor()
    {
        QFETCH(QString, author);
        QFETCH(QList<qint64>, tags);
        QFETCH(QList<qint64>, shown);
        auto make = [](qint64 id, qint64 tag, const QString &by) {
            Highlight h;
            h.id = id;
            h.anchor = TextAnchor{u"q"_s, {}, {}, int(id) * 10, int(id) * 10 + 1};
            h.tags << Tagging{tag, Stance::Supports};
            h.createdBy = by;
            h.modifiedBy = u"ann"_s; // who changed it last does not count
            return h;
        };
        HighlightListModel source;
        source.setPost(1, {make(1, 10, u"ann"_s), make(2, 11, u"bob"_s), make(3, 11, u"ann"_s)}, Codebook());
        HighlightFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.setTagFilter(QSet<qint64>(tags.cbegin(), tags.cend()));
        proxy.setAuthorFilter(author);
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(HighlightListModel::IdRole).toLongLong();
        QCOMPARE(ids, shown);
    }
};

QTEST_GUILESS_MAIN(TstHighlightFilterProxyModel)
#include "tst_highlightfilterproxymodel.moc"

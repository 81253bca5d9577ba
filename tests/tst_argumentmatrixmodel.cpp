// SPDX-License-Identifier: GPL-3.0-or-later
#include "argumentmatrixmodel.h"

#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

class TstArgumentMatrixModel : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    QList<qint64> m_posts;
    Codebook m_codebook;
    qint64 m_root = 0;
    qint64 m_child = 0;

    Library &library() { return *m_lib.library; }

    void add(int post, int start, QList<Tagging> tags)
    {
        Highlight h;
        h.postId = m_posts[post];
        h.anchor = AnchorResolver::anchorFor(library().posts().post(h.postId)->anchorText(), start, start + 8);
        h.tags = std::move(tags);
        QVERIFY(library().highlights().add(h).ok());
    }

    static int columnOf(const ArgumentMatrixModel &model, qint64 tagId)
    {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.tagId(column) == tagId)
                return column;
        }
        return -1;
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
        m_codebook = *library().tags().codebook();
        m_root = m_codebook.children(0).first();
        m_child = m_codebook.children(m_root).at(1);
    }

    void shape()
    {
        ArgumentMatrixModel model(library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(m_codebook.tags().size()));
        // Tree order: a parent, then its children in position order.
        QCOMPARE(model.tagId(0), m_root);
        QCOMPARE(model.tagId(1), m_codebook.children(m_root).at(0));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), library().posts().post(m_posts[0])->title);
        // The header shows the name; its tooltip the full path.
        const int column = columnOf(model, m_child);
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), m_codebook.tag(m_child)->name);
        QVERIFY(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(m_codebook.path(m_child)));
        QVERIFY(m_codebook.path(m_child).contains(u'/'));
        // No highlights: blank cells.
        QCOMPARE(model.index(0, 0).data().toString(), QString());
    }

    void counts_data()
    {
        QTest::addColumn<int>("post");
        QTest::addColumn<bool>("child");
        QTest::addColumn<int>("supports");
        QTest::addColumn<int>("challenges");
        QTest::addColumn<int>("examples");
        QTest::addColumn<QString>("display");
        QTest::newRow("post 0, child") << 0 << true << 2 << 1 << 0 << u"2 / 1"_s;
        QTest::newRow("post 0, root") << 0 << false << 0 << 1 << 0 << u"0 / 1"_s;
        QTest::newRow("post 1, child: examples only") << 1 << true << 0 << 0 << 2 << u"0 / 0"_s;
        QTest::newRow("post 1, root") << 1 << false << 1 << 0 << 0 << u"1 / 0"_s;
        QTest::newRow("post 2, nothing") << 2 << true << 0 << 0 << 0 << QString();
    }

    void counts()
    {
        QFETCH(int, post);
        QFETCH(bool, child);
        QFETCH(int, supports);
        QFETCH(int, challenges);
        QFETCH(int, examples);
        QFETCH(QString, display);

        add(0, 0, {{m_child, Stance::Supports}});
        add(0, 10, {{m_child, Stance::Supports}, {m_root, Stance::Challenges}}); // counts in both columns
        add(0, 20, {{m_child, Stance::Challenges}});
        add(1, 0, {{m_child, Stance::Example}});
        add(1, 10, {{m_child, Stance::Example}, {m_root, Stance::Supports}});
        add(2, 0, {}); // untagged: in no cell

        ArgumentMatrixModel model(library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        const QModelIndex cell = model.index(post, columnOf(model, child ? m_child : m_root));
        QCOMPARE(cell.data(ArgumentMatrixModel::PostIdRole).toLongLong(), m_posts[post]);
        QCOMPARE(cell.data(ArgumentMatrixModel::SupportsRole).toInt(), supports);
        QCOMPARE(cell.data(ArgumentMatrixModel::ChallengesRole).toInt(), challenges);
        QCOMPARE(cell.data(ArgumentMatrixModel::ExamplesRole).toInt(), examples);
        QCOMPARE(cell.data(ArgumentMatrixModel::SortRole).toInt(), supports + challenges + examples);
        QCOMPARE(cell.data().toString(), display);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"%1 passages are examples"_s.arg(examples)));
    }

    void refreshChangesOnlyTheCell()
    {
        ArgumentMatrixModel model(library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload().ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        add(3, 0, {{m_child, Stance::Challenges}});
        QVERIFY(model.refreshCounts().ok());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex cell = model.index(3, columnOf(model, m_child));
        QCOMPARE(changed.at(0).at(0).toModelIndex(), cell);
        QCOMPARE(changed.at(0).at(1).toModelIndex(), cell);
        QCOMPARE(cell.data().toString(), u"0 / 1"_s);

        // Nothing changed: nothing announced.
        QVERIFY(model.refreshCounts().ok());
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TstArgumentMatrixModel)
#include "tst_argumentmatrixmodel.moc"

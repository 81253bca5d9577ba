// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationbrowser.h"

#include "argumentmatrixmodel.h"
#include "orphanlistmodel.h"
#include "testlibrary.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TstAnnotationBrowser : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    QList<qint64> m_posts;
    qint64 m_tag = 0;

    Library &library() { return *m_lib.library; }

    qint64 add(int post, int start, QList<Tagging> tags, const QString &note = {})
    {
        Highlight h;
        h.postId = m_posts[post];
        h.anchor = AnchorResolver::anchorFor(library().posts().post(h.postId)->anchorText(), start, start + 12);
        h.tags = std::move(tags);
        h.note = note;
        const auto id = library().highlights().add(h);
        return id ? *id : 0;
    }

    // The first highlight row under the proxy's group row, loaded the way a reader opens it: the view fetches
    // when it lays out the expanded group.
    static QModelIndex firstChild(QTreeView *view, int groupRow)
    {
        const QModelIndex group = view->model()->index(groupRow, 0);
        view->expand(group);
        if (!QTest::qWaitFor([&] { return view->model()->rowCount(group) > 0; }))
            return {};
        return view->model()->index(0, 0, group);
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
        m_tag = codebook.children(codebook.children(0).first()).first();
    }

    void viewsAreNamed()
    {
        AnnotationBrowser browser(library());
        auto *tree = browser.findChild<QTreeView *>(u"annotationTree"_s);
        auto *matrix = browser.findChild<QTableView *>(u"argumentMatrix"_s);
        QVERIFY(tree && matrix);
        QVERIFY(!tree->accessibleName().isEmpty());
        QVERIFY(!matrix->accessibleName().isEmpty());
        QVERIFY(!browser.findChild<QLineEdit *>(u"annotationFilter"_s)->accessibleName().isEmpty());
        QVERIFY(!browser.findChild<QComboBox *>(u"stanceFilter"_s)->accessibleName().isEmpty());
        QVERIFY(!browser.findChild<QComboBox *>(u"grouping"_s)->accessibleName().isEmpty());
        // The matrix: every post a row.
        QCOMPARE(matrix->model()->rowCount(), 5);
    }

    // The Orphaned tab lists the highlights whose passage was lost, opens them, and empties as they are
    // re-attached.
    void orphanedTabListsAndOpensOrphans()
    {
        const qint64 kept = add(0, 200, {{m_tag, Stance::Supports}});
        const qint64 lost = add(2, 300, {}, u"from the old version"_s);
        auto orphan = *library().highlights().highlight(lost);
        orphan.orphaned = true;
        QVERIFY(library().highlights().update(orphan).ok());

        AnnotationBrowser browser(library());
        browser.resize(800, 500);
        browser.show();
        auto *tabs = browser.findChild<QTabWidget *>(u"browserTabs"_s);
        auto *orphans = browser.findChild<QTreeView *>(u"orphanList"_s);
        QVERIFY(tabs && orphans);
        QVERIFY(!orphans->accessibleName().isEmpty());
        QCOMPARE(tabs->tabText(2), u"Orphaned (1)"_s);
        QCOMPARE(orphans->model()->rowCount(), 1);
        QCOMPARE(orphans->model()->index(0, OrphanListModel::QuoteColumn).data(OrphanListModel::IdRole).toLongLong(),
                 lost);
        QCOMPARE(orphans->model()->index(0, OrphanListModel::PostColumn).data().toString(),
                 library().posts().post(m_posts[2])->title);

        QSignalSpy activated(&browser, &AnnotationBrowser::highlightActivated);
        tabs->setCurrentIndex(2);
        orphans->setFocus();
        orphans->setCurrentIndex(orphans->model()->index(0, 0));
        QTest::keyClick(orphans, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), m_posts[2]);
        QCOMPARE(activated.at(0).at(1).toLongLong(), lost);

        // Re-attached: no orphans left.
        orphan = *library().highlights().highlight(lost);
        orphan.orphaned = false;
        QVERIFY(library().highlights().update(orphan).ok());
        browser.refreshPost(m_posts[2]);
        QCOMPARE(tabs->tabText(2), u"Orphaned (0)"_s);
        QCOMPARE(orphans->model()->rowCount(), 0);
        Q_UNUSED(kept)
    }

    void activatingRowsEmitsIds()
    {
        const qint64 tagged = add(0, 200, {{m_tag, Stance::Supports}});
        const qint64 untagged = add(1, 200, {});
        AnnotationBrowser browser(library());
        browser.resize(800, 500);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto *tree = browser.findChild<QTreeView *>(u"annotationTree"_s);
        QSignalSpy activated(&browser, &AnnotationBrowser::highlightActivated);

        // By argument: the argument, then "No argument".
        QCOMPARE(tree->model()->rowCount(), 2);
        QCOMPARE(tree->model()->index(1, 0).data().toString(), u"No argument"_s);

        // Enter on a group opens nothing.
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(activated.count(), 0);

        // Enter on a highlight.
        const QModelIndex row = firstChild(tree, 0);
        QVERIFY(row.isValid());
        tree->setCurrentIndex(row);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), m_posts[0]);
        QCOMPARE(activated.at(0).at(1).toLongLong(), tagged);

        // By post: posts with highlights in library order; double-click a highlight of the second.
        auto *grouping = browser.findChild<QComboBox *>(u"grouping"_s);
        grouping->setCurrentIndex(grouping->findData(int(AnnotationTreeModel::Grouping::ByPost)));
        QCOMPARE(browser.grouping(), AnnotationTreeModel::Grouping::ByPost);
        QCOMPARE(tree->model()->rowCount(), 2);
        QCOMPARE(tree->model()->index(1, 0).data(AnnotationTreeModel::PostIdRole).toLongLong(), m_posts[1]);
        const QModelIndex other = firstChild(tree, 1);
        QVERIFY(other.isValid());
        tree->scrollTo(other);
        const QPoint centre = tree->visualRect(other).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toLongLong(), m_posts[1]);
        QCOMPARE(activated.at(1).at(1).toLongLong(), untagged);
    }

    void filterAndStanceBoxesFilter()
    {
        add(0, 200, {{m_tag, Stance::Supports}}, u"receptionist"_s);
        add(0, 300, {{m_tag, Stance::Challenges}}, u"invoice"_s);
        AnnotationBrowser browser(library());
        browser.show(); // a view fetches what it lays out, and a hidden one lays out nothing
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto *tree = browser.findChild<QTreeView *>(u"annotationTree"_s);
        const QModelIndex group = tree->model()->index(0, 0);
        tree->expand(group);
        QTRY_COMPARE(tree->model()->rowCount(group), 2);

        QTest::keyClicks(browser.findChild<QLineEdit *>(u"annotationFilter"_s), u"invoice"_s);
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
        browser.findChild<QLineEdit *>(u"annotationFilter"_s)->clear();

        auto *stance = browser.findChild<QComboBox *>(u"stanceFilter"_s);
        stance->setCurrentIndex(stance->findData(int(Stance::Supports)));
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
        QCOMPARE(tree->model()->index(0, AnnotationTreeModel::NoteColumn, tree->model()->index(0, 0)).data().toString(),
                 u"receptionist"_s);
    }

    void refreshPostKeepsTheTree()
    {
        add(0, 200, {{m_tag, Stance::Supports}});
        AnnotationBrowser browser(library());
        browser.show(); // a view fetches what it lays out, and a hidden one lays out nothing
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto *tree = browser.findChild<QTreeView *>(u"annotationTree"_s);
        const QModelIndex group = tree->model()->index(0, 0);
        tree->expand(group);
        QTRY_COMPARE(tree->model()->rowCount(group), 1);
        QSignalSpy reset(tree->model(), &QAbstractItemModel::modelReset);

        add(0, 400, {{m_tag, Stance::Challenges}});
        browser.refreshPost(m_posts[0]);
        QCOMPARE(reset.count(), 0);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        QCOMPARE(tree->model()->index(0, AnnotationTreeModel::CountColumn).data().toString(), u"2"_s);
        auto *matrix = browser.findChild<QTableView *>(u"argumentMatrix"_s);
        int column = 0;
        const QAbstractItemModel *cells = matrix->model();
        while (cells->headerData(column, Qt::Horizontal, ArgumentMatrixModel::TagIdRole).toLongLong() != m_tag)
            ++column;
        QCOMPARE(matrix->model()->index(0, column).data().toString(), u"1 / 1"_s);
    }
};

QTEST_MAIN(TstAnnotationBrowser)
#include "tst_annotationbrowser.moc"

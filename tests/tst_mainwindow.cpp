// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "postdocument.h"
#include "readerview.h"
#include "settings.h"
#include "testlibrary.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;

    static QAction *findAction(QWidget *window, const QString &text)
    {
        for (QAction *a : window->findChildren<QAction *>()) {
            if (a->text().remove(u'&') == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_lib.open(true)); }

    void showsFivePostsAndOpensTheFirst()
    {
        Settings settings(m_lib.dir.filePath(u"a.conf"_s));
        MainWindow window(*m_lib.posts, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        QVERIFY(list && reader);
        QCOMPARE(list->model()->rowCount(), 5);
        QVERIFY(list->currentIndex().isValid());
        QVERIFY(reader->postDocument());
        QCOMPARE(reader->document()->firstBlock().text(), list->currentIndex().data().toString());
    }

    void selectingAPostShowsItInTheReader_data()
    {
        QTest::addColumn<int>("row");
        for (int row = 0; row < 5; ++row)
            QTest::addRow("row %d", row) << row;
    }

    void selectingAPostShowsItInTheReader()
    {
        QFETCH(int, row);
        Settings settings(m_lib.dir.filePath(u"b.conf"_s));
        MainWindow window(*m_lib.posts, settings);
        window.show();
        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        const QModelIndex index = list->model()->index(row, 0);
        list->setCurrentIndex(index);
        QCOMPARE(reader->document()->firstBlock().text(), index.data().toString());
        QVERIFY(window.windowTitle().startsWith(index.data().toString()));
    }

    void filterBoxNarrowsTheList()
    {
        Settings settings(m_lib.dir.filePath(u"c.conf"_s));
        MainWindow window(*m_lib.posts, settings);
        window.show();
        auto *filter = window.findChild<QLineEdit *>(u"postFilter"_s);
        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        QTest::keyClicks(filter, u"labour"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Return);
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        QCOMPARE(reader->document()->firstBlock().text(), u"The new division of marketing labour"_s);
        filter->clear();
        QCOMPARE(list->model()->rowCount(), 5);
    }

    void zoomAndLayoutAreRemembered()
    {
        const QString file = m_lib.dir.filePath(u"d.conf"_s);
        qint64 openedId = 0;
        {
            Settings settings(file);
            MainWindow window(*m_lib.posts, settings);
            window.show();
            auto *reader = window.findChild<ReaderView *>(u"reader"_s);
            const qreal before = reader->document()->defaultFont().pointSizeF();
            findAction(&window, u"Zoom In"_s)->trigger();
            findAction(&window, u"Zoom In"_s)->trigger();
            QCOMPARE(reader->zoomSteps(), 2);
            QVERIFY(reader->document()->defaultFont().pointSizeF() > before);
            auto *list = window.findChild<QTreeView *>(u"documentList"_s);
            list->setCurrentIndex(list->model()->index(2, 0));
            openedId = reader->postDocument()->post().id;
            window.findChild<QSplitter *>(u"splitter"_s)->setSizes({200, 900});
            window.close();
        }
        Settings settings(file);
        MainWindow window(*m_lib.posts, settings);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        QCOMPARE(reader->zoomSteps(), 2);
        QCOMPARE(reader->postDocument()->post().id, openedId);
        // The narrow list the reader chose, not the default 2:3 split.
        const QList<int> sizes = window.findChild<QSplitter *>(u"splitter"_s)->sizes();
        QVERIFY2(sizes.first() * 3 < sizes.last(), qPrintable(u"%1 / %2"_s.arg(sizes.first()).arg(sizes.last())));
    }

    void nextAndPreviousPost()
    {
        Settings settings(m_lib.dir.filePath(u"e.conf"_s));
        MainWindow window(*m_lib.posts, settings);
        window.show();
        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        list->setCurrentIndex(list->model()->index(0, 0));
        findAction(&window, u"Next Post"_s)->trigger();
        QCOMPARE(list->currentIndex().row(), 1);
        findAction(&window, u"Previous Post"_s)->trigger();
        findAction(&window, u"Previous Post"_s)->trigger();
        QCOMPARE(list->currentIndex().row(), 0);
    }

    void everyMenuActionHasAStatusTip()
    {
        Settings settings(m_lib.dir.filePath(u"f.conf"_s));
        MainWindow window(*m_lib.posts, settings);
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (!a->isSeparator())
                    QVERIFY2(!a->statusTip().isEmpty(), qPrintable(a->text()));
            }
        }
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"

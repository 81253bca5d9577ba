// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TstShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    QMenuBar m_bar;

private Q_SLOTS:
    void initTestCase()
    {
        QMenu *file = m_bar.addMenu(u"&File"_s);
        file->addAction(u"&Export Notes…"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        file->addSeparator();
        auto *quit = file->addAction(u"&Quit"_s);
        quit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::Key_F10)});
        QMenu *edit = m_bar.addMenu(u"&Edit"_s);
        QMenu *with = edit->addMenu(u"Highlight &With"_s);
        with->addAction(u"Yellow"_s);
        edit->addAction(u"Rock && Roll"_s);
    }

    void listsEveryCommandByMenu_data()
    {
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("keys");
        const QString ctrlE = QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText);
        const QString quit = QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText) + u", F10"_s;
        QTest::newRow("mnemonic removed") << 0 << 0 << u"Export Notes…"_s << ctrlE;
        QTest::newRow("every key of a command") << 0 << 1 << u"Quit"_s << quit;
        QTest::newRow("submenu path") << 1 << 0 << u"Highlight With ▸ Yellow"_s << QString();
        QTest::newRow("literal ampersand") << 1 << 1 << u"Rock & Roll"_s << QString();
    }

    void listsEveryCommandByMenu()
    {
        QFETCH(int, group);
        QFETCH(int, row);
        QFETCH(QString, command);
        QFETCH(QString, keys);
        ShortcutsDialog dialog(&m_bar);
        QAbstractItemModelTester tester(const_cast<QStandardItemModel *>(dialog.model()),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.model()->item(0)->text(), u"File"_s);
        const QStandardItem *parent = dialog.model()->item(group);
        QCOMPARE(parent->child(row, ShortcutsDialog::CommandColumn)->text(), command);
        QCOMPARE(parent->child(row, ShortcutsDialog::ShortcutColumn)->text(), keys);
    }

    void filterFindsCommandsAndKeys_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("shown");
        QTest::newRow("by name") << u"export"_s << 1;
        QTest::newRow("by key") << u"F10"_s << 1;
        QTest::newRow("in a submenu") << u"yellow"_s << 1;
        QTest::newRow("nothing") << u"zebra"_s << 0;
        QTest::newRow("everything") << QString() << 4;
    }

    void filterFindsCommandsAndKeys()
    {
        QFETCH(QString, typed);
        QFETCH(int, shown);
        ShortcutsDialog dialog(&m_bar);
        auto *filter = dialog.findChild<QLineEdit *>(u"shortcutFilter"_s);
        auto *view = dialog.findChild<QTreeView *>(u"shortcutList"_s);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(filter, typed);
        int rows = 0;
        for (int g = 0; g < view->model()->rowCount(); ++g)
            rows += view->model()->rowCount(view->model()->index(g, 0));
        QCOMPARE(rows, shown);
    }
};

QTEST_MAIN(TstShortcutsDialog)
#include "tst_shortcutsdialog.moc"

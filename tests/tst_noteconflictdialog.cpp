// SPDX-License-Identifier: GPL-3.0-or-later
// NoteConflictDialog: both notes shown with who changed theirs; whichever way the reader decides, and however the
// dialog is closed, the text they typed is either kept or on the clipboard.
#include "noteconflictdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TstNoteConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsBothNotesAndWho()
    {
        NoteConflictDialog dialog(u"mine"_s, u"theirs"_s, u"bob"_s, QDateTime::currentDateTimeUtc());
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"myNote"_s)->toPlainText(), u"mine"_s);
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"theirNote"_s)->toPlainText(), u"theirs"_s);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(u"myNote"_s)->isReadOnly());
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::ranges::any_of(labels, [](const QLabel *l) { return l->text().contains(u"bob changed"_s); }));
    }

    // Data-driven over the ways out: only Keep My Note keeps the typed text in the note; every other way keeps
    // theirs and leaves the typed text on the clipboard.
    void everyWayOutKeepsTheTypedText_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("result");
        QTest::newRow("keep mine") << u"keepMine"_s << int(NoteConflictDialog::KeepMine);
        QTest::newRow("keep theirs") << u"keepTheirs"_s << int(NoteConflictDialog::KeepTheirs);
        QTest::newRow("Return") << u"return"_s << int(NoteConflictDialog::KeepTheirs);
        QTest::newRow("Escape") << u"escape"_s << int(NoteConflictDialog::KeepTheirs);
    }

    void everyWayOutKeepsTheTypedText()
    {
        QFETCH(QString, how);
        QFETCH(int, result);
        QGuiApplication::clipboard()->setText(u"before"_s);
        NoteConflictDialog dialog(u"my careful words"_s, u"theirs"_s, u"bob"_s, QDateTime::currentDateTimeUtc());
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (how == u"return"_s)
            QTest::keyClick(&dialog, Qt::Key_Return);
        else if (how == u"escape"_s)
            QTest::keyClick(&dialog, Qt::Key_Escape);
        else
            dialog.findChild<QPushButton *>(how)->click();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), result);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 result == NoteConflictDialog::KeepMine ? u"before"_s : u"my careful words"_s);
    }
};

QTEST_MAIN(TstNoteConflictDialog)
#include "tst_noteconflictdialog.moc"

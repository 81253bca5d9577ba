// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseproblemdialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstDatabaseProblemDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bad;

    static void click(DatabaseProblemDialog &dialog, const QString &button)
    {
        auto *b = dialog.findChild<QPushButton *>(button);
        QVERIFY(b);
        b->click();
    }

private Q_SLOTS:
    void init()
    {
        m_bad = m_dir.filePath(u"library.sqlite"_s);
        QFile f(m_bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }

    void showsTheMessageAsPlainText()
    {
        const QString message = u"“%1” is <b>damaged</b>."_s.arg(m_bad);
        DatabaseProblemDialog dialog(message, m_bad);
        auto *label = dialog.findChild<QLabel *>(u"message"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), message);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(dialog.choice(), DatabaseProblemDialog::Choice::Quit);
    }

    void openAnother()
    {
        DatabaseProblemDialog dialog(u"damaged"_s, m_bad);
        const QString other = m_dir.filePath(u"other.sqlite"_s);
        dialog.setFileChooser([&](DatabaseProblemDialog::Choice choice, const QString &) {
            return choice == DatabaseProblemDialog::Choice::OpenAnother ? other : QString();
        });
        click(dialog, u"openAnother"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), DatabaseProblemDialog::Choice::OpenAnother);
        QCOMPARE(dialog.path(), other);
    }

    void openAnotherRefusesTheSameFile()
    {
        DatabaseProblemDialog dialog(u"damaged"_s, m_bad);
        dialog.setFileChooser([&](DatabaseProblemDialog::Choice, const QString &) { return m_bad; });
        click(dialog, u"openAnother"_s);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.choice(), DatabaseProblemDialog::Choice::Quit);
        QVERIFY(!dialog.findChild<QLabel *>(u"problem"_s)->isHidden());
    }

    void startFreshSuggestsANewFileAndNeverTheBadOne()
    {
        DatabaseProblemDialog dialog(u"damaged"_s, m_bad);
        QString suggested;
        QString answer = m_bad;
        dialog.setFileChooser([&](DatabaseProblemDialog::Choice choice, const QString &suggestion) {
            if (choice == DatabaseProblemDialog::Choice::StartFresh)
                suggested = suggestion;
            return answer;
        });
        click(dialog, u"startFresh"_s);
        QCOMPARE(suggested, m_dir.filePath(u"library-2.sqlite"_s));
        QVERIFY(!QFile::exists(suggested));
        // The bad file (or any existing one) is refused, and stays as it was.
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<QLabel *>(u"problem"_s)->isHidden());
        QFile f(m_bad);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not a database"));

        answer = suggested;
        click(dialog, u"startFresh"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), DatabaseProblemDialog::Choice::StartFresh);
        QCOMPARE(dialog.path(), suggested);
    }

    void cancelledChooserKeepsTheDialogOpen()
    {
        DatabaseProblemDialog dialog(u"damaged"_s, m_bad);
        dialog.setFileChooser([](DatabaseProblemDialog::Choice, const QString &) { return QString(); });
        dialog.show();
        click(dialog, u"startFresh"_s);
        QVERIFY(dialog.isVisible());
        click(dialog, u"quit"_s);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.choice(), DatabaseProblemDialog::Choice::Quit);
        QVERIFY(dialog.path().isEmpty());
    }
};

QTEST_MAIN(TstDatabaseProblemDialog)
#include "tst_databaseproblemdialog.moc"

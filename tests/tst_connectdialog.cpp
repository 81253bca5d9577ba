// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectDialog: Connect only for an address that is one, the problem said in words, and a password that is
// handed on but never part of the address that gets remembered.
#include "connectdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QPushButton *connectButton(ConnectDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TstConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectOnlyForAnAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("problemShown");
        QTest::newRow("nothing yet") << QString() << false << false;
        QTest::newRow("a file path") << u"/home/ana/library.sqlite"_s << false << true;
        QTest::newRow("no database") << u"postgresql://db.example.org"_s << false << true;
        QTest::newRow("address") << u"postgresql://ana@db.example.org/team"_s << true << false;
        QTest::newRow("address with TLS") << u"postgresql://ana@db/team?sslmode=verify-full"_s << true << false;
    }

    void connectOnlyForAnAddress()
    {
        QFETCH(QString, typed);
        QFETCH(bool, enabled);
        QFETCH(bool, problemShown);
        ConnectDialog dialog({});
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"address"_s), typed);
        QCOMPARE(connectButton(dialog)->isEnabled(), enabled);
        const QLabel *problem = dialog.findChild<QLabel *>(u"problem"_s);
        QCOMPARE(!problem->isHidden(), problemShown);
        QCOMPARE(problem->text().isEmpty(), !problemShown);
    }

    void lastAddressIsOffered()
    {
        ConnectDialog dialog(u"postgresql://ana@db/team"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"address"_s)->text(), u"postgresql://ana@db/team"_s);
        QVERIFY(connectButton(dialog)->isEnabled());
    }

    // Typed into the password field, or pasted as part of the address: handed on, never in address().
    void passwordStaysOutOfTheAddress_data()
    {
        QTest::addColumn<QString>("typedAddress");
        QTest::addColumn<QString>("typedPassword");
        QTest::newRow("password field") << u"postgresql://ana@db/team"_s << u"s3cret"_s;
        QTest::newRow("in the address") << u"postgresql://ana:s3cret@db/team"_s << QString();
    }

    void passwordStaysOutOfTheAddress()
    {
        QFETCH(QString, typedAddress);
        QFETCH(QString, typedPassword);
        ConnectDialog dialog({});
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"address"_s), typedAddress);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"password"_s), typedPassword);
        QCOMPARE(dialog.address(), u"postgresql://ana@db/team"_s);
        QCOMPARE(dialog.password(), u"s3cret"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"password"_s)->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TstConnectDialog)
#include "tst_connectdialog.moc"

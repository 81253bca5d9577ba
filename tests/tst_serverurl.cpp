// SPDX-License-Identifier: GPL-3.0-or-later
// ServerUrl: team library addresses as users paste them, the options passed to libpq, and the password that must
// never be shown.
#include "serverurl.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstServerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("display");
        QTest::newRow("full") << u"postgresql://ana@db.example.org:6543/research"_s << u"db.example.org"_s << 6543
                              << u"research"_s << u"ana"_s << u"postgresql://ana@db.example.org:6543/research"_s;
        QTest::newRow("default port") << u"postgresql://ana@localhost/gloss"_s << u"localhost"_s << 5432
                                      << u"gloss"_s << u"ana"_s << u"postgresql://ana@localhost/gloss"_s;
        QTest::newRow("postgres scheme") << u"postgres://127.0.0.1:5433/team"_s << u"127.0.0.1"_s << 5433
                                         << u"team"_s << QString() << u"postgresql://127.0.0.1:5433/team"_s;
        QTest::newRow("password left out of display")
            << u"postgresql://ana:s3cret@db/team"_s << u"db"_s << 5432 << u"team"_s << u"ana"_s
            << u"postgresql://ana@db/team"_s;
        QTest::newRow("TLS options kept")
            << u"postgresql://ana@db/team?sslmode=verify-full&sslrootcert=/etc/ssl/team.pem"_s << u"db"_s << 5432
            << u"team"_s << u"ana"_s << u"postgresql://ana@db/team?sslmode=verify-full&sslrootcert=/etc/ssl/team.pem"_s;
        QTest::newRow("escaped user") << u"postgresql://ana%40lab@db/team"_s << u"db"_s << 5432 << u"team"_s
                                      << u"ana@lab"_s << u"postgresql://ana%40lab@db/team"_s;
    }

    void parses()
    {
        QFETCH(QString, text);
        const auto url = ServerUrl::parse(text);
        QVERIFY2(url, url ? "" : qPrintable(url.error().message));
        QTEST(url->host, "host");
        QTEST(url->port, "port");
        QTEST(url->database, "database");
        QTEST(url->user, "user");
        QTEST(url->display(), "display");
        QVERIFY(!url->display().contains(u"s3cret"_s));
        // What display() gives opens the same library (less the password).
        const auto again = ServerUrl::parse(url->display());
        QVERIFY(again);
        QCOMPARE(again->host, url->host);
        QCOMPARE(again->database, url->database);
        QCOMPARE(again->options, url->options);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a file path") << u"/home/ana/library.sqlite"_s << u"postgresql://"_s;
        QTest::newRow("another scheme") << u"mysql://db/team"_s << u"postgresql://"_s;
        QTest::newRow("no host") << u"postgresql:///team"_s << u"server"_s;
        QTest::newRow("no database") << u"postgresql://db"_s << u"database"_s;
        QTest::newRow("nested path") << u"postgresql://db/a/b"_s << u"database"_s;
        QTest::newRow("unknown option") << u"postgresql://db/team?options=-c%20x"_s << u"options"_s;
        QTest::newRow("bad sslmode") << u"postgresql://db/team?sslmode=sometimes"_s << u"sslmode"_s;
        QTest::newRow("bad timeout") << u"postgresql://db/team?connect_timeout=soon"_s << u"connect_timeout"_s;
        QTest::newRow("semicolon in a value") << u"postgresql://db/team?sslrootcert=a;b"_s << u"sslrootcert"_s;
        QTest::newRow("fragment") << u"postgresql://db/team#x"_s << u"#"_s;
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto url = ServerUrl::parse(text);
        QVERIFY(!url);
        QCOMPARE(url.error().code, Error::Code::InvalidArgument);
        QVERIFY2(url.error().message.contains(mentions), qPrintable(url.error().message));
    }

    // libpq's quoting, so a certificate path with spaces or quotes reaches it whole.
    void connectOptionsAreQuoted()
    {
        const auto url = ServerUrl::parse(u"postgresql://db/team?sslmode=require&sslrootcert=/my%20certs/o'k.pem"_s);
        QVERIFY(url);
        QCOMPARE(url->connectOptions(), u"sslmode='require';sslrootcert='/my certs/o\\'k.pem'"_s);
    }

    void recognisesServerUrls()
    {
        QVERIFY(ServerUrl::isServerUrl(u"postgresql://db/team"_s));
        QVERIFY(ServerUrl::isServerUrl(u"POSTGRES://db/team"_s));
        QVERIFY(!ServerUrl::isServerUrl(u"postgresql.sqlite"_s));
        QVERIFY(!ServerUrl::isServerUrl(u"/tmp/postgresql://x"_s));
    }
};

QTEST_GUILESS_MAIN(TstServerUrl)
#include "tst_serverurl.moc"

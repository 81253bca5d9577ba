// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server (team library): what opening one does to an empty database, to another
// program's, to a newer Gloss's; an account that may only read; and credentials that never reach a message.
// Needs the test server scripts/test starts; skips, saying so, without one.
#include "database.h"

#include "highlightstore.h"
#include "serverurl.h"
#include "testlibrary.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The URL of lib's database as another account, with that account's password in it.
QString asAccount(TestLibrary &lib, const QString &user, const QString &password)
{
    auto url = ServerUrl::parse(lib.where());
    url->user = user;
    return url->display().replace(u"postgresql://"_s + user + u'@', u"postgresql://%1:%2@"_s.arg(user, password));
}

int tableCount(const TestLibrary &lib)
{
    QVariant count;
    if (!TestLibrary::adminExec(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s,
                                lib.serverDatabase(), &count)) {
        return -1;
    }
    return count.toInt();
}

} // namespace

class TstServerDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GLOSS_TEST_BACKEND", "postgresql");
        GLOSS_SKIP_WITHOUT_TEST_SERVER();
    }

    void emptyDatabaseBecomesALibrary()
    {
        TestLibrary lib;
        auto db = Database::openServer(lib.where());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->backend(), Database::Backend::PostgreSQL);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion(Database::Backend::PostgreSQL));
        QVERIFY(!(*db)->isReadOnly());
        db->reset();
        // Opened again, it is the same library, not made twice.
        auto again = Database::openServer(lib.where());
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion(Database::Backend::PostgreSQL));
    }

    void anotherProgramsDatabaseIsRefusedUntouched()
    {
        TestLibrary lib;
        const QString url = lib.where();
        QVERIFY(TestLibrary::adminExec(u"CREATE TABLE invoices (id int)"_s, lib.serverDatabase()));
        const auto db = Database::openServer(url);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::NotADatabase);
        QVERIFY2(db.error().message.contains(u"another program"_s), qPrintable(db.error().message));
        QCOMPARE(tableCount(lib), 1);
    }

    void newerLibraryIsRefused()
    {
        TestLibrary lib;
        QVERIFY(lib.open(false));
        QSqlQuery q(lib.db->connection());
        QVERIFY(q.exec(u"UPDATE library_meta SET value = '999' WHERE key = 'schema_version'"_s));
        lib.db.reset();
        lib.posts.reset();
        const auto db = Database::openServer(lib.where());
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::TooNew);
    }

    // An account that may only read opens the library read-only and says why; a write is refused in words.
    void readingAccountOpensReadOnly()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        lib.library.reset();
        const QString reader = u"reader_"_s + lib.serverDatabase().right(8);
        QVERIFY(TestLibrary::adminExec(u"CREATE ROLE %1 LOGIN PASSWORD 'read-only-pw'"_s.arg(reader)));
        QVERIFY(TestLibrary::adminExec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(reader),
                                       lib.serverDatabase()));
        {
            auto db = Database::openServer(asAccount(lib, reader, u"read-only-pw"_s));
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QVERIFY((*db)->isReadOnly());
            QVERIFY((*db)->readOnlyReason().contains(u"not change it"_s));
            QVERIFY(!(*db)->readOnlyReason().contains(u"read-only-pw"_s));
            HighlightStore highlights(**db);
            Highlight h;
            h.postId = 1;
            h.anchor.quote = u"x"_s;
            const auto added = highlights.add(h);
            QVERIFY(!added);
            QVERIFY2(added.error().message.contains(u"read-only"_s), qPrintable(added.error().message));
            QVERIFY(!added.error().message.contains(u"read-only-pw"_s));
        }
        QVERIFY(TestLibrary::adminExec(u"DROP OWNED BY %1"_s.arg(reader), lib.serverDatabase()));
        QVERIFY(TestLibrary::adminExec(u"DROP ROLE %1"_s.arg(reader)));
    }

    // The server ends the session (a restart, a dropped network): what the store cannot do says so, rather than
    // QPSQL's "syntax error" from running a statement that could not be prepared.
    void lostConnectionIsSaidInWords()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        QVERIFY(TestLibrary::adminExec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = '%1' AND application_name = 'Gloss'"_s
                                           .arg(lib.serverDatabase())));
        // A prepared statement first: it meets the ended session. QPSQL then takes the connection as closed.
        const auto read = lib.library->highlights().forPost(1);
        QVERIFY(!read);
        Highlight h;
        h.postId = 1;
        h.anchor.quote = u"x"_s;
        const auto added = lib.library->highlights().add(h);
        QVERIFY(!added);
        // The server's own reason, not QPSQL's "syntax error" from running the unprepared statement.
        QVERIFY2(read.error().message.contains(u"terminating connection"_s), qPrintable(read.error().message));
        QVERIFY2(added.error().message.contains(u"connection to the library is closed"_s),
                 qPrintable(added.error().message));
        for (const QString &message : {added.error().message, read.error().message})
            QVERIFY2(!message.contains(u"syntax error"_s), qPrintable(message));
    }

    // A wrong password, or no server at all: a message that names the library and never the password.
    void failedConnectionsKeepThePasswordOut_data()
    {
        QTest::addColumn<bool>("wrongPort");
        QTest::newRow("wrong password") << false;
        QTest::newRow("nothing listening") << true;
    }

    void failedConnectionsKeepThePasswordOut()
    {
        QFETCH(bool, wrongPort);
        TestLibrary lib;
        auto url = ServerUrl::parse(lib.where());
        url->password = u"Wr0ng-Secret"_s;
        if (wrongPort)
            url->port = 1; // nothing listens there
        const QString text = url->display().replace(u"postgresql://%1@"_s.arg(url->user),
                                                    u"postgresql://%1:Wr0ng-Secret@"_s.arg(url->user));
        QVERIFY(text.contains(u"Wr0ng-Secret"_s));
        // Only the URL's password: the test server's own, in PGPASSWORD, would not be tried instead.
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        const auto db = Database::openServer(text);
        qputenv("PGPASSWORD", saved);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(url->display()), qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(u"Wr0ng-Secret"_s));
    }

    void badAddressIsRefusedBeforeConnecting()
    {
        const auto db = Database::openServer(u"postgresql://db.invalid/team?sslmode=sometimes"_s);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TstServerDatabase)
#include "tst_serverdatabase.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with a connection of the test's own, as another program would.
void execOn(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
}

} // namespace

class TstDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshLibraryIsCreatedAtLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/library.sqlite"_s);
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion(Database::Backend::SQLite));
        QVERIFY(QFile::exists(path));

        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM post"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"INSERT INTO library_meta (key, value) VALUES ('k', 'v')"_s));
        }
        auto db = Database::openSqlite(path);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"SELECT value FROM library_meta WHERE key = 'k'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"v"_s);
    }

    void emptyFileIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion(Database::Backend::SQLite));
    }

    void failedMigrationLeavesNoHalfSchema()
    {
        // A library at version 0 that already has a table the first migration creates: the migration fails,
        // and must roll back whole, leaving user_version at 0.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"half.sqlite"_s);
        execOn(path, {u"PRAGMA application_id = 1196184403"_s, u"CREATE TABLE comment (x)"_s});
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Sql);
        QVERIFY(db.error().message.contains(u"format 1"_s));
        db = Result<std::unique_ptr<Database>>(Error{Error::Code::Io, {}}); // close before inspecting
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            check.setDatabaseName(path);
            QVERIFY(check.open());
            QSqlQuery q(check);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'post'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            check.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void refusesAndLeavesFileUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("sql"); // run on the file first, as another program would
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("random bytes") << QByteArray("\x7f" "ELF\x02\x01\x01 not a database at all", 30)
                                      << QStringList{} << int(Error::Code::NotADatabase) << u"not an SQLite"_s;
        QTest::newRow("text file") << QByteArray("Thursday, September 24, 2009\n\nMarketing goes on\n")
                                   << QStringList{} << int(Error::Code::NotADatabase) << u"not an SQLite"_s;
        QTest::newRow("truncated sqlite") << QByteArray("SQLite format 3\0\x10\x00\x01\x01", 20) << QStringList{}
                                          << int(Error::Code::NotADatabase) << u"damaged"_s;
        QTest::newRow("another program's database")
            << QByteArray() << QStringList{u"CREATE TABLE contacts (name TEXT)"_s}
            << int(Error::Code::NotADatabase) << u"another program"_s;
        const int newer = Database::latestSchemaVersion(Database::Backend::SQLite) + 1;
        QTest::newRow("newer gloss") << QByteArray()
                                     << QStringList{u"PRAGMA application_id = 1196184403"_s,
                                                    u"CREATE TABLE future (x)"_s,
                                                    u"PRAGMA user_version = %1"_s.arg(newer)}
                                     << int(Error::Code::TooNew) << u"newer version of Gloss"_s;
    }

    void refusesAndLeavesFileUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, sql);
        QFETCH(int, code);
        QFETCH(QString, messagePart);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        if (!content.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        if (!sql.isEmpty())
            execOn(path, sql);
        const QByteArray before = fileHash(path);

        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), code);
        QVERIFY2(db.error().message.contains(messagePart), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(path));
        db = Result<std::unique_ptr<Database>>(Error{Error::Code::Io, {}});
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Io);
    }

    void nestedTransactionsAreSavepoints()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"n.sqlite"_s));
        QVERIFY(db.ok());
        auto keys = [&] {
            QSqlQuery q((*db)->connection());
            q.exec(u"SELECT ifnull(group_concat(key, ','), '') FROM (SELECT key FROM library_meta ORDER BY key)"_s);
            q.next();
            return q.value(0).toString();
        };
        auto insert = [&](const QString &key) {
            QSqlQuery q((*db)->connection());
            q.prepare(u"INSERT INTO library_meta (key, value) VALUES (?, '1')"_s);
            q.addBindValue(key);
            QVERIFY(q.exec());
        };
        {
            Database::Transaction outer(**db);
            insert(u"a"_s);
            {
                Database::Transaction inner(**db);
                QVERIFY(inner.begun().ok());
                insert(u"b"_s);
                // inner not committed: only b is undone
            }
            {
                Database::Transaction inner(**db);
                insert(u"c"_s);
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(keys(), u"a,c"_s);
        {
            Database::Transaction outer(**db);
            {
                Database::Transaction inner(**db);
                insert(u"d"_s);
                QVERIFY(inner.commit().ok());
            }
            // outer not committed: the committed inner part goes with it
        }
        QCOMPARE(keys(), u"a,c"_s);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"t.sqlite"_s));
        QVERIFY(db.ok());
        {
            Database::Transaction t(**db);
            QVERIFY(t.begun().ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"INSERT INTO library_meta (key, value) VALUES ('lost', '1')"_s));
        }
        {
            Database::Transaction t(**db);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"INSERT INTO library_meta (key, value) VALUES ('kept', '1')"_s));
            QVERIFY(t.commit().ok());
        }
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"SELECT group_concat(key) FROM library_meta"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"kept"_s);
    }

    // Work deferred to the commit runs once, inside the transaction: when it fails, nothing of the
    // transaction is kept and commit() says why.
    void workBeforeCommit_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::addColumn<bool>("workFails");
        QTest::addColumn<int>("expectedRuns");
        QTest::addColumn<QString>("expectedKeys");
        QTest::newRow("committed") << true << false << 1 << u"deferred,row"_s;
        QTest::newRow("work fails") << true << true << 1 << QString();
        QTest::newRow("rolled back") << false << false << 0 << QString();
    }

    void workBeforeCommit()
    {
        QFETCH(bool, commit);
        QFETCH(bool, workFails);
        QFETCH(int, expectedRuns);
        QFETCH(QString, expectedKeys);
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(u"w.sqlite"_s));
        QVERIFY(db.ok());
        int runs = 0;
        const auto work = [&] {
            ++runs;
            QSqlQuery q((*db)->connection());
            if (!q.exec(u"INSERT OR REPLACE INTO library_meta (key, value) VALUES ('deferred', '1')"_s))
                return Status(Error{Error::Code::Sql, q.lastError().text()});
            if (workFails)
                return Status(Error{Error::Code::Sql, u"the deferred work failed"_s});
            return Status(Ok{});
        };
        {
            Database::Transaction t(**db);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"INSERT INTO library_meta (key, value) VALUES ('row', '1')"_s));
            for (int i = 0; i < 3; ++i) { // asked for three times: done once
                Database::Transaction inner(**db);
                QVERIFY((*db)->runBeforeCommit(u"key"_s, work));
                QVERIFY(inner.commit());
            }
            QCOMPARE(runs, 0);
            if (commit) {
                const Status committed = t.commit();
                QCOMPARE(committed.ok(), !workFails);
                if (workFails)
                    QCOMPARE(committed.error().message, u"the deferred work failed"_s);
            }
        }
        QCOMPARE(runs, expectedRuns);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"SELECT ifnull(group_concat(key), '') FROM (SELECT key FROM library_meta ORDER BY key)"_s)
                && q.next());
        QCOMPARE(q.value(0).toString(), expectedKeys);
        // A rolled back transaction forgot the work; outside a transaction it runs at once.
        runs = 0;
        const Status direct = (*db)->runBeforeCommit(u"key"_s, work);
        QCOMPARE(direct.ok(), !workFails);
        QCOMPARE(runs, 1);
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"

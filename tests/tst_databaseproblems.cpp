// SPDX-License-Identifier: GPL-3.0-or-later
// Libraries that cannot be used as they are: each is refused (or opened read-only) with a message that says what
// happened, and the file is left exactly as it was. Also the copy taken before a migration.

#include "database.h"
#include "highlightstore.h"
#include "library.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with a connection of the test's own, as another program would; returns the first value.
QVariant execOn(const QString &path, const QStringList &statements)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (!q.exec(s))
                qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            else if (q.next() && !value.isValid())
                value = q.value(0);
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    return value;
}

// A library as Gloss 0.1 with schema 2 left it: the first two migrations only.
void makeVersion2Library(const QString &path)
{
    QStringList statements;
    for (const QString &name : {u":/schema/sqlite/0001_init.sql"_s, u":/schema/sqlite/0002_annotations.sql"_s}) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString sql;
        // Comments go first: some hold semicolons. (These two files have no "--" inside strings.)
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n'))
            sql += line.section(u"--"_s, 0, 0) + u'\n';
        for (const QString &statement : sql.split(u';')) {
            if (!statement.trimmed().isEmpty())
                statements << statement.trimmed();
        }
    }
    statements << u"PRAGMA user_version = 2"_s << u"PRAGMA application_id = 1196184403"_s
               << u"INSERT INTO library_meta (key, value) VALUES ('before', 'the update')"_s;
    execOn(path, statements);
}

// A real library, closed (so its log is folded into the file), as the app leaves one.
void makeLibrary(const QString &path)
{
    auto library = Library::openSqlite(path);
    QVERIFY2(library.ok(), library.ok() ? "" : qPrintable(library.error().message));
}

} // namespace

class TstDatabaseProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedAndUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated to half") << u"half"_s << int(Error::Code::NotADatabase) << u"damaged"_s;
        QTest::newRow("truncated inside the header") << u"header"_s << int(Error::Code::NotADatabase) << u"damaged"_s;
        QTest::newRow("random bytes") << u"random"_s << int(Error::Code::NotADatabase) << u"not an SQLite"_s;
        QTest::newRow("random pages after the header")
            << u"scrambled"_s << int(Error::Code::NotADatabase) << u"damaged"_s;
        QTest::newRow("foreign sqlite") << u"foreign"_s << int(Error::Code::NotADatabase) << u"another program"_s;
        QTest::newRow("newer schema") << u"newer"_s << int(Error::Code::TooNew) << u"newer version of Gloss"_s;
    }

    void refusedAndUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QRandomGenerator random(42);
        if (damage == u"random"_s) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray bytes(4096, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            f.write(bytes);
        } else if (damage == u"foreign"_s) {
            execOn(path, {u"CREATE TABLE contacts (name TEXT)"_s, u"INSERT INTO contacts VALUES ('x')"_s});
        } else if (damage == u"newer"_s) {
            makeLibrary(path);
            execOn(path, {u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion(Database::Backend::SQLite) + 1)});
        } else {
            makeLibrary(path);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8192);
            if (damage == u"half"_s) {
                QVERIFY(f.resize(size / 2));
            } else if (damage == u"header"_s) {
                QVERIFY(f.resize(60));
            } else {
                QByteArray bytes(int(size - 4096), Qt::Uninitialized);
                random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
                QVERIFY(f.seek(4096));
                f.write(bytes);
            }
        }
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        const QByteArray before = fileHash(path);

        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), code);
        QVERIFY2(db.error().message.contains(messagePart), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        db = Result<std::unique_ptr<Database>>(Error{Error::Code::Io, {}});
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
        QVERIFY(!QFile::exists(Database::backupPath(path, 4)));
    }

    // The fingerprint of a cleanly closed library stays the same from one start to the next, and is empty while
    // the library is open (its log is beside it).
    void cleanCloseFingerprint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QCOMPARE(Database::cleanCloseFingerprint(path), QString()); // no file
        makeLibrary(path);
        const QString closed = Database::cleanCloseFingerprint(path);
        QVERIFY(!closed.isEmpty());
        {
            auto open = Library::openSqlite(path, closed);
            QVERIFY(open.ok());
            QCOMPARE(Database::cleanCloseFingerprint(path), QString()); // open: not cleanly closed
        }
        QCOMPARE(Database::cleanCloseFingerprint(path), closed); // nothing written, nothing changed
        {
            auto open = Library::openSqlite(path, closed);
            QVERIFY(open.ok());
            QVERIFY((*open)->posts().setMetaValue(u"touched"_s, u"yes"_s).ok());
        }
        QVERIFY(Database::cleanCloseFingerprint(path) != closed); // written: another fingerprint
    }

    // Damage done after Gloss closed the library changes the fingerprint, so the full check still runs and the
    // file is refused, untouched.
    void damageAfterACleanCloseIsStillFound_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("random pages after the header") << u"scrambled"_s;
        QTest::newRow("truncated to half") << u"half"_s;
        QTest::newRow("left open by a crash") << u"crash"_s;
    }

    void damageAfterACleanCloseIsStillFound()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeLibrary(path);
        const QString closed = Database::cleanCloseFingerprint(path);
        QVERIFY(!closed.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        if (damage == u"half"_s) {
            QVERIFY(f.resize(size / 2));
        } else {
            // Same size: only the content (and so the modification time) differs.
            QByteArray bytes(int(size - 4096), Qt::Uninitialized);
            QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QVERIFY(f.seek(4096));
            f.write(bytes);
        }
        f.close();
        if (damage == u"crash"_s) {
            QFile wal(path + u"-wal"_s);
            QVERIFY(wal.open(QIODevice::WriteOnly)); // an empty log, as a killed process can leave
        }
        if (damage != u"crash"_s)
            QVERIFY(Database::cleanCloseFingerprint(path) != closed);
        else
            QCOMPARE(Database::cleanCloseFingerprint(path), QString());
        const QByteArray before = fileHash(path);
        auto db = Database::openSqlite(path, Database::Access::Automatic, closed);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(u"damaged"_s), qPrintable(db.error().message));
        db = Result<std::unique_ptr<Database>>(Error{Error::Code::Io, {}});
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyOnRequest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeLibrary(path);
        const QByteArray before = fileHash(path);
        {
            auto library = Library::openSqlite(path); // Library opens with Access::Automatic: writable here
            QVERIFY(library.ok());
            QVERIFY(!(*library)->database().isReadOnly());
        }
        QCOMPARE(fileHash(path), before);
        auto db = Database::openSqlite(path, Database::Access::ReadOnly);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY((*db)->isReadOnly());
        QVERIFY((*db)->readOnlyReason().contains(path));
        HighlightStore highlights(**db);
        QVERIFY(highlights.all().ok()); // reading works
        Highlight h;
        h.postId = 1;
        h.anchor = TextAnchor{u"quote"_s, {}, {}, 0, 5};
        const auto added = highlights.add(h);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(u"read-only"_s), qPrintable(added.error().message));
        db = Result<std::unique_ptr<Database>>(Error{Error::Code::Io, {}});
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyFileOpensReadOnly()
    {
        if (::geteuid() == 0)
            QSKIP("root may write to any file; Access::ReadOnly is tested in readOnlyOnRequest()");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeLibrary(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = fileHash(path);
        {
            auto library = Library::openSqlite(path);
            QVERIFY2(library.ok(), library.ok() ? "" : qPrintable(library.error().message));
            QVERIFY((*library)->database().isReadOnly());
            QVERIFY((*library)->database().readOnlyReason().contains(u"read-only"_s));
        }
        QCOMPARE(fileHash(path), before);
    }

    void fullDiskRefusesTheEditAndKeepsTheRest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        auto library = Library::openSqlite(path);
        QVERIFY(library.ok());
        Database &db = (*library)->database();
        const qint64 postId = (*library)->posts().summaries()->first().id;
        Highlight h;
        h.postId = postId;
        h.anchor = TextAnchor{u"quote"_s, {}, {}, 0, 5};
        h.note = u"kept"_s;
        QVERIFY((*library)->highlights().add(h).ok());

        // The file may not grow: what a full disk (or a quota) does to SQLite.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        h.note = QString(200000, u'x');
        const auto added = (*library)->highlights().add(h);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(u"no space left"_s), qPrintable(added.error().message));

        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        const auto all = (*library)->highlights().all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().note, u"kept"_s);
    }

    void backupBeforeMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeVersion2Library(path);
        // Older copies: the two newest are kept.
        for (int v : {0, 1}) {
            QFile f(Database::backupPath(path, v));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old copy");
        }
        const QByteArray before = fileHash(path);
        {
            auto db = Database::openSqlite(path);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion(Database::Backend::SQLite));
        }
        const QString backup = Database::backupPath(path, 2);
        QVERIFY(QFile::exists(backup));
        QVERIFY(!QFile::exists(backup + u".part"_s));
        QVERIFY(QFile::exists(Database::backupPath(path, 1)));
        QVERIFY(!QFile::exists(Database::backupPath(path, 0)));
        QCOMPARE(execOn(backup, {u"PRAGMA integrity_check"_s}).toString(), u"ok"_s);
        QCOMPARE(execOn(backup, {u"PRAGMA user_version"_s}).toInt(), 2);
        QCOMPARE(execOn(backup, {u"SELECT value FROM library_meta WHERE key = 'before'"_s}).toString(),
                 u"the update"_s);
        QVERIFY(fileHash(path) != before); // the library itself was updated
    }

    void noBackupForAFreshLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeLibrary(path);
        QCOMPARE(QDir(dir.path()).entryList({u"*.backup-v*"_s}), QStringList());
    }

    void damagedMessageNamesTheBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeVersion2Library(path);
        makeLibrary(path); // migrates, leaving library.sqlite.backup-v2
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(Database::backupPath(path, 2)), qPrintable(db.error().message));
    }
};

QTEST_GUILESS_MAIN(TstDatabaseProblems)
#include "tst_databaseproblems.moc"

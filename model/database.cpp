// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <functional>

#include <fcntl.h>
#include <unistd.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// 'GLSS': marks a SQLite file as a Gloss library, so another program's database is never migrated by mistake.
constexpr int applicationId = 0x474C5353;

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString schemaDirectory(Database::Backend backend)
{
    switch (backend) {
    case Database::Backend::SQLite:
        return u":/schema/sqlite"_s;
    case Database::Backend::PostgreSQL:
        return u":/schema/postgresql"_s;
    }
    return {};
}

// Schema files are NNNN_name.sql; returns them ordered by NNNN.
QList<std::pair<int, QString>> schemaFiles(Database::Backend backend)
{
    QList<std::pair<int, QString>> files;
    const QDir dir(schemaDirectory(backend));
    for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(u'_', 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.append({version, dir.filePath(name)});
    }
    return files;
}

// QSqlQuery runs one statement at a time, so a schema file is split at the semicolons that end statements.
// A trigger body (BEGIN … END;) holds semicolons of its own and is kept whole.
QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    static const QRegularExpression triggerStart(u"^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(u"^\\s*END\\s*;\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"_s) || (trimmed.isEmpty() && current.trimmed().isEmpty()))
            continue;
        if (current.trimmed().isEmpty() && triggerStart.match(line).hasMatch())
            inTrigger = true;
        current += line + u'\n';
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch() : trimmed.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

// SQLite's result codes (sqlite3.h), as the QSQLITE driver reports them in QSqlError::nativeErrorCode().
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14,
                  NotADb = 26 };

// Errors that say nothing about the file itself: it is locked, or a read-only connection cannot replay the log
// a crash left behind (SQLITE_READONLY_RECOVERY). The checks are then repeated on the read-write connection.
bool isInconclusive(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    return numeric && (code == Busy || code == Locked || code == ReadOnly || code == CantOpen);
}

Error inconclusive(const QString &path, const QSqlError &error)
{
    return Error{Error::Code::Io, QCoreApplication::translate("Database", "Cannot read “%1” now (%2). Try again.")
                                      .arg(path, error.databaseText())};
}

bool isWritable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// Makes a renamed or written file durable: the data, then the folder entry that names it.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// A file whose header promises more pages than it has was cut short (a copy that did not finish, a full disk).
// Only meaningful without a write-ahead log: a checkpoint cut short by a crash legitimately leaves the main file
// behind its header until the log is replayed.
bool headerPromisesMoreThan(const QByteArray &header, qint64 fileSize)
{
    const auto u32 = [&](int at) {
        return quint32(quint8(header[at])) << 24 | quint32(quint8(header[at + 1])) << 16
            | quint32(quint8(header[at + 2])) << 8 | quint32(quint8(header[at + 3]));
    };
    const quint32 pageSizeField = quint32(quint8(header[16])) << 8 | quint8(header[17]);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 pages = u32(28);
    const bool sizeValid = pages > 0 && u32(24) == u32(92);
    return sizeValid && pageSize >= 512 && qint64(pages) * pageSize > fileSize;
}

// The newest copy taken before an update, for the message that tells the user their library is damaged.
QString newestBackup(const QString &path)
{
    const QFileInfo info(path);
    const QString prefix = info.fileName() + u".backup-v"_s;
    QString newest;
    int newestVersion = -1;
    for (const QString &name : info.dir().entryList({prefix + u'*'}, QDir::Files)) {
        bool ok = false;
        const int version = name.mid(prefix.size()).toInt(&ok);
        if (ok && version > newestVersion) {
            newestVersion = version;
            newest = info.dir().filePath(name);
        }
    }
    return newest;
}

Error damaged(const QString &path, const QString &detail)
{
    QString message = detail.isEmpty()
        ? Text::tr("“%1” is damaged or not a complete database. It was left unchanged.").arg(path)
        : Text::tr("“%1” is damaged or not a database (%2). It was left unchanged.").arg(path, detail);
    if (const QString backup = newestBackup(path); !backup.isEmpty())
        message += u' ' + Text::tr("A copy taken before its last update is at “%1”.").arg(backup);
    return Error{Error::Code::NotADatabase, message};
}

// A connection of its own to a file, closed and removed with the object.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const QString &options)
        : m_name(u"gloss-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// A PostgreSQL error by its SQLSTATE, in words for the user. libpq's text names the server and the account at
// most, never a password.
Error serverError(const QString &what, const QString &state, const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (state.startsWith(u"08"_s) || state == u"57P01"_s || state == u"57P02"_s || state == u"57P03"_s) {
        return Error{Error::Code::Io, Text::tr("%1: the team library's server cannot be reached (%2). Nothing of this "
                                               "change was saved; check the connection and try again.")
                                          .arg(what, detail)};
    }
    if (state == u"25006"_s) { // read_only_sql_transaction: opened read-only
        return Error{Error::Code::Io, Text::tr("%1: the library is read-only, so nothing of this change was saved.")
                                          .arg(what)};
    }
    if (state == u"42501"_s) {
        return Error{Error::Code::Io, Text::tr("%1: your account may not change the team library, so nothing of this "
                                               "change was saved.")
                                          .arg(what)};
    }
    if (state == u"53100"_s) {
        return Error{Error::Code::Io, Text::tr("%1: the team library's server has no space left. Nothing of this "
                                               "change was saved.")
                                          .arg(what)};
    }
    if (state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s) {
        return Error{Error::Code::Io, Text::tr("%1: a teammate's change was being saved at the same moment. Nothing of "
                                               "this change was saved; try again.")
                                          .arg(what)};
    }
    return Error{Error::Code::Sql, Text::tr("%1: the database reported “%2”.").arg(what, detail)};
}

} // namespace

Database::Database(Backend backend, QString connectionName, QString path)
    : m_backend(backend)
    , m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_reopenAddress(m_path)
{
    // The computer's account: a local library has one reader, and a copy to a team library keeps the name.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        m_author = qEnvironmentVariable(variable);
        if (!m_author.isEmpty())
            break;
    }
}

QString Database::author() const
{
    return m_author.isNull() ? u""_s : m_author;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

QString Database::backupPath(const QString &path, int version)
{
    return path + u".backup-v"_s + QString::number(version);
}

int Database::latestSchemaVersion(Backend backend)
{
    const auto files = schemaFiles(backend);
    return files.isEmpty() ? 0 : files.constLast().first;
}

Error Database::sqlError(const QString &what, const QSqlError &error)
{
    // PostgreSQL reports five-character SQLSTATEs; SQLite's codes have at most four digits.
    if (const QString state = error.nativeErrorCode(); state.size() == 5)
        return serverError(what, state, error);
    // No error at all from the driver: the statement never reached the database, because the connection is closed
    // (QPSQL closes it when the server ends the session).
    if (error.type() == QSqlError::NoError && error.text().trimmed().isEmpty()) {
        return Error{Error::Code::Io, Text::tr("%1: the connection to the library is closed. Nothing of this change "
                                               "was saved; open the library again.")
                                          .arg(what)};
    }
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff; // extended codes carry the primary one
    if (numeric) {
        switch (code) {
        case Full:
            return Error{Error::Code::Io, Text::tr("%1: there is no space left for the library. Nothing of this change "
                                             "was saved; free some disk space and try again.")
                                              .arg(what)};
        case ReadOnly:
            return Error{Error::Code::Io, Text::tr("%1: the library is read-only, so nothing of this change was saved.")
                                              .arg(what)};
        case Busy:
        case Locked:
            return Error{Error::Code::Io, Text::tr("%1: the library is in use by another program (or another Gloss) "
                                             "and stayed busy. Nothing of this change was saved; try again.")
                                              .arg(what)};
        case Corrupt:
        case NotADb:
            return Error{Error::Code::NotADatabase,
                         Text::tr("%1: the library is damaged (the database reported “%2”).").arg(what, error.text())};
        default:
            break;
        }
    }
    return Error{Error::Code::Sql, Text::tr("%1: the database reported “%2”.").arg(what, error.text())};
}

QString Database::cleanCloseFingerprint(const QString &path)
{
    if (QFileInfo::exists(path + u"-wal"_s) || QFileInfo::exists(path + u"-journal"_s))
        return {};
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    return u"%1:%2.%3:%4"_s.arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec))
        .arg(quint64(st.st_ino));
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, Access access, const QString &cleanClose)
{
    // ":memory:" is SQLite's name for a database that lives and dies with the connection (fuzzing, tools).
    const bool inMemory = path == u":memory:"_s;
    const QFileInfo info(path);
    bool hasContent = false;
    if (!inMemory && info.exists()) {
        if (info.isDir())
            return Error{Error::Code::Io, Text::tr("“%1” is a folder, not a Gloss library.").arg(path)};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, Text::tr("Cannot read “%1”: %2").arg(path, file.errorString())};
        const QByteArray header = file.read(100);
        if (!header.isEmpty() && !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
            return Error{Error::Code::NotADatabase,
                         Text::tr("“%1” is not a Gloss library (it is not an SQLite database). It was left unchanged.")
                             .arg(path)};
        }
        hasContent = !header.isEmpty();
        if (hasContent && header.size() < 100)
            return damaged(path, {});
        const QFileInfo wal(path + u"-wal"_s);
        if (hasContent && (!wal.exists() || wal.size() == 0) && headerPromisesMoreThan(header, file.size()))
            return damaged(path, {});
    } else if (!inMemory && !QDir().mkpath(info.absolutePath())) {
        return Error{Error::Code::Io, Text::tr("Cannot create the folder “%1”.").arg(info.absolutePath())};
    }

    bool readOnly = access == Access::ReadOnly;
    QString readOnlyReason;
    if (!inMemory && access == Access::Automatic) {
        // SQLite writes its log and index next to the file, so the folder must be writable too.
        if (info.exists() && !isWritable(path)) {
            readOnly = true;
            readOnlyReason = Text::tr("“%1” is read-only: you can read and search it, but highlights, notes and tags "
                                "cannot be changed or added. To change it, make the file writable and open it again.")
                                 .arg(path);
        } else if (info.exists() && !isWritable(info.absolutePath())) {
            readOnly = true;
            readOnlyReason = Text::tr("“%1” is in a folder that cannot be written (“%2”), so it opens read-only: you can "
                                "read and search it, but not change it.")
                                 .arg(path, info.absolutePath());
        } else if (!info.exists() && !isWritable(info.absolutePath())) {
            return Error{Error::Code::Io,
                         Text::tr("Cannot create a library in “%1”: the folder cannot be written.").arg(info.absolutePath())};
        }
    } else if (readOnly) {
        readOnlyReason = Text::tr("“%1” was opened read-only: it cannot be changed.").arg(path);
    }
    if (readOnly && !hasContent)
        return Error{Error::Code::Io, Text::tr("“%1” is empty and cannot be written: there is no library to read.").arg(path)};

    int versionBefore = 0;
    bool recheck = false;
    if (hasContent) {
        // Everything is checked on a read-only connection first, so that a file that is refused is not even
        // checkpointed or recovered: it stays exactly as it was.
        const QString name = u"gloss-inspect-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s);
        }
        Database inspection(Backend::SQLite, name, path);
        QSqlDatabase db = inspection.connection();
        if (!db.isValid())
            return Error{Error::Code::Io, Text::tr("The SQLite driver for Qt (QSQLITE) is not installed.")};
        if (!db.open()) {
            recheck = true;
        } else if (Status owned = inspection.checkOwnership(cleanClose.isEmpty() || cleanClose != cleanCloseFingerprint(path));
                   !owned) {
            if (owned.error().code != Error::Code::Io)
                return owned.error();
            recheck = true;
        }
        versionBefore = inspection.schemaVersion();
    }

    const QString name = u"gloss-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    std::unique_ptr<Database> database(new Database(Backend::SQLite, name, path));
    database->m_readOnly = readOnly;
    database->m_readOnlyReason = readOnlyReason;
    QSqlDatabase db = database->connection();
    if (!db.isValid())
        return Error{Error::Code::Io, Text::tr("The SQLite driver for Qt (QSQLITE) is not installed.")};
    if (!db.open())
        return Error{Error::Code::Io, Text::tr("Cannot open “%1”: %2").arg(path, db.lastError().text())};

    // Again on this connection: another program may have written the file since it was inspected.
    if (Status owned = database->checkOwnership(recheck); !owned)
        return owned.error();
    if (recheck)
        versionBefore = database->schemaVersion();

    QSqlQuery pragma(db);
    // A page cache of up to 32 MB (SQLite's default is 2 MB): an import of thousands of posts otherwise spills
    // pages it is still writing and reads the search index's pages back from the file.
    // A log grown large by a long write (see BackgroundCheckpoint) shrinks back to 16 MB when it starts afresh.
    QStringList pragmas{u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
                        u"PRAGMA cache_size = -32768"_s, u"PRAGMA journal_size_limit = 16777216"_s};
    if (!readOnly)
        pragmas.prepend(u"PRAGMA journal_mode = WAL"_s); // a write: it changes the file's header
    for (const QString &statement : std::as_const(pragmas)) {
        if (!pragma.exec(statement))
            return sqlError(Text::tr("Cannot prepare “%1”").arg(path), pragma.lastError());
        pragma.finish(); // some answer with a row; an unread one would keep the backup below from running
    }

    const int latest = latestSchemaVersion(Backend::SQLite);
    if (database->schemaVersion() < latest) {
        if (readOnly) {
            return Error{Error::Code::Io,
                         Text::tr("“%1” is read-only and was written by an older Gloss: it needs updating to library "
                            "format %2 before this version can read it. Make it writable, or open a copy. It was "
                            "left unchanged.")
                             .arg(path)
                             .arg(latest)};
        }
        // A library that had a schema is copied before it is changed; a fresh one has nothing to lose.
        if (!inMemory && versionBefore > 0) {
            if (Status backedUp = database->backUp(versionBefore); !backedUp)
                return backedUp.error();
        }
        if (Status migrated = database->migrate(); !migrated)
            return migrated.error();
    }
    return database;
}

// Reads only: nothing is written before the file is known to be ours (or empty) and not too new.
Status Database::checkOwnership(bool thorough)
{
    QSqlQuery q(connection());
    const auto failed = [&] {
        return isInconclusive(q.lastError()) ? inconclusive(m_path, q.lastError())
                                             : damaged(m_path, q.lastError().databaseText());
    };
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return failed();
    const int appId = q.value(0).toInt();
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return failed();
    const bool empty = q.value(0).toInt() == 0;
    if (!empty && appId != applicationId) {
        return Error{Error::Code::NotADatabase,
                     Text::tr("“%1” is another program’s SQLite database, not a Gloss library. It was left unchanged.")
                         .arg(m_path)};
    }
    const int version = schemaVersion();
    const int latest = latestSchemaVersion(m_backend);
    if (version > latest) {
        return Error{Error::Code::TooNew,
                     Text::tr("“%1” was written by a newer version of Gloss (library format %2; this version reads up "
                        "to %3). Update Gloss to open it. The file was left unchanged.")
                         .arg(m_path)
                         .arg(version)
                         .arg(latest)};
    }
    if (thorough) {
        // quick_check reads every page once: a cut or overwritten file shows here rather than at the first edit.
        if (!q.exec(u"PRAGMA quick_check(1)"_s) || !q.next())
            return failed();
        if (const QString verdict = q.value(0).toString(); verdict != u"ok"_s)
            return damaged(m_path, verdict);
    }
    return Ok{};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (m_backend == Backend::PostgreSQL) {
        // No tables yet: an empty database, version 0.
        if (!q.exec(u"SELECT to_regclass('library_meta') IS NOT NULL"_s) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(u"SELECT value FROM library_meta WHERE key = 'schema_version'"_s))
            return -1;
        return q.next() ? q.value(0).toInt() : 0;
    }
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

// VACUUM INTO a temporary file, made durable and checked, then renamed into place: a backup that exists is whole.
Status Database::backUp(int version)
{
    const QString target = backupPath(m_path, version);
    const QString temporary = target + u".part"_s;
    const auto removeTemporary = [&] {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(temporary + suffix);
    };
    const auto failed = [&](const QString &why) {
        removeTemporary();
        return Error{Error::Code::Io, Text::tr("Before updating “%1” to a new library format, Gloss copies it to “%2”, "
                                         "and that failed: %3 The library was left unchanged.")
                                          .arg(m_path, target, why)};
    };
    removeTemporary(); // left by an update that was interrupted

    QSqlQuery q(connection());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(temporary);
    if (!q.exec())
        return failed(sqlError(Text::tr("Copying"), q.lastError()).message);
    if (!syncToDisk(temporary))
        return failed(Text::tr("the copy could not be written to the disk."));
    {
        ScopedConnection copy(temporary, u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery check(copy.connection());
        if (!check.exec(u"PRAGMA integrity_check(1)"_s) || !check.next() || check.value(0).toString() != u"ok"_s)
            return failed(Text::tr("the copy did not read back intact."));
        if (!check.exec(u"PRAGMA user_version"_s) || !check.next() || check.value(0).toInt() != version)
            return failed(Text::tr("the copy did not read back intact."));
    }
    // rename() replaces an older copy of the same version in one step.
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0)
        return failed(Text::tr("the copy could not be renamed."));
    removeTemporary();
    syncToDisk(QFileInfo(target).absolutePath());

    // Keep the two newest backups.
    const QFileInfo info(m_path);
    const QString prefix = info.fileName() + u".backup-v"_s;
    QList<std::pair<int, QString>> backups;
    for (const QString &name : info.dir().entryList({prefix + u'*'}, QDir::Files)) {
        bool ok = false;
        const int v = name.mid(prefix.size()).toInt(&ok);
        if (ok)
            backups.append({v, info.dir().filePath(name)});
    }
    std::ranges::sort(backups, std::greater{});
    for (qsizetype i = 2; i < backups.size(); ++i)
        QFile::remove(backups[i].second);
    return Ok{};
}

Status Database::migrate()
{
    for (const auto &[version, fileName] : schemaFiles(m_backend)) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, Text::tr("Schema file %1 is missing from this build.").arg(fileName)};
        const QString sql = QString::fromUtf8(file.readAll());

        Transaction transaction(*this);
        if (!transaction.begun())
            return transaction.begun().error();
        QSqlQuery q(connection());
        const QString failed = Text::tr("Updating the library to format %1 failed").arg(version);
        // On a server, teammates' Glosses may open the library at the same moment: one updates it, the others wait
        // here and then find it done. (SQLite's write lock, taken by BEGIN IMMEDIATE, does the same for a file.)
        if (m_backend == Backend::PostgreSQL && !q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(applicationId)))
            return sqlError(failed, q.lastError());
        // Read inside the locked transaction: another Gloss opening the same library may have just done it.
        if (schemaVersion() >= version)
            continue;
        if (m_backend == Backend::PostgreSQL) {
            // libpq runs a whole script in one call, function bodies and all.
            if (!q.exec(sql))
                return sqlError(failed, q.lastError());
            q.prepare(u"INSERT INTO library_meta (key, value) VALUES ('schema_version', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            q.addBindValue(QString::number(version));
            if (!q.exec())
                return sqlError(failed, q.lastError());
        } else {
            for (const QString &statement : splitStatements(sql)) {
                if (!q.exec(statement))
                    return sqlError(failed, q.lastError());
            }
            // PRAGMA takes no bound values; both numbers are ours.
            if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version))
                || !q.exec(u"PRAGMA application_id = %1"_s.arg(applicationId))) {
                return sqlError(failed, q.lastError());
            }
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return Ok{};
}

Status Database::runBeforeCommit(const QString &key, std::function<Status()> work)
{
    if (m_transactionDepth == 0)
        return work();
    const bool asked = std::ranges::any_of(m_beforeCommit, [&key](const auto &entry) { return entry.first == key; });
    if (!asked)
        m_beforeCommit.emplace_back(key, std::move(work));
    return Ok{};
}

Database::Transaction::Transaction(Database &db)
    : m_owner(db)
    , m_begun(Ok{})
{
    QSqlDatabase connection = db.connection();
    const int depth = db.m_transactionDepth + 1;
    bool ok = false;
    QSqlError error;
    if (depth == 1) {
        // IMMEDIATE takes the write lock at once, so a second Gloss on the file waits its turn (busy timeout)
        // instead of failing when a read inside the transaction would have to become a write.
        QSqlQuery q(connection);
        if (db.m_backend == Backend::PostgreSQL)
            ok = q.exec(db.m_readOnly ? u"BEGIN READ ONLY"_s : u"BEGIN"_s);
        else
            ok = q.exec(db.m_readOnly ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
        error = q.lastError();
    } else {
        QSqlQuery q(connection);
        ok = q.exec(u"SAVEPOINT gloss_%1"_s.arg(depth));
        error = q.lastError();
    }
    if (!ok) {
        m_begun = sqlError(QCoreApplication::translate("Database", "Cannot start a transaction"), error);
        return;
    }
    m_depth = depth;
    db.m_transactionDepth = depth;
}

Database::Transaction::~Transaction()
{
    if (m_depth == 0)
        return;
    QSqlDatabase connection = m_owner.connection();
    if (m_depth == 1) {
        QSqlQuery q(connection);
        q.exec(u"ROLLBACK"_s);
    } else {
        QSqlQuery q(connection);
        // ROLLBACK TO keeps the savepoint open; RELEASE then closes it with nothing in it.
        q.exec(u"ROLLBACK TO gloss_%1"_s.arg(m_depth));
        q.exec(u"RELEASE gloss_%1"_s.arg(m_depth));
    }
    m_owner.m_transactionDepth = m_depth - 1;
    if (m_depth == 1)
        m_owner.m_beforeCommit.clear();
}

Status Database::Transaction::commit()
{
    if (m_depth == 0)
        return Error{Error::Code::Sql, QCoreApplication::translate("Database", "No transaction to commit.")};
    QSqlDatabase connection = m_owner.connection();
    const int depth = std::exchange(m_depth, 0);
    m_owner.m_transactionDepth = depth - 1;
    if (depth > 1) {
        QSqlQuery q(connection);
        if (!q.exec(u"RELEASE gloss_%1"_s.arg(depth))) {
            const QSqlError error = q.lastError();
            q.exec(u"ROLLBACK TO gloss_%1"_s.arg(depth));
            q.exec(u"RELEASE gloss_%1"_s.arg(depth));
            return sqlError(QCoreApplication::translate("Database", "Saving failed"), error);
        }
        return Ok{};
    }
    // The deferred work runs inside the transaction, so it commits or rolls back with everything else.
    for (auto work = std::exchange(m_owner.m_beforeCommit, {}); const auto &[key, run] : work) {
        if (Status done = run(); !done) {
            QSqlQuery(connection).exec(u"ROLLBACK"_s);
            return done;
        }
    }
    QSqlQuery q(connection);
    if (!q.exec(u"COMMIT"_s)) {
        const QSqlError error = q.lastError();
        q.exec(u"ROLLBACK"_s);
        return sqlError(QCoreApplication::translate("Database", "Saving failed"), error);
    }
    return Ok{};
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

// One open Gloss library. Owns the connection, checks that the file is ours and not from a newer Gloss, and
// brings the schema up to date from the SQL resources under :/schema/<backend>/, recorded in PRAGMA user_version.
// Store classes (PostStore, …) run their SQL on connection(); nothing else does.
class Database
{
public:
    enum class Backend { SQLite, PostgreSQL };
    enum class Access {
        Automatic, // read-only when the file (or its folder, which SQLite needs for its journal) cannot be written
        ReadWrite,
        ReadOnly,
    };

    // Opens (creating if needed) the SQLite library at path. Refuses, leaving the file untouched, anything that is
    // not an SQLite file, a damaged or truncated one, another program's SQLite database, or a library written by a
    // newer Gloss. A library that cannot be written opens read-only (see readOnlyReason()). Before a migration the
    // file is copied to backupPath(path, old version); the last two such copies are kept.
    //
    // The whole-file check (every page read once) is skipped when cleanClose is the file's cleanCloseFingerprint():
    // the file is then exactly as Gloss left it after closing it cleanly, and a library of thousands of posts opens
    // without reading all of it.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, Access access = Access::Automatic,
                                                        const QString &cleanClose = {});

    // Opens the team library at url (see ServerUrl), creating its tables in an empty database. Refuses a database
    // that holds tables of another program, or a library of a newer Gloss. The password comes from the URL, or
    // else from PGPASSWORD or ~/.pgpass through libpq; it appears in no message. An account that may read but not
    // write the tables opens the library read-only (see readOnlyReason()). path() is the URL without password.
    static Result<std::unique_ptr<Database>> openServer(const QString &url, Access access = Access::Automatic);

    // What the closed file at path is: its size, modification time and inode. Empty when there is no such file, or
    // when it was not closed cleanly (SQLite's -wal or -journal file is still beside it), so a crash or another
    // program's change always leads to the full check.
    static QString cleanCloseFingerprint(const QString &path);

    // Where the copy taken before updating a library from schema version `version` goes.
    static QString backupPath(const QString &path, int version);

    // Where the library lives unless --database says otherwise.
    static QString defaultSqlitePath();

    // Highest schema version this build knows for the backend.
    static int latestSchemaVersion(Backend backend);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    Backend backend() const { return m_backend; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // Why the library was opened read-only, in words for the user; empty when it can be written.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Who the stores record as making each change: on a server the account signed in, in a file the computer's
    // user name. setAuthor() names someone else (a test, a copy that keeps the original authors).
    QString author() const; // '' when unknown, never a null string (which would bind as SQL NULL)
    void setAuthor(const QString &author) { m_author = author; }

    // Where another connection opens this same library (an import on its own thread): the file, or the server's
    // URL with the password it was opened with, if any. For opening only; path() is what to show.
    QString reopenAddress() const { return m_reopenAddress; }

    // One transaction for one user action: commit() or it rolls back when it goes out of scope. Transactions
    // nest: an inner one is a SAVEPOINT, so a store call that opens its own transaction can be part of a larger
    // action (an import of many posts) and still roll back alone.
    class Transaction
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Q_DISABLE_COPY_MOVE(Transaction)
        Status begun() const { return m_begun; }
        Status commit();

    private:
        Database &m_owner;
        Status m_begun;
        int m_depth = 0; // 1 for the outermost; 0 when not open
    };

    // Runs work just before the outermost transaction commits (once per key, however often it is asked for
    // within the transaction), or at once when no transaction is open. A store defers work that is cheaper done
    // once for a whole action than once per row: PostStore indexes an import's posts for search in one statement.
    // When the work fails, the transaction rolls back and commit() returns its error. A rolled back transaction
    // forgets the work.
    Status runBeforeCommit(const QString &key, std::function<Status()> work);

    // Error for a failed statement, with the driver's text for whoever reads a report. A full disk, a read-only
    // file, a library busy in another program and a damaged file each get words of their own.
    static Error sqlError(const QString &what, const QSqlError &error);

private:
    Database(Backend backend, QString connectionName, QString path);
    Status migrate();
    Status checkServerOwnership();
    void checkServerWriteAccess();
    // thorough: also PRAGMA quick_check, which reads the whole file.
    Status checkOwnership(bool thorough = false);
    Status backUp(int version);

    Backend m_backend;
    int m_transactionDepth = 0;
    std::vector<std::pair<QString, std::function<Status()>>> m_beforeCommit;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_connectionName;
    QString m_path;
    QString m_reopenAddress;
    QString m_author;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One open Gloss library. Owns the connection, checks that the file is ours and not from a newer Gloss, and
// brings the schema up to date from the SQL resources under :/schema/<backend>/, recorded in PRAGMA user_version.
// Store classes (PostStore, …) run their SQL on connection(); nothing else does.
class Database
{
public:
    enum class Backend { SQLite };

    // Opens (creating if needed) the SQLite library at path. Refuses, leaving the file untouched, anything that is
    // not an SQLite file, another program's SQLite database, or a library written by a newer Gloss.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);

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

    // Error for a failed statement, with the driver's text for whoever reads a report.
    static Error sqlError(const QString &what, const QSqlError &error);

private:
    Database(Backend backend, QString connectionName, QString path);
    Status migrate();
    Status checkOwnership();

    Backend m_backend;
    int m_transactionDepth = 0;
    QString m_connectionName;
    QString m_path;
};

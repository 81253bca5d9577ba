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

using namespace Qt::StringLiterals;

namespace {

// 'GLSS': marks a SQLite file as a Gloss library, so another program's database is never migrated by mistake.
constexpr int applicationId = 0x474C5353;

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString schemaDirectory(Database::Backend backend)
{
    switch (backend) {
    case Database::Backend::SQLite:
        return u":/schema/sqlite"_s;
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

} // namespace

Database::Database(Backend backend, QString connectionName, QString path)
    : m_backend(backend)
    , m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
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

int Database::latestSchemaVersion(Backend backend)
{
    const auto files = schemaFiles(backend);
    return files.isEmpty() ? 0 : files.constLast().first;
}

Error Database::sqlError(const QString &what, const QSqlError &error)
{
    return Error{Error::Code::Sql, tr("%1: the database reported “%2”.").arg(what, error.text())};
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return Error{Error::Code::Io, tr("“%1” is a folder, not a Gloss library.").arg(path)};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, tr("Cannot read “%1”: %2").arg(path, file.errorString())};
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArrayView("SQLite format 3\0", 16)) {
            return Error{Error::Code::NotADatabase,
                         tr("“%1” is not a Gloss library (it is not an SQLite database). It was left unchanged.")
                             .arg(path)};
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error{Error::Code::Io, tr("Cannot create the folder “%1”.").arg(info.absolutePath())};
    }

    const QString name = u"gloss-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    std::unique_ptr<Database> database(new Database(Backend::SQLite, name, path));
    QSqlDatabase db = database->connection();
    if (!db.isValid())
        return Error{Error::Code::Io, tr("The SQLite driver for Qt (QSQLITE) is not installed.")};
    if (!db.open())
        return Error{Error::Code::Io, tr("Cannot open “%1”: %2").arg(path, db.lastError().text())};

    if (Status owned = database->checkOwnership(); !owned)
        return owned.error();

    QSqlQuery pragma(db);
    for (const auto &statement : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA foreign_keys = ON"_s}) {
        if (!pragma.exec(statement))
            return sqlError(tr("Cannot prepare “%1”").arg(path), pragma.lastError());
    }
    if (Status migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

// Reads only: nothing is written before the file is known to be ours (or empty) and not too new.
Status Database::checkOwnership()
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
        return Error{Error::Code::NotADatabase,
                     tr("“%1” is damaged or not a database (%2). It was left unchanged.")
                         .arg(m_path, q.lastError().databaseText())};
    }
    const int appId = q.value(0).toInt();
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
        return Error{Error::Code::NotADatabase,
                     tr("“%1” is damaged or not a database (%2). It was left unchanged.")
                         .arg(m_path, q.lastError().databaseText())};
    }
    const bool empty = q.value(0).toInt() == 0;
    if (!empty && appId != applicationId) {
        return Error{Error::Code::NotADatabase,
                     tr("“%1” is another program’s SQLite database, not a Gloss library. It was left unchanged.")
                         .arg(m_path)};
    }
    const int version = schemaVersion();
    const int latest = latestSchemaVersion(m_backend);
    if (version > latest) {
        return Error{Error::Code::TooNew,
                     tr("“%1” was written by a newer version of Gloss (library format %2; this version reads up "
                        "to %3). Update Gloss to open it. The file was left unchanged.")
                         .arg(m_path)
                         .arg(version)
                         .arg(latest)};
    }
    return Ok{};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate()
{
    const int from = schemaVersion();
    for (const auto &[version, fileName] : schemaFiles(m_backend)) {
        if (version <= from)
            continue;
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, tr("Schema file %1 is missing from this build.").arg(fileName)};
        const QString sql = QString::fromUtf8(file.readAll());

        Transaction transaction(*this);
        if (!transaction.begun())
            return transaction.begun().error();
        QSqlQuery q(connection());
        for (const QString &statement : splitStatements(sql)) {
            if (!q.exec(statement))
                return sqlError(tr("Updating the library to format %1 failed").arg(version), q.lastError());
        }
        // PRAGMA takes no bound values; both numbers are ours.
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version))
            || !q.exec(u"PRAGMA application_id = %1"_s.arg(applicationId))) {
            return sqlError(tr("Updating the library to format %1 failed").arg(version), q.lastError());
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
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
        ok = connection.transaction();
        error = connection.lastError();
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
        connection.rollback();
    } else {
        QSqlQuery q(connection);
        // ROLLBACK TO keeps the savepoint open; RELEASE then closes it with nothing in it.
        q.exec(u"ROLLBACK TO gloss_%1"_s.arg(m_depth));
        q.exec(u"RELEASE gloss_%1"_s.arg(m_depth));
    }
    m_owner.m_transactionDepth = m_depth - 1;
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
    if (!connection.commit()) {
        const QSqlError error = connection.lastError();
        connection.rollback();
        return sqlError(QCoreApplication::translate("Database", "Saving failed"), error);
    }
    return Ok{};
}

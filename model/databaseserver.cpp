// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server (a team library): opening, ownership and write access. The rest of Database is
// shared with the SQLite file in database.cpp.
#include "database.h"

#include "serverurl.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// How long libpq waits for a server that does not answer, unless the URL says.
constexpr int defaultConnectTimeout = 10; // seconds

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString &url, Access access)
{
    auto server = ServerUrl::parse(url);
    if (!server)
        return server.error();
    const QString display = server->display();

    const QString name = u"gloss-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        server->configure(db);
        QStringList options{server->connectOptions(), u"application_name='Gloss'"_s};
        if (!std::ranges::any_of(server->options, [](const auto &o) { return o.first == u"connect_timeout"_s; }))
            options << u"connect_timeout=%1"_s.arg(defaultConnectTimeout);
        options.removeAll(QString());
        db.setConnectOptions(options.join(u';'));
    }
    std::unique_ptr<Database> database(new Database(Backend::PostgreSQL, name, display));
    database->m_reopenAddress = url;
    QSqlDatabase db = database->connection();
    if (!db.isValid())
        return Error{Error::Code::Io, Text::tr("The PostgreSQL driver for Qt (QPSQL) is not installed.")};
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return Error{Error::Code::Io,
                     Text::tr("Cannot connect to the team library %1: %2")
                         .arg(display, (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed())};
    }
    QSqlQuery session(db);
    if (!session.exec(u"SET client_min_messages = warning"_s))
        return sqlError(Text::tr("Cannot prepare the connection to %1").arg(display), session.lastError());
    // The author of this connection's changes is the account the server let in (the URL may name none).
    if (!session.exec(u"SELECT session_user"_s) || !session.next())
        return sqlError(Text::tr("Cannot prepare the connection to %1").arg(display), session.lastError());
    database->m_author = session.value(0).toString();

    if (Status owned = database->checkServerOwnership(); !owned)
        return owned.error();
    const int version = database->schemaVersion();
    const int latest = latestSchemaVersion(Backend::PostgreSQL);
    if (version < 0)
        return Error{Error::Code::Io, Text::tr("Cannot read the format of the team library %1.").arg(display)};
    if (version > latest) {
        return Error{Error::Code::TooNew,
                     Text::tr("The team library %1 was written by a newer Gloss (library format %2; this version knows "
                              "up to %3). Update Gloss to open it. It was left unchanged.")
                         .arg(display)
                         .arg(version)
                         .arg(latest)};
    }
    if (access == Access::ReadOnly) {
        database->m_readOnly = true;
        database->m_readOnlyReason = Text::tr("The team library %1 was opened read-only: it cannot be changed.").arg(display);
    }
    if (version < latest) {
        if (database->m_readOnly) {
            return Error{Error::Code::Io,
                         Text::tr("The team library %1 needs updating to library format %2, and it was opened "
                                  "read-only. It was left unchanged.")
                             .arg(display)
                             .arg(latest)};
        }
        if (Status migrated = database->migrate(); !migrated)
            return migrated.error();
    }
    if (!database->m_readOnly)
        database->checkServerWriteAccess();
    return database;
}

Status Database::checkServerOwnership()
{
    QSqlQuery q(connection());
    const auto failed = [&] {
        return sqlError(Text::tr("Cannot inspect the team library %1").arg(m_path), q.lastError());
    };
    if (!q.exec(u"SELECT to_regclass('library_meta') IS NOT NULL, "
                "(SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema())"_s)
        || !q.next()) {
        return failed();
    }
    const bool hasMeta = q.value(0).toBool();
    const qint64 tables = q.value(1).toLongLong();
    bool ours = !hasMeta && tables == 0; // an empty database becomes a library
    if (hasMeta) {
        if (!q.exec(u"SELECT value FROM library_meta WHERE key = 'application'"_s))
            return failed();
        ours = q.next() && q.value(0).toString() == u"gloss"_s;
    }
    if (!ours) {
        return Error{Error::Code::NotADatabase,
                     Text::tr("The database %1 holds tables of another program. Gloss makes a team library only in "
                              "an empty database, or opens one it made. It was left unchanged.")
                         .arg(m_path)};
    }
    return Ok{};
}

void Database::checkServerWriteAccess()
{
    QSqlQuery q(connection());
    const bool writable = q.exec(u"SELECT has_table_privilege('highlight', 'INSERT') "
                                 "AND has_table_privilege('highlight', 'UPDATE') "
                                 "AND has_table_privilege('highlight', 'DELETE') "
                                 "AND has_table_privilege('tag', 'INSERT')"_s)
                          && q.next() && q.value(0).toBool();
    if (writable)
        return;
    m_readOnly = true;
    m_readOnlyReason = Text::tr("Your account may read the team library %1 but not change it: you can read it and "
                                "export its notes, but highlights, notes and tags cannot be added or changed. Ask "
                                "whoever runs the server for write access.")
                           .arg(m_path);
}

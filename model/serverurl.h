// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

class QSqlDatabase;

#include <utility>

// Where a team library lives: postgresql://[user[:password]@]host[:port]/database[?option=value&…], as libpq and
// psql write it. The options Gloss passes on are libpq's TLS settings (sslmode, sslrootcert, sslcert, sslkey,
// sslcrl) and connect_timeout; anything else is refused rather than ignored.
//
// A password may be in the URL, but Gloss never writes it anywhere: display() leaves it out, and without one libpq
// asks PGPASSWORD and ~/.pgpass (PGPASSFILE), which is where a password belongs.
struct ServerUrl
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QList<std::pair<QString, QString>> options; // in the order given

    // Whether text names a server rather than a library file.
    static bool isServerUrl(const QString &text);
    static Result<ServerUrl> parse(const QString &text);

    // The URL without its password, for titles, messages and settings.
    QString display() const;
    // The options in QPSQL's connect-options form ("key='value';…").
    QString connectOptions() const;
    // Host, port, database, user and password of a QPSQL connection (not the options): an empty password leaves
    // it to libpq's PGPASSWORD or ~/.pgpass.
    void configure(QSqlDatabase &connection) const;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)
};

const QStringList sslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                              u"require"_s, u"verify-ca"_s, u"verify-full"_s};
const QStringList fileOptions = {u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s};

// libpq's conninfo quoting: single quotes around, backslash before a quote or a backslash.
QString quoted(QString value)
{
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

} // namespace

bool ServerUrl::isServerUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerUrl> ServerUrl::parse(const QString &text)
{
    const auto invalid = [](const QString &why) {
        return Error{Error::Code::InvalidArgument, Text::tr("This is not a team library address: %1 Write it as "
                                                            "postgresql://user@host:port/database.")
                                                       .arg(why)};
    };
    if (!isServerUrl(text))
        return invalid(Text::tr("it does not start with postgresql://."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(Text::tr("it is not a valid URL."));
    ServerUrl server;
    server.host = url.host();
    if (server.host.isEmpty())
        return invalid(Text::tr("it names no server."));
    server.port = url.port(5432);
    server.database = url.path().mid(1);
    if (server.database.isEmpty() || server.database.contains(u'/'))
        return invalid(Text::tr("it names no database (the part after the last “/”)."));
    server.user = url.userName();
    server.password = url.password();
    if (url.hasFragment())
        return invalid(Text::tr("it has a “#” part."));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (value.contains(u';'))
            return invalid(Text::tr("the option “%1” holds a “;”.").arg(key));
        if (key == u"sslmode"_s) {
            if (!sslModes.contains(value))
                return invalid(Text::tr("sslmode must be one of %1.").arg(sslModes.join(u", "_s)));
        } else if (key == u"connect_timeout"_s) {
            bool ok = false;
            if (value.toInt(&ok) < 0 || !ok)
                return invalid(Text::tr("connect_timeout must be a number of seconds."));
        } else if (!fileOptions.contains(key)) {
            return invalid(Text::tr("Gloss does not know the option “%1” (it knows sslmode, %2 and connect_timeout).")
                               .arg(key, fileOptions.join(u", "_s)));
        }
        server.options.append({key, value});
    }
    return server;
}

QString ServerUrl::display() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setUserName(user);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

QString ServerUrl::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options)
        parts << key + u'=' + quoted(value);
    return parts.join(u';');
}

void ServerUrl::configure(QSqlDatabase &connection) const
{
    connection.setHostName(host);
    connection.setPort(port);
    connection.setDatabaseName(database);
    connection.setUserName(user);
    connection.setPassword(password);
}

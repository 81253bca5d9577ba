// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarywatcher.h"

#include "database.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace {

const auto highlightsChannel = u"gloss_highlights"_s;
const auto codebookChannel = u"gloss_codebook"_s;

} // namespace

LibraryWatcher::LibraryWatcher(Database &database, QObject *parent)
    : QObject(parent)
{
    if (database.backend() != Database::Backend::PostgreSQL)
        return;
    QSqlDriver *driver = database.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)
        || !driver->subscribeToNotification(highlightsChannel) || !driver->subscribeToNotification(codebookChannel))
        return;
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this, &LibraryWatcher::notified);
}

LibraryWatcher::~LibraryWatcher()
{
    if (m_driver) {
        m_driver->unsubscribeFromNotification(highlightsChannel);
        m_driver->unsubscribeFromNotification(codebookChannel);
    }
}

void LibraryWatcher::notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (source == QSqlDriver::SelfSource)
        return;
    if (name == codebookChannel) {
        Q_EMIT codebookChangedElsewhere();
        return;
    }
    if (name != highlightsChannel)
        return;
    bool ok = false;
    const qint64 postId = payload.toString().toLongLong(&ok);
    if (ok && postId > 0)
        Q_EMIT highlightsChangedElsewhere(postId);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>

class Database;

// Hears what teammates change in a team library: PostgreSQL's notifications on channels gloss_highlights and
// gloss_codebook (schemas 3 and 5 of resources/schema/postgresql/), delivered by the QPSQL driver on the thread of the connection while its
// event loop runs. Changes made through this connection itself are left out: the window already shows them. A
// library file has no teammates, and the watcher stays silent.
class LibraryWatcher : public QObject
{
    Q_OBJECT

public:
    explicit LibraryWatcher(Database &database, QObject *parent = nullptr);
    ~LibraryWatcher() override;

    // Whether changes by others will be heard (a team library whose driver could subscribe).
    bool isWatching() const { return !m_driver.isNull(); }

Q_SIGNALS:
    // Someone else added, changed or removed highlights of the post (or their tags); committed already.
    void highlightsChangedElsewhere(qint64 postId);
    // Someone else changed the codebook (arguments) or the meanings of the highlight colours.
    void codebookChangedElsewhere();

private:
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QPointer<QSqlDriver> m_driver; // the connection's; gone when the library is closed first
};

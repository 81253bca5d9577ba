// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postimporter.h"

#include <QAtomicInteger>
#include <QObject>
#include <QString>
#include <QStringList>

class QThread;

// Imports posts off the UI thread. start() runs PostImporter on a worker thread with its own connection to the
// library at databasePath (connections cannot cross threads); progress() comes before each file and finished()
// once at the end, both delivered queued to receivers on other threads. cancel() stops between posts: every post
// is written whole or not at all. The job object itself stays on the thread that made it; deleting it cancels and
// waits for the worker.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(QString databasePath, QStringList paths, ImportOptions options = {}, QObject *parent = nullptr);
    ~ImportJob() override;
    Q_DISABLE_COPY_MOVE(ImportJob)

    void start();  // once; later calls do nothing
    void cancel(); // from any thread
    bool isRunning() const;

Q_SIGNALS:
    // done files of total; file is the one being read next (empty once all are done).
    void progress(int done, int total, const QString &file);
    void finished(const ImportSummary &summary);

private:
    void run();

    QString m_databasePath;
    QStringList m_paths;
    ImportOptions m_options;
    QThread *m_thread = nullptr;
    QAtomicInteger<bool> m_cancelled = false;
};

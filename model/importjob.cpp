// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "library.h"

#include <QCoreApplication>
#include <QThread>

ImportJob::ImportJob(QString databasePath, QStringList paths, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_paths(std::move(paths))
    , m_options(options)
{
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    if (m_thread)
        return;
    // A plain function on a thread rather than a worker object moved there: this object stays where its owner
    // lives, so connecting to it and deleting it need no care; the signals it emits from the worker are queued.
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("gloss import"));
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancelled.storeRelease(true);
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::run()
{
    ImportSummary summary;
    {
        auto library = Library::open(m_databasePath);
        if (!library) {
            summary.failure = library.error().message;
        } else {
            PostImporter importer(**library, m_options);
            summary = importer.importPaths(
                m_paths, [this] { return m_cancelled.loadAcquire(); },
                [this](int done, int total, const QString &file) { Q_EMIT progress(done, total, file); });
        }
        // The connection closes here, on the thread that opened it, before anyone hears the import is over.
    }
    Q_EMIT finished(summary);
}

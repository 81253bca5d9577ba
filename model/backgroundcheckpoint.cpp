// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundcheckpoint.h"

#include "database.h"
#include "statement.h"

#include <QSqlDatabase>
#include <QVariant>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// Between two checkpoints: long enough to gather a few megabytes of log and to keep the number of disk flushes
// low, short enough that the log never runs far ahead of the file.
constexpr auto interval = std::chrono::milliseconds(50);

// SQLite's page size, for reading the log's size from its frame count.
qint64 pageSize(const QSqlDatabase &connection)
{
    Statement q(connection);
    return q.exec(u"PRAGMA page_size"_s) && q.next() ? q.value(0).toLongLong() : 4096;
}

} // namespace

struct BackgroundCheckpoint::Worker
{
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::atomic<qint64> logBytes{0};
    std::atomic<int> made{0};

    // Runs on the thread: its own connection to the file, a PASSIVE checkpoint every interval until stopped.
    void run(const QString &path, std::promise<bool> opened)
    {
        const QString name = u"gloss-checkpoint-%1"_s.arg(quintptr(this), 0, 16);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            const bool ok = db.open();
            opened.set_value(ok);
            if (ok) {
                const qint64 page = pageSize(db);
                Statement q(db);
                std::unique_lock lock(mutex);
                while (!stop) {
                    lock.unlock();
                    // Columns: busy, frames in the log, frames copied into the file.
                    if (q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && q.next()) {
                        logBytes = q.value(1).toLongLong() * page;
                        ++made;
                    }
                    q.finish();
                    lock.lock();
                    wake.wait_for(lock, interval, [this] { return stop; });
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

BackgroundCheckpoint::BackgroundCheckpoint(Database &db, qint64 logLimit)
    : m_db(db)
    , m_logLimit(logLimit)
{
    if (db.backend() != Database::Backend::SQLite || db.isReadOnly())
        return;
    Statement q(db.connection());
    if (!q.exec(u"PRAGMA journal_mode"_s) || !q.next() || q.value(0).toString() != u"wal"_s)
        return;
    if (!q.exec(u"PRAGMA wal_autocheckpoint"_s) || !q.next())
        return;
    m_autoCheckpoint = q.value(0).toInt();

    auto worker = std::make_unique<Worker>();
    std::promise<bool> opened;
    std::future<bool> isOpen = opened.get_future();
    worker->thread = std::thread(&Worker::run, worker.get(), db.path(), std::move(opened));
    if (!isOpen.get()) {
        worker->thread.join(); // the writer keeps checkpointing as before
        return;
    }
    if (!q.exec(u"PRAGMA wal_autocheckpoint = 0"_s)) {
        {
            const std::lock_guard lock(worker->mutex);
            worker->stop = true;
        }
        worker->wake.notify_one();
        worker->thread.join();
        return;
    }
    m_worker = std::move(worker);
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    if (!m_worker)
        return;
    {
        const std::lock_guard lock(m_worker->mutex);
        m_worker->stop = true;
    }
    m_worker->wake.notify_one();
    m_worker->thread.join();
    Statement q(m_db.connection());
    // PRAGMA takes no bound values; the number is SQLite's own.
    q.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(m_autoCheckpoint));
    checkpointOnWriter();
}

void BackgroundCheckpoint::afterCommit()
{
    if (m_worker && m_worker->logBytes > m_logLimit) {
        checkpointOnWriter();
        m_worker->logBytes = 0;
    }
}

int BackgroundCheckpoint::checkpointsMade() const
{
    return m_worker ? m_worker->made.load() : 0;
}

void BackgroundCheckpoint::checkpointOnWriter()
{
    // What the thread has not copied yet: the last commits. Fully copied, the writer's next transaction starts the
    // log from its beginning. A failure (a transaction still open, a reader in the way) only leaves it for later.
    Statement q(m_db.connection());
    q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

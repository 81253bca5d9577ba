// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <memory>

class Database;

// While it lives, a thread of its own copies the library file's write-ahead log back into the file (SQLite's
// checkpoint), and the connection that writes no longer does it at its commits. A long write, such as an import
// of thousands of posts, then does not stop every few megabytes to copy pages and wait for the disk: that work
// runs beside it on another core.
//
// The thread's checkpoints are PASSIVE: they never wait for a lock and never keep the writer or a reader
// waiting. As the writer goes on writing, SQLite cannot start the log afresh behind it, so the log grows; once
// it is over logLimit bytes, the writer's next afterCommit() checkpoints what is left itself, and its next
// transaction starts the log from the beginning (Database keeps the file at most 16 MB from then on). The end
// does the same, so the library is then as after any commit. A team library, a read-only library and a file not
// in WAL mode are left alone.
class BackgroundCheckpoint
{
public:
    static constexpr qint64 defaultLogLimit = 32 * 1024 * 1024;

    explicit BackgroundCheckpoint(Database &db, qint64 logLimit = defaultLogLimit);
    ~BackgroundCheckpoint();
    Q_DISABLE_COPY_MOVE(BackgroundCheckpoint)

    // Whether a checkpointing thread runs (false for the libraries above, or when it could not open the file).
    bool isRunning() const { return m_worker != nullptr; }

    // The writer calls this after each commit, outside any transaction.
    void afterCommit();

    // Checkpoints the thread has made so far; for tests.
    int checkpointsMade() const;

private:
    struct Worker;
    void checkpointOnWriter();

    Database &m_db;
    qint64 m_logLimit;
    int m_autoCheckpoint = 0; // the writer's wal_autocheckpoint before, restored at the end
    std::unique_ptr<Worker> m_worker;
};

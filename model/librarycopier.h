// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class Database;

// One table of a copy, compared: rows and a SHA-256 over them on either side (see LibraryCopier::verify()).
struct TableCheck
{
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    QByteArray sourceChecksum; // hex
    QByteArray targetChecksum;

    bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
    friend bool operator==(const TableCheck &, const TableCheck &) = default;
};

// How far a copy is: rows of table in the target so far, of total in the source.
struct CopyProgress
{
    enum class Phase { Copying, Verifying };
    Phase phase = Phase::Copying;
    QString table;
    qint64 done = 0;
    qint64 total = 0;
    bool tableDone = false; // the last report of this table in this phase
};

struct CopyReport
{
    enum class Outcome {
        Verified,  // the target holds the whole source, row for row
        Cancelled, // stopped between two batches; the next copy() of the same two continues
    };
    Outcome outcome = Outcome::Verified;
    bool resumed = false;         // this run continued a copy an earlier one began
    bool alreadyComplete = false; // the target was a finished copy of this source: only verified again
    qint64 rowsCopied = 0;        // by this run
    QList<TableCheck> tables;     // when verified
};

// Copies a whole library into another, table by table, either way between a file and a team library: ids kept,
// parents before children, in batches that each commit on their own (a batch of posts with their categories and
// comments, of highlights with their taggings), so an interruption loses at most the batch under way. Each table's
// column list is the source's columns that the target has too, read from the tables, so columns added by a later
// schema are copied without a change here. The search tables are not copied: the target's triggers (and, in a
// file, PostStore's index of new posts) build them from the rows.
//
// The target must be empty of data (a new file, an empty database, or what Database::open* makes of them), or an
// unfinished copy of the same source, which is continued; anything else is refused, untouched. At the end every
// table is compared, rows and checksum; only a copy that matches is marked complete.
//
// The source gets one row, once: a random library_id in its library_meta, by which an unfinished copy knows the
// library it is a copy of (librarycopier.cpp says why not by path).
class LibraryCopier
{
public:
    // The two libraries of `gloss copy --from … --to …`, each a file path or a server URL, opened without the
    // bundled posts or codebook (the target gets the source's). Refuses a source file that does not exist and a
    // target that names the source.
    struct Ends
    {
        std::unique_ptr<Database> source;
        std::unique_ptr<Database> target;
    };
    static Result<Ends> open(const QString &from, const QString &to);

    LibraryCopier(Database &source, Database &target);
    ~LibraryCopier();
    Q_DISABLE_COPY_MOVE(LibraryCopier)

    // Source rows per target transaction (default 500); each batch of parents takes its children along.
    void setBatchSize(int rows);
    // Called after each batch and once when a table is done (done == total), on the copying thread.
    void setProgressHandler(std::function<void(const CopyProgress &)> handler);

    // Copies (or continues a copy), then verifies. An Error when the target is refused (with the reason; it was
    // not changed), a statement fails, or the verification finds a difference (naming the tables; the copy stays
    // unfinished). checks() has the comparison either way.
    Result<CopyReport> copy();
    // Compares every table of source and target now, without writing.
    Result<QList<TableCheck>> verify();
    // The last verification's comparison.
    const QList<TableCheck> &checks() const { return m_checks; }

    // Stops the copy before its next batch (or the verification before its next page), from any thread or a
    // signal handler: it only sets a flag.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

    // The tables copied, parents before children.
    static QStringList tables();

private:
    struct Plan;
    struct PlannedTable;
    Result<QString> sourceIdentity();
    Result<Plan> makePlan();
    Status startCopy(Plan &plan);
    Status copyTables(Plan &plan, CopyReport &result);
    Status copyRows(Plan &plan, PlannedTable &table, CopyReport &result);
    Status copyTree(PlannedTable &table, CopyReport &result);
    Status advanceIdentity(const PlannedTable &table);
    Result<QList<TableCheck>> compare(Plan &plan);
    static QStringList differing(const QList<TableCheck> &checks);
    void report(CopyProgress::Phase phase, const QString &table, qint64 done, qint64 total, bool tableDone);
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    Database &m_source;
    Database &m_target;
    int m_batchSize = 500;
    std::function<void(const CopyProgress &)> m_progress;
    QList<TableCheck> m_checks;
    std::atomic<bool> m_cancelled = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycopier.h"

#include "database.h"
#include "statement.h"
#include "poststore.h"
#include "serverurl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

// cancel() is called from signal handlers: the flag must be a plain lock-free store.
static_assert(std::atomic<bool>::is_always_lock_free);

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCopier)
};

// The copier's own keys in library_meta.
//
// A copy is known by its source's library_id, a random id the copier stores in the source the first time it copies
// it. A path or URL is no identity: a file is moved, a server is reached by another name, two URLs name one
// database; row counts change as soon as anyone adds a highlight, so an unfinished copy could not be continued
// after the source was used. A source that cannot be written (and so has no id yet) is known by its path or URL.
// Whatever an identity lets through (a file replaced at that path, a source changed between two runs), the
// verification at the end catches, and such a copy is never marked complete.
const auto libraryIdKey = u"library_id"_s;
const auto copySourceKey = u"copy_source"_s; // the source's identity (above)
const auto copyFromKey = u"copy_from"_s;     // the source's path or URL without password, for messages
const auto copyStateKey = u"copy_state"_s;
const auto inProgress = u"in-progress"_s;
const auto complete = u"complete"_s;

// library_meta rows about a library itself rather than what it holds: neither copied nor compared.
// schema_version and application are Database's (a team library's format and the mark that it is Gloss's).
const QStringList &bookkeepingKeys()
{
    static const QStringList keys{u"schema_version"_s, u"application"_s, libraryIdKey, copySourceKey, copyFromKey,
                                  copyStateKey};
    return keys;
}

enum class Kind {
    Meta,  // library_meta: small, copied whole at the start of every run
    Rows,  // by id, in batches; resumed after the highest id in the target (ids are kept)
    Tree,  // tag: parents before children, whatever their ids
    Child, // copied with its parent's batch
};

struct TableSpec
{
    QString name;
    Kind kind;
    QStringList key;      // primary key: the order rows are compared in
    QString parent;       // Child: the table whose batches bring this one's rows
    QString parentColumn; // Child: the column naming the parent row

    bool hasId() const { return key == QStringList{u"id"_s}; }
};

// Parents before children, so foreign keys hold after every batch.
const QList<TableSpec> &tableSpecs()
{
    static const QList<TableSpec> specs{
        {u"library_meta"_s, Kind::Meta, {u"key"_s}, {}, {}},
        {u"category"_s, Kind::Rows, {u"id"_s}, {}, {}},
        {u"tag"_s, Kind::Tree, {u"id"_s}, {}, {}},
        {u"highlight_colour"_s, Kind::Rows, {u"id"_s}, {}, {}},
        {u"post"_s, Kind::Rows, {u"id"_s}, {}, {}},
        {u"post_category"_s, Kind::Child, {u"post_id"_s, u"category_id"_s}, u"post"_s, u"post_id"_s},
        {u"comment"_s, Kind::Child, {u"id"_s}, u"post"_s, u"post_id"_s},
        {u"highlight"_s, Kind::Rows, {u"id"_s}, {}, {}},
        {u"highlight_tag"_s, Kind::Child, {u"highlight_id"_s, u"tag_id"_s}, u"highlight"_s, u"highlight_id"_s},
    };
    return specs;
}

using Row = QVariantList;

// A value as it was read, with NULL as an invalid QVariant: drivers differ in how they type a NULL.
Row rowOf(const QSqlQuery &q, int columns)
{
    Row row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row << (q.isNull(i) ? QVariant() : q.value(i));
    return row;
}

// The same value in the same bytes whichever backend read it: SQLite hands integers over as qlonglong, QPSQL as
// int or qlonglong by column type, and booleans as bool; all become decimal text.
QByteArray canonical(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? "1" : "0";
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Float:
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return value.toByteArray();
    default:
        return value.toString().toUtf8();
    }
}

// SHA-256 over rows in key order: each value as "N" for NULL, else "V<length>:<bytes>", so NULL, '' and
// neighbouring values can never be mistaken for one another.
class RowDigest
{
public:
    void add(const Row &row)
    {
        for (const QVariant &value : row) {
            if (!value.isValid()) {
                m_hash.addData("N");
                continue;
            }
            const QByteArray bytes = canonical(value);
            m_hash.addData("V");
            m_hash.addData(QByteArray::number(bytes.size()));
            m_hash.addData(":");
            m_hash.addData(bytes);
        }
        m_hash.addData("\n");
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }
    QByteArray hex() const { return m_hash.result().toHex(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_rows = 0;
};

QString describe(const Database &db)
{
    return db.backend() == Database::Backend::PostgreSQL ? Text::tr("the team library %1").arg(db.path())
                                                         : Text::tr("“%1”").arg(db.path());
}

// One consistent view of the source for the whole run, so that what is copied and what is compared at the end
// are the same rows even while teammates (or another Gloss) keep writing to it. A deferred BEGIN in a file takes
// no lock (WAL readers see the snapshot of their first read); on a server, REPEATABLE READ is that snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
    {
        Statement q(db.connection());
        const QString begin = db.backend() == Database::Backend::PostgreSQL
            ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
            : u"BEGIN"_s;
        if (q.exec(begin))
            m_open = true;
        else
            m_begun = Database::sqlError(Text::tr("Cannot read %1").arg(describe(db)), q.lastError());
    }
    ~ReadSnapshot()
    {
        if (m_open)
            Statement(m_db.connection()).exec(u"ROLLBACK"_s);
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)
    const Status &begun() const { return m_begun; }

private:
    Database &m_db;
    Status m_begun = Ok{};
    bool m_open = false;
};

QString quoted(const Database &db, const QString &identifier)
{
    return db.connection().driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

QString columnList(const Database &db, const QStringList &columns)
{
    QStringList names;
    for (const QString &c : columns)
        names << quoted(db, c);
    return names.join(u", "_s);
}

QString orderBy(const Database &db, const TableSpec &spec)
{
    return columnList(db, spec.key);
}

Result<Statement> prepared(const Database &db, const QString &sql, const QString &what)
{
    Statement q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::sqlError(what, q.lastError());
    return q;
}

Status run(Statement &q, const QVariantList &values, const QString &what)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(what, q.lastError());
    return Ok{};
}

Result<QList<Row>> readAll(Statement &q, const QVariantList &values, int columns, const QString &what)
{
    if (Status done = run(q, values, what); !done)
        return done.error();
    QList<Row> rows;
    while (q.next())
        rows << rowOf(q, columns);
    return rows;
}

Result<QString> metaValue(const Database &db, const QString &key)
{
    Statement q(db.connection());
    q.prepare(u"SELECT value FROM library_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot read the settings of %1").arg(describe(db)), q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Result<qint64> scalar(const Database &db, const QString &sql, const QString &what, const QVariantList &values = {})
{
    Statement q(db.connection());
    if (!q.prepare(sql))
        return Database::sqlError(what, q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Database::sqlError(what, q.lastError());
    return q.value(0).toLongLong();
}

// Writes rows many to a statement: on a server every statement is a round trip, and with one a row the round trips
// were most of a copy's time. One statement is prepared per number of rows (the full one, and a batch's last).
class RowWriter
{
public:
    RowWriter(Database &db, const QString &table, QStringList columns)
        : m_db(db)
        , m_table(table)
        , m_columns(std::move(columns))
        // Far below SQLite's 32,766 and PostgreSQL's 65,535 parameters to a statement.
        , m_perStatement(std::max(1, 1000 / int(std::max<qsizetype>(1, m_columns.size()))))
    {
    }

    Status write(const QList<Row> &rows)
    {
        const QString failed = Text::tr("Cannot copy the table %1").arg(m_table);
        for (qsizetype at = 0; at < rows.size(); at += m_perStatement) {
            const int n = int(std::min<qsizetype>(m_perStatement, rows.size() - at));
            auto &statement = m_statements[n];
            if (!statement) {
                QStringList row(m_columns.size(), u"?"_s);
                QStringList values(n, u"("_s + row.join(u", "_s) + u")"_s);
                auto made = prepared(m_db,
                                     u"INSERT INTO %1 (%2) VALUES %3"_s.arg(quoted(m_db, m_table),
                                                                            columnList(m_db, m_columns),
                                                                            values.join(u", "_s)),
                                     failed);
                if (!made)
                    return made.error();
                statement = std::make_unique<Statement>(std::move(*made));
            }
            for (qsizetype i = at; i < at + n; ++i) {
                for (const QVariant &value : rows[i])
                    statement->addBindValue(value);
            }
            if (!statement->exec())
                return Database::sqlError(failed, statement->lastError());
        }
        return Ok{};
    }

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_perStatement;
    std::map<int, std::unique_ptr<Statement>> m_statements;
};

// What the target's library_meta says of earlier copies into it.
struct TargetState
{
    QString libraryId; // set when the target was once a copy's source
    QString copySource;
    QString copyFrom;
    QString copyState;
};

Result<TargetState> targetState(const Database &db)
{
    TargetState state;
    for (const auto &[key, value] : {std::pair{libraryIdKey, &state.libraryId}, std::pair{copySourceKey, &state.copySource},
                                     std::pair{copyFromKey, &state.copyFrom}, std::pair{copyStateKey, &state.copyState}}) {
        const auto read = metaValue(db, key);
        if (!read)
            return read.error();
        *value = *read;
    }
    return state;
}

// Whether the library holds anything at all besides library_meta.
Result<bool> holdsData(const Database &db)
{
    for (const TableSpec &spec : tableSpecs()) {
        if (spec.kind == Kind::Meta)
            continue;
        Statement q(db.connection());
        if (!q.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(quoted(db, spec.name))))
            return Database::sqlError(Text::tr("Cannot read %1").arg(describe(db)), q.lastError());
        if (q.next())
            return true;
    }
    return false;
}

// Parents before children: by depth in the tree, then by id. A tag in a loop (which the stores never make) comes
// last, where inserting it fails on its parent rather than being left out unnoticed.
QList<Row> parentsFirst(QList<Row> tags, int idColumn, int parentColumn)
{
    QHash<qint64, qint64> parentOf;
    for (const Row &row : tags)
        parentOf.insert(row[idColumn].toLongLong(), row[parentColumn].isValid() ? row[parentColumn].toLongLong() : 0);
    QHash<qint64, qsizetype> depth;
    const qsizetype loop = tags.size() + 1;
    for (const Row &row : tags) {
        const qint64 id = row[idColumn].toLongLong();
        qsizetype d = 0;
        for (qint64 at = parentOf.value(id); at != 0 && d < loop; at = parentOf.value(at))
            ++d;
        depth.insert(id, d);
    }
    std::ranges::stable_sort(tags, {}, [&](const Row &row) { return depth.value(row[idColumn].toLongLong()); });
    return tags;
}

} // namespace

struct LibraryCopier::PlannedTable
{
    const TableSpec *spec = nullptr;
    QStringList columns; // the source's that the target has too, in the source's order
    qint64 sourceRows = 0;
};

struct LibraryCopier::Plan
{
    QList<PlannedTable> tables;
    QString identity;

    PlannedTable *find(const QString &name)
    {
        const auto it = std::ranges::find_if(tables, [&](const PlannedTable &t) { return t.spec->name == name; });
        return it == tables.end() ? nullptr : &*it;
    }
    QList<PlannedTable *> childrenOf(const QString &name)
    {
        QList<PlannedTable *> children;
        for (PlannedTable &t : tables) {
            if (t.spec->kind == Kind::Child && t.spec->parent == name)
                children << &t;
        }
        return children;
    }
};

LibraryCopier::LibraryCopier(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{
}

LibraryCopier::~LibraryCopier() = default;

QStringList LibraryCopier::tables()
{
    QStringList names;
    for (const TableSpec &spec : tableSpecs())
        names << spec.name;
    return names;
}

void LibraryCopier::setBatchSize(int rows)
{
    m_batchSize = std::max(1, rows);
}

void LibraryCopier::setProgressHandler(std::function<void(const CopyProgress &)> handler)
{
    m_progress = std::move(handler);
}

void LibraryCopier::report(CopyProgress::Phase phase, const QString &table, qint64 done, qint64 total, bool tableDone)
{
    if (m_progress)
        m_progress(CopyProgress{phase, table, done, total, tableDone});
}

Result<LibraryCopier::Ends> LibraryCopier::open(const QString &from, const QString &to)
{
    const bool fromServer = ServerUrl::isServerUrl(from);
    const bool toServer = ServerUrl::isServerUrl(to);
    const Error same{Error::Code::InvalidArgument,
                     Text::tr("The source and the target are the same library: copy into another file or database.")};
    if (fromServer && toServer) {
        const auto a = ServerUrl::parse(from);
        if (!a)
            return a.error();
        const auto b = ServerUrl::parse(to);
        if (!b)
            return b.error();
        if (a->host.compare(b->host, Qt::CaseInsensitive) == 0 && a->port == b->port && a->database == b->database)
            return same;
    } else if (!fromServer && !toServer) {
        const QFileInfo a(from), b(to);
        if (a.absoluteFilePath() == b.absoluteFilePath()
            || (a.exists() && b.exists() && a.canonicalFilePath() == b.canonicalFilePath())) {
            return same;
        }
    }
    // Opening a file that is not there would make an empty library of it.
    if (!fromServer && !QFileInfo::exists(from))
        return Error{Error::Code::NotFound, Text::tr("There is no library at “%1” to copy.").arg(from)};

    auto source = fromServer ? Database::openServer(from) : Database::openSqlite(QFileInfo(from).absoluteFilePath());
    if (!source)
        return source.error();
    auto target = toServer ? Database::openServer(to) : Database::openSqlite(QFileInfo(to).absoluteFilePath());
    if (!target)
        return target.error();
    return Ends{std::move(*source), std::move(*target)};
}

Result<QString> LibraryCopier::sourceIdentity()
{
    const auto existing = metaValue(m_source, libraryIdKey);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return QString(u"library:"_s + *existing);
    if (m_source.isReadOnly())
        return QString(u"path:"_s + m_source.path());
    // Another Gloss copying the same library at this moment may win; the id read back is the one that stays.
    Statement q(m_source.connection());
    q.prepare(u"INSERT INTO library_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s);
    q.addBindValue(libraryIdKey);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!q.exec())
        return Database::sqlError(Text::tr("Cannot mark %1 as the copy’s source").arg(describe(m_source)),
                                  q.lastError());
    const auto made = metaValue(m_source, libraryIdKey);
    if (!made)
        return made.error();
    return QString(u"library:"_s + *made);
}

Result<CopyReport> LibraryCopier::copy()
{
    m_checks.clear();
    const QString target = describe(m_target);
    if (m_target.isReadOnly())
        return Error{Error::Code::Io, Text::tr("Cannot copy into %1: %2").arg(target, m_target.readOnlyReason())};

    const auto identity = sourceIdentity();
    if (!identity)
        return identity.error();
    const auto state = targetState(m_target);
    if (!state)
        return state.error();
    if (!state->libraryId.isEmpty() && u"library:"_s + state->libraryId == *identity) {
        return Error{Error::Code::InvalidArgument,
                     Text::tr("The source and the target are the same library: copy into another file or database.")};
    }

    ReadSnapshot snapshot(m_source);
    if (!snapshot.begun())
        return snapshot.begun().error();
    auto planned = makePlan();
    if (!planned)
        return planned.error();
    Plan &plan = *planned;
    plan.identity = *identity;

    const auto hasData = holdsData(m_target);
    if (!hasData)
        return hasData.error();
    CopyReport result;
    if (*hasData) {
        const bool sameSource = state->copySource == *identity;
        if (sameSource && state->copyState == complete) {
            // Finished before: nothing is written, the two are only compared again.
            result.alreadyComplete = true;
            const auto checks = compare(plan);
            if (!checks)
                return checks.error();
            if (checks->isEmpty() && cancelled()) {
                result.outcome = CopyReport::Outcome::Cancelled;
                return result;
            }
            if (const QStringList differ = differing(*checks); !differ.isEmpty()) {
                return Error{Error::Code::InvalidArgument,
                             Text::tr("%1 is a finished copy of this library, and the two now differ (%2): one of "
                                      "them was changed since. It was left unchanged.")
                                 .arg(target, differ.join(u", "_s))};
            }
            result.tables = *checks;
            return result;
        }
        if (sameSource && state->copyState == inProgress) {
            result.resumed = true;
        } else if (!state->copySource.isEmpty()) {
            return Error{Error::Code::InvalidArgument,
                         Text::tr("%1 holds a copy of another library (%2). Gloss copies only into an empty library "
                                  "or continues its own unfinished copy. It was left unchanged.")
                             .arg(target, state->copyFrom.isEmpty() ? Text::tr("unknown") : state->copyFrom)};
        } else {
            return Error{Error::Code::InvalidArgument,
                         Text::tr("%1 already holds a library of its own. Gloss copies only into an empty library "
                                  "(a new file, or an empty database on the server) or continues its own unfinished "
                                  "copy. It was left unchanged.")
                             .arg(target)};
        }
    }

    if (Status begun = startCopy(plan); !begun)
        return begun.error();
    if (Status copied = copyTables(plan, result); !copied)
        return copied.error();
    if (cancelled()) {
        result.outcome = CopyReport::Outcome::Cancelled;
        return result;
    }

    const auto checks = compare(plan);
    if (!checks)
        return checks.error();
    if (cancelled()) {
        result.outcome = CopyReport::Outcome::Cancelled;
        return result;
    }
    if (const QStringList differ = differing(*checks); !differ.isEmpty()) {
        return Error{Error::Code::InvalidArgument,
                     Text::tr("The copy in %1 does not match its source in %2. It stays unfinished. If the source "
                              "was changed since the copy began, copy again into a new, empty library.")
                         .arg(target, differ.join(u", "_s))};
    }

    Database::Transaction transaction(m_target);
    if (!transaction.begun())
        return transaction.begun().error();
    auto upsert = prepared(m_target,
                           u"INSERT INTO library_meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                           Text::tr("Cannot mark the copy in %1 complete").arg(target));
    if (!upsert)
        return upsert.error();
    if (Status marked = run(*upsert, {copyStateKey, complete}, Text::tr("Cannot mark the copy in %1 complete").arg(target));
        !marked) {
        return marked.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    result.tables = *checks;
    return result;
}

Result<QList<TableCheck>> LibraryCopier::verify()
{
    m_checks.clear();
    ReadSnapshot snapshot(m_source);
    if (!snapshot.begun())
        return snapshot.begun().error();
    auto planned = makePlan();
    if (!planned)
        return planned.error();
    return compare(*planned);
}

QStringList LibraryCopier::differing(const QList<TableCheck> &checks)
{
    QStringList names;
    for (const TableCheck &check : checks) {
        if (check.matches())
            continue;
        names << (check.sourceRows != check.targetRows
                      ? Text::tr("table %1: %2 rows in the source, %3 in the copy")
                            .arg(check.table)
                            .arg(check.sourceRows)
                            .arg(check.targetRows)
                      : Text::tr("table %1: the same number of rows, but not the same content").arg(check.table));
    }
    return names;
}

// Inside the source's snapshot.
Result<LibraryCopier::Plan> LibraryCopier::makePlan()
{
    Plan plan;
    for (const TableSpec &spec : tableSpecs()) {
        const QSqlRecord from = m_source.connection().record(spec.name);
        const QSqlRecord into = m_target.connection().record(spec.name);
        if (from.isEmpty() || into.isEmpty()) {
            return Error{Error::Code::NotADatabase,
                         Text::tr("The table %1 is missing from %2.").arg(spec.name, describe(from.isEmpty() ? m_source : m_target))};
        }
        PlannedTable table{&spec, {}, 0};
        for (int i = 0; i < from.count(); ++i) {
            const QString column = from.fieldName(i);
            // A column the target lacks would be lost: refuse rather than copy less than there is.
            if (!into.contains(column)) {
                return Error{Error::Code::InvalidArgument,
                             Text::tr("The table %1 of %2 has a column %3 that %4 lacks, so its values would be lost. "
                                      "Nothing was copied.")
                                 .arg(spec.name, describe(m_source), column, describe(m_target))};
            }
            table.columns << column;
        }
        for (const QString &key : spec.key) {
            if (!table.columns.contains(key))
                return Error{Error::Code::NotADatabase,
                             Text::tr("The table %1 of %2 has no column %3.").arg(spec.name, describe(m_source), key)};
        }
        // library_meta's bookkeeping rows are not copied, so they are not counted either.
        QString where;
        QVariantList keys;
        if (spec.kind == Kind::Meta) {
            where = u" WHERE key NOT IN (%1)"_s.arg(QStringList(bookkeepingKeys().size(), u"?"_s).join(u", "_s));
            for (const QString &key : bookkeepingKeys())
                keys << key;
        }
        const auto rows = scalar(m_source, u"SELECT count(*) FROM %1%2"_s.arg(quoted(m_source, spec.name), where),
                                 Text::tr("Cannot read %1").arg(describe(m_source)), keys);
        if (!rows)
            return rows.error();
        table.sourceRows = *rows;
        plan.tables << table;
    }
    return plan;
}

// One target transaction: the source's library_meta (the first-start marks among it, so that a later
// Library::open does not import the bundled posts and codebook on top of the copy, even of an unfinished one)
// and the copy's own state.
Status LibraryCopier::startCopy(Plan &plan)
{
    PlannedTable *meta = plan.find(u"library_meta"_s);
    const QString failed = Text::tr("Cannot begin the copy into %1").arg(describe(m_target));
    auto read = prepared(m_source, u"SELECT %1 FROM library_meta"_s.arg(columnList(m_source, meta->columns)), failed);
    if (!read)
        return read.error();
    auto rows = readAll(*read, {}, int(meta->columns.size()), failed);
    if (!rows)
        return rows.error();
    const int keyColumn = int(meta->columns.indexOf(u"key"_s));
    rows->removeIf([&](const Row &row) { return bookkeepingKeys().contains(row[keyColumn].toString()); });
    meta->sourceRows = rows->size();

    Database::Transaction transaction(m_target);
    if (!transaction.begun())
        return transaction.begun();
    // What an earlier run copied may have changed in the source since: its rows are written afresh.
    QStringList marks(bookkeepingKeys().size(), u"?"_s);
    auto clear = prepared(m_target, u"DELETE FROM library_meta WHERE key NOT IN (%1)"_s.arg(marks.join(u", "_s)), failed);
    if (!clear)
        return clear.error();
    QVariantList keys;
    for (const QString &key : bookkeepingKeys())
        keys << key;
    if (Status cleared = run(*clear, keys, failed); !cleared)
        return cleared;
    if (Status written = RowWriter(m_target, meta->spec->name, meta->columns).write(*rows); !written)
        return written;
    auto upsert = prepared(m_target,
                           u"INSERT INTO library_meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                           failed);
    if (!upsert)
        return upsert.error();
    for (const auto &[key, value] : {std::pair{copySourceKey, plan.identity}, std::pair{copyFromKey, m_source.path()},
                                     std::pair{copyStateKey, inProgress}}) {
        if (Status set = run(*upsert, {key, value}, failed); !set)
            return set;
    }
    return transaction.commit();
}

Status LibraryCopier::copyTables(Plan &plan, CopyReport &result)
{
    for (PlannedTable &table : plan.tables) {
        if (cancelled())
            return Ok{};
        Status copied = Ok{};
        switch (table.spec->kind) {
        case Kind::Meta:
            report(CopyProgress::Phase::Copying, table.spec->name, table.sourceRows, table.sourceRows, true);
            continue; // in startCopy()
        case Kind::Child:
            continue; // with its parent
        case Kind::Rows:
            copied = copyRows(plan, table, result);
            break;
        case Kind::Tree:
            copied = copyTree(table, result);
            break;
        }
        if (!copied)
            return copied;
    }
    return Ok{};
}

// A team library's ids come from identity sequences, which rows inserted with their ids leave behind: moved past
// the highest id after every batch, so a new row in even an unfinished copy gets a fresh id.
Status LibraryCopier::advanceIdentity(const PlannedTable &table)
{
    if (m_target.backend() != Database::Backend::PostgreSQL || !table.spec->hasId())
        return Ok{};
    const QString failed = Text::tr("Cannot copy the table %1").arg(table.spec->name);
    auto q = prepared(m_target,
                      u"SELECT setval(pg_get_serial_sequence(CAST(? AS TEXT), 'id'), max(id)) FROM %1"_s.arg(
                          quoted(m_target, table.spec->name)),
                      failed);
    if (!q)
        return q.error();
    return run(*q, {table.spec->name}, failed);
}

// Parents in batches by id after the highest id the target has; each batch takes its children along, all in one
// target transaction. Since ids are kept and a batch commits whole, the target's highest id says where an
// interrupted copy stopped.
Status LibraryCopier::copyRows(Plan &plan, PlannedTable &table, CopyReport &result)
{
    const TableSpec &spec = *table.spec;
    const QString failed = Text::tr("Cannot copy the table %1").arg(spec.name);
    const QList<PlannedTable *> children = plan.childrenOf(spec.name);

    auto highest = scalar(m_target, u"SELECT coalesce(max(id), 0) FROM %1"_s.arg(quoted(m_target, spec.name)), failed);
    auto done = highest ? scalar(m_target, u"SELECT count(*) FROM %1"_s.arg(quoted(m_target, spec.name)), failed)
                        : highest;
    if (!done)
        return done.error();
    qint64 after = *highest;
    QList<qint64> childrenDone;
    for (const PlannedTable *child : children) {
        const auto n = scalar(m_target, u"SELECT count(*) FROM %1"_s.arg(quoted(m_target, child->spec->name)), failed);
        if (!n)
            return n.error();
        childrenDone << *n;
    }

    auto read = prepared(m_source,
                         u"SELECT %1 FROM %2 WHERE id > ? ORDER BY id LIMIT ?"_s.arg(columnList(m_source, table.columns),
                                                                                     quoted(m_source, spec.name)),
                         failed);
    if (!read)
        return read.error();
    RowWriter writer(m_target, spec.name, table.columns);
    std::vector<Statement> readChildren;
    std::vector<RowWriter> childWriters;
    for (const PlannedTable *child : children) {
        auto r = prepared(m_source,
                          u"SELECT %1 FROM %2 WHERE %3 > ? AND %3 <= ? ORDER BY %4"_s.arg(
                              columnList(m_source, child->columns), quoted(m_source, child->spec->name),
                              quoted(m_source, child->spec->parentColumn), orderBy(m_source, *child->spec)),
                          failed);
        if (!r)
            return r.error();
        readChildren.push_back(std::move(*r));
        childWriters.emplace_back(m_target, child->spec->name, child->columns);
    }
    const int idColumn = int(table.columns.indexOf(u"id"_s));
    PostStore posts(m_target);

    while (!cancelled()) {
        const auto rows = readAll(*read, {after, m_batchSize}, int(table.columns.size()), failed);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            break;
        const qint64 last = rows->constLast()[idColumn].toLongLong();
        QList<QList<Row>> childRows;
        for (qsizetype c = 0; c < children.size(); ++c) {
            const auto some = readAll(readChildren[size_t(c)], {after, last}, int(children[c]->columns.size()), failed);
            if (!some)
                return some.error();
            childRows << *some;
        }

        Database::Transaction transaction(m_target);
        if (!transaction.begun())
            return transaction.begun();
        if (Status written = writer.write(*rows); !written)
            return written;
        for (qsizetype c = 0; c < children.size(); ++c) {
            if (Status written = childWriters[size_t(c)].write(childRows[c]); !written)
                return written;
            if (Status advanced = advanceIdentity(*children[c]); !advanced)
                return advanced;
        }
        if (Status advanced = advanceIdentity(table); !advanced)
            return advanced;
        // Posts written here rather than through PostStore::add still belong in a file's search index.
        if (spec.name == u"post"_s) {
            if (Status indexed = posts.indexNewPostsBeforeCommit(); !indexed)
                return indexed;
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;

        after = last;
        // The children first: a progress line that shows the latest report then shows the parent's.
        for (qsizetype c = 0; c < children.size(); ++c) {
            childrenDone[c] += childRows[c].size();
            result.rowsCopied += childRows[c].size();
            report(CopyProgress::Phase::Copying, children[c]->spec->name, childrenDone[c], children[c]->sourceRows,
                   false);
        }
        *done += rows->size();
        result.rowsCopied += rows->size();
        report(CopyProgress::Phase::Copying, spec.name, *done, table.sourceRows, false);
    }
    if (cancelled())
        return Ok{};
    report(CopyProgress::Phase::Copying, spec.name, *done, table.sourceRows, true);
    for (qsizetype c = 0; c < children.size(); ++c)
        report(CopyProgress::Phase::Copying, children[c]->spec->name, childrenDone[c], children[c]->sourceRows, true);
    return Ok{};
}

// The codebook: a tag may have been moved under one made after it, so ids say nothing of the order. All of it is
// read (a codebook is small), ordered parents first, and written in batches of the tags the target lacks; the
// target always holds whole branches from the root, so the next batch's parents are there.
Status LibraryCopier::copyTree(PlannedTable &table, CopyReport &result)
{
    const TableSpec &spec = *table.spec;
    const QString failed = Text::tr("Cannot copy the table %1").arg(spec.name);
    const int idColumn = int(table.columns.indexOf(u"id"_s));
    const int parentColumn = int(table.columns.indexOf(u"parent_id"_s));
    if (parentColumn < 0)
        return Error{Error::Code::NotADatabase,
                     Text::tr("The table %1 of %2 has no column %3.").arg(spec.name, describe(m_source), u"parent_id"_s)};

    auto read = prepared(m_source, u"SELECT %1 FROM %2 ORDER BY id"_s.arg(columnList(m_source, table.columns),
                                                                          quoted(m_source, spec.name)),
                         failed);
    if (!read)
        return read.error();
    const auto rows = readAll(*read, {}, int(table.columns.size()), failed);
    if (!rows)
        return rows.error();
    Statement present(m_target.connection());
    if (!present.exec(u"SELECT id FROM %1"_s.arg(quoted(m_target, spec.name))))
        return Database::sqlError(failed, present.lastError());
    QSet<qint64> there;
    while (present.next())
        there.insert(present.value(0).toLongLong());

    QList<Row> missing;
    for (const Row &row : parentsFirst(*rows, idColumn, parentColumn)) {
        if (!there.contains(row[idColumn].toLongLong()))
            missing << row;
    }
    RowWriter writer(m_target, spec.name, table.columns);
    qint64 done = there.size();
    for (qsizetype at = 0; at < missing.size() && !cancelled(); at += m_batchSize) {
        Database::Transaction transaction(m_target);
        if (!transaction.begun())
            return transaction.begun();
        const qsizetype end = std::min(missing.size(), at + m_batchSize);
        if (Status written = writer.write(missing.mid(at, end - at)); !written)
            return written;
        if (Status advanced = advanceIdentity(table); !advanced)
            return advanced;
        if (Status committed = transaction.commit(); !committed)
            return committed;
        done += end - at;
        result.rowsCopied += end - at;
        report(CopyProgress::Phase::Copying, spec.name, done, table.sourceRows, false);
    }
    if (!cancelled())
        report(CopyProgress::Phase::Copying, spec.name, done, table.sourceRows, true);
    return Ok{};
}

// Every table, rows and SHA-256, read by the same code on both sides. Tables with an id are read page by page on
// both at once (a post's text is long); the others are small rows read in one go; library_meta is sorted here,
// since the backends sort text by different collations. Empty when cancelled.
Result<QList<TableCheck>> LibraryCopier::compare(Plan &plan)
{
    QList<TableCheck> checks;
    for (const PlannedTable &table : std::as_const(plan.tables)) {
        if (cancelled())
            return QList<TableCheck>{};
        const TableSpec &spec = *table.spec;
        const QString failed = Text::tr("Cannot compare the table %1").arg(spec.name);
        const int columns = int(table.columns.size());
        RowDigest source, target;

        if (spec.kind == Kind::Meta) {
            const int keyColumn = int(table.columns.indexOf(u"key"_s));
            for (auto [db, digest] : {std::pair{&m_source, &source}, std::pair{&m_target, &target}}) {
                auto q = prepared(*db, u"SELECT %1 FROM library_meta"_s.arg(columnList(*db, table.columns)), failed);
                auto rows = q ? readAll(*q, {}, columns, failed) : Result<QList<Row>>(q.error());
                if (!rows)
                    return rows.error();
                rows->removeIf([&](const Row &r) { return bookkeepingKeys().contains(r[keyColumn].toString()); });
                std::ranges::sort(*rows, {}, [&](const Row &r) { return r[keyColumn].toString(); });
                for (const Row &row : std::as_const(*rows))
                    digest->add(row);
            }
        } else if (spec.hasId()) {
            const auto pageQuery = [&](Database &db) {
                return prepared(db, u"SELECT %1 FROM %2 WHERE id > ? ORDER BY id LIMIT ?"_s.arg(
                                        columnList(db, table.columns), quoted(db, spec.name)),
                                failed);
            };
            auto fromSource = pageQuery(m_source);
            if (!fromSource)
                return fromSource.error();
            auto fromTarget = pageQuery(m_target);
            if (!fromTarget)
                return fromTarget.error();
            const int idColumn = int(table.columns.indexOf(u"id"_s));
            qint64 afterSource = std::numeric_limits<qint64>::min(), afterTarget = afterSource;
            bool moreSource = true, moreTarget = true;
            while (moreSource || moreTarget) {
                if (cancelled())
                    return QList<TableCheck>{};
                for (auto [q, after, more, digest] :
                     {std::tuple{&*fromSource, &afterSource, &moreSource, &source},
                      std::tuple{&*fromTarget, &afterTarget, &moreTarget, &target}}) {
                    if (!*more)
                        continue;
                    const auto rows = readAll(*q, {*after, m_batchSize}, columns, failed);
                    if (!rows)
                        return rows.error();
                    for (const Row &row : *rows)
                        digest->add(row);
                    *more = rows->size() == m_batchSize;
                    if (!rows->isEmpty())
                        *after = rows->constLast()[idColumn].toLongLong();
                }
                report(CopyProgress::Phase::Verifying, spec.name, std::min(source.rows(), target.rows()),
                       table.sourceRows, false);
            }
        } else {
            for (auto [db, digest] : {std::pair{&m_source, &source}, std::pair{&m_target, &target}}) {
                auto q = prepared(*db, u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columnList(*db, table.columns),
                                                                             quoted(*db, spec.name), orderBy(*db, spec)),
                                  failed);
                if (!q)
                    return q.error();
                if (Status done = run(*q, {}, failed); !done)
                    return done.error();
                while (q->next())
                    digest->add(rowOf(*q, columns));
            }
        }
        report(CopyProgress::Phase::Verifying, spec.name, target.rows(), table.sourceRows, true);
        checks << TableCheck{spec.name, source.rows(), target.rows(), source.hex(), target.hex()};
    }
    m_checks = checks;
    return checks;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "copycommand.h"

#include "database.h"
#include "librarycopier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>

#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)
};

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

// The copy Ctrl-C (or SIGTERM) stops. The handler only sets the copier's flag, so the batch under way commits or
// rolls back whole and the target stays a consistent, resumable copy; a second Ctrl-C ends the program at once
// (SA_RESETHAND), which the target's transactions survive as well.
std::atomic<LibraryCopier *> runningCopy = nullptr;
static_assert(std::atomic<LibraryCopier *>::is_always_lock_free);

extern "C" void stopCopy(int)
{
    if (LibraryCopier *copier = runningCopy.load())
        copier->cancel();
}

class InterruptGuard
{
public:
    explicit InterruptGuard(LibraryCopier &copier)
    {
        runningCopy.store(&copier);
        struct sigaction action = {};
        action.sa_handler = stopCopy;
        action.sa_flags = SA_RESETHAND;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~InterruptGuard()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        runningCopy.store(nullptr);
    }
    Q_DISABLE_COPY_MOVE(InterruptGuard)

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

// Whether err writes to a terminal, where a progress line may rewrite itself.
bool isTerminal(const QTextStream &err)
{
    const auto *file = qobject_cast<const QFile *>(err.device());
    return file && file->handle() >= 0 && ::isatty(file->handle());
}

void writeSummary(QTextStream &out, const QList<TableCheck> &checks, bool json)
{
    if (json) {
        QJsonArray array;
        for (const TableCheck &c : checks) {
            array.append(QJsonObject{
                {u"table"_s, c.table},
                {u"source_rows"_s, c.sourceRows},
                {u"target_rows"_s, c.targetRows},
                {u"source_checksum"_s, QString::fromLatin1(c.sourceChecksum)},
                {u"target_checksum"_s, QString::fromLatin1(c.targetChecksum)},
                {u"ok"_s, c.matches()},
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        // The checksum column is the source's; ok says whether the target's is the same.
        out << u"table\tsource_rows\ttarget_rows\tchecksum\tok\n"_s;
        for (const TableCheck &c : checks) {
            out << c.table << u'\t' << c.sourceRows << u'\t' << c.targetRows << u'\t'
                << QString::fromLatin1(c.sourceChecksum) << u'\t' << (c.matches() ? u"true"_s : u"false"_s) << u'\n';
        }
    }
    out.flush();
}

} // namespace

int runCopyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto fail = [&](int code, const QString &message) {
        err << Text::tr("gloss copy: %1").arg(message) << Qt::endl;
        return code;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Copy a whole library, posts, codebook, highlights and notes, from a library file to a team library "
                 "or back. The target must be empty (a new file, or an empty database on the server). Every table "
                 "is compared after the copy. An interrupted copy continues where it stopped when the same command "
                 "is run again."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption from(u"from"_s, Text::tr("Copy the library at <where>: a file or a postgresql:// URL."),
                                  Text::tr("where"));
    const QCommandLineOption to(u"to"_s, Text::tr("Into the library at <where>: a file or a postgresql:// URL."),
                                Text::tr("where"));
    const QCommandLineOption format(u"format"_s, Text::tr("Summary format: tsv (default) or json."), Text::tr("format"),
                                    u"tsv"_s);
    const QCommandLineOption batchSize(u"batch-size"_s, Text::tr("Rows per transaction (default 500)."),
                                       Text::tr("rows"), u"500"_s);
    // The library the other commands use reaches every command this way; a copy names both its ends instead.
    QCommandLineOption database(u"database"_s, QString(), u"path"_s);
    database.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({from, to, format, batchSize, database});

    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'), Text::tr("Usage: gloss copy --from WHERE --to WHERE [options]"));
        out << text;
        out.flush();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(Usage, Text::tr("unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption &option : {from, to}) {
        if (parser.value(option).isEmpty())
            return fail(Usage, Text::tr("this command needs --%1 with a file or a postgresql:// URL.")
                                   .arg(option.names().constFirst()));
    }
    const QString formatKey = parser.value(format);
    if (formatKey != u"tsv"_s && formatKey != u"json"_s)
        return fail(Usage, Text::tr("unknown format “%1”; use tsv or json.").arg(formatKey));
    bool numeric = false;
    const int rows = parser.value(batchSize).toInt(&numeric);
    if (!numeric || rows < 1 || rows > 100000)
        return fail(Usage, Text::tr("--batch-size wants a number of rows from 1 to 100000, not “%1”.")
                               .arg(parser.value(batchSize)));

    auto ends = LibraryCopier::open(parser.value(from), parser.value(to));
    if (!ends)
        return fail(Failure, ends.error().message);
    Database &source = *ends->source;
    Database &target = *ends->target;

    LibraryCopier copier(source, target);
    copier.setBatchSize(rows);
    const bool terminal = isTerminal(err);
    bool lineOpen = false;
    copier.setProgressHandler([&](const CopyProgress &p) {
        const QString line = p.phase == CopyProgress::Phase::Copying
            ? Text::tr("copying %1: %2 of %3 rows").arg(p.table).arg(p.done).arg(p.total)
            : Text::tr("verifying %1: %2 of %3 rows").arg(p.table).arg(p.done).arg(p.total);
        if (terminal) {
            // Rewrites the line in place: carriage return, then erase to its end.
            err << u"\r\x1b[K"_s << line;
            err.flush();
            lineOpen = true;
        } else if (p.tableDone && p.phase == CopyProgress::Phase::Copying) {
            err << Text::tr("gloss copy: %1").arg(line) << Qt::endl;
        }
    });

    Result<CopyReport> result = [&] {
        const InterruptGuard guard(copier);
        return copier.copy();
    }();
    if (lineOpen)
        err << u"\r\x1b[K"_s;
    err.flush();
    if (!result) {
        // A verification that found a difference still shows which tables differ.
        if (!copier.checks().isEmpty())
            writeSummary(out, copier.checks(), formatKey == u"json"_s);
        return fail(Failure, result.error().message);
    }
    if (result->outcome == CopyReport::Outcome::Cancelled) {
        return fail(Failure, Text::tr("interrupted: %1 holds part of the copy (%2 rows written now). Run the same "
                                      "command again to continue it.")
                                 .arg(target.path())
                                 .arg(result->rowsCopied));
    }
    writeSummary(out, result->tables, formatKey == u"json"_s);
    if (result->alreadyComplete) {
        err << Text::tr("gloss copy: %1 already was a complete copy of %2; compared again, it matches.")
                   .arg(target.path(), source.path())
            << Qt::endl;
    } else {
        err << (result->resumed ? Text::tr("gloss copy: continued the copy of %1 into %2 (%3 more rows); every "
                                           "table matches.")
                                : Text::tr("gloss copy: copied %1 into %2 (%3 rows); every table matches."))
                   .arg(source.path(), target.path())
                   .arg(result->rowsCopied)
            << Qt::endl;
    }
    return Success;
}

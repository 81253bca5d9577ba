// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "database.h"
#include "library.h"
#include "postimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ImportCommand", text, nullptr, n);
}

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

} // namespace

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto fail = [&](int code, const QString &message) {
        err << tr("gloss import: %1").arg(message) << Qt::endl;
        return code;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import blog posts: plain text, Markdown, saved HTML pages, RSS, Atom and WordPress export files, and "
           "Web Annotation JSON exported by Gloss. Folders are read recursively."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption database(u"database"_s, tr("Use the library at <path> instead of the default one."),
                                      tr("path"));
    const QCommandLineOption maxSize(u"max-size"_s, tr("Refuse files larger than <MB> megabytes (default 20)."),
                                     tr("MB"), u"20"_s);
    parser.addOption(database);
    parser.addOption(maxSize);
    parser.addPositionalArgument(tr("paths"), tr("Files or folders to import."), tr("PATH…"));

    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'), tr("Usage: gloss import [options] PATH…"));
        out << text;
        out.flush();
        return Success;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(Usage, tr("name at least one file or folder to import."));
    bool ok = false;
    const double megabytes = parser.value(maxSize).toDouble(&ok);
    if (!ok || megabytes <= 0 || megabytes > 4096)
        return fail(Usage, tr("--max-size wants a number of megabytes between 0 and 4096, not “%1”.")
                               .arg(parser.value(maxSize)));

    const QString path = parser.isSet(database) ? parser.value(database) : Database::defaultSqlitePath();
    auto library = Library::openSqlite(path);
    if (!library)
        return fail(Failure, library.error().message);

    ImportOptions options;
    options.maxFileSize = qint64(megabytes * 1024 * 1024);
    PostImporter importer(**library, options);
    const ImportSummary summary = importer.importPaths(paths);

    out << tr("Imported: %1").arg(summary.imported) << u'\n';
    out << tr("Updated: %1").arg(summary.updated);
    if (summary.highlightsMoved || summary.highlightsOrphaned) {
        out << u' '
            << tr("(%1 highlights moved, %2 orphaned)").arg(summary.highlightsMoved).arg(summary.highlightsOrphaned);
    }
    out << u'\n';
    out << tr("Unchanged: %1").arg(summary.unchanged) << u'\n';
    if (summary.annotationsRestored) {
        out << tr("Annotations restored: %1 (%2 orphaned)")
                   .arg(summary.annotationsRestored)
                   .arg(summary.annotationsOrphaned)
            << u'\n';
    }
    out << tr("Refused: %1").arg(summary.refused.size()) << u'\n';
    for (const ImportRefusal &r : summary.refused)
        out << u"  "_s << QDir::toNativeSeparators(r.file) << u": "_s << r.reason << u'\n';
    out.flush();
    return summary.refused.isEmpty() ? Success : Failure;
}

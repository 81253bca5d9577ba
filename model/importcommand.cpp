// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "cli.h"

#include "database.h"
#include "library.h"
#include "postimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

} // namespace

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto fail = [&](int code, const QString &message) {
        err << Text::tr("gloss import: %1").arg(message) << Qt::endl;
        return code;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Import blog posts: plain text, Markdown, saved HTML pages, RSS, Atom and WordPress export files, and "
           "Web Annotation JSON exported by Gloss. Folders are read recursively."));
    const QCommandLineOption help = parser.addHelpOption();
    Cli::addCommonOptions(parser);
    const QCommandLineOption maxSize(u"max-size"_s, Text::tr("Refuse files larger than <MB> megabytes (default 20)."),
                                     Text::tr("MB"), u"20"_s);
    parser.addOption(maxSize);
    parser.addPositionalArgument(Text::tr("paths"), Text::tr("Files or folders to import."), Text::tr("PATH…"));

    if (!parser.parse(arguments))
        return fail(Usage, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'), Text::tr("Usage: gloss import [options] PATH…"));
        out << text;
        out.flush();
        return Success;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(Usage, Text::tr("name at least one file or folder to import."));
    bool ok = false;
    const double megabytes = parser.value(maxSize).toDouble(&ok);
    if (!ok || megabytes <= 0 || megabytes > 4096)
        return fail(Usage, Text::tr("--max-size wants a number of megabytes between 0 and 4096, not “%1”.")
                               .arg(parser.value(maxSize)));

    auto library = Library::open(Cli::databasePath(parser));
    if (!library)
        return fail(Failure, library.error().message);

    ImportOptions options;
    options.maxFileSize = qint64(megabytes * 1024 * 1024);
    PostImporter importer(**library, options);
    const ImportSummary summary = importer.importPaths(paths);

    out << Text::tr("Imported: %1").arg(summary.imported) << u'\n';
    out << Text::tr("Updated: %1").arg(summary.updated);
    if (summary.highlightsMoved || summary.highlightsOrphaned) {
        out << u' '
            << Text::tr("(%1 highlights moved, %2 orphaned)").arg(summary.highlightsMoved).arg(summary.highlightsOrphaned);
    }
    out << u'\n';
    out << Text::tr("Unchanged: %1").arg(summary.unchanged) << u'\n';
    if (summary.annotationsRestored) {
        out << Text::tr("Annotations restored: %1 (%2 orphaned)")
                   .arg(summary.annotationsRestored)
                   .arg(summary.annotationsOrphaned)
            << u'\n';
    }
    out << Text::tr("Refused: %1").arg(summary.refused.size()) << u'\n';
    for (const ImportRefusal &r : summary.refused)
        out << u"  "_s << QDir::toNativeSeparators(r.file) << u": "_s << r.reason << u'\n';
    out.flush();
    return summary.refused.isEmpty() ? Success : Failure;
}

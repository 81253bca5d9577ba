// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "cli.h"

#include "database.h"
#include "exportdocument.h"
#include "exporter.h"
#include "library.h"
#include "webannotationimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

// Parses arguments; the exit code when the command is done already (help shown, bad usage reported).
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                         const QCommandLineOption &help, QTextStream &out, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << Text::tr("gloss %1: %2").arg(command, parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'), Text::tr("Usage: gloss %1 [options]").arg(command));
        out << text;
        out.flush();
        return Success;
    }
    return std::nullopt;
}

// The library --database or --server names (Cli::addCommonOptions), as every command opens it.
std::unique_ptr<Library> openLibrary(const QCommandLineParser &parser, const QString &command, QTextStream &err)
{
    auto library = Library::open(Cli::databasePath(parser));
    if (!library) {
        err << Text::tr("gloss %1: %2").arg(command, library.error().message) << Qt::endl;
        return nullptr;
    }
    return std::move(*library);
}

} // namespace

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = u"export"_s;
    const auto fail = [&](int code, const QString &message) {
        err << Text::tr("gloss %1: %2").arg(command, message) << Qt::endl;
        return code;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Export highlights and notes as Markdown, CSV or Web Annotation JSON."));
    const QCommandLineOption help = parser.addHelpOption();
    Cli::addCommonOptions(parser);
    const QCommandLineOption format(u"format"_s, Text::tr("markdown (default), csv or json."), Text::tr("format"),
                                    u"markdown"_s);
    const QCommandLineOption by(u"by"_s, Text::tr("Markdown: arrange by post (default) or by argument."), Text::tr("arrangement"),
                                u"post"_s);
    const QCommandLineOption post(u"post"_s, Text::tr("Export this post (its id, as “gloss list” shows); repeat for more."),
                                  Text::tr("id"));
    const QCommandLineOption tag(u"tag"_s, Text::tr("Export the highlights of this argument and those below it (“Parent/Child”)."),
                                 Text::tr("path"));
    const QCommandLineOption templateFile(u"template"_s, Text::tr("Markdown: lay out with this template file."),
                                          Text::tr("file"));
    const QCommandLineOption bom(u"bom"_s, Text::tr("CSV: start with a UTF-8 byte order mark (for some spreadsheet programs)."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, Text::tr("Write to <file> instead of standard output."),
                                    Text::tr("file"));
    const QCommandLineOption authors(u"authors"_s, Text::tr("Name who made and last changed each highlight."));
    parser.addOptions({format, by, post, tag, templateFile, bom, authors, output});
    if (const auto done = parse(parser, arguments, command, help, out, err))
        return *done;

    if (!parser.positionalArguments().isEmpty())
        return fail(Usage, Text::tr("unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    const QString formatName = parser.value(format).toLower();
    if (!Exporter::formats().contains(formatName))
        return fail(Usage, Text::tr("unknown format “%1”; use markdown, csv or json.").arg(parser.value(format)));
    ExportOptions options;
    const QString arrangement = parser.value(by).toLower();
    if (arrangement == u"argument"_s)
        options.arrangement = ExportArrangement::ByArgument;
    else if (arrangement != u"post"_s)
        return fail(Usage, Text::tr("unknown arrangement “%1”; use post or argument.").arg(parser.value(by)));
    if (formatName != u"markdown"_s && (parser.isSet(templateFile) || parser.isSet(by)))
        return fail(Usage, Text::tr("--template and --by apply to --format markdown only."));
    if (parser.isSet(post) && parser.isSet(tag))
        return fail(Usage, Text::tr("use either --post or --tag, not both."));
    QList<qint64> postIds;
    for (const QString &value : parser.values(post)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(Usage, Text::tr("--post wants a whole number from 1 up, not “%1”.").arg(value));
        postIds << id;
    }
    if (parser.isSet(output) && parser.value(output).isEmpty())
        return fail(Usage, Text::tr("-o wants a file name."));
    options.templateFile = parser.value(templateFile);
    options.byteOrderMark = parser.isSet(bom);
    options.includeAuthors = parser.isSet(authors);
    if (!options.templateFile.isEmpty() && !QFileInfo(options.templateFile).isFile())
        return fail(Failure, Text::tr("there is no template file “%1”.").arg(options.templateFile));

    const auto library = openLibrary(parser, command, err);
    if (!library)
        return Failure;

    ExportScope scope = ExportScope::allPosts();
    if (!postIds.isEmpty()) {
        for (qint64 id : std::as_const(postIds)) {
            const auto found = library->posts().post(id);
            if (!found)
                return fail(Failure, Text::tr("there is no post %1 (“gloss list” shows them).").arg(id));
        }
        scope = ExportScope::posts(postIds);
    } else if (parser.isSet(tag)) {
        const auto codebook = library->tags().codebook();
        if (!codebook)
            return fail(Failure, codebook.error().message);
        const Tag *found = codebook->byPath(parser.value(tag));
        if (!found) {
            return fail(Failure, Text::tr("there is no tag “%1” in the codebook (“gloss tags” lists them).")
                                     .arg(parser.value(tag)));
        }
        scope = ExportScope::argument(found->id);
    }

    auto document = ExportDocument::build(*library, scope);
    if (!document)
        return fail(Failure, document.error().message);
    document->includeAuthors = options.includeAuthors;
    const auto exporter = Exporter::create(formatName, options);
    if (!exporter)
        return fail(Usage, exporter.error().message);
    const auto bytes = (*exporter)->render(*document);
    if (!bytes)
        return fail(Failure, bytes.error().message);

    if (!parser.isSet(output)) {
        out << QString::fromUtf8(*bytes);
        out.flush();
        return Success;
    }
    // QSaveFile writes beside the target and renames on commit: a failed export leaves no partial file.
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        return fail(Failure, Text::tr("cannot write “%1”: %2").arg(parser.value(output), file.errorString()));
    }
    return Success;
}

int runImportAnnotationsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = u"import-annotations"_s;
    const auto fail = [&](int code, const QString &message) {
        err << Text::tr("gloss %1: %2").arg(command, message) << Qt::endl;
        return code;
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Restore highlights from Web Annotation JSON (as “gloss export --format json” writes it)."));
    const QCommandLineOption help = parser.addHelpOption();
    Cli::addCommonOptions(parser);
    parser.addPositionalArgument(u"file"_s, Text::tr("The JSON file to import."), Text::tr("FILE.json"));
    if (const auto done = parse(parser, arguments, command, help, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(Usage, Text::tr("give exactly one JSON file to import."));

    const auto library = openLibrary(parser, command, err);
    if (!library)
        return Failure;
    WebAnnotationImporter importer(*library);
    const auto summary = importer.importFile(files.constFirst());
    if (!summary)
        return fail(Failure, summary.error().message);

    out << Text::tr("restored: %1").arg(summary->restored) << u'\n'
        << Text::tr("orphaned: %1").arg(summary->orphaned) << u'\n'
        << Text::tr("already present: %1").arg(summary->alreadyPresent) << u'\n'
        << Text::tr("tags created: %1").arg(summary->tagsCreated.size()) << u'\n';
    for (const QString &path : summary->tagsCreated)
        out << u"  "_s << path << u'\n';
    out << Text::tr("refused: %1").arg(summary->refused.size()) << u'\n';
    for (const QString &reason : summary->refused)
        out << u"  "_s << reason << u'\n';
    out.flush();
    return Success;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "bundledlibrary.h"
#include "database.h"
#include "poststore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

struct Command
{
    QString name;
    QString summary;
};

QList<Command> commands()
{
    return {
        {u"list"_s, tr("List the posts in the library (id, date, title, author, categories, counts).")},
    };
}

const QCommandLineOption databaseOption()
{
    return QCommandLineOption(u"database"_s, tr("Use the library at <path> instead of the default one."),
                              tr("path"));
}

// TSV fields hold no tabs or line breaks: programs split on them.
QString tsvField(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

bool Cli::wantsCli(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        // Options of the window that take a value: the value is not a command.
        if (arg == u"--database"_s || arg == u"--screenshot"_s) {
            ++i;
            continue;
        }
        if (arg == u"-h"_s || arg == u"--help"_s || arg == u"--help-all"_s || arg == u"-v"_s
            || arg == u"--version"_s || !arg.startsWith(u'-')) {
            return true;
        }
    }
    return false;
}

void Cli::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(databaseOption());
}

QString Cli::databasePath(const QCommandLineParser &parser)
{
    const QString path = parser.value(databaseOption());
    return path.isEmpty() ? Database::defaultSqlitePath() : path;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Gloss: read blog posts and annotate them.\n\nWithout a command, Gloss opens its window.\n\nCommands:\n")
        + [] {
              QString text;
              for (const Command &c : commands())
                  text += u"  "_s + c.name.leftJustified(12) + c.summary + u'\n';
              return text;
          }()
        + tr("\nRun “gloss COMMAND --help” for a command’s options."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    addCommonOptions(parser);
    parser.addPositionalArgument(u"command"_s, tr("What to do (see above)."), tr("[command]"));

    if (!parser.parse(arguments)) {
        m_err << tr("gloss: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        m_out << parser.helpText();
        return parser.isSet(help) ? Success : Usage;
    }

    // The command parses the rest itself; the global options before it still apply.
    QStringList rest = positional.mid(1);
    if (parser.isSet(databaseOption()))
        rest << u"--database"_s << parser.value(databaseOption());
    rest.prepend(arguments.value(0) + u' ' + positional.first());

    const QString command = positional.first();
    if (command == u"list"_s)
        return list(rest);
    m_err << tr("gloss: unknown command “%1”. Run “gloss --help” for the list of commands.").arg(command)
          << Qt::endl;
    return Usage;
}

int Cli::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the posts in the library."));
    const QCommandLineOption help = parser.addHelpOption();
    addCommonOptions(parser);
    const QCommandLineOption format(u"format"_s, tr("Output format: tsv (default) or json."), tr("format"),
                                    u"tsv"_s);
    parser.addOption(format);
    if (!parser.parse(arguments)) {
        m_err << tr("gloss list: %1").arg(parser.errorText()) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Success;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"tsv"_s && fmt != u"json"_s) {
        m_err << tr("gloss list: unknown format “%1”; use tsv or json.").arg(fmt) << Qt::endl;
        return Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_err << tr("gloss list: unexpected argument “%1”.").arg(parser.positionalArguments().first()) << Qt::endl;
        return Usage;
    }

    auto db = Database::openSqlite(databasePath(parser));
    if (!db) {
        m_err << tr("gloss: %1").arg(db.error().message) << Qt::endl;
        return Failure;
    }
    PostStore store(**db);
    if (auto imported = BundledLibrary::importOnFirstStart(store); !imported) {
        m_err << tr("gloss: %1").arg(imported.error().message) << Qt::endl;
        return Failure;
    }
    const auto posts = store.summaries();
    if (!posts) {
        m_err << tr("gloss: %1").arg(posts.error().message) << Qt::endl;
        return Failure;
    }

    if (fmt == u"json"_s) {
        QJsonArray array;
        for (const PostSummary &p : *posts) {
            array.append(QJsonObject{
                {u"id"_s, p.id},
                {u"date"_s, p.isoDate()},
                {u"title"_s, p.title},
                {u"title_derived"_s, p.titleDerived},
                {u"author"_s, p.author},
                {u"categories"_s, QJsonArray::fromStringList(p.categories)},
                {u"words"_s, p.wordCount},
                {u"comments"_s, p.commentCount},
                {u"highlights"_s, p.highlightCount},
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        m_out << u"id\tdate\ttitle\tauthor\tcategories\twords\tcomments\thighlights\n"_s;
        for (const PostSummary &p : *posts) {
            m_out << p.id << u'\t' << p.isoDate() << u'\t' << tsvField(p.title) << u'\t' << tsvField(p.author)
                  << u'\t' << tsvField(p.categories.join(u", "_s)) << u'\t' << p.wordCount << u'\t'
                  << p.commentCount << u'\t' << p.highlightCount << u'\n';
        }
    }
    m_out.flush();
    return Success;
}

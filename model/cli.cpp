// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "copycommand.h"
#include "database.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Command
{
    QString name;
    QString summary;
};

QList<Command> commands()
{
    return {
        {u"list"_s, Text::tr("List the posts in the library (id, date, title, author, categories, counts).")},
        {u"highlight"_s, Text::tr("Highlight a quote in a post, with tags, stance, note and colour; prints the new id.")},
        {u"annotations"_s, Text::tr("List the highlights (quote, offsets, note, tags, colour), of a post or tag if asked.")},
        {u"tags"_s, Text::tr("List the codebook, parents before children, with each tag’s highlight count.")},
        {u"search"_s, Text::tr("Search posts and highlights; prints the best matches with a snippet.")},
        {u"export"_s, Text::tr("Export highlights and notes as Markdown, CSV or W3C Web Annotation JSON.")},
        {u"import"_s, Text::tr("Import posts from text, Markdown, HTML, RSS, Atom or WordPress files and folders.")},
        {u"import-annotations"_s, Text::tr("Restore highlights from a W3C Web Annotation JSON export.")},
        {u"copy"_s, Text::tr("Copy a whole library between a file and a team library, verified and resumable.")},
    };
}

const QCommandLineOption databaseOption()
{
    return QCommandLineOption(u"database"_s, Text::tr("Use the library at <path> instead of the default one."),
                              Text::tr("path"));
}

const QCommandLineOption serverOption()
{
    return QCommandLineOption(u"server"_s,
                              Text::tr("Use the team library at <url> (postgresql://user@host:port/database; the "
                                       "password comes from PGPASSWORD or ~/.pgpass)."),
                              Text::tr("url"));
}

// TSV fields hold no tabs or line breaks: programs split on them.
QString tsvField(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// #rrggbb; empty for no colour.
QString colourName(const QColor &colour)
{
    return colour.isValid() ? colour.name() : QString();
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

enum class Format { Tsv, Json };

std::optional<Format> formatFromKey(const QString &key)
{
    if (key == u"tsv"_s)
        return Format::Tsv;
    if (key == u"json"_s)
        return Format::Json;
    return std::nullopt;
}

enum class Need { Optional, Required };

// One run of a command: its parser (with --help and --database), where its output and messages go, and the
// checks every command makes. Messages read "gloss COMMAND: …".
class Invocation
{
public:
    Invocation(QString command, const QString &description, QTextStream &out, QTextStream &err)
        : m_command(std::move(command))
        , m_out(out)
        , m_err(err)
        , m_help(m_parser.addHelpOption())
    {
        m_parser.setApplicationDescription(description);
        Cli::addCommonOptions(m_parser);
    }

    void addOptions(const QList<QCommandLineOption> &options) { m_parser.addOptions(options); }
    void addFormatOption() { m_hasFormat = m_parser.addOption(formatOption()); }
    // For a command that takes words after its options (search); others refuse any.
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
    {
        m_parser.addPositionalArgument(name, description, syntax);
        m_takesPositional = true;
    }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    // The exit code when the command is done already (help shown, bad usage reported); nullopt to go on.
    std::optional<int> parse(const QStringList &arguments)
    {
        if (!m_parser.parse(arguments))
            return fail(Cli::Usage, m_parser.errorText());
        if (m_parser.isSet(m_help)) {
            // Qt's usage line names only the program; say which command these options belong to.
            QString help = m_parser.helpText();
            help.replace(0, help.indexOf(u'\n'), Text::tr("Usage: gloss %1 [options]").arg(m_command));
            m_out << help;
            return Cli::Success;
        }
        if (m_hasFormat) {
            const auto format = choice(formatOption(), formatFromKey, Text::tr("tsv or json"));
            if (!format)
                return Cli::Usage;
            m_format = *format;
        }
        if (!m_takesPositional && !m_parser.positionalArguments().isEmpty())
            return fail(Cli::Usage, Text::tr("unexpected argument “%1”.").arg(m_parser.positionalArguments().first()));
        return std::nullopt;
    }

    // Reports message on err and returns code, for `return cmd.fail(…)`.
    int fail(int code, const QString &message) const
    {
        m_err << Text::tr("gloss %1: %2").arg(m_command, message) << Qt::endl;
        return code;
    }

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }

    // An option's value; nullopt (reported as bad usage) when a required one is missing or empty.
    std::optional<QString> text(const QCommandLineOption &option, Need need) const
    {
        const QString value = m_parser.value(option);
        if (need == Need::Required && value.isEmpty()) {
            fail(Cli::Usage, Text::tr("this command needs --%1 with a value.").arg(option.names().constFirst()));
            return std::nullopt;
        }
        return value;
    }

    // A whole number from 1 up; 0 when an optional one is not given; nullopt (reported) otherwise.
    std::optional<qint64> number(const QCommandLineOption &option, Need need) const
    {
        const auto value = text(option, need);
        if (!value || value->isEmpty())
            return value ? std::optional<qint64>(0) : std::nullopt;
        bool ok = false;
        const qint64 n = value->toLongLong(&ok);
        if (ok && n > 0)
            return n;
        fail(Cli::Usage,
             Text::tr("--%1 wants a whole number from 1 up, not “%2”.").arg(option.names().constFirst(), *value));
        return std::nullopt;
    }

    // One of a fixed set of keywords (stance, style, format); nullopt (reported) for anything else.
    template<typename T>
    std::optional<T> choice(const QCommandLineOption &option, std::optional<T> (*fromKey)(const QString &),
                            const QString &choices) const
    {
        const QString value = m_parser.value(option);
        const std::optional<T> chosen = fromKey(value);
        if (!chosen)
            fail(Cli::Usage, Text::tr("unknown %1 “%2”; use %3.").arg(option.names().constFirst(), value, choices));
        return chosen;
    }

    // nullptr when the library cannot be opened (reported).
    std::unique_ptr<Library> openLibrary() const
    {
        auto library = Library::open(Cli::databasePath(m_parser));
        if (!library) {
            fail(Cli::Failure, library.error().message);
            return nullptr;
        }
        return std::move(*library);
    }

    // A store's answer; nullopt when it is an error (reported).
    template<typename T>
    std::optional<T> get(Result<T> result) const
    {
        if (!result) {
            fail(Cli::Failure, result.error().message);
            return std::nullopt;
        }
        return std::move(*result);
    }

    // Machine output: a JSON array of toJson(item), or a TSV table with a header row.
    template<typename T, typename ToJson, typename ToRow>
    int write(const QList<T> &items, const QStringList &header, ToJson toJson, ToRow toRow) const
    {
        if (m_format == Format::Json) {
            QJsonArray array;
            for (const T &item : items)
                array.append(toJson(item));
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else {
            m_out << header.join(u'\t') << u'\n';
            for (const T &item : items) {
                QStringList fields = toRow(item);
                std::ranges::transform(fields, fields.begin(), tsvField);
                m_out << fields.join(u'\t') << u'\n';
            }
        }
        m_out.flush();
        return Cli::Success;
    }

private:
    static QCommandLineOption formatOption()
    {
        return QCommandLineOption(u"format"_s, Text::tr("Output format: tsv (default) or json."), Text::tr("format"), u"tsv"_s);
    }

    QString m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    const QCommandLineOption m_help;
    bool m_hasFormat = false;
    bool m_takesPositional = false;
    Format m_format = Format::Tsv;
};

// --- highlight ---

struct HighlightOptions
{
    const QCommandLineOption post{u"post"_s, Text::tr("The post to highlight in (its id, as “gloss list” shows)."),
                                  Text::tr("id")};
    const QCommandLineOption quote{u"quote"_s, Text::tr("The exact text to highlight."), Text::tr("text")};
    const QCommandLineOption occurrence{
        u"occurrence"_s, Text::tr("Which occurrence of the quote to highlight, from 1, when it occurs more than once."),
        Text::tr("n")};
    const QCommandLineOption tag{u"tag"_s,
                                 Text::tr("Tag it with the codebook tag at <path> (“Parent/Child”, any case); repeat "
                                    "for more tags."),
                                 Text::tr("path")};
    const QCommandLineOption stance{u"stance"_s,
                                    Text::tr("How it bears on its tags: supports (default), challenges or example."),
                                    Text::tr("stance"), u"supports"_s};
    const QCommandLineOption note{u"note"_s, Text::tr("A note on it (Markdown)."), Text::tr("text")};
    const QCommandLineOption colour{
        u"colour"_s, Text::tr("Its colour: #rrggbb or a highlight colour’s name such as yellow (default: its first tag’s)."),
        Text::tr("colour")};
    const QCommandLineOption style{u"style"_s, Text::tr("background (default), underline or strikethrough."),
                                   Text::tr("style"), u"background"_s};

    QList<QCommandLineOption> all() const { return {post, quote, occurrence, tag, stance, note, colour, style}; }
};

// What the options ask for, checked for usage but not yet against the library.
struct HighlightRequest
{
    qint64 postId = 0;
    QString quote;
    qint64 occurrence = 0; // 0: not given
    QStringList tagPaths;
    Stance stance = Stance::Supports;
    QString note;
    QString colour;
    Highlight::Style style = Highlight::Style::Background;
};

// Each check runs only when those before it passed, so the user hears of one problem, not a cascade.
std::optional<HighlightRequest> readRequest(const Invocation &cmd, const HighlightOptions &o)
{
    const auto postId = cmd.number(o.post, Need::Required);
    const auto quote = postId ? cmd.text(o.quote, Need::Required) : std::nullopt;
    const auto occurrence = quote ? cmd.number(o.occurrence, Need::Optional) : std::nullopt;
    const auto stance = occurrence ? cmd.choice(o.stance, stanceFromKey, Text::tr("supports, challenges or example"))
                                   : std::nullopt;
    const auto style = stance ? cmd.choice(o.style, styleFromKey, Text::tr("background, underline or strikethrough"))
                              : std::nullopt;
    if (!style)
        return std::nullopt;
    return HighlightRequest{*postId,  *quote,           *occurrence,         cmd.values(o.tag),
                            *stance, cmd.value(o.note), cmd.value(o.colour), *style};
}

// #rrggbb or the name of one of the library's highlight colours, in any case. An empty text is no colour (the
// first tag's); nullopt when the text is neither.
std::optional<QColor> parseColour(const QString &text, const QList<HighlightColour> &named)
{
    if (text.isEmpty())
        return QColor();
    if (text.size() == 7 && text.startsWith(u'#')) {
        const QColor colour = QColor::fromString(text);
        return colour.isValid() ? std::optional<QColor>(colour) : std::nullopt;
    }
    const auto it = std::ranges::find_if(
        named, [&](const HighlightColour &c) { return c.name.compare(text, Qt::CaseInsensitive) == 0; });
    return it != named.end() ? std::optional<QColor>(it->colour) : std::nullopt;
}

// Start offsets of the quote's occurrences in text, in text order, not overlapping.
QList<int> occurrences(const QString &text, const QString &quote)
{
    QList<int> starts;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.size()))
        starts << int(at);
    return starts;
}

Result<TextAnchor> anchorInPost(const Post &post, const QString &quote, qint64 occurrence)
{
    const QString text = post.anchorText();
    const QList<int> starts = occurrences(text, quote);
    const int count = int(starts.size());
    if (count == 0)
        return Error{Error::Code::NotFound, Text::tr("the quote is not in post %1.").arg(post.id)};
    if (occurrence == 0 && count > 1) {
        return Error{Error::Code::InvalidArgument,
                     QCoreApplication::translate(
                         "Cli", "the quote occurs %n times in post %1; say which with --occurrence N (1 to %n).",
                         nullptr, count)
                         .arg(post.id)};
    }
    if (occurrence > count) {
        return Error{Error::Code::InvalidArgument,
                     QCoreApplication::translate(
                         "Cli", "--occurrence %1 is out of range: the quote occurs %n time(s) in post %2.", nullptr,
                         count)
                         .arg(occurrence)
                         .arg(post.id)};
    }
    const int start = starts[occurrence > 0 ? occurrence - 1 : 0];
    return AnchorResolver::anchorFor(text, start, start + int(quote.size()));
}

Result<const Tag *> tagAt(const Codebook &codebook, const QString &path)
{
    if (const Tag *tag = codebook.byPath(path))
        return tag;
    return Error{Error::Code::NotFound,
                 Text::tr("there is no tag “%1” in the codebook (“gloss tags” lists them).").arg(path)};
}

// Each path's tag once, in the order given.
Result<QList<Tagging>> taggings(const Codebook &codebook, const QStringList &paths, Stance stance)
{
    QList<Tagging> list;
    for (const QString &path : paths) {
        const auto tag = tagAt(codebook, path);
        if (!tag)
            return tag.error();
        if (!std::ranges::any_of(list, [&](const Tagging &t) { return t.tagId == (*tag)->id; }))
            list << Tagging{(*tag)->id, stance};
    }
    return list;
}

// --- annotations and tags ---

// The ids of every tag at paths and their descendants.
Result<QList<qint64>> subtrees(const Codebook &codebook, const QStringList &paths)
{
    QList<qint64> ids;
    for (const QString &path : paths) {
        const auto tag = tagAt(codebook, path);
        if (!tag)
            return tag.error();
        ids << codebook.subtree((*tag)->id);
    }
    return ids;
}

QString effectiveColour(const Highlight &h, const Codebook &codebook)
{
    if (h.colour.isValid() || h.tags.isEmpty())
        return colourName(h.colour);
    const Tag *first = codebook.tag(h.tags.first().tagId);
    return first ? colourName(first->colour) : QString();
}

// Parents before children, siblings in position order.
void appendInTreeOrder(const Codebook &codebook, qint64 parentId, QList<const Tag *> &order)
{
    for (qint64 id : codebook.children(parentId)) {
        order << codebook.tag(id);
        appendInTreeOrder(codebook, id, order);
    }
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err, QString defaultDatabase)
    : m_out(out)
    , m_err(err)
    , m_defaultDatabase(std::move(defaultDatabase))
{
}

bool Cli::wantsCli(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        // Options of the window that take a value: the value is not a command.
        if (arg == u"--database"_s || arg == u"--server"_s || arg == u"--screenshot"_s) {
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
    parser.addOption(serverOption());
}

QString Cli::databasePath(const QCommandLineParser &parser)
{
    // A command's own parser only knows --database: the server URL reaches it that way (see run()).
    const QStringList names = parser.optionNames();
    if (names.contains(u"server"_s))
        return parser.value(u"server"_s);
    const QString path = parser.value(databaseOption());
    return path.isEmpty() ? Database::defaultSqlitePath() : path;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Gloss: read blog posts and annotate them.\n\nWithout a command, Gloss opens its window.\n\nCommands:\n")
        + [] {
              QString text;
              for (const Command &c : commands())
                  text += u"  "_s + c.name.leftJustified(12) + c.summary + u'\n';
              return text;
          }()
        + Text::tr("\nRun “gloss COMMAND --help” for a command’s options."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    addCommonOptions(parser);
    parser.addPositionalArgument(u"command"_s, Text::tr("What to do (see above)."), Text::tr("[command]"));

    if (!parser.parse(arguments)) {
        m_err << Text::tr("gloss: %1").arg(parser.errorText()) << Qt::endl;
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
    // In front, so that it stays an option even after a "--" that ends the command's options. A server URL goes
    // the same way: the commands open what --database names, file or server.
    if (parser.isSet(serverOption()) && parser.isSet(databaseOption())) {
        m_err << Text::tr("gloss: --database and --server name two libraries; use one of them.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(serverOption()))
        rest = QStringList{u"--database"_s, parser.value(serverOption())} + rest;
    else if (parser.isSet(databaseOption()))
        rest = QStringList{u"--database"_s, parser.value(databaseOption())} + rest;
    else if (!m_defaultDatabase.isEmpty())
        rest = QStringList{u"--database"_s, m_defaultDatabase} + rest;
    rest.prepend(arguments.value(0) + u' ' + positional.first());

    const QString command = positional.first();
    const std::pair<QString, int (Cli::*)(const QStringList &)> handlers[] = {
        {u"list"_s, &Cli::list},
        {u"highlight"_s, &Cli::highlight},
        {u"annotations"_s, &Cli::annotations},
        {u"tags"_s, &Cli::tags},
        {u"search"_s, &Cli::search},
    };
    for (const auto &[name, handler] : handlers) {
        if (command == name)
            return (this->*handler)(rest);
    }
    // Commands that live beside the formats they read and write.
    const std::pair<QString, int (*)(const QStringList &, QTextStream &, QTextStream &)> commandsElsewhere[] = {
        {u"export"_s, &runExportCommand},
        {u"import"_s, &runImportCommand},
        {u"import-annotations"_s, &runImportAnnotationsCommand},
        {u"copy"_s, &runCopyCommand},
    };
    for (const auto &[name, run] : commandsElsewhere) {
        if (command == name)
            return run(rest, m_out, m_err);
    }
    m_err << Text::tr("gloss: unknown command “%1”. Run “gloss --help” for the list of commands.").arg(command)
          << Qt::endl;
    return Usage;
}

int Cli::list(const QStringList &arguments)
{
    Invocation cmd(u"list"_s, Text::tr("List the posts in the library."), m_out, m_err);
    cmd.addFormatOption();
    if (const auto done = cmd.parse(arguments))
        return *done;
    const auto library = cmd.openLibrary();
    const auto posts = library ? cmd.get(library->posts().summaries()) : std::nullopt;
    if (!posts)
        return Failure;

    return cmd.write(
        *posts, {u"id"_s, u"date"_s, u"title"_s, u"author"_s, u"categories"_s, u"words"_s, u"comments"_s, u"highlights"_s},
        [](const PostSummary &p) {
            return QJsonObject{
                {u"id"_s, p.id},
                {u"date"_s, p.isoDate()},
                {u"title"_s, p.title},
                {u"title_derived"_s, p.titleDerived},
                {u"author"_s, p.author},
                {u"categories"_s, QJsonArray::fromStringList(p.categories)},
                {u"words"_s, p.wordCount},
                {u"comments"_s, p.commentCount},
                {u"highlights"_s, p.highlightCount},
            };
        },
        [](const PostSummary &p) {
            return QStringList{QString::number(p.id),         p.isoDate(),
                               p.title,                       p.author,
                               p.categories.join(u", "_s),    QString::number(p.wordCount),
                               QString::number(p.commentCount), QString::number(p.highlightCount)};
        });
}

int Cli::highlight(const QStringList &arguments)
{
    Invocation cmd(u"highlight"_s,
                   Text::tr("Highlight a quote in a post and print the new highlight’s id. Nothing is written unless "
                      "the post, the quote and every tag are found."),
                   m_out, m_err);
    const HighlightOptions options;
    cmd.addOptions(options.all());
    if (const auto done = cmd.parse(arguments))
        return *done;
    const auto request = readRequest(cmd, options);
    if (!request)
        return Usage;

    const auto library = cmd.openLibrary();
    const auto named = library ? cmd.get(library->tags().colours()) : std::nullopt;
    if (!named)
        return Failure;
    const auto colour = parseColour(request->colour, *named);
    if (!colour) {
        QStringList names;
        for (const HighlightColour &c : *named)
            names << c.name.toLower();
        return cmd.fail(Usage, Text::tr("unknown colour “%1”; use #rrggbb or one of: %2.")
                                   .arg(request->colour, names.join(u", "_s)));
    }

    const auto post = cmd.get(library->posts().post(request->postId));
    const auto anchor = post ? cmd.get(anchorInPost(*post, request->quote, request->occurrence)) : std::nullopt;
    const auto codebook = anchor ? cmd.get(library->tags().codebook()) : std::nullopt;
    if (!codebook)
        return Failure;
    const auto tagging = taggings(*codebook, request->tagPaths, request->stance);
    if (!tagging)
        return cmd.fail(Failure, tagging.error().message + u' ' + Text::tr("Nothing was written."));

    Highlight h;
    h.postId = request->postId;
    h.anchor = *anchor;
    h.colour = *colour;
    h.style = request->style;
    h.note = request->note;
    h.tags = *tagging;
    const auto id = cmd.get(library->highlights().add(h));
    if (!id)
        return Failure;
    m_out << *id << u'\n';
    m_out.flush();
    return Success;
}

int Cli::annotations(const QStringList &arguments)
{
    Invocation cmd(u"annotations"_s,
                   Text::tr("List the highlights: id, post, post title, offsets, orphaned, quote, note, tags with their "
                      "stance, colour (its own, else its first tag’s), style, created and modified (UTC), who made it and who "
                      "changed it last."),
                   m_out, m_err);
    const QCommandLineOption postOption(u"post"_s, Text::tr("Only the highlights of this post."), Text::tr("id"));
    const QCommandLineOption tagOption(u"tag"_s, Text::tr("Only highlights tagged with <path> or a tag below it."),
                                       Text::tr("path"));
    const QCommandLineOption authorOption(u"author"_s, Text::tr("Only the highlights <name> made."), Text::tr("name"));
    cmd.addOptions({postOption, tagOption, authorOption});
    cmd.addFormatOption();
    if (const auto done = cmd.parse(arguments))
        return *done;
    const auto postId = cmd.number(postOption, Need::Optional);
    if (!postId)
        return Usage;

    const auto library = cmd.openLibrary();
    // An unknown post is an error rather than an empty list: the id is more likely mistyped than unannotated.
    if (!library || (*postId > 0 && !cmd.get(library->posts().post(*postId))))
        return Failure;
    const auto summaries = cmd.get(library->posts().summaries());
    const auto codebook = summaries ? cmd.get(library->tags().codebook()) : std::nullopt;
    const auto tagIds = codebook ? cmd.get(subtrees(*codebook, cmd.values(tagOption))) : std::nullopt;
    auto highlights = tagIds ? cmd.get(library->highlights().all(*postId, *tagIds)) : std::nullopt;
    if (!highlights)
        return Failure;
    if (cmd.isSet(authorOption)) {
        const QString author = cmd.value(authorOption);
        highlights->removeIf([&author](const Highlight &h) { return h.createdBy != author; });
    }

    QHash<qint64, QString> titles;
    for (const PostSummary &p : *summaries)
        titles.insert(p.id, p.title);
    const auto path = [&](const Tagging &t) { return codebook->path(t.tagId); };

    return cmd.write(
        *highlights,
        {u"id"_s, u"post"_s, u"post_title"_s, u"start"_s, u"end"_s, u"orphaned"_s, u"quote"_s, u"note"_s, u"tags"_s,
         u"colour"_s, u"style"_s, u"created"_s, u"modified"_s, u"created_by"_s, u"modified_by"_s},
        [&](const Highlight &h) {
            QJsonArray tags;
            for (const Tagging &t : h.tags)
                tags.append(QJsonObject{{u"path"_s, path(t)}, {u"stance"_s, stanceKey(t.stance)}});
            return QJsonObject{
                {u"id"_s, h.id},
                {u"post"_s, h.postId},
                {u"post_title"_s, titles.value(h.postId)},
                {u"anchor"_s,
                 QJsonObject{{u"start"_s, h.anchor.start},
                             {u"end"_s, h.anchor.end},
                             {u"prefix"_s, h.anchor.prefix},
                             {u"suffix"_s, h.anchor.suffix}}},
                {u"orphaned"_s, h.orphaned},
                {u"quote"_s, h.anchor.quote},
                {u"note"_s, h.note},
                {u"tags"_s, tags},
                {u"colour"_s, effectiveColour(h, *codebook)},
                {u"style"_s, styleKey(h.style)},
                {u"created"_s, isoUtc(h.created)},
                {u"modified"_s, isoUtc(h.modified)},
                {u"created_by"_s, h.createdBy},
                {u"modified_by"_s, h.modifiedBy},
            };
        },
        [&](const Highlight &h) {
            QStringList tags;
            for (const Tagging &t : h.tags)
                tags << path(t) + u" ("_s + stanceKey(t.stance) + u')';
            return QStringList{QString::number(h.id),        QString::number(h.postId),
                               titles.value(h.postId),       QString::number(h.anchor.start),
                               QString::number(h.anchor.end), boolText(h.orphaned),
                               h.anchor.quote,               h.note,
                               tags.join(u"; "_s),           effectiveColour(h, *codebook),
                               styleKey(h.style),            isoUtc(h.created),
                               isoUtc(h.modified),           h.createdBy,
                               h.modifiedBy};
        });
}

int Cli::tags(const QStringList &arguments)
{
    Invocation cmd(u"tags"_s,
                   Text::tr("List the codebook depth-first (parents before children, siblings in order): id, parent id "
                      "(0 at the top level), path (“Parent/Child”), colour, description and the number of "
                      "highlights tagged with it. JSON is a flat array of such objects; rebuild the tree from "
                      "“parent”."),
                   m_out, m_err);
    cmd.addFormatOption();
    if (const auto done = cmd.parse(arguments))
        return *done;
    const auto library = cmd.openLibrary();
    const auto codebook = library ? cmd.get(library->tags().codebook()) : std::nullopt;
    const auto counts = codebook ? cmd.get(library->tags().highlightCounts()) : std::nullopt;
    if (!counts)
        return Failure;

    QList<const Tag *> order;
    appendInTreeOrder(*codebook, 0, order);
    return cmd.write(
        order, {u"id"_s, u"parent"_s, u"path"_s, u"colour"_s, u"description"_s, u"highlights"_s},
        [&](const Tag *t) {
            return QJsonObject{
                {u"id"_s, t->id},
                {u"parent"_s, t->parentId},
                {u"path"_s, codebook->path(t->id)},
                {u"colour"_s, colourName(t->colour)},
                {u"description"_s, t->description},
                {u"highlights"_s, counts->value(t->id)},
            };
        },
        [&](const Tag *t) {
            return QStringList{QString::number(t->id), QString::number(t->parentId), codebook->path(t->id),
                               colourName(t->colour),       t->description,                QString::number(counts->value(t->id))};
        });
}

int Cli::search(const QStringList &arguments)
{
    Invocation cmd(u"search"_s,
                   Text::tr("Search the posts (title, author, text, comments) and the highlights (quote, note, tag "
                      "names). Prints matching posts, best first, then matching highlights: post id, highlight id "
                      "(0 for a post), kind (post or highlight), score (higher is better), post title and a "
                      "snippet with the matched words between ** and **. JSON adds a highlight’s start and end "
                      "offsets.\n\n"
                      "Query: words (all must match), \"exact phrase\", prefix*, -exclude, and the fields "
                      "title:, author:, tag:, note:, stance: (supports, challenges or example). Case and accents "
                      "do not matter. Put the query in single quotes to keep its quotation marks, and after -- "
                      "when it excludes words: gloss search -- 'marketing -\"customer service\"'."),
                   m_out, m_err);
    const QCommandLineOption limitOption(u"limit"_s, Text::tr("At most <n> posts and <n> highlights (default 20)."),
                                         Text::tr("n"), u"20"_s);
    cmd.addOptions({limitOption});
    cmd.addFormatOption();
    cmd.addPositionalArgument(u"query"_s, Text::tr("What to look for; several arguments are joined by spaces."),
                              Text::tr("query…"));
    if (const auto done = cmd.parse(arguments))
        return *done;
    const auto limit = cmd.number(limitOption, Need::Required);
    if (!limit)
        return Usage;
    const QString text = cmd.positionalArguments().join(u' ');
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid())
        return cmd.fail(Usage, query.hint());
    if (query.isEmpty())
        return cmd.fail(Usage, Text::tr("say what to search for, e.g. gloss search receptionist."));

    const auto library = cmd.openLibrary();
    const auto hits = library ? cmd.get(library->search().search(query, int(std::min<qint64>(*limit, 10000))))
                              : std::nullopt;
    if (!hits)
        return Failure;

    const auto kind = [](const SearchHit &h) {
        return h.kind == SearchHit::Kind::Post ? u"post"_s : u"highlight"_s;
    };
    const auto snippet = [](const SearchHit &h) { return h.snippetMarkedWith(u"**"_s, u"**"_s); };
    return cmd.write(
        *hits, {u"post"_s, u"highlight"_s, u"kind"_s, u"score"_s, u"title"_s, u"snippet"_s},
        [&](const SearchHit &h) {
            QJsonObject object{
                {u"post"_s, h.postId},
                {u"highlight"_s, h.highlightId},
                {u"kind"_s, kind(h)},
                {u"score"_s, h.score},
                {u"title"_s, h.postTitle},
                {u"snippet"_s, snippet(h)},
            };
            if (h.kind == SearchHit::Kind::Highlight) {
                object.insert(u"start"_s, h.anchorStart);
                object.insert(u"end"_s, h.anchorEnd);
            }
            return object;
        },
        [&](const SearchHit &h) {
            return QStringList{QString::number(h.postId), QString::number(h.highlightId), kind(h),
                               QString::number(h.score, 'f', 3), h.postTitle, snippet(h)};
        });
}

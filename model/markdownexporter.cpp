// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/Template>
#include <KTextTemplate/TemplateLoader>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MarkdownExporter", text);
}

QString normaliseLineBreaks(QString text)
{
    return text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// "&amp;", "&#32;", "&#x20;": only these make '&' special in CommonMark.
bool startsEntity(const QString &text, qsizetype at)
{
    static const QRegularExpression entity(u"\\G&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"_s);
    return entity.match(text, at).hasMatch();
}

// One line of literal text. Characters that start inline syntax anywhere (CommonMark, GitHub tables and
// strikethrough, Obsidian tags, highlights, maths, comments and wiki links) are escaped everywhere; block syntax
// only matters at the line's start. Leading and trailing blanks become no-break spaces: Markdown strips blanks
// there, and a trailing pair would be a line break.
QString escapeLine(const QString &line)
{
    qsizetype first = 0;
    while (first < line.size() && isBlank(line[first]))
        ++first;
    qsizetype last = line.size();
    while (last > first && isBlank(line[last - 1]))
        --last;

    QString out;
    out.reserve(line.size() + line.size() / 4 + 8);
    out += QString(first, QChar(QChar::Nbsp));

    // "12. " or "3) " at the start would begin an ordered list.
    qsizetype digitsEnd = first;
    while (digitsEnd < last && line[digitsEnd].isDigit() && line[digitsEnd].unicode() < 128)
        ++digitsEnd;
    const qsizetype listDelimiter = digitsEnd > first && digitsEnd < last
                                            && (line[digitsEnd] == u'.' || line[digitsEnd] == u')')
                                        ? digitsEnd
                                        : -1;

    static const QString always = u"\\`*_[]<>|~$#="_s;
    for (qsizetype i = first; i < last; ++i) {
        const QChar c = line[i];
        bool escape = always.contains(c);
        if (i == first && (c == u'-' || c == u'+'))
            escape = true; // list item, thematic break or setext underline
        if (i == listDelimiter)
            escape = true;
        if (c == u'&' && startsEntity(line, i))
            escape = true;
        if (c == u'%' && i + 1 < last && line[i + 1] == u'%')
            escape = true; // Obsidian comment
        if (escape)
            out += u'\\';
        out += c;
    }
    out += QString(line.size() - last, QChar(QChar::Nbsp));
    return out;
}

// Text without the line breaks at either end: a passage starts and ends with its words.
QStringList quoteLines(const QString &text)
{
    QString t = normaliseLineBreaks(text);
    while (t.startsWith(u'\n'))
        t.remove(0, 1);
    while (t.endsWith(u'\n'))
        t.chop(1);
    return t.split(u'\n');
}

// Raw HTML in a note is shown as text: an unclosed tag would swallow the rest of the file in many renderers
// (QTextDocument among them). '<' starting a tag, comment or declaration is escaped, except in code and autolinks.
QString escapeNoteHtml(const QString &markdown)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    static const QRegularExpression autolink(u"\\G<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*|[^<>\\s@]+@[^<>\\s@]+)>"_s);
    QStringList lines = markdown.split(u'\n');
    QString openFence;
    for (QString &line : lines) {
        if (const auto m = fence.match(line); m.hasMatch()) {
            const QString marks = m.captured(1);
            if (openFence.isEmpty())
                openFence = marks;
            else if (marks.front() == openFence.front() && marks.size() >= openFence.size())
                openFence.clear();
            continue;
        }
        if (!openFence.isEmpty() || line.startsWith(u"    "_s) || line.startsWith(u'\t'))
            continue; // code shows '<' as it is
        QString out;
        qsizetype codeTicks = 0; // inside a code span opened by this many backticks
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (c == u'`') {
                qsizetype run = 1;
                while (i + run < line.size() && line[i + run] == u'`')
                    ++run;
                if (codeTicks == 0)
                    codeTicks = run;
                else if (run == codeTicks)
                    codeTicks = 0;
                out += line.mid(i, run);
                i += run - 1;
                continue;
            }
            if (c == u'<' && codeTicks == 0 && (i == 0 || line[i - 1] != u'\\') && i + 1 < line.size()
                && (line[i + 1].isLetter() || line[i + 1] == u'/' || line[i + 1] == u'!' || line[i + 1] == u'?')
                && !autolink.match(line, i).hasMatch()) {
                out += u'\\';
            }
            out += c;
        }
        line = out;
    }
    return lines.join(u'\n');
}

QString colourName(const QColor &colour)
{
    return colour.isValid() ? colour.name() : QString();
}

// Tree tags a Markdown file opens with: {% for %}, {% if %}… and the tags that close them.
const QSet<QString> &blockTags()
{
    static const QSet<QString> tags{u"autoescape"_s, u"block"_s,     u"comment"_s, u"filter"_s,  u"for"_s,
                                    u"if"_s,         u"ifchanged"_s, u"ifequal"_s, u"ifnotequal"_s,
                                    u"range"_s,      u"spaceless"_s, u"verbatim"_s, u"with"_s};
    return tags;
}

struct TemplateToken
{
    enum Kind { Block, Variable } kind;
    QString content; // trimmed
    int line;        // from 1
};

QList<TemplateToken> templateTokens(const QString &text)
{
    static const QRegularExpression token(u"\\{%(.*?)%\\}|\\{\\{(.*?)\\}\\}"_s);
    QList<TemplateToken> tokens;
    int line = 1;
    qsizetype counted = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        line += int(QStringView(text).mid(counted, m.capturedStart() - counted).count(u'\n'));
        counted = m.capturedStart();
        const bool block = m.capturedLength(1) > 0 || m.captured(0).startsWith(u"{%"_s);
        tokens << TemplateToken{block ? TemplateToken::Block : TemplateToken::Variable,
                                (block ? m.captured(1) : m.captured(2)).trimmed(), line};
    }
    return tokens;
}

QString commandOf(const TemplateToken &t)
{
    return t.content.section(u' ', 0, 0, QString::SectionSkipEmpty);
}

// KTextTemplate names the problem but (in the versions we build with) reports line 0, so the line is found here
// from what the message names: the unknown filter or tag, the mismatched or unclosed block.
std::optional<int> errorLine(const QString &templateText, const QString &message)
{
    static const QRegularExpression lineInMessage(u"line (\\d+)"_s);
    for (auto it = lineInMessage.globalMatch(message); it.hasNext();) {
        const int n = it.next().captured(1).toInt();
        if (n > 0)
            return n;
    }
    const QList<TemplateToken> tokens = templateTokens(templateText);

    static const QRegularExpression unknownFilter(u"Unknown filter: ([\\w.]+)"_s);
    if (const auto m = unknownFilter.match(message); m.hasMatch()) {
        const QRegularExpression use(u"\\|\\s*"_s + QRegularExpression::escape(m.captured(1)) + u"\\b"_s);
        for (const TemplateToken &t : tokens) {
            if (use.match(t.content).hasMatch())
                return t.line;
        }
    }
    if (message.startsWith(u"Empty variable"_s)) {
        for (const TemplateToken &t : tokens) {
            if (t.kind == TemplateToken::Variable && t.content.isEmpty())
                return t.line;
        }
    }

    // Block structure: the first closing tag that does not match, else the innermost tag left open.
    QList<TemplateToken> open;
    static const QRegularExpression invalidTag(u"Invalid block tag[^']*'(\\w+)'"_s);
    const QString invalid = invalidTag.match(message).captured(1);
    for (const TemplateToken &t : tokens) {
        if (t.kind != TemplateToken::Block)
            continue;
        const QString command = commandOf(t);
        if (!invalid.isEmpty() && command == invalid && !command.startsWith(u"end"_s))
            return t.line; // an unknown tag
        if (blockTags().contains(command)) {
            open << t;
        } else if (command.startsWith(u"end"_s) && blockTags().contains(command.mid(3))) {
            if (open.isEmpty() || commandOf(open.constLast()) != command.mid(3))
                return t.line;
            open.removeLast();
        }
    }
    if (!open.isEmpty())
        return open.constLast().line;
    return std::nullopt;
}

Error templateError(const QString &templateText, const QString &name, const QString &message)
{
    // KTextTemplate appends ", line 0, NAME" and says "on line 0"; our line replaces both.
    QString clean = message;
    clean.replace(QRegularExpression(u"(, line \\d+, [^,]*)+$"_s), QString());
    clean.replace(QRegularExpression(u" on line \\d+"_s), QString());
    clean.replace(u"''"_s, u"'"_s);
    if (const auto line = errorLine(templateText, message)) {
        return Error{Error::Code::Parse,
                     tr("Error in the template “%1”, line %2: %3").arg(name).arg(*line).arg(clean)};
    }
    return Error{Error::Code::Parse, tr("Error in the template “%1”: %2").arg(name, clean)};
}

QVariantHash taggingHash(const ExportTagging &t)
{
    return {
        {u"path"_s, MarkdownExporter::escapeInline(t.path)},
        {u"name"_s, MarkdownExporter::nestedTag(t.path)},
        {u"yaml"_s, MarkdownExporter::yamlString(MarkdownExporter::nestedTag(t.path).mid(1))},
        {u"stance"_s, stanceKey(t.stance)},
        {u"colour"_s, colourName(t.colour)},
    };
}

QString citation(const ExportPost &post)
{
    QStringList parts;
    if (!post.title.trimmed().isEmpty())
        parts << u'*' + MarkdownExporter::escapeInline(post.title.trimmed()) + u'*';
    if (!post.author.trimmed().isEmpty())
        parts << MarkdownExporter::escapeInline(post.author.trimmed());
    if (!post.isoDate().isEmpty())
        parts << post.isoDate();
    return parts.join(u", "_s);
}

QVariantHash postHash(const ExportPost &post)
{
    QStringList byline;
    if (!post.author.trimmed().isEmpty())
        byline << MarkdownExporter::escapeInline(post.author.trimmed());
    if (!post.isoDate().isEmpty())
        byline << post.isoDate();
    byline << MarkdownExporter::escapeInline(post.source);
    return {
        {u"id"_s, post.id},
        {u"title"_s, MarkdownExporter::escapeInline(post.title)},
        {u"title_yaml"_s, MarkdownExporter::yamlString(post.title)},
        {u"author"_s, MarkdownExporter::escapeInline(post.author)},
        {u"author_yaml"_s, MarkdownExporter::yamlString(post.author)},
        {u"date"_s, post.isoDate()},
        {u"source"_s, MarkdownExporter::escapeInline(post.source)},
        {u"source_yaml"_s, MarkdownExporter::yamlString(post.source)},
        {u"byline"_s, byline.join(u" · "_s)},
        {u"citation"_s, citation(post)},
    };
}

QVariantHash highlightHash(const ExportHighlight &h, const ExportPost &post)
{
    QVariantList tags;
    for (const ExportTagging &t : h.tags)
        tags << taggingHash(t);
    const QString note = normaliseLineBreaks(h.note).trimmed();
    return {
        {u"id"_s, h.id},
        {u"quote"_s, MarkdownExporter::escapeInline(h.anchor.quote)},
        {u"quote_block"_s, MarkdownExporter::quoteBlock(h.anchor.quote)},
        {u"note"_s, note},
        {u"note_item"_s, MarkdownExporter::noteItem(escapeNoteHtml(note))},
        {u"tags"_s, tags},
        {u"colour"_s, colourName(h.colour)},
        {u"style"_s, styleKey(h.style)},
        {u"start"_s, h.anchor.start},
        {u"end"_s, h.anchor.end},
        {u"orphaned"_s, h.orphaned},
        {u"created"_s, h.created.toUTC().toString(Qt::ISODate)},
        {u"modified"_s, h.modified.toUTC().toString(Qt::ISODate)},
        {u"post"_s, postHash(post)},
        {u"citation"_s, citation(post)},
    };
}

QString headingMarks(int depth)
{
    return QString(std::min(6, 2 + depth), u'#');
}

} // namespace

MarkdownExporter::MarkdownExporter(ExportArrangement arrangement, QString templateFile)
    : m_arrangement(arrangement)
    , m_templateFile(std::move(templateFile))
{
}

QString MarkdownExporter::formatName() const
{
    return u"markdown"_s;
}

QString MarkdownExporter::fileSuffix() const
{
    return u"md"_s;
}

QString MarkdownExporter::defaultTemplatePath(ExportArrangement arrangement)
{
    return arrangement == ExportArrangement::ByArgument ? u":/templates/by-argument.md"_s
                                                        : u":/templates/by-post.md"_s;
}

QString MarkdownExporter::escapeInline(const QString &text)
{
    QString oneLine = normaliseLineBreaks(text);
    oneLine.replace(u'\n', u' ');
    return escapeLine(oneLine);
}

QString MarkdownExporter::quoteBlock(const QString &text)
{
    QStringList lines;
    for (const QString &line : quoteLines(text))
        lines << u"> "_s + escapeLine(line);
    // A backslash before the line break is a hard break, even on an empty line, so blank lines survive.
    return lines.join(u"\\\n"_s);
}

QString MarkdownExporter::noteItem(const QString &markdown)
{
    QStringList lines = normaliseLineBreaks(markdown).split(u'\n');
    while (!lines.isEmpty() && lines.constFirst().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return {};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0)
            lines[i] = u"- "_s + lines[i];
        else if (!lines[i].trimmed().isEmpty())
            lines[i] = u"  "_s + lines[i];
        else
            lines[i].clear();
    }
    return lines.join(u'\n');
}

QString MarkdownExporter::yamlString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case 0x85:
            out += u"\\N"_s;
            break;
        case 0x2028:
            out += u"\\L"_s;
            break;
        case 0x2029:
            out += u"\\P"_s;
            break;
        case 0xfeff:
            out += u"\\uFEFF"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    return out + u'"';
}

QString MarkdownExporter::nestedTag(const QString &path)
{
    QStringList parts;
    for (const QString &name : path.split(u'/', Qt::SkipEmptyParts)) {
        QString slug;
        for (const QChar c : name.toLower()) {
            if (c.isLetterOrNumber() || c == u'_')
                slug += c;
            else if (!slug.endsWith(u'-'))
                slug += u'-';
        }
        while (slug.startsWith(u'-'))
            slug.remove(0, 1);
        while (slug.endsWith(u'-'))
            slug.chop(1);
        parts << (slug.isEmpty() ? u"tag"_s : slug);
    }
    return u'#' + parts.join(u'/');
}

QVariantHash MarkdownExporter::context(const ExportDocument &document) const
{
    QVariantList posts;
    QVariantList sources;
    QStringList tagPaths; // in order of first use
    QVariantList untagged;
    for (const ExportPost &post : document.posts) {
        QVariantHash p = postHash(post);
        QVariantList highlights;
        QStringList postTagPaths;
        for (const ExportHighlight &h : post.highlights) {
            highlights << highlightHash(h, post);
            if (h.tags.isEmpty())
                untagged << highlights.constLast();
            for (const ExportTagging &t : h.tags) {
                if (!postTagPaths.contains(t.path))
                    postTagPaths << t.path;
                if (!tagPaths.contains(t.path))
                    tagPaths << t.path;
            }
        }
        QVariantList postTags;
        for (const QString &path : std::as_const(postTagPaths))
            postTags << taggingHash(ExportTagging{0, path, Stance::Supports, {}});
        p.insert(u"highlights"_s, highlights);
        p.insert(u"tags"_s, postTags);
        posts << p;
        sources << yamlString(post.source);
    }

    // Arguments in tree order with their passages by stance; those with no passage in or below them are left out.
    QHash<qint64, QVariantList> byStance[3];
    QHash<qint64, int> direct;
    for (const ExportPost &post : document.posts) {
        for (const ExportHighlight &h : post.highlights) {
            for (const ExportTagging &t : h.tags) {
                byStance[int(t.stance)][t.tagId] << highlightHash(h, post);
                ++direct[t.tagId];
            }
        }
    }
    QVariantList arguments;
    for (const ExportArgument &a : document.arguments) {
        int total = 0;
        for (const ExportArgument &b : document.arguments) {
            if (b.path == a.path || b.path.startsWith(a.path + u'/'))
                total += direct.value(b.id);
        }
        if (total == 0)
            continue;
        arguments << QVariantHash{
            {u"path"_s, escapeInline(a.path)},
            {u"name"_s, escapeInline(a.name)},
            {u"tag"_s, nestedTag(a.path)},
            {u"description"_s, escapeInline(a.description)},
            {u"colour"_s, colourName(a.colour)},
            {u"depth"_s, a.depth},
            {u"heading"_s, headingMarks(a.depth)},
            {u"count"_s, direct.value(a.id)},
            {u"total"_s, total},
            {u"supports"_s, byStance[int(Stance::Supports)].value(a.id)},
            {u"challenges"_s, byStance[int(Stance::Challenges)].value(a.id)},
            {u"examples"_s, byStance[int(Stance::Example)].value(a.id)},
        };
    }

    QVariantList tags;
    for (const QString &path : std::as_const(tagPaths))
        tags << taggingHash(ExportTagging{0, path, Stance::Supports, {}});

    const bool onePost = document.posts.size() == 1 && document.scopeArgument.isEmpty();
    const ExportPost single = onePost ? document.posts.constFirst() : ExportPost();
    QString sourceYaml;
    if (onePost)
        sourceYaml = yamlString(single.source);
    else {
        QStringList list;
        for (const QVariant &s : std::as_const(sources))
            list << s.toString();
        sourceYaml = u'[' + list.join(u", "_s) + u']';
    }

    return {
        {u"title"_s, escapeInline(document.title)},
        {u"title_yaml"_s, yamlString(document.title)},
        {u"date_yaml"_s, onePost && !single.isoDate().isEmpty() ? single.isoDate()
                                                                 : document.created.toUTC().date().toString(Qt::ISODate)},
        {u"exported"_s, document.created.toUTC().toString(Qt::ISODate)},
        {u"author_yaml"_s, onePost && !single.author.isEmpty() ? yamlString(single.author) : QString()},
        {u"source_yaml"_s, sourceYaml},
        {u"scope"_s, escapeInline(document.scopeArgument)},
        {u"tags"_s, tags},
        {u"posts"_s, posts},
        {u"arguments"_s, arguments},
        {u"untagged"_s, untagged},
        {u"post_count"_s, int(document.posts.size())},
        {u"highlight_count"_s, document.highlightCount()},
    };
}

Result<QByteArray> MarkdownExporter::render(const ExportDocument &document) const
{
    const QString path = m_templateFile.isEmpty() ? defaultTemplatePath(m_arrangement) : m_templateFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Io,
                     tr("Cannot read the template “%1”: %2").arg(QFileInfo(path).filePath(), file.errorString())};
    }
    return renderTemplate(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName(), document);
}

Result<QByteArray> MarkdownExporter::renderTemplate(const QString &templateText, const QString &name,
                                                    const ExportDocument &document) const
{
    // Smart trim stays off: it also drops the line break after a line holding only {{ variable }}, and Markdown
    // lives on its line breaks. The shipped templates place their tags so that they add no blank lines.
    KTextTemplate::Engine engine;
    // {% include %} finds templates beside a user's file, or the shipped ones.
    auto loader = QSharedPointer<KTextTemplate::FileSystemTemplateLoader>::create();
    QStringList dirs;
    if (!m_templateFile.isEmpty())
        dirs << QFileInfo(m_templateFile).absolutePath();
    dirs << u":/templates"_s;
    loader->setTemplateDirs(dirs);
    engine.addTemplateLoader(loader);

    const KTextTemplate::Template t = engine.newTemplate(templateText, name);
    if (t->error() != KTextTemplate::NoError)
        return templateError(templateText, name, t->errorString());

    KTextTemplate::Context context(this->context(document));
    context.setAutoEscape(false); // values are escaped for Markdown already; HTML entities would show as text
    const QString text = t->render(&context);
    if (t->error() != KTextTemplate::NoError)
        return templateError(templateText, name, t->errorString());
    return text.toUtf8();
}

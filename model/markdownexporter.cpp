// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/MetaType>
#include <KTextTemplate/Template>
#include <KTextTemplate/TemplateLoader>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)
};

QString normaliseLineBreaks(QString text)
{
    if (!text.contains(u'\r'))
        return text; // the usual case, without a copy
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

// Inline syntax that is escaped wherever it appears; a switch, as this runs for every character exported.
bool alwaysEscaped(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'|':
    case u'~':
    case u'$':
    case u'#':
    case u'=':
        return true;
    default:
        return false;
    }
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

    // At most a backslash before every character; written through a pointer, as this runs for every quote.
    QString out(2 * line.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < first; ++i)
        *o++ = QChar(QChar::Nbsp);

    // "12. " or "3) " at the start would begin an ordered list.
    qsizetype digitsEnd = first;
    while (digitsEnd < last && line[digitsEnd].isDigit() && line[digitsEnd].unicode() < 128)
        ++digitsEnd;
    const qsizetype listDelimiter = digitsEnd > first && digitsEnd < last
                                            && (line[digitsEnd] == u'.' || line[digitsEnd] == u')')
                                        ? digitsEnd
                                        : -1;

    for (qsizetype i = first; i < last; ++i) {
        const QChar c = line[i];
        bool escape = alwaysEscaped(c);
        if (i == first && (c == u'-' || c == u'+'))
            escape = true; // list item, thematic break or setext underline
        if (i == listDelimiter)
            escape = true;
        if (c == u'&' && startsEntity(line, i))
            escape = true;
        if (c == u'%' && i + 1 < last && line[i + 1] == u'%')
            escape = true; // Obsidian comment
        if (escape)
            *o++ = u'\\';
        *o++ = c;
    }
    for (qsizetype i = last; i < line.size(); ++i)
        *o++ = QChar(QChar::Nbsp);
    out.truncate(o - out.constData());
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
        // Only a line starting with up to three blanks and ``` or ~~~ can be a fence: most lines skip the expression.
        const qsizetype indent = std::min<qsizetype>(line.size(), 3);
        qsizetype lead = 0;
        while (lead < indent && line[lead] == u' ')
            ++lead;
        const bool mayBeFence = lead < line.size() && (line[lead] == u'`' || line[lead] == u'~');
        if (const auto m = mayBeFence ? fence.match(line) : QRegularExpressionMatch(); m.hasMatch()) {
            const QString marks = m.captured(1);
            if (openFence.isEmpty())
                openFence = marks;
            else if (marks.front() == openFence.front() && marks.size() >= openFence.size())
                openFence.clear();
            continue;
        }
        if (!openFence.isEmpty() || line.startsWith(u"    "_s) || line.startsWith(u'\t'))
            continue; // code shows '<' as it is
        if (!line.contains(u'<'))
            continue; // nothing to escape
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

// QColor::name() ("#rrggbb"), written directly: QColor::name() goes through printf-style formatting, and an export
// names a colour for every highlight and tag.
QString colourName(const QColor &colour)
{
    if (!colour.isValid())
        return {};
    static constexpr char16_t digits[] = u"0123456789abcdef";
    const QRgb rgb = colour.rgb();
    const int channels[] = {qRed(rgb), qGreen(rgb), qBlue(rgb)};
    QString name(7, u'#');
    QChar *out = name.data() + 1;
    for (const int c : channels) {
        *out++ = QChar(digits[c >> 4]);
        *out++ = QChar(digits[c & 0xf]);
    }
    return name;
}

// QDateTime::toString(Qt::ISODate) in UTC ("2024-05-01T09:30:00Z"), written directly for the same reason; years
// outside 0–9999, which ISO 8601 cannot write in this form, are left to Qt.
QString isoUtc(const QDateTime &value)
{
    const QDateTime utc = value.toUTC();
    int year = 0;
    int month = 0;
    int day = 0;
    utc.date().getDate(&year, &month, &day);
    if (!utc.isValid() || year < 0 || year > 9999)
        return utc.toString(Qt::ISODate);
    const QTime time = utc.time();
    QString text(20, u'0');
    QChar *out = text.data();
    const auto put = [&out](int number, int width) {
        for (int i = width - 1; i >= 0; --i, number /= 10)
            out[i] = QChar(u'0' + number % 10);
        out += width;
    };
    put(year, 4);
    *out++ = u'-';
    put(month, 2);
    *out++ = u'-';
    put(day, 2);
    *out++ = u'T';
    put(time.hour(), 2);
    *out++ = u':';
    put(time.minute(), 2);
    *out++ = u':';
    put(time.second(), 2);
    *out = u'Z';
    return text;
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
                     Text::tr("Error in the template “%1”, line %2: %3").arg(name).arg(*line).arg(clean)};
    }
    return Error{Error::Code::Parse, Text::tr("Error in the template “%1”: %2").arg(name, clean)};
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

// A post's fields, without its highlights and tags.
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

struct TaggingKey
{
    QString path;
    Stance stance;
    QString colour;

    friend bool operator==(const TaggingKey &, const TaggingKey &) = default;
};

size_t qHash(const TaggingKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.path, int(key.stance), key.colour);
}

// The template's values, each made once per export: thousands of highlights share a few posts, tags and colours,
// and QVariant's implicit sharing lets every list that shows a highlight hold the same value.
class ContextValues
{
public:
    const QString &colourName(const QColor &colour)
    {
        const QRgb key = colour.isValid() ? colour.rgb() : 0;
        auto it = m_colourNames.find(key);
        if (it == m_colourNames.end())
            it = m_colourNames.insert(key, ::colourName(colour));
        return *it;
    }

    QVariant tagging(const ExportTagging &t)
    {
        TaggingKey key{t.path, t.stance, colourName(t.colour)};
        auto it = m_taggings.find(key);
        if (it == m_taggings.end()) {
            const QString tag = MarkdownExporter::nestedTag(t.path);
            const QVariantHash value{
                {u"path"_s, MarkdownExporter::escapeInline(t.path)},
                {u"name"_s, tag},
                {u"yaml"_s, MarkdownExporter::yamlString(tag.mid(1))},
                {u"stance"_s, stanceKey(t.stance)},
                {u"colour"_s, key.colour},
            };
            it = m_taggings.insert(std::move(key), value);
        }
        return *it;
    }

private:
    QHash<QRgb, QString> m_colourNames;
    QHash<TaggingKey, QVariant> m_taggings;
};

// A highlight as a template sees it. Its values are made when the template asks for one, not all fifteen ahead of
// every render: the shipped templates use a few of them, and an export of thousands of highlights spent a third
// of its time making, and then freeing, the rest. The document and the values cache outlive the render.
struct TemplateHighlight
{
    const ExportHighlight *highlight = nullptr;
    std::shared_ptr<ContextValues> values;
    QVariant post;     // postHash() of its post
    QVariant citation; // that post's "citation"
    bool authors = false; // ExportDocument::includeAuthors

    QVariant value(const QString &name) const;
};

QVariant TemplateHighlight::value(const QString &name) const
{
    const ExportHighlight &h = *highlight;
    const auto oneLine = [&h] {
        return std::none_of(h.anchor.quote.cbegin(), h.anchor.quote.cend(),
                            [](QChar c) { return c == u'\n' || c == u'\r'; });
    };
    const auto note = [&h] { return normaliseLineBreaks(h.note).trimmed(); };
    if (name == u"quote_block") // a one-line passage, the usual one, is one escaped line
        return oneLine() ? u"> "_s + escapeLine(h.anchor.quote) : MarkdownExporter::quoteBlock(h.anchor.quote);
    if (name == u"quote")
        return oneLine() ? escapeLine(h.anchor.quote) : MarkdownExporter::escapeInline(h.anchor.quote);
    if (name == u"tags") {
        QVariantList tags;
        tags.reserve(h.tags.size());
        for (const ExportTagging &t : h.tags)
            tags << values->tagging(t);
        return tags;
    }
    if (name == u"note")
        return note();
    if (name == u"note_item") {
        const QString text = note();
        return text.isEmpty() ? QString() : MarkdownExporter::noteItem(escapeNoteHtml(text));
    }
    if (name == u"orphaned")
        return h.orphaned;
    if (name == u"id")
        return h.id;
    if (name == u"colour")
        return values->colourName(h.colour);
    if (name == u"style")
        return styleKey(h.style);
    if (name == u"start")
        return h.anchor.start;
    if (name == u"end")
        return h.anchor.end;
    if (name == u"created")
        return isoUtc(h.created);
    if (name == u"modified")
        return isoUtc(h.modified);
    if (name == u"author")
        return authors ? MarkdownExporter::escapeInline(h.createdBy) : QString();
    if (name == u"modified_by")
        return authors ? MarkdownExporter::escapeInline(h.modifiedBy) : QString();
    if (name == u"post")
        return post;
    if (name == u"citation")
        return citation;
    return {};
}

QString headingMarks(int depth)
{
    return QString(std::min(6, 2 + depth), u'#');
}

} // namespace

KTEXTTEMPLATE_BEGIN_LOOKUP(TemplateHighlight)
return object.value(property);
KTEXTTEMPLATE_END_LOOKUP

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
    static const int registered = KTextTemplate::registerMetaType<TemplateHighlight>();
    Q_UNUSED(registered)
    const auto shared = std::make_shared<ContextValues>();
    ContextValues &values = *shared;
    QVariantList posts;
    posts.reserve(document.posts.size());
    QStringList sources;
    QStringList tagPaths; // in order of first use
    QSet<QString> seenTagPaths;
    QVariantList untagged;
    QList<QVariantList> highlightsOfPost; // by post and highlight, for the arguments below
    highlightsOfPost.reserve(document.posts.size());
    for (const ExportPost &post : document.posts) {
        const QVariantHash fields = postHash(post);
        const QVariant postValue = fields;
        const QVariant citationValue = fields.value(u"citation"_s);
        QVariantList highlights;
        highlights.reserve(post.highlights.size());
        QStringList postTagPaths;
        QSet<QString> seenPostTagPaths;
        for (const ExportHighlight &h : post.highlights) {
            highlights << QVariant::fromValue(TemplateHighlight{&h, shared, postValue, citationValue,
                                                                 document.includeAuthors});
            if (h.tags.isEmpty())
                untagged << highlights.constLast();
            for (const ExportTagging &t : h.tags) {
                if (!seenPostTagPaths.contains(t.path)) {
                    seenPostTagPaths.insert(t.path);
                    postTagPaths << t.path;
                }
                if (!seenTagPaths.contains(t.path)) {
                    seenTagPaths.insert(t.path);
                    tagPaths << t.path;
                }
            }
        }
        QVariantList postTags;
        for (const QString &path : std::as_const(postTagPaths))
            postTags << values.tagging(ExportTagging{0, path, Stance::Supports, {}});
        QVariantHash p = fields;
        p.insert(u"highlights"_s, highlights);
        p.insert(u"tags"_s, postTags);
        posts << p;
        sources << yamlString(post.source);
        highlightsOfPost << highlights;
    }

    // Arguments in tree order with their passages by stance; those with no passage in or below them are left out.
    QHash<qint64, QVariantList> byStance[3];
    QHash<qint64, int> direct;
    for (qsizetype i = 0; i < document.posts.size(); ++i) {
        const QList<ExportHighlight> &highlights = document.posts[i].highlights;
        for (qsizetype j = 0; j < highlights.size(); ++j) {
            for (const ExportTagging &t : highlights[j].tags) {
                byStance[int(t.stance)][t.tagId] << highlightsOfPost[i][j];
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
            {u"colour"_s, values.colourName(a.colour)},
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
        tags << values.tagging(ExportTagging{0, path, Stance::Supports, {}});

    const bool onePost = document.posts.size() == 1 && document.scopeArgument.isEmpty();
    const ExportPost single = onePost ? document.posts.constFirst() : ExportPost();
    QString sourceYaml;
    if (onePost)
        sourceYaml = yamlString(single.source);
    else
        sourceYaml = u'[' + sources.join(u", "_s) + u']';

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
                     Text::tr("Cannot read the template “%1”: %2").arg(QFileInfo(path).filePath(), file.errorString())};
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

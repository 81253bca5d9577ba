// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownpostparser.h"

#include "blogdate.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

QString unquote(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() >= 2 && ((v.startsWith(u'"') && v.endsWith(u'"')) || (v.startsWith(u'\'') && v.endsWith(u'\''))))
        return v.sliced(1, v.size() - 2).trimmed();
    return v;
}

// "[a, 'b', c]" or "a, b" → items.
QStringList listValue(const QString &value)
{
    QString v = value.trimmed();
    if (v.startsWith(u'[') && v.endsWith(u']'))
        v = v.sliced(1, v.size() - 2);
    QStringList items;
    for (const QString &item : v.split(u',', Qt::SkipEmptyParts)) {
        const QString s = unquote(item);
        if (!s.isEmpty())
            items << s;
    }
    return items;
}

struct FrontMatter
{
    QHash<QString, QString> values;
    QHash<QString, QStringList> lists;
    qsizetype bodyStart = 0; // line index where the body begins
};

// A small subset of YAML and TOML: "key: value", "key = value", inline lists and "- item" lists. Enough for the
// fields a post's front matter carries; anything else is ignored.
FrontMatter frontMatter(const QStringList &lines)
{
    FrontMatter fm;
    if (lines.isEmpty())
        return fm;
    const QString fence = lines.first().trimmed();
    if (fence != u"---"_s && fence != u"+++"_s)
        return fm;
    const bool toml = fence == u"+++"_s;
    qsizetype end = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString l = lines[i].trimmed();
        if (l == fence || (!toml && l == u"..."_s)) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return fm;
    static const QRegularExpression keyValue = rx(u"^([A-Za-z_][\\w-]*)\\s*[:=]\\s*(.*)$"_s);
    static const QRegularExpression listItem = rx(u"^\\s+-\\s+(.*)$|^-\\s+(.*)$"_s);
    QString lastKey;
    for (qsizetype i = 1; i < end; ++i) {
        const QString &line = lines[i];
        if (const auto item = listItem.match(line); item.hasMatch() && !lastKey.isEmpty()) {
            const QString v = unquote(item.captured(1).isEmpty() ? item.captured(2) : item.captured(1));
            if (!v.isEmpty())
                fm.lists[lastKey] << v;
            continue;
        }
        const auto kv = keyValue.match(line);
        if (!kv.hasMatch())
            continue;
        lastKey = kv.captured(1).toLower();
        const QString value = kv.captured(2).trimmed();
        if (value.startsWith(u'['))
            fm.lists[lastKey] = listValue(value);
        else if (!value.isEmpty())
            fm.values[lastKey] = unquote(value);
    }
    fm.bodyStart = end + 1;
    return fm;
}

BlogDate::Parsed parseDate(const QString &text)
{
    BlogDate::Parsed parsed = BlogDate::parse(text);
    if (!parsed.isValid()) {
        // Static site generators write "2009-09-24 10:00:00 +0200".
        static const QRegularExpression offset = rx(u"\\s+(?:[+-]\\d{2}:?\\d{2}|Z|UTC|GMT)$"_s);
        parsed = BlogDate::parse(QString(text).remove(offset));
    }
    return parsed;
}

QString decodeEntities(QString s)
{
    static const std::pair<QString, QString> entities[] = {
        {u"&lt;"_s, u"<"_s},  {u"&gt;"_s, u">"_s},     {u"&quot;"_s, u"\""_s}, {u"&#39;"_s, u"'"_s},
        {u"&nbsp;"_s, u" "_s}, {u"&mdash;"_s, u"—"_s}, {u"&ndash;"_s, u"–"_s}, {u"&hellip;"_s, u"…"_s},
        {u"&amp;"_s, u"&"_s}, // last, so "&amp;lt;" stays "&lt;"
    };
    for (const auto &[entity, character] : entities)
        s.replace(entity, character);
    return s;
}

// Inline Markdown → its text.
QString plainInline(QString s)
{
    // Escaped punctuation is set aside as private-use characters first, so no rule below takes it for markup.
    static const QRegularExpression escape = rx(u"\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>~|])"_s);
    for (auto m = escape.match(s); m.hasMatch(); m = escape.match(s, m.capturedStart() + 1))
        s.replace(m.capturedStart(), 2, QChar(0xE000 + m.captured(1).front().unicode()));
    static const QList<std::pair<QRegularExpression, QString>> replacements = {
        {rx(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s), u"\\1"_s},          // image → alt text
        {rx(u"!\\[([^\\]]*)\\]\\[[^\\]]*\\]"_s), u"\\1"_s},
        {rx(u"\\[([^\\]]+)\\]\\([^)]*\\)"_s), u"\\1"_s},           // link → its text
        {rx(u"\\[([^\\]]+)\\]\\[[^\\]]*\\]"_s), u"\\1"_s},
        {rx(u"<((?:https?|mailto):[^>\\s]+)>"_s), u"\\1"_s},       // autolink
        {rx(u"</?[A-Za-z][^>]*>"_s), QString()},                  // inline HTML
        {rx(u"`+([^`]+?)`+"_s), u"\\1"_s},                        // code span
        {rx(u"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"_s), u"\\2"_s},  // strong
        {rx(u"\\*(?=\\S)(.+?)(?<=\\S)\\*"_s), u"\\1"_s},          // emphasis
        {rx(u"(?<!\\w)_(?=\\S)(.+?)(?<=\\S)_(?!\\w)"_s), u"\\1"_s},
        {rx(u"~~(.+?)~~"_s), u"\\1"_s},                           // strikethrough
        {rx(u"  +$"_s), QString()},                               // hard line break
    };
    for (const auto &[pattern, replacement] : replacements)
        s.replace(pattern, replacement);
    s = decodeEntities(s);
    for (QChar &c : s) {
        if (c.unicode() >= 0xE000 && c.unicode() < 0xE080)
            c = QChar(c.unicode() - 0xE000);
    }
    return s.simplified();
}

} // namespace

bool MarkdownPostParser::looksLikeMarkdown(const QString &text)
{
    static const QRegularExpression frontMatterStart = rx(u"^\\x{FEFF}?(?:---|\\+\\+\\+)[ \\t]*\\r?\\n"_s);
    static const QRegularExpression heading = rx(u"^\\s*#[ \\t]+\\S"_s);
    return frontMatterStart.match(text).hasMatch() || heading.match(text).hasMatch();
}

Post MarkdownPostParser::parse(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    const FrontMatter fm = frontMatter(lines);

    Post post;
    post.title = plainInline(fm.values.value(u"title"_s));
    post.author = fm.values.value(u"author"_s);
    if (post.author.isEmpty() && !fm.lists.value(u"author"_s).isEmpty())
        post.author = fm.lists.value(u"author"_s).join(u", "_s);
    const BlogDate::Parsed date = parseDate(fm.values.value(u"date"_s));
    post.published = date.value;
    post.publishedHasTime = date.hasTime;
    for (const QString &key : {u"categories"_s, u"category"_s, u"tags"_s, u"tag"_s}) {
        QStringList values = fm.lists.value(key);
        if (values.isEmpty() && fm.values.contains(key))
            values = listValue(fm.values.value(key));
        for (const QString &v : std::as_const(values)) {
            if (!post.categories.contains(v))
                post.categories << v;
        }
    }

    static const QRegularExpression atxHeading = rx(u"^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$"_s);
    static const QRegularExpression setextUnderline = rx(u"^ {0,3}(=+|-+)[ \\t]*$"_s);
    static const QRegularExpression thematicBreak = rx(u"^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$"_s);
    static const QRegularExpression fence = rx(u"^ {0,3}(`{3,}|~{3,})"_s);
    static const QRegularExpression listItem = rx(u"^\\s*([-*+]|\\d{1,9}[.)])[ \\t]+(.*)$"_s);
    static const QRegularExpression quote = rx(u"^ {0,3}>[ \\t]?"_s);
    static const QRegularExpression referenceDefinition = rx(u"^ {0,3}\\[[^\\]]+\\]:\\s*\\S+"_s);
    static const QRegularExpression rawBlockStart = rx(u"^\\s*<(script|style|iframe|object|template)\\b"_s);

    QStringList paragraphs;
    QString current;
    bool currentIsHeading = false;
    const auto flush = [&] {
        const QString p = plainInline(current);
        if (!p.isEmpty())
            paragraphs << p;
        current.clear();
        currentIsHeading = false;
    };

    bool titleTaken = !post.title.isEmpty();
    bool bodyStarted = false;
    QString openFence;
    QString rawEnd; // inside <script>…</script>: skipped
    for (qsizetype i = fm.bodyStart; i < lines.size(); ++i) {
        QString line = lines[i];
        if (!rawEnd.isEmpty()) {
            if (line.contains(rawEnd, Qt::CaseInsensitive))
                rawEnd.clear();
            continue;
        }
        if (!openFence.isEmpty()) {
            if (line.trimmed().startsWith(openFence)) {
                openFence.clear();
                continue;
            }
            // Code keeps its lines, one paragraph each, unformatted.
            if (!line.trimmed().isEmpty())
                paragraphs << line.simplified();
            continue;
        }
        if (const auto m = fence.match(line); m.hasMatch()) {
            flush();
            openFence = m.captured(1);
            continue;
        }
        if (const auto m = rawBlockStart.match(line); m.hasMatch()) {
            flush();
            const QString end = u"</"_s + m.captured(1);
            if (!line.contains(end, Qt::CaseInsensitive))
                rawEnd = end;
            continue;
        }
        line.remove(quote);
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (referenceDefinition.match(line).hasMatch())
            continue;
        if (const auto m = atxHeading.match(line); m.hasMatch()) {
            flush();
            const QString heading = plainInline(m.captured(2));
            // The first heading of the post, when it is a level-one heading, is its title.
            if (!bodyStarted && m.captured(1) == u"#"_s && (!titleTaken || heading == post.title)) {
                post.title = heading;
                titleTaken = true;
            } else if (!heading.isEmpty()) {
                paragraphs << heading;
            }
            bodyStarted = true;
            continue;
        }
        if (!current.isEmpty() && !currentIsHeading && setextUnderline.match(line).hasMatch()) {
            const QString heading = plainInline(current);
            current.clear();
            if (!bodyStarted && paragraphs.isEmpty() && line.trimmed().startsWith(u'=')
                && (!titleTaken || heading == post.title)) {
                post.title = heading;
                titleTaken = true;
            } else if (!heading.isEmpty()) {
                paragraphs << heading;
            }
            bodyStarted = true;
            continue;
        }
        if (thematicBreak.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (const auto m = listItem.match(line); m.hasMatch()) {
            flush();
            const QString marker = m.captured(1);
            const bool bullet = marker == u"-"_s || marker == u"*"_s || marker == u"+"_s;
            current = (bullet ? u"• "_s : marker + u' ') + m.captured(2);
            bodyStarted = true;
            continue;
        }
        current += (current.isEmpty() ? QString() : u" "_s) + line.trimmed();
        // A line that is the first of the body ends the chance of a title heading after it.
        if (!line.trimmed().isEmpty() && i + 1 < lines.size() && !setextUnderline.match(lines[i + 1]).hasMatch())
            bodyStarted = true;
    }
    flush();
    post.paragraphs = paragraphs;
    return post;
}

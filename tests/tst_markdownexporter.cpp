// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdocument.h"
#include "markdownexporter.h"
#include "tag.h"
#include "testlibrary.h"
#include "webannotationimporter.h"

#include <KTextTemplate/MetaType>

#include <QFile>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime exportTime(QDate(2024, 4, 1), QTime(9, 0), QTimeZone::UTC);

// Writes the golden file instead of comparing when GLOSS_REGEN_GOLDEN=1 (scripts/regen-golden).
void compareGolden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(GLOSS_TEST_DATA) + u"/expected/"_s + name;
    if (qEnvironmentVariableIntValue("GLOSS_REGEN_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(path));
        out.write(actual);
        qInfo("wrote %s", qPrintable(path));
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path + u" is missing; run scripts/regen-golden"_s));
    const QByteArray expected = in.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                qWarning("%s line %lld:\n  expected: %s\n  actual:   %s", qPrintable(name), i + 1,
                         e.value(i).constData(), a.value(i).constData());
                break;
            }
        }
    }
    QVERIFY2(actual == expected, qPrintable(name + u" differs from its golden file"_s));
}

bool importFixture(Library &library)
{
    QFile file(QStringLiteral(GLOSS_TEST_DATA) + u"/export/fixture.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto summary = WebAnnotationImporter(library).import(file.readAll());
    return summary && summary->restored == 8 && summary->orphaned == 1 && summary->refused.isEmpty();
}

// A document with one post and, for each text, a highlight quoting it; made by hand, as exporters take plain data.
ExportDocument documentWith(const QStringList &quotes, const QStringList &notes = {}, const QString &title = u"Post"_s)
{
    ExportDocument doc;
    doc.title = title;
    doc.created = exportTime;
    ExportPost post;
    post.id = 1;
    post.source = u"bundled:test.txt"_s;
    post.title = title;
    post.author = u"Author"_s;
    post.published = QDateTime(QDate(2009, 9, 24), QTime());
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        ExportHighlight h;
        h.id = i + 1;
        h.anchor.quote = quotes[i];
        h.anchor.start = int(i * 100);
        h.anchor.end = int(i * 100 + quotes[i].size());
        h.note = notes.value(i);
        h.created = h.modified = exportTime;
        h.tags << ExportTagging{1, u"Marketing belongs to everyone/Customer service is marketing"_s, Stance::Supports, {}};
        post.highlights << h;
    }
    doc.posts << post;
    doc.arguments << ExportArgument{1, u"Marketing belongs to everyone/Customer service is marketing"_s,
                                    u"Customer service is marketing"_s, u"How customers are served."_s, {}, 0};
    return doc;
}

QString plainText(const QByteArray &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(QString::fromUtf8(markdown));
    return doc.toPlainText();
}

// How a quote comes back: the line breaks at either end are not part of a block quote.
QString expectedQuote(QString quote)
{
    while (quote.startsWith(u'\n'))
        quote.remove(0, 1);
    while (quote.endsWith(u'\n'))
        quote.chop(1);
    return quote;
}

// What the template sees as the first post's first highlight; it keeps the document its values refer to.
class FirstHighlight
{
public:
    explicit FirstHighlight(ExportDocument doc)
        : m_doc(std::move(doc))
        , m_context(MarkdownExporter().context(m_doc))
    {
    }
    QVariant value(const QString &name) const
    {
        const QVariantHash post = m_context.value(u"posts"_s).toList().value(0).toHash();
        return KTextTemplate::MetaType::lookup(post.value(u"highlights"_s).toList().value(0), name);
    }

private:
    const ExportDocument m_doc;
    const QVariantHash m_context;
};

const QString quoteOnly = u"{% for post in posts %}{% for h in post.highlights %}{{ h.quote_block }}{% endfor %}{% endfor %}"_s;

} // namespace

class TstMarkdownExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("arrangement");
        QTest::addColumn<QString>("scope"); // "all", "post:N" or a tag path
        QTest::newRow("by post, all") << u"markdown-by-post.md"_s << int(ExportArrangement::ByPost) << u"all"_s;
        QTest::newRow("by argument, all")
            << u"markdown-by-argument.md"_s << int(ExportArrangement::ByArgument) << u"all"_s;
        QTest::newRow("current post") << u"markdown-post.md"_s << int(ExportArrangement::ByPost) << u"post:1"_s;
        QTest::newRow("one argument")
            << u"markdown-argument.md"_s << int(ExportArrangement::ByArgument)
            << u"Marketing belongs to everyone/Every employee is a brand ambassador"_s;
    }
    void golden()
    {
        QFETCH(QString, file);
        QFETCH(int, arrangement);
        QFETCH(QString, scope);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        QVERIFY(importFixture(*lib.library));
        ExportScope s = ExportScope::allPosts();
        if (scope.startsWith(u"post:"_s)) {
            s = ExportScope::posts({scope.mid(5).toLongLong()});
        } else if (scope != u"all"_s) {
            const auto codebook = lib.library->tags().codebook();
            QVERIFY(codebook && codebook->byPath(scope));
            s = ExportScope::argument(codebook->byPath(scope)->id);
        }
        const auto doc = ExportDocument::build(*lib.library, s, exportTime);
        QVERIFY(doc);
        const auto bytes = MarkdownExporter(ExportArrangement(arrangement)).render(*doc);
        QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message));
        compareGolden(file, *bytes);
    }

    void quoteRoundTrip_data()
    {
        QTest::addColumn<QString>("quote");
        const QStringList hazards{
            u"`code` and ``double ticks``"_s,
            u"*not emphasis* and **not strong**"_s,
            u"_under_ and __score__ and snake_case_name"_s,
            u"# not a heading"_s,
            u"###### nor this"_s,
            u"[not a link](http://example.com) and ![not an image](x.png)"_s,
            u"<tag> and </tag> and <b>bold</b> and <!-- comment -->"_s,
            u"a | b | c"_s,
            u"| cell |\n|---|\n| cell |"_s,
            u"---"_s,
            u"***"_s,
            u"* * *"_s,
            u"==="_s,
            u"line one\n---\nline three"_s,
            u"line one\n===\nline three"_s,
            u"1. not a list"_s,
            u"2) not a list either"_s,
            u"12345. big number"_s,
            u"- not a bullet"_s,
            u"+ plus"_s,
            u"> not a quote"_s,
            u"first paragraph\n\nsecond after a blank line"_s,
            u"three\n\n\nblank lines"_s,
            u"trailing spaces   \nnext line"_s,
            u"ends with two spaces  "_s,
            u"   leading spaces"_s,
            u"    four spaces like code"_s,
            u"back\\slash and a final backslash\\"_s,
            u"&amp; &copy; &#35; &#x41; entities and Q&A"_s,
            u"#hashtag and word#hash"_s,
            u"==highlight== %%comment%% $x$ math"_s,
            u"[[wiki link]] and [^1] footnote"_s,
            u"~~strike~~ and ~single~"_s,
            u"```\nfenced\n```"_s,
            u"~~~\nfenced\n~~~"_s,
            u"Tab\tinside"_s,
            u"www.example.com and https://example.com/a_b_c"_s,
            u"\nleading and trailing line breaks\n"_s,
            u"“Unicode” — quotes ‘and’ dashes…"_s,
        };
        for (const QString &h : hazards)
            QTest::newRow(qPrintable(QString(h).replace(u'\n', u"⏎"_s))) << h;
    }
    void quoteRoundTrip()
    {
        QFETCH(QString, quote);
        const ExportDocument doc = documentWith({quote});
        const MarkdownExporter exporter;

        // Alone, the block quote parses back to exactly the quote.
        const auto alone = exporter.renderTemplate(quoteOnly, u"test"_s, doc);
        QVERIFY(alone);
        QCOMPARE(plainText(*alone), expectedQuote(quote));

        // In the shipped template, the quote is one block of the file, word for word.
        for (auto arrangement : {ExportArrangement::ByPost, ExportArrangement::ByArgument}) {
            const auto full = MarkdownExporter(arrangement).render(doc);
            QVERIFY(full);
            const QString text = plainText(*full);
            QVERIFY2(text.contains(expectedQuote(quote)), qPrintable(QString::fromUtf8(*full)));
            // A quote can never add a heading to the file: only the document's and the arguments' own.
            QTextDocument parsed;
            parsed.setMarkdown(QString::fromUtf8(*full));
            int headings = 0;
            for (QTextBlock b = parsed.begin(); b.isValid(); b = b.next())
                headings += b.blockFormat().headingLevel() > 0 ? 1 : 0;
            QCOMPARE(headings, arrangement == ExportArrangement::ByPost ? 1 : 2); // the post; the title and the argument
        }
    }

    void titleRoundTrip_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("markdown") << u"# *Title* with [brackets] | pipes & <tags> `ticks`"_s;
        QTest::newRow("yaml") << u"Title: \"quoted\" \\ back # hash --- dashes"_s;
        QTest::newRow("numbered") << u"1. First things first"_s;
    }
    void titleRoundTrip()
    {
        QFETCH(QString, title);
        const auto bytes = MarkdownExporter().render(documentWith({u"quote"_s}, {}, title));
        QVERIFY(bytes);
        QTextDocument parsed;
        parsed.setMarkdown(QString::fromUtf8(*bytes));
        QCOMPARE(parsed.begin().text(), title); // the heading
        const QString frontMatter = parsed.metaInformation(QTextDocument::FrontMatter);
        const QStringList lines = frontMatter.split(u'\n');
        QCOMPARE(lines.value(0), u"title: "_s + MarkdownExporter::yamlString(title));
        QCOMPARE(yamlUnquote(lines.value(0).mid(7)), title);
    }

    void notesStayInside_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("thematic break") << u"---"_s;
        QTest::newRow("front matter") << u"---\ntitle: injected\n---"_s;
        QTest::newRow("heading") << u"# Heading in a note"_s;
        QTest::newRow("setext") << u"Heading\n==="_s;
        QTest::newRow("unclosed fence") << u"```\nunclosed fence"_s;
        QTest::newRow("unclosed html") << u"<div>\nunclosed html"_s;
        QTest::newRow("unclosed inline html") << u"a <b>bold claim and <!-- a comment"_s;
        QTest::newRow("blank lines") << u"first\n\n\n\nlast"_s;
        QTest::newRow("quote") << u"> a quote of my own"_s;
        QTest::newRow("indented code") << u"    code"_s;
        QTest::newRow("list") << u"1. one\n2. two"_s;
        QTest::newRow("table") << u"| a | b |\n|---|---|\n| 1 | 2 |"_s;
    }
    void notesStayInside()
    {
        QFETCH(QString, note);
        const QString second = u"The second passage, after the note."_s;
        const ExportDocument doc = documentWith({u"First passage."_s, second}, {note, u"Second note."_s});
        const auto bytes = MarkdownExporter().render(doc);
        QVERIFY(bytes);
        QTextDocument parsed;
        parsed.setMarkdown(QString::fromUtf8(*bytes));
        // The front matter is the document's, whole.
        QVERIFY(parsed.metaInformation(QTextDocument::FrontMatter).startsWith(u"title: \"Post\"\n"_s));
        QVERIFY(!parsed.metaInformation(QTextDocument::FrontMatter).contains(u"injected"_s));
        // What follows the note is still a block quote of its own, and its note a note.
        bool found = false;
        for (QTextBlock b = parsed.begin(); b.isValid(); b = b.next()) {
            if (b.text() == second) {
                found = true;
                QVERIFY(b.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) >= 1);
            }
        }
        QVERIFY2(found, qPrintable(QString::fromUtf8(*bytes)));
        QVERIFY(parsed.toPlainText().contains(u"Second note."_s));
        // Between the two passages, every line belongs to the list of tags and note: a list item, an indented
        // continuation or blank. So a heading the note makes is the note's, inside its item.
        const QStringList lines = QString::fromUtf8(*bytes).split(u'\n');
        const qsizetype from = lines.indexOf(u"> First passage."_s);
        const qsizetype to = lines.indexOf(u"> "_s + second);
        QVERIFY(from > 0 && to > from);
        for (qsizetype i = from + 1; i < to; ++i) {
            const QString &line = lines[i];
            QVERIFY2(line.isEmpty() || line.startsWith(u"- "_s) || line.startsWith(u"  "_s), qPrintable(line));
        }
    }

    void noteMarkdownPassesThrough_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("item");
        QTest::newRow("markdown kept") << u"**bold** and [link](http://example.com)\n\n1. one"_s
                                       << u"- **bold** and [link](http://example.com)\n\n  1. one"_s;
        QTest::newRow("html shown as text") << u"a <b>claim</b> <!-- c -->"_s << u"- a \\<b>claim\\</b> \\<!-- c -->"_s;
        QTest::newRow("html in code kept") << u"`<b>` and\n```\n<div>\n```"_s << u"- `<b>` and\n  ```\n  <div>\n  ```"_s;
        QTest::newRow("autolink kept") << u"<https://example.com> and <a@example.com>"_s
                                       << u"- <https://example.com> and <a@example.com>"_s;
        QTest::newRow("blank ends dropped") << u"\n\n  text\n\n"_s << u"- text"_s;
    }
    void noteMarkdownPassesThrough()
    {
        QFETCH(QString, note);
        QFETCH(QString, item);
        const auto bytes = MarkdownExporter().renderTemplate(
            u"{% for post in posts %}{% for h in post.highlights %}{{ h.note_item }}{% endfor %}{% endfor %}"_s,
            u"test"_s, documentWith({u"q"_s}, {note}));
        QVERIFY(bytes);
        QCOMPARE(QString::fromUtf8(*bytes), item);
    }

    void nestedTag_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::newRow("two levels") << u"Marketing belongs to everyone/Customer service is marketing"_s
                                    << u"#marketing-belongs-to-everyone/customer-service-is-marketing"_s;
        QTest::newRow("punctuation") << u"B2B and B2C: the same?/Counter-arguments & caveats"_s
                                     << u"#b2b-and-b2c-the-same/counter-arguments-caveats"_s;
        QTest::newRow("letters kept") << u"Économie"_s << u"#économie"_s;
    }
    void nestedTag()
    {
        QFETCH(QString, path);
        QFETCH(QString, tag);
        QCOMPARE(MarkdownExporter::nestedTag(path), tag);
    }

    void templateErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed for") << u"# {{ title }}\n\n{% for post in posts %}\n{{ post.title }}\n"_s << 3;
        QTest::newRow("unknown filter") << u"one\n{{ title|nosuchfilter }}\n"_s << 2;
        QTest::newRow("unknown tag") << u"one\ntwo\nthree\n{% nosuchtag %}\n"_s << 4;
        QTest::newRow("mismatched end") << u"{% for p in posts %}\n{% if p %}\n{% endfor %}\n{% endif %}\n"_s << 3;
        QTest::newRow("unclosed if inside for")
            << u"{% for p in posts %}\n\n{% if p.title %}\n{{ p.title }}\n{% endfor %}\n"_s << 5;
    }
    void templateErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        const auto result = MarkdownExporter().renderTemplate(text, u"mine.md"_s, documentWith({u"q"_s}));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Parse);
        QVERIFY2(result.error().message.contains(u"line %1:"_s.arg(line)), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(u"mine.md"_s), qPrintable(result.error().message));
        QVERIFY(!result.error().message.contains(u"line 0"_s));
    }

    void userTemplateFile()
    {
        QTemporaryDir dir;
        QFile part(dir.filePath(u"quote.md"_s));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("{{ h.quote_block }}\n");
        part.close();
        QFile file(dir.filePath(u"mine.md"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Notes: {{ title }} ({{ highlight_count }})\n"
                   "{% for post in posts %}{% for h in post.highlights %}{% include \"quote.md\" %}"
                   "{% for tag in h.tags %}{{ tag.name }} {{ tag.stance }}{% endfor %}\n"
                   "{% endfor %}{% endfor %}");
        file.close();
        const auto bytes = MarkdownExporter(ExportArrangement::ByPost, file.fileName())
                               .render(documentWith({u"*one*"_s}, {}, u"A [post]"_s));
        QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message));
        QCOMPARE(QString::fromUtf8(*bytes),
                 u"Notes: A \\[post\\] (1)\n> \\*one\\*\n"
                 "#marketing-belongs-to-everyone/customer-service-is-marketing supports\n"_s);
    }

    // The context writes times and colours itself; they must read as Qt writes them.
    void timesAndColoursAsQtWritesThem_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("utc") << QDateTime(QDate(2024, 4, 1), QTime(9, 5, 7), QTimeZone::UTC) << QColor(0x12, 0xab, 0xef);
        QTest::newRow("milliseconds dropped") << QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), QTimeZone::UTC)
                                              << QColor(Qt::red);
        QTest::newRow("offset") << QDateTime(QDate(2024, 1, 1), QTime(0, 30), QTimeZone::fromSecondsAheadOfUtc(3600))
                                << QColor::fromHsv(200, 120, 90);
        QTest::newRow("year 7") << QDateTime(QDate(7, 3, 4), QTime(1, 2, 3), QTimeZone::UTC) << QColor(0, 0, 0);
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(1, 2, 3), QTimeZone::UTC)
                                   << QColor(255, 255, 255, 10);
        QTest::newRow("year 12345") << QDateTime(QDate(12345, 1, 2), QTime(3, 4, 5), QTimeZone::UTC) << QColor();
        QTest::newRow("before year 0") << QDateTime(QDate(-44, 3, 15), QTime(12, 0), QTimeZone::UTC) << QColor();
        QTest::newRow("invalid") << QDateTime() << QColor();
    }

    void timesAndColoursAsQtWritesThem()
    {
        QFETCH(QDateTime, time);
        QFETCH(QColor, colour);
        ExportDocument doc = documentWith({u"q"_s});
        ExportHighlight &h = doc.posts[0].highlights[0];
        h.created = time;
        h.modified = time;
        h.colour = colour;
        const FirstHighlight highlight(doc);
        QCOMPARE(highlight.value(u"created"_s).toString(), time.toUTC().toString(Qt::ISODate));
        QCOMPARE(highlight.value(u"modified"_s).toString(), time.toUTC().toString(Qt::ISODate));
        QCOMPARE(highlight.value(u"colour"_s).toString(), colour.isValid() ? colour.name() : QString());
    }

    // A one-line quote is escaped once for both forms; it must match what the general functions write.
    void oneLineQuoteForms_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::newRow("plain") << u"Customers remember how they were served."_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("blanks at both ends") << u"  12. * not a list &amp; %% <b> \t"_s;
        QTest::newRow("line break") << u"one\r\ntwo\rthree\n"_s;
        QTest::newRow("breaks at both ends") << u"\n\n- item\n\n"_s;
    }

    void oneLineQuoteForms()
    {
        QFETCH(QString, quote);
        const FirstHighlight highlight(documentWith({quote}));
        QCOMPARE(highlight.value(u"quote"_s).toString(), MarkdownExporter::escapeInline(quote));
        QCOMPARE(highlight.value(u"quote_block"_s).toString(), MarkdownExporter::quoteBlock(quote));
    }

    // Authors appear in both shipped layouts only when the export asks for them; a name is literal text.
    void authorsOnlyWhenAsked_data()
    {
        QTest::addColumn<int>("arrangement");
        QTest::addColumn<bool>("include");
        for (const auto &[name, arrangement] :
             {std::pair{"by post", ExportArrangement::ByPost}, std::pair{"by argument", ExportArrangement::ByArgument}}) {
            QTest::addRow("%s, with authors", name) << int(arrangement) << true;
            QTest::addRow("%s, without", name) << int(arrangement) << false;
        }
    }

    void authorsOnlyWhenAsked()
    {
        QFETCH(int, arrangement);
        QFETCH(bool, include);
        ExportDocument doc = documentWith({u"Every employee is a brand ambassador."_s});
        doc.posts[0].highlights[0].createdBy = u"ann_lee"_s;
        doc.posts[0].highlights[0].modifiedBy = u"bob"_s;
        doc.includeAuthors = include;
        const auto md = MarkdownExporter(ExportArrangement(arrangement)).render(doc);
        QVERIFY(md);
        const QString text = QString::fromUtf8(*md);
        QCOMPARE(text.contains(u"ann\\_lee"_s), include);
        QCOMPARE(plainText(*md).contains(u"Highlighted by ann_lee"_s, Qt::CaseInsensitive), include);
        QVERIFY(!text.contains(u"ann_lee"_s)); // escaped, never raw emphasis
    }

    void missingTemplateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nowhere.md"_s);
        const auto result = MarkdownExporter(ExportArrangement::ByPost, path).render(documentWith({u"q"_s}));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Io);
        QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
    }

private:
    // The value of a double-quoted YAML scalar, for the escapes yamlString() writes.
    static QString yamlUnquote(const QString &scalar)
    {
        if (!scalar.startsWith(u'"') || !scalar.endsWith(u'"'))
            return u"<not quoted>"_s;
        QString out;
        for (qsizetype i = 1; i < scalar.size() - 1; ++i) {
            if (scalar[i] != u'\\') {
                if (scalar[i] == u'"')
                    return u"<unescaped quote>"_s;
                out += scalar[i];
                continue;
            }
            const QChar c = scalar[++i];
            out += c == u'n' ? QChar(u'\n') : c == u't' ? QChar(u'\t') : c;
        }
        return out;
    }
};

QTEST_MAIN(TstMarkdownExporter)
#include "tst_markdownexporter.moc"

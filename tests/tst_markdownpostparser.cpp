// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownpostparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString textOf(const QString &name)
{
    QFile f(QStringLiteral(GLOSS_TEST_DATA "/import/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test file");
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TstMarkdownPostParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frontMatter()
    {
        const Post post = MarkdownPostParser::parse(textOf(u"post.md"_s));
        QCOMPARE(post.title, u"Gardens of the mind"_s);
        QCOMPARE(post.author, u"Ada Lovelace"_s);
        QCOMPARE(post.published, QDateTime(QDate(2021, 3, 4), QTime(9, 30), QTimeZone::UTC));
        QVERIFY(post.publishedHasTime);
        QCOMPARE(post.categories, (QStringList{u"essays"_s, u"gardening"_s, u"thinking"_s}));
        // The heading repeating the title is not body; markup, link targets, images and scripts are gone.
        QCOMPARE(post.paragraphs, (QStringList{u"A garden is a place where ideas grow, as Voltaire said."_s,
                                               u"A rose bush"_s, u"• first bullet"_s, u"• second bullet"_s,
                                               u"Closing thoughts here."_s}));
    }

    void headingIsTitle()
    {
        const Post post = MarkdownPostParser::parse(textOf(u"heading.md"_s));
        QCOMPARE(post.title, u"A title from the heading"_s);
        QCOMPARE(post.paragraphs, QStringList{u"Just one paragraph spread over two lines."_s});
        QVERIFY(!post.published.isValid());
    }

    void blocks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("setext title") << u"Title\n=====\n\nBody *text*."_s << u"Title"_s
                                      << QStringList{u"Body text."_s};
        QTest::newRow("no title") << u"Just text, no heading.\n"_s << QString() << QStringList{u"Just text, no heading."_s};
        QTest::newRow("subheadings stay") << u"# T\n\n## Part\n\nText"_s << u"T"_s
                                          << QStringList{u"Part"_s, u"Text"_s};
        QTest::newRow("code keeps lines") << u"# T\n\n```\nint x;\n  y();\n```\n"_s << u"T"_s
                                          << QStringList{u"int x;"_s, u"y();"_s};
        QTest::newRow("quotes and references")
            << u"# T\n\n> quoted [link][1]\n\n[1]: https://example.com\n"_s << u"T"_s << QStringList{u"quoted link"_s};
        QTest::newRow("entities and escapes") << u"# T\n\nA &amp; B \\*not emphasis\\*"_s << u"T"_s
                                              << QStringList{u"A & B *not emphasis*"_s};
        QTest::newRow("toml front matter") << u"+++\ntitle = \"From TOML\"\n+++\nBody"_s << u"From TOML"_s
                                           << QStringList{u"Body"_s};
    }

    void blocks()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, title);
        QFETCH(QStringList, paragraphs);
        const Post post = MarkdownPostParser::parse(markdown);
        QCOMPARE(post.title, title);
        QCOMPARE(post.paragraphs, paragraphs);
    }

    void sniffing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("markdown");
        QTest::newRow("front matter") << u"---\ntitle: x\n---\n"_s << true;
        QTest::newRow("heading") << u"\n# Title\n"_s << true;
        QTest::newRow("hashtag") << u"#nospace is a tag\n"_s << false;
        QTest::newRow("blog text") << u"Thursday, September 24, 2009\nTitle\n"_s << false;
    }

    void sniffing()
    {
        QFETCH(QString, text);
        QFETCH(bool, markdown);
        QCOMPARE(MarkdownPostParser::looksLikeMarkdown(text), markdown);
    }
};

QTEST_MAIN(TstMarkdownPostParser)
#include "tst_markdownpostparser.moc"

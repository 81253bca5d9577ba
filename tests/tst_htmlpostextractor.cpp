// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpostextractor.h"

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

QString everything(const Post &post)
{
    QStringList parts{post.title, post.author, post.categories.join(u'\n'), post.anchorText()};
    for (auto it = post.metadata.cbegin(); it != post.metadata.cend(); ++it)
        parts << it.value();
    return parts.join(u'\n');
}

} // namespace

class TstHtmlPostExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedBlogPost()
    {
        const auto post = HtmlPostExtractor::extract(textOf(u"article.html"_s));
        QVERIFY(post.ok());
        QCOMPARE(post->title, u"Compilers & people"_s);
        QCOMPARE(post->author, u"Grace Hopper"_s);
        // The wall-clock time as the page printed it, its offset dropped.
        QCOMPARE(post->published, QDateTime(QDate(2009, 9, 24), QTime(10, 15), QTimeZone::UTC));
        QVERIFY(post->publishedHasTime);
        QCOMPARE(post->categories, (QStringList{u"history"_s, u"computing"_s}));
        QCOMPARE(post->paragraphs,
                 (QStringList{u"The first paragraph talks about compilers and why they matter."_s,
                              u"Second paragraph with an image a moth inside."_s,
                              u"Tags: history, computing"_s}));
        // Navigation, sidebars outside the article, forms and the page footer are not part of the post.
        const QString all = everything(*post);
        for (const QString &absent : {u"About this site"_s, u"Subscribe"_s, u"search text"_s, u"Go"_s,
                                      u"Copyright"_s, u"background"_s})
            QVERIFY2(!all.contains(absent), qPrintable(absent));
    }

    void withoutArticleTheContentColumnWins()
    {
        const auto post = HtmlPostExtractor::extract(textOf(u"nomarkup-article.html"_s));
        QVERIFY(post.ok());
        QCOMPARE(post->title, u"Only a title tag"_s);
        QCOMPARE(post->paragraphs, (QStringList{u"Paragraph one of the content column, long enough to win."_s,
                                                u"Paragraph two of the content column."_s}));
    }

    void metaDataWithoutTimeElement()
    {
        const auto post = HtmlPostExtractor::extract(
            u"<html><head><meta property=\"article:published_time\" content=\"2015-06-01\">"
            "<meta property=\"og:title\" content=\"OG title\"></head><body><p>Body.</p></body></html>"_s);
        QVERIFY(post.ok());
        QCOMPARE(post->title, u"OG title"_s);
        QCOMPARE(post->published.date(), QDate(2015, 6, 1));
        QVERIFY(!post->publishedHasTime);
    }

    void hostilePageKeepsOnlyText()
    {
        const auto post = HtmlPostExtractor::extract(textOf(u"hostile.html"_s));
        QVERIFY(post.ok());
        QCOMPARE(post->title, u"Hostile page"_s);
        QCOMPARE(post->paragraphs,
                 (QStringList{u"Safe text before. passwd picture"_s, u"A javascript link and a file link."_s,
                              u"Safe text after."_s}));
        // No trace of a script, a handler, a frame, a form or any URL the page pointed at.
        const QString all = everything(*post);
        for (const QString &absent :
             {u"alert"_s, u"fetch"_s, u"written by script"_s, u"noscript"_s, u"svg"_s, u"form value"_s,
              u"textarea"_s, u"object fallback"_s, u"/etc/"_s, u"/dev/zero"_s, u"example.net"_s, u"file:"_s,
              u"javascript:"_s, u"url("_s, u"http"_s})
            QVERIFY2(!all.contains(absent), qPrintable(absent));
    }

    void deepNestingIsFlattenedNotFollowed()
    {
        // 100,000 nested <div>s: an HTML5 tree builder's scope checks would walk them for every tag.
        constexpr int depth = 100'000;
        QString html = u"<html><body><article><h1>Deep</h1>"_s;
        html.reserve(depth * 12);
        for (int i = 0; i < depth; ++i)
            html += u"<div>"_s;
        html += u"<p>At the bottom.</p>"_s;
        for (int i = 0; i < depth; ++i)
            html += u"</div>"_s;
        html += u"<p>After the pit.</p></article></body></html>"_s;
        const auto post = HtmlPostExtractor::extract(html);
        QVERIFY(post.ok());
        QCOMPARE(post->paragraphs, (QStringList{u"At the bottom."_s, u"After the pit."_s}));
        QVERIFY(post->metadata.contains(u"flattened"_s));
    }

    void hugeSingleLineIsCut()
    {
        // 10 MB on one line, no markup after the first tag.
        const QString line = u"<p>"_s + u"word "_s.repeated(2'000'000);
        const auto post = HtmlPostExtractor::extract(line);
        QVERIFY(post.ok());
        QCOMPARE(post->paragraphs.size(), 1);
        QVERIFY(post->paragraphs.first().size() <= HtmlPostExtractor::maxTextLength);
        QVERIFY(post->paragraphs.first().size() > HtmlPostExtractor::maxTextLength - 10);
        QVERIFY(post->metadata.contains(u"truncated"_s));
    }

    void emptyPageIsRefused()
    {
        const auto post = HtmlPostExtractor::extract(u"<html><head><script>x()</script></head><body></body></html>"_s);
        QVERIFY(!post.ok());
        QCOMPARE(post.error().code, Error::Code::Parse);
    }

    void fragmentParagraphs_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("paragraphs") << u"<p>One</p><p>Two &amp; three</p>"_s
                                    << QStringList{u"One"_s, u"Two & three"_s};
        QTest::newRow("line breaks") << u"First line<br>Second line"_s
                                     << QStringList{u"First line"_s, u"Second line"_s};
        QTest::newRow("preformatted lines") << u"<pre>a  b\nc</pre>"_s << QStringList{u"a b"_s, u"c"_s};
        QTest::newRow("list items") << u"<ul><li>x</li><li>y</li></ul>"_s << QStringList{u"x"_s, u"y"_s};
        QTest::newRow("table cells") << u"<table><tr><td>a</td><td>b</td></tr></table>"_s
                                     << QStringList{u"a b"_s};
        QTest::newRow("comments and templates") << u"<p>a<!-- secret --><template>hidden</template></p>"_s
                                                << QStringList{u"a"_s};
    }

    void fragmentParagraphs()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, paragraphs);
        QCOMPARE(HtmlPostExtractor::paragraphs(html), paragraphs);
    }
};

QTEST_MAIN(TstHtmlPostExtractor)
#include "tst_htmlpostextractor.moc"

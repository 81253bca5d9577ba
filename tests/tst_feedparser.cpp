// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "textdecoder.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString textOf(const QString &name)
{
    QFile f(QStringLiteral(GLOSS_TEST_DATA "/import/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test file");
    const auto decoded = TextDecoder::decode(f.readAll(), name, TextDecoder::Markup::Xml);
    if (!decoded)
        qFatal("undecodable test file");
    return decoded->text;
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC);
}

} // namespace

class TstFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rss()
    {
        const auto feed = FeedParser::parse(textOf(u"rss.xml"_s));
        QVERIFY2(feed.ok(), feed.ok() ? "" : qPrintable(feed.error().message));
        QCOMPARE(feed->kind, FeedParser::Kind::Rss);
        QCOMPARE(feed->title, u"Example Feed"_s);
        QCOMPARE(feed->posts.size(), 2);

        const Post &first = feed->posts[0];
        QCOMPARE(first.source, u"feed:tag:blog.example.com,2020:1"_s);
        QCOMPARE(first.title, u"First item"_s);
        QCOMPARE(first.author, u"Alan Turing"_s);
        QCOMPARE(first.published, utc(2009, 9, 24, 10, 15));
        QVERIFY(first.publishedHasTime);
        QCOMPARE(first.categories, (QStringList{u"machines"_s, u"thinking"_s}));
        // content:encoded is preferred to the summary; the script in it is gone.
        QCOMPARE(first.paragraphs, (QStringList{u"Can machines think?"_s, u"A second paragraph."_s}));
        QCOMPARE(first.metadata.value(u"link"_s), u"https://blog.example.com/first"_s);
        QCOMPARE(first.metadata.value(u"feed"_s), u"Example Feed"_s);
        // The item's own XML is its original text, so a change elsewhere in the feed leaves it unchanged.
        QVERIFY2(first.originalText.startsWith(u"<item>"_s), qPrintable(first.originalText.left(200)));
        QVERIFY(first.originalText.endsWith(u"</item>"_s));
        QVERIFY(!first.originalText.contains(u"Second item"_s));

        const Post &second = feed->posts[1];
        QCOMPARE(second.source, u"feed:https://blog.example.com/second"_s); // no GUID: the link
        QCOMPARE(second.author, u"Kurt Gödel"_s);
        QCOMPARE(second.paragraphs, QStringList{u"Escaped & described."_s});
        QCOMPARE(second.published, utc(2009, 9, 25, 8, 0));
    }

    void atom()
    {
        const auto feed = FeedParser::parse(textOf(u"atom.xml"_s));
        QVERIFY2(feed.ok(), feed.ok() ? "" : qPrintable(feed.error().message));
        QCOMPARE(feed->kind, FeedParser::Kind::Atom);
        QCOMPARE(feed->posts.size(), 2);
        const Post &one = feed->posts[0];
        QCOMPARE(one.title, u"Atom <entry> one"_s);
        QCOMPARE(one.source, u"feed:urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"_s);
        QCOMPARE(one.author, u"Entry Author"_s);
        QCOMPARE(one.published, utc(2003, 12, 13, 18, 30).addSecs(2));
        QCOMPARE(one.categories, QStringList{u"Physics"_s});
        QCOMPARE(one.paragraphs, (QStringList{u"XHTML paragraph one."_s, u"Paragraph two."_s}));
        QCOMPARE(one.metadata.value(u"link"_s), u"https://atom.example.com/one"_s);

        const Post &two = feed->posts[1];
        QCOMPARE(two.author, u"Feed Author"_s); // the feed's author stands in
        QCOMPARE(two.published, utc(2004, 1, 1)); // only updated: that is the date
        QCOMPARE(two.paragraphs, QStringList{u"HTML content."_s});
    }

    void wordPressExport()
    {
        const auto feed = FeedParser::parse(textOf(u"wordpress.xml"_s));
        QVERIFY2(feed.ok(), feed.ok() ? "" : qPrintable(feed.error().message));
        QCOMPARE(feed->kind, FeedParser::Kind::WordPress);
        QCOMPARE(feed->posts.size(), 1); // the attachment is not a post
        QCOMPARE(feed->skipped, 1);
        const Post &post = feed->posts.first();
        QCOMPARE(post.title, u"A WordPress post"_s);
        QCOMPARE(post.author, u"fred"_s);
        QCOMPARE(post.source, u"feed:https://wp.example.com/?p=42"_s);
        // wp:post_date is the blog's own wall clock, preferred to the UTC pubDate.
        QCOMPARE(post.published, utc(2007, 7, 13, 11, 34));
        QCOMPARE(post.categories, (QStringList{u"Marketing"_s, u"Organisation"_s}));
        QCOMPARE(post.paragraphs,
                 (QStringList{u"First paragraph of the post."_s, u"Second paragraph with bold text."_s}));
        // Approved comments and pingbacks; spam is not imported.
        QCOMPARE(post.comments.size(), 2);
        QCOMPARE(post.comments[0].author, u"Andrew"_s);
        QCOMPARE(post.comments[0].paragraphs, (QStringList{u"Great post."_s, u"I agree."_s}));
        QCOMPARE(post.comments[0].kind, Comment::Kind::Comment);
        QCOMPARE(post.comments[1].kind, Comment::Kind::Trackback);
    }

    void declaredEncodingIsHonoured()
    {
        const auto feed = FeedParser::parse(textOf(u"latin1-feed.xml"_s));
        QVERIFY2(feed.ok(), feed.ok() ? "" : qPrintable(feed.error().message));
        QCOMPARE(feed->posts.size(), 1);
        QCOMPARE(feed->posts.first().title, u"Café crème"_s);
        QCOMPARE(feed->posts.first().paragraphs, QStringList{u"Déjà vu"_s});
    }

    void entityDeclarationsAreRefused()
    {
        const auto feed = FeedParser::parse(textOf(u"entities.xml"_s));
        QVERIFY(!feed.ok());
        QVERIFY2(feed.error().message.contains(u"entities"_s), qPrintable(feed.error().message));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("unclosed") << u"<rss><channel><item><title>x</title>"_s;
        QTest::newRow("undeclared entity") << u"<rss><channel><item><title>&nbsp;</title></item></channel></rss>"_s;
        QTest::newRow("not a feed") << u"<?xml version=\"1.0\"?><urlset><url/></urlset>"_s;
    }

    void malformed()
    {
        QFETCH(QString, xml);
        QVERIFY(!FeedParser::parse(xml).ok());
    }

    void sniffing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("feed");
        QTest::newRow("rss") << u"<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\"/>"_s << true;
        QTest::newRow("atom") << u"<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"_s << true;
        QTest::newRow("html") << u"<!DOCTYPE html><html><body><p>x"_s << false;
        QTest::newRow("text") << u"Just words"_s << false;
    }

    void sniffing()
    {
        QFETCH(QString, text);
        QFETCH(bool, feed);
        QCOMPARE(FeedParser::looksLikeFeed(text), feed);
    }
};

QTEST_MAIN(TstFeedParser)
#include "tst_feedparser.moc"

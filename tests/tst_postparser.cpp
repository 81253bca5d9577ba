// SPDX-License-Identifier: GPL-3.0-or-later
#include "postparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString bundled(const QString &name)
{
    return readText(u":/posts/"_s + name + u".txt"_s);
}

QString testData(const QString &name)
{
    return readText(QStringLiteral(GLOSS_TEST_DATA) + u"/parser/"_s + name);
}

// The date as the reader sees it: the day, plus the time when the page gave one.
QString shownDate(const Post &post)
{
    if (!post.published.isValid())
        return {};
    return post.published.toString(post.publishedHasTime ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd"_s);
}

qsizetype trackbacks(const Post &post)
{
    return std::count_if(post.comments.cbegin(), post.comments.cend(),
                         [](const Comment &c) { return c.kind == Comment::Kind::Trackback; });
}

// Everything the reader sees of a post, one paragraph at a time.
QStringList visibleParagraphs(const Post &post)
{
    QStringList all = post.paragraphs;
    all.prepend(post.title);
    for (const Comment &c : post.comments)
        all << c.paragraphs;
    return all;
}

const QStringList boilerplateStrings = {u"No comments"_s, u"Post a Comment"_s,      u"Leave a Reply"_s,
                                        u"rss posts"_s,   u"Categories"_s,          u"Popularity"_s,
                                        u"del.icio.us"_s, u"This entry was posted"_s, u"last blog post"_s,
                                        u"Why not let us know"_s, u"You can follow"_s, u"responses to"_s,
                                        u"comments:"_s,   u"said:"_s,               u"said..."_s,
                                        u"Subscribe to"_s, u"Posted by"_s,          u"Labels:"_s};

} // namespace

class TstPostParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledPosts_data();
    void bundledPosts();
    void noBoilerplateVisible_data();
    void noBoilerplateVisible();
    void commentLuvComments();
    void wordpressFooter();
    void smallInputs_data();
    void smallInputs();
    void crlfReadsLikeLf();
    void bloggerComments();
    void wordpressResponses();
    void emptyInput_data();
    void emptyInput();
    void unstructuredTextIsKept();
    void keepsTextAndHash();
    void chromeInAnyCaseAndForm_data();
    void chromeInAnyCaseAndForm();
};

void TstPostParser::bundledPosts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("titleDerived");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<int>("bodyParagraphs");
    QTest::addColumn<int>("commentCount");
    QTest::addColumn<int>("trackbackCount");

    QTest::newRow("000 no date, no title, unmarked comments")
        << u"000_da239ca82b3991ac"_s << QString()
        << u"Dr. Kantor over at HarvardPublishing.org calls for everyone…"_s << true << QString() << QStringList()
        << 3 << 3 << 0;
    QTest::newRow("001 blogger") << u"001_1120196250875656"_s << u"2009-09-24"_s
                                 << u"Marketing goes on outside of the marketing department"_s << false << QString()
                                 << QStringList() << 4 << 0 << 0;
    QTest::newRow("002 blogger") << u"002_cceffea7c8e09eac"_s << u"2009-11-24"_s
                                 << u"The new division of marketing labour"_s << false << QString() << QStringList()
                                 << 10 << 0 << 0;
    QTest::newRow("003 question title") << u"003_5aa7c224b9349067"_s << u"2008-08-18"_s
                                        << u"How many people are there in your marketing department?"_s << false
                                        << QString() << QStringList() << 8 << 0 << 0;
    QTest::newRow("004 wordpress")
        << u"004_afe070b9620565c2"_s << u"2007-07-13 11:34"_s
        << u"Re-Org news….Marketing Department to report into Customer Service organization"_s << false << u"Sean"_s
        << QStringList{u"Business Strategy"_s, u"Voice of Customer"_s, u"Word of Mouth"_s} << 10 << 1 << 1;
}

void TstPostParser::bundledPosts()
{
    QFETCH(QString, file);
    QFETCH(QString, date);
    QFETCH(QString, title);
    QFETCH(bool, titleDerived);
    QFETCH(QString, author);
    QFETCH(QStringList, categories);
    QFETCH(int, bodyParagraphs);
    QFETCH(int, commentCount);
    QFETCH(int, trackbackCount);

    const QString text = bundled(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    const Post post = PostParser::parse(text, u"bundled:"_s + file);

    QCOMPARE(post.source, u"bundled:"_s + file);
    QCOMPARE(shownDate(post), date);
    QCOMPARE(post.title, title);
    QCOMPARE(post.titleDerived, titleDerived);
    QCOMPARE(post.author, author);
    QCOMPARE(post.categories, categories);
    QCOMPARE(post.paragraphs.size(), bodyParagraphs);
    QCOMPARE(post.comments.size(), commentCount);
    QCOMPARE(trackbacks(post), trackbackCount);
    // The title is shown once, above the body, not repeated as its first paragraph.
    if (!titleDerived)
        QVERIFY(!post.paragraphs.contains(title));
}

void TstPostParser::noBoilerplateVisible_data()
{
    QTest::addColumn<QString>("text");
    for (const char *name : {"000_da239ca82b3991ac", "001_1120196250875656", "002_cceffea7c8e09eac",
                             "003_5aa7c224b9349067", "004_afe070b9620565c2"})
        QTest::newRow(name) << bundled(QString::fromLatin1(name));
    QTest::newRow("blogger_comments") << testData(u"blogger_comments.txt"_s);
    QTest::newRow("wordpress_responses") << testData(u"wordpress_responses.txt"_s);
    QTest::newRow("no_blank_lines") << testData(u"no_blank_lines.txt"_s);
}

void TstPostParser::noBoilerplateVisible()
{
    QFETCH(QString, text);
    QVERIFY(!text.isEmpty());
    const Post post = PostParser::parse(text, u"test"_s);
    for (const QString &p : visibleParagraphs(post)) {
        for (const QString &b : boilerplateStrings)
            QVERIFY2(!p.contains(b), qPrintable(u"\""_s + b + u"\" shown in: "_s + p));
        QVERIFY2(p == p.simplified() && !p.isEmpty(), qPrintable(p));
        QVERIFY2(!p.contains(QChar(0xA0)), qPrintable(p));
    }
}

void TstPostParser::commentLuvComments()
{
    const Post post = PostParser::parse(bundled(u"000_da239ca82b3991ac"_s), u"bundled:000"_s);
    QCOMPARE(post.comments.size(), 3);
    QCOMPARE(post.comments.at(0).author, u"Andrew"_s);
    QCOMPARE(post.comments.at(1).author, QString());
    QCOMPARE(post.comments.at(2).author, QString());
    // A reply opens with its salutation; the body ends where the first reply starts.
    QCOMPARE(post.comments.at(0).paragraphs.first(), u"Fred,"_s);
    QCOMPARE(post.comments.at(0).paragraphs.size(), 8);
    QVERIFY(post.comments.at(1).paragraphs.first().startsWith(u"Andrew, It sounds as if"_s));
    QCOMPARE(post.comments.at(2).paragraphs.first(), u"Fred,"_s);
    QVERIFY(post.paragraphs.last().startsWith(u"Ah well, since we are in a recession"_s));
    // Typographic characters are kept as printed.
    QVERIFY(post.paragraphs.first().endsWith(u"Why only ‘in a recession’?"_s));
}

void TstPostParser::wordpressFooter()
{
    const Post post = PostParser::parse(bundled(u"004_afe070b9620565c2"_s), u"bundled:004"_s);
    QCOMPARE(post.metadata.value(u"popularity"_s), u"27%"_s);
    QCOMPARE(post.metadata.value(u"responses"_s), u"1"_s);
    QVERIFY(!post.metadata.contains(u"delicious_tags"_s)); // the page listed none
    // "#1" and "#2" mark the post's two sections.
    QCOMPARE(post.paragraphs.at(1), u"#1"_s);
    QVERIFY(post.paragraphs.contains(u"#2"_s));
    QVERIFY(!post.paragraphs.contains(u"Sean"_s));
    // NBSP runs between sentences read as single spaces.
    QVERIFY(post.paragraphs.first().contains(u"Word of Mouth Marketing. Lot’s of good points"_s));

    QCOMPARE(post.comments.size(), 1);
    const Comment &c = post.comments.first();
    QCOMPARE(c.kind, Comment::Kind::Trackback);
    QCOMPARE(c.author, u"Andy Sernovitz's Damn, I Wish I'd Thought of That!"_s);
    QCOMPARE(c.published.date(), QDate(2007, 7, 17));
    QCOMPARE(c.paragraphs.first(), u"BtoB vs. BtoC word of mouth"_s);
    QCOMPARE(c.paragraphs.size(), 2);
}

void TstPostParser::smallInputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("titleDerived");
    QTest::addColumn<QStringList>("body");
    QTest::addColumn<int>("commentCount");

    QTest::newRow("no blank lines: one paragraph a line")
        << testData(u"no_blank_lines.txt"_s) << QString() << u"Why plain text wins"_s << false
        << QStringList{u"Plain text survives every format change that comes along."_s,
                       u"It can be read by any tool, on any machine, decades later."_s}
        << 0;
    QTest::newRow("wrapped lines join into one paragraph")
        << u"13th July 2007\n\nA title\n\nFirst line of a paragraph\nwrapped onto a second line.\n\nAnother."_s
        << u"2007-07-13"_s << u"A title"_s << false
        << QStringList{u"First line of a paragraph wrapped onto a second line."_s, u"Another."_s} << 0;
    QTest::newRow("lone NBSP paragraph dropped")
        << u"July 17th, 2007\n\nTitle here\n\nOne.\n\n\u00a0\u00a0\n\nTwo\u00a0\u00a0 words."_s << u"2007-07-17"_s
        << u"Title here"_s << false << QStringList{u"One."_s, u"Two words."_s} << 0;
    QTest::newRow("short opening sentence is not a title")
        << u"I agree.\nThe rest of the argument follows from that single point."_s << QString()
        << u"I agree"_s << true
        << QStringList{u"I agree."_s, u"The rest of the argument follows from that single point."_s} << 0;
    QTest::newRow("date and one paragraph: no title")
        << u"Monday, August 18, 2008\n\nJust one paragraph of text, saying everything there is to say here."_s
        << u"2008-08-18"_s << u"Just one paragraph of text, saying everything there…"_s << true
        << QStringList{u"Just one paragraph of text, saying everything there is to say here."_s} << 0;
}

void TstPostParser::smallInputs()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, title);
    QFETCH(bool, titleDerived);
    QFETCH(QStringList, body);
    QFETCH(int, commentCount);
    QVERIFY(!text.isEmpty());
    const Post post = PostParser::parse(text, u"test"_s);
    QCOMPARE(shownDate(post), date);
    QCOMPARE(post.title, title);
    QCOMPARE(post.titleDerived, titleDerived);
    QCOMPARE(post.paragraphs, body);
    QCOMPARE(post.comments.size(), commentCount);
}

void TstPostParser::crlfReadsLikeLf()
{
    for (const QString &name : {u"wordpress_responses.txt"_s, u"blogger_comments.txt"_s}) {
        const QString lf = testData(name);
        QVERIFY(!lf.isEmpty());
        QString crlf = lf;
        crlf.replace(u'\n', u"\r\n"_s);
        const Post a = PostParser::parse(lf, u"test"_s);
        const Post b = PostParser::parse(crlf, u"test"_s);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.published, a.published);
        QCOMPARE(b.author, a.author);
        QCOMPARE(b.paragraphs, a.paragraphs);
        QCOMPARE(b.comments, a.comments);
        for (const QString &p : visibleParagraphs(b))
            QVERIFY2(!p.contains(u'\r'), qPrintable(p));
    }
}

void TstPostParser::bloggerComments()
{
    const Post post = PostParser::parse(testData(u"blogger_comments.txt"_s), u"test"_s);
    QCOMPARE(post.title, u"Why feeds still matter"_s);
    QCOMPARE(shownDate(post), u"2009-03-02 21:15"_s); // "Posted by … at 9:15 PM" gives the time
    QCOMPARE(post.author, u"Maria Lopez"_s);
    QCOMPARE(post.categories, (QStringList{u"feeds"_s, u"reading"_s}));
    QCOMPARE(post.paragraphs,
             (QStringList{u"Feeds let readers follow many blogs without visiting each one."_s,
                          u"They also make quoting and archiving easy, which matters more than it seems."_s}));
    QCOMPARE(post.metadata.value(u"responses"_s), u"3"_s);

    QCOMPARE(post.comments.size(), 3);
    const QStringList authors = {u"Tom"_s, u"Anonymous"_s, u"Maria Lopez"_s};
    const QList<QDateTime> dates = {QDateTime(QDate(2009, 3, 3), QTime(8, 2), QTimeZone::UTC),
                                    QDateTime(QDate(2009, 3, 3), QTime(10, 40), QTimeZone::UTC),
                                    QDateTime(QDate(2009, 3, 4), QTime(19, 0), QTimeZone::UTC)};
    for (int i = 0; i < 3; ++i) {
        const Comment &c = post.comments.at(i);
        QCOMPARE(c.author, authors.at(i));
        QCOMPARE(c.published, dates.at(i));
        QCOMPARE(c.kind, Comment::Kind::Comment);
        QCOMPARE(c.paragraphs.size(), 1); // the date line is not shown as text
    }
    // Addressing another commenter inside a reply does not split it.
    QCOMPARE(post.comments.at(2).paragraphs.first(), u"Tom, thanks! Glad it is useful."_s);
}

void TstPostParser::wordpressResponses()
{
    const Post post = PostParser::parse(testData(u"wordpress_responses.txt"_s), u"test"_s);
    QCOMPARE(post.title, u"Notes from the support summit"_s);
    QCOMPARE(shownDate(post), u"2010-03-02 16:05"_s);
    QCOMPARE(post.author, u"Priya"_s);
    QCOMPARE(post.categories, (QStringList{u"Support"_s, u"Research"_s}));
    QCOMPARE(post.paragraphs.size(), 2);
    QCOMPARE(post.metadata.value(u"popularity"_s), u"12%"_s);
    QCOMPARE(post.metadata.value(u"responses"_s), u"2"_s);

    QCOMPARE(post.comments.size(), 2);
    QCOMPARE(post.comments.at(0).author, u"Dana Whitfield"_s);
    QCOMPARE(post.comments.at(0).kind, Comment::Kind::Comment);
    QCOMPARE(post.comments.at(0).published.date(), QDate(2010, 3, 3));
    QCOMPARE(post.comments.at(1).author, u"The Listening Desk"_s);
    QCOMPARE(post.comments.at(1).kind, Comment::Kind::Trackback);
    QCOMPARE(post.comments.at(1).paragraphs.first(), u"Support as research"_s);
}

void TstPostParser::emptyInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << u"  \n\t\n\u00a0\r\n  "_s;
}

void TstPostParser::emptyInput()
{
    QFETCH(QString, text);
    const Post post = PostParser::parse(text, u"test"_s);
    QCOMPARE(post.title, u"Untitled"_s);
    QVERIFY(post.titleDerived);
    QVERIFY(post.paragraphs.isEmpty());
    QVERIFY(post.comments.isEmpty());
    QVERIFY(!post.published.isValid());
    QCOMPARE(post.originalText, text);
}

void TstPostParser::unstructuredTextIsKept()
{
    const QString text = u"lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
                         u"labore et dolore magna aliqua ut enim ad minim\n"
                         u"#\n"
                         u"said:\n"
                         u"x, y, z"_s;
    const Post post = PostParser::parse(text, u"test"_s);
    QCOMPARE(post.paragraphs,
             (QStringList{u"lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
                          u"labore et dolore magna aliqua ut enim ad minim"_s, u"#"_s,
                          u"said:"_s, u"x, y, z"_s}));
    QCOMPARE(post.title, u"lorem ipsum dolor sit amet consectetur adipiscing elit…"_s);
    QVERIFY(post.titleDerived);
}

void TstPostParser::keepsTextAndHash()
{
    const QString text = bundled(u"004_afe070b9620565c2"_s);
    const Post post = PostParser::parse(text, u"bundled:004"_s);
    QCOMPARE(post.originalText, text);
    QCOMPARE(post.contentHash,
             QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(post.contentHash.size(), 64);
    QVERIFY(PostParser::parse(text + u" "_s, u"bundled:004"_s).contentHash != post.contentHash);
}


// Page chrome as other blogs and themes write it: other case, a symbol in front, a count in words or digits. None of
// it may show; the body paragraphs around it, which start with the same words, stay.
void TstPostParser::chromeInAnyCaseAndForm_data()
{
    QTest::addColumn<QString>("chrome");
    QTest::newRow("symbol in front") << u"• Categories"_s;
    QTest::newRow("upper case") << u"LEAVE A REPLY"_s;
    QTest::newRow("count in words") << u"Seven Responses to “The service desk”"_s;
    QTest::newRow("count in digits") << u"12 comments:"_s;
    QTest::newRow("there are") << u"There are currently no responses to “The service desk”"_s;
    QTest::newRow("closed") << u"Comments are closed."_s;
    QTest::newRow("navigation") << u"Older Post Home"_s;
    QTest::newRow("popularity") << u"Popularity: 12% [?]"_s;
}

void TstPostParser::chromeInAnyCaseAndForm()
{
    QFETCH(QString, chrome);
    const QString text = u"The service desk\n\nThere is more to marketing than the marketing department.\n\n"
                         u"Comments from customers reach the service desk first.\n\n"_s
                         + chrome + u"\n\nPost a Comment"_s;
    const Post post = PostParser::parse(text, u"test"_s);
    QCOMPARE(post.title, u"The service desk"_s);
    QCOMPARE(post.paragraphs, (QStringList{u"There is more to marketing than the marketing department."_s,
                                           u"Comments from customers reach the service desk first."_s}));
    QVERIFY2(!visibleParagraphs(post).contains(chrome), qPrintable(visibleParagraphs(post).join(u" | "_s)));
}

QTEST_GUILESS_MAIN(TstPostParser)
#include "tst_postparser.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "blogdate.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// What a reader would see: the date, plus the time when the page gave one.
QString shown(const BlogDate::Parsed &p)
{
    if (!p.isValid())
        return {};
    return p.value.toString(p.hasTime ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd"_s);
}

} // namespace

class TstBlogDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void find_data();
    void find();
    void wallClockDoesNotShift();
};

void TstBlogDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not a date

    // Blogger and WordPress headers
    QTest::newRow("weekday month d, yyyy") << u"Thursday, September 24, 2009"_s << u"2009-09-24"_s;
    QTest::newRow("dth month yyyy") << u"13th July 2007"_s << u"2007-07-13"_s;
    QTest::newRow("month dth, yyyy") << u"July 17th, 2007"_s << u"2007-07-17"_s;
    QTest::newRow("month d, yyyy") << u"August 18, 2008"_s << u"2008-08-18"_s;
    QTest::newRow("d month yyyy") << u"5 May 2010"_s << u"2010-05-05"_s;
    QTest::newRow("1st") << u"1st January 2010"_s << u"2010-01-01"_s;
    QTest::newRow("2nd") << u"2nd February 2010"_s << u"2010-02-02"_s;
    QTest::newRow("3rd") << u"3rd March 2010"_s << u"2010-03-03"_s;
    QTest::newRow("22nd") << u"22nd April 2010"_s << u"2010-04-22"_s;
    QTest::newRow("dth of month") << u"13th of July 2007"_s << u"2007-07-13"_s;
    QTest::newRow("abbreviated month") << u"Sep 5, 2008"_s << u"2008-09-05"_s;
    QTest::newRow("Sept.") << u"Sept. 5, 2008"_s << u"2008-09-05"_s;
    QTest::newRow("abbreviated weekday") << u"Thu, Sep 24, 2009"_s << u"2009-09-24"_s;
    QTest::newRow("lower case") << u"thursday, september 24, 2009"_s << u"2009-09-24"_s;
    QTest::newRow("surrounding space") << u"  Monday, August 18, 2008 \n"_s << u"2008-08-18"_s;
    QTest::newRow("leap day") << u"29th February 2008"_s << u"2008-02-29"_s;

    // with a time
    QTest::newRow("wordpress footer date") << u"Friday, July 13th, 2007 at 11:34 am"_s << u"2007-07-13 11:34:00"_s;
    QTest::newRow("pm") << u"July 13th, 2007 at 11:34 pm"_s << u"2007-07-13 23:34:00"_s;
    QTest::newRow("12 am is midnight") << u"March 3, 2009 12:05 AM"_s << u"2009-03-03 00:05:00"_s;
    QTest::newRow("12 pm is noon") << u"December 1, 2009 12:30 PM"_s << u"2009-12-01 12:30:00"_s;
    QTest::newRow("a.m.") << u"December 1, 2009, 9:05 a.m."_s << u"2009-12-01 09:05:00"_s;
    QTest::newRow("24-hour") << u"1 December 2009 21:05"_s << u"2009-12-01 21:05:00"_s;
    QTest::newRow("hour only") << u"1 December 2009 at 9 pm"_s << u"2009-12-01 21:00:00"_s;

    // ISO 8601
    QTest::newRow("iso date") << u"2009-09-24"_s << u"2009-09-24"_s;
    QTest::newRow("iso date time") << u"2009-09-24T10:15:30"_s << u"2009-09-24 10:15:30"_s;
    QTest::newRow("iso with offset keeps wall clock") << u"2009-09-24T10:15:30+02:00"_s << u"2009-09-24 10:15:30"_s;
    QTest::newRow("iso utc") << u"2009-09-24T10:15:30Z"_s << u"2009-09-24 10:15:30"_s;
    QTest::newRow("iso with space") << u"2009-09-24 10:15"_s << u"2009-09-24 10:15:00"_s;

    // not dates
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"   "_s << QString();
    QTest::newRow("32nd") << u"32nd July 2007"_s << QString();
    QTest::newRow("no such month") << u"Someday, Foo 3, 2009"_s << QString();
    QTest::newRow("no such weekday") << u"Someday, September 3, 2009"_s << QString();
    QTest::newRow("garbage") << u"#1"_s << QString();
    QTest::newRow("words") << u"Marketing goes on outside of the marketing department"_s << QString();
    QTest::newRow("no day") << u"July 2007"_s << QString();
    QTest::newRow("no year") << u"13th July"_s << QString();
    QTest::newRow("not a leap year") << u"29th February 2007"_s << QString();
    QTest::newRow("trailing text") << u"July 17th, 2007 and more"_s << QString();
    QTest::newRow("leading text") << u"Posted on July 17th, 2007"_s << QString();
    QTest::newRow("13 pm") << u"July 13th, 2007 at 13:34 pm"_s << QString();
    QTest::newRow("25 o'clock") << u"July 13th, 2007 at 25:10"_s << QString();
    QTest::newRow("iso month 13") << u"2009-13-01"_s << QString();
}

void TstBlogDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const BlogDate::Parsed p = BlogDate::parse(text);
    QCOMPARE(shown(p), expected);
    QCOMPARE(p.isValid(), !expected.isEmpty());
    QCOMPARE(p.hasTime, expected.contains(u':'));
}

void TstBlogDate::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("found"); // the text the match covers

    QTest::newRow("wordpress footer")
        << u"This entry was posted on Friday, July 13th, 2007 at 11:34 am and is filed under Business Strategy."_s
        << u"2007-07-13 11:34:00"_s << u"Friday, July 13th, 2007 at 11:34 am"_s;
    QTest::newRow("comment header") << u"1. 1 On July 17th, 2007, Andy Sernovitz's Blog said:"_s << u"2007-07-17"_s
                                    << u"July 17th, 2007"_s;
    QTest::newRow("skips an impossible date") << u"Not on 32nd July 2007 but on 3rd August 2007."_s
                                              << u"2007-08-03"_s << u"3rd August 2007"_s;
    QTest::newRow("iso in prose") << u"Updated 2009-09-24T10:15:30Z, see below."_s << u"2009-09-24 10:15:30"_s
                                  << u"2009-09-24T10:15:30Z"_s;
    QTest::newRow("a word after the year is not a time")
        << u"Written 5 May 2010 amid the move."_s << u"2010-05-05"_s << u"5 May 2010"_s;
    QTest::newRow("none") << u"In the room of 80+ people, there were maybe 5-6 people."_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TstBlogDate::find()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, found);
    qsizetype start = -1;
    qsizetype length = -1;
    const BlogDate::Parsed p = BlogDate::find(text, &start, &length);
    QCOMPARE(shown(p), expected);
    if (p.isValid())
        QCOMPARE(text.mid(start, length), found);
    QCOMPARE(shown(BlogDate::find(text)), expected); // the out-parameters are optional
}

void TstBlogDate::wallClockDoesNotShift()
{
    // Whatever the machine's zone, the time shown is the time printed on the page.
    const BlogDate::Parsed p = BlogDate::parse(u"Friday, July 13th, 2007 at 11:34 am"_s);
    QCOMPARE(p.value.timeSpec(), Qt::UTC);
    QCOMPARE(p.value.time(), QTime(11, 34));
    QCOMPARE(p.value.date(), QDate(2007, 7, 13));
}

QTEST_GUILESS_MAIN(TstBlogDate)
#include "tst_blogdate.moc"

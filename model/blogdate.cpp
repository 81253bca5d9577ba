// SPDX-License-Identifier: GPL-3.0-or-later
#include "blogdate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// One pattern for every accepted shape, so find() reports the leftmost date whichever shape it has.
// English names only: the blog engines we read print their dates in English. Full names come before
// abbreviations so the alternation takes the longest.
QString datePattern()
{
    const QString month = u"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                          u"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"_s;
    const QString weekday = u"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                            u"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s+)?"_s;
    const QString ordinal = u"(?:st|nd|rd|th)?"_s;
    const QString dayFirst = u"(?<d1>\\d{1,2})"_s + ordinal + u"(?:\\s+of)?\\s+(?<m1>"_s + month
        + u")\\.?,?\\s+(?<y1>\\d{4})"_s;
    const QString monthFirst = u"(?<m2>"_s + month + u")\\.?\\s+(?<d2>\\d{1,2})"_s + ordinal
        + u",?\\s+(?<y2>\\d{4})"_s;
    // A time needs minutes or am/pm, so "2009 10 people" is not read as 10 o'clock.
    const QString time = u"(?:\\s*,?\\s*(?:at\\s+|@\\s*)?(?<time>\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?"
                         u"|\\d{1,2}\\s*[ap]\\.?m\\.?)(?!\\w))?"_s;
    const QString textual = u"\\b"_s + weekday + u"(?:"_s + dayFirst + u"|"_s + monthFirst + u")(?!\\d)"_s + time;
    // ISO 8601; an offset is accepted but dropped: we keep the wall-clock time as printed.
    const QString iso = u"(?<!\\d)(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})"
                        u"(?:[T ](?<ih>\\d{2}):(?<imi>\\d{2})(?::(?<is>\\d{2})(?:[.,]\\d+)?)?"
                        u"(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?![\\d:-])"_s;
    return u"(?:"_s + textual + u")|(?:"_s + iso + u")"_s;
}

constexpr QRegularExpression::PatternOptions patternOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

int monthNumber(QStringView name)
{
    const QLocale c = QLocale::c();
    for (int m = 1; m <= 12; ++m) {
        if (c.monthName(m, QLocale::LongFormat).startsWith(name, Qt::CaseInsensitive))
            return m;
    }
    return 0;
}

// "11:34 am", "23:05", "9 pm", "10:12:30 a.m."; an invalid QTime when the numbers are out of range.
QTime timeFrom(QStringView text)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?\\s*(?:([ap])\\.?m\\.?)?"_s),
        patternOptions);
    const QRegularExpressionMatch m = re.matchView(text);
    if (!m.hasMatch())
        return {};
    int hour = m.capturedView(1).toInt();
    const int minute = m.capturedView(2).toInt();
    const int second = m.capturedView(3).toInt();
    const QStringView meridiem = m.capturedView(4);
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (meridiem.compare(u"p", Qt::CaseInsensitive) == 0 ? 12 : 0);
    }
    return QTime(hour, minute, second);
}

BlogDate::Parsed fromMatch(const QRegularExpressionMatch &m)
{
    if (!m.hasMatch())
        return {};
    QDate date;
    QTime time;
    if (m.hasCaptured(u"iy")) {
        date = QDate(m.capturedView(u"iy").toInt(), m.capturedView(u"im").toInt(), m.capturedView(u"id").toInt());
        if (m.hasCaptured(u"ih"))
            time = QTime(m.capturedView(u"ih").toInt(), m.capturedView(u"imi").toInt(),
                         m.capturedView(u"is").toInt());
    } else {
        const bool dayFirst = m.hasCaptured(u"d1");
        const QStringView month = m.capturedView(dayFirst ? u"m1" : u"m2");
        date = QDate(m.capturedView(dayFirst ? u"y1" : u"y2").toInt(), monthNumber(month),
                     m.capturedView(dayFirst ? u"d1" : u"d2").toInt());
        if (m.hasCaptured(u"time"))
            time = timeFrom(m.capturedView(u"time"));
    }
    // A printed weekday that disagrees with the date is not checked: the day of the month is what the page means.
    const bool hasTime = m.hasCaptured(u"ih") || m.hasCaptured(u"time");
    if (!date.isValid() || (hasTime && !time.isValid()))
        return {};
    return {QDateTime(date, hasTime ? time : QTime(0, 0), QTimeZone::UTC), hasTime};
}

} // namespace

namespace BlogDate {

Parsed parse(QStringView text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"\\s*(?:"_s + datePattern() + u")\\s*"_s),
                                       patternOptions);
    return fromMatch(re.matchView(text));
}

Parsed find(QStringView text, qsizetype *matchStart, qsizetype *matchLength)
{
    static const QRegularExpression re(datePattern(), patternOptions);
    auto it = re.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const Parsed parsed = fromMatch(m);
        if (!parsed.isValid())
            continue; // "32nd July 2007": look further on
        if (matchStart)
            *matchStart = m.capturedStart();
        if (matchLength)
            *matchLength = m.capturedLength();
        return parsed;
    }
    return {};
}

} // namespace BlogDate

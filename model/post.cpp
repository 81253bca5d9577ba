// SPDX-License-Identifier: GPL-3.0-or-later
#include "post.h"

QString Post::anchorText() const
{
    QStringList lines;
    lines.reserve(1 + paragraphs.size() + comments.size() * 2);
    lines << title << paragraphs;
    for (const Comment &c : comments)
        lines << c.paragraphs;
    return lines.join(QLatin1Char('\n'));
}

int Post::wordCount() const
{
    // Words as \w+(?:['’]\w+)* with Unicode properties: runs of word characters, an apostrophe between two of them
    // joining the run. Scanned rather than matched: a match object per word made this most of an import's time.
    // ASCII, most of any post, is decided without the Unicode tables.
    const auto isWordCharacter = [](char32_t c) {
        if (c < 0x80)
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        switch (QChar::category(c)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Number_DecimalDigit:
        case QChar::Number_Letter:
        case QChar::Number_Other:
        case QChar::Mark_NonSpacing:
        case QChar::Punctuation_Connector:
            return true;
        default:
            return false;
        }
    };
    // The code point at i, and where the next one starts.
    const auto codePointAt = [](QStringView text, qsizetype i, qsizetype *next) -> char32_t {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            *next = i + 2;
            return QChar::surrogateToUcs4(u, text[i + 1].unicode());
        }
        *next = i + 1;
        return u;
    };
    int n = 0;
    for (const QString &p : paragraphs) {
        const QStringView text(p);
        bool inWord = false;
        qsizetype next = 0;
        for (qsizetype i = 0; i < text.size(); i = next) {
            const char32_t c = codePointAt(text, i, &next);
            if (isWordCharacter(c)) {
                n += inWord ? 0 : 1;
                inWord = true;
            } else if (inWord && (c == u'\'' || c == u'’') && next < text.size()) {
                qsizetype afterNext = 0;
                inWord = isWordCharacter(codePointAt(text, next, &afterNext));
            } else {
                inWord = false;
            }
        }
    }
    return n;
}

QString wallClockIso(const QDateTime &value, bool hasTime)
{
    if (!value.isValid())
        return {};
    const QString date = value.date().toString(Qt::ISODate);
    return hasTime ? date + u'T' + value.time().toString(Qt::ISODate) : date;
}

QString PostSummary::isoDate() const
{
    return wallClockIso(published, publishedHasTime);
}

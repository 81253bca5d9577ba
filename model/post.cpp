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
    const auto isWordCharacter = [](char32_t c) {
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
    int n = 0;
    for (const QString &p : paragraphs) {
        const QList<uint> text = p.toUcs4();
        bool inWord = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char32_t c = text[i];
            if (isWordCharacter(c)) {
                n += inWord ? 0 : 1;
                inWord = true;
            } else if (!(inWord && (c == u'\'' || c == u'’') && i + 1 < text.size() && isWordCharacter(text[i + 1]))) {
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "post.h"

#include <QRegularExpression>

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
    static const QRegularExpression word(QStringLiteral("\\w+(?:['’]\\w+)*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (const QString &p : paragraphs) {
        auto it = word.globalMatchView(p);
        while (it.hasNext()) {
            it.next();
            ++n;
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

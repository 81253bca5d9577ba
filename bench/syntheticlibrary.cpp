// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticlibrary.h"

#include "anchorresolver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

SyntheticLibrary::SyntheticLibrary(quint32 seed)
    : m_random(seed)
{
    const QDir dir(u":/posts"_s);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            m_words << QString::fromUtf8(file.readAll()).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    }
    if (m_words.isEmpty())
        m_words << u"marketing"_s << u"belongs"_s << u"to"_s << u"everyone."_s;
}

QString SyntheticLibrary::paragraph(int approxChars)
{
    QString text;
    text.reserve(approxChars + 32);
    while (text.size() < approxChars) {
        if (!text.isEmpty())
            text += u' ';
        text += m_words[m_random.bounded(int(m_words.size()))];
    }
    return text;
}

Post SyntheticLibrary::post(int index, int approxBytes)
{
    Post p;
    p.source = u"synthetic:%1"_s.arg(index);
    p.title = paragraph(40).section(u' ', 0, 6);
    p.published = QDateTime(QDate(2005, 1, 1).addDays(m_random.bounded(6000)), QTime(0, 0), QTimeZone::UTC);
    p.author = m_random.bounded(3) == 0 ? QString() : m_words[m_random.bounded(int(m_words.size()))];
    for (int size = 0; size < approxBytes;) {
        p.paragraphs << paragraph(200 + m_random.bounded(400));
        size += int(p.paragraphs.last().size()) + 1;
    }
    p.originalText = p.title + u"\n\n"_s + p.paragraphs.join(u"\n\n"_s);
    p.contentHash = QString::number(qHash(p.originalText), 16);
    return p;
}

QList<Post> SyntheticLibrary::posts(int count, int approxBytes)
{
    QList<Post> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list << post(i, approxBytes);
    return list;
}

QList<Highlight> SyntheticLibrary::highlights(const Post &post, qint64 postId, int count)
{
    const QString text = post.anchorText();
    QList<qsizetype> wordStarts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isSpace() && (i == 0 || text[i - 1].isSpace()))
            wordStarts << i;
    }
    QList<Highlight> list;
    list.reserve(count);
    for (int i = 0; i < count && wordStarts.size() > 41; ++i) {
        const int first = m_random.bounded(int(wordStarts.size()) - 41);
        const int words = 2 + m_random.bounded(39);
        const int start = int(wordStarts[first]);
        int end = int(wordStarts[first + words]) - 1;
        while (end > start && text[end - 1].isSpace())
            --end;
        Highlight h;
        h.postId = postId;
        h.anchor = AnchorResolver::anchorFor(text, start, end);
        h.note = m_random.bounded(4) == 0 ? paragraph(80) : QString();
        list << h;
    }
    return list;
}

QString SyntheticLibrary::editWords(const QString &text, double fraction)
{
    QStringList words = text.split(u' ');
    const int edits = int(words.size() * fraction);
    for (int i = 0; i < edits && words.size() > 1; ++i) {
        const int at = m_random.bounded(int(words.size()));
        switch (m_random.bounded(3)) {
        case 0:
            words[at] = m_words[m_random.bounded(int(m_words.size()))];
            break;
        case 1:
            words.removeAt(at);
            break;
        default:
            words.insert(at, m_words[m_random.bounded(int(m_words.size()))]);
            break;
        }
    }
    return words.join(u' ');
}

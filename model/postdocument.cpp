// SPDX-License-Identifier: GPL-3.0-or-later
#include "postdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PostDocument)
};

// Relative sizes (as HTML's small … xx-large) so that zooming the reader scales every line alike.
QTextCharFormat sized(QTextCharFormat format, int adjustment)
{
    format.setProperty(QTextFormat::FontSizeAdjustment, adjustment);
    return format;
}

QString formatDate(const QDateTime &dt, bool withTime)
{
    const QLocale locale;
    return withTime ? locale.toString(dt, QLocale::LongFormat).remove(u" UTC"_s) // wall-clock as printed
                    : locale.toString(dt.date(), QLocale::LongFormat);
}

} // namespace

PostDocument::PostDocument(const Post &post, const QPalette &palette)
    : m_post(post)
    , m_document(std::make_unique<QTextDocument>())
{
    QTextDocument *doc = m_document.get();
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(24);

    const QColor muted = palette.color(QPalette::PlaceholderText);
    QTextCharFormat body;
    body.setForeground(palette.color(QPalette::Text));
    QTextCharFormat mutedText = body;
    mutedText.setForeground(muted);

    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(10);
    paragraph.setLineHeight(135, QTextBlockFormat::ProportionalHeight);

    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    bool firstBlock = true;
    int anchorPos = 0;
    // Each line goes in its own block; anchored lines record where they sit in both texts.
    auto addBlock = [&](const QString &text, const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat,
                        bool anchored) {
        if (firstBlock) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
            firstBlock = false;
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        if (anchored) {
            m_spans.append({cursor.position(), anchorPos, int(text.size())});
            anchorPos += int(text.size()) + 1;
        }
        cursor.insertText(text, charFormat);
    };

    QTextBlockFormat titleBlock;
    titleBlock.setHeadingLevel(1);
    titleBlock.setBottomMargin(4);
    QTextCharFormat titleChar = sized(body, 3);
    titleChar.setFontWeight(QFont::Bold);
    if (post.titleDerived) {
        titleChar.setFontItalic(true);
        titleChar.setForeground(muted);
        titleChar.setToolTip(Text::tr("This post has no title; this one was made from its opening words."));
    }
    addBlock(post.title, titleBlock, titleChar, true);

    QStringList byline;
    if (post.published.isValid())
        byline << formatDate(post.published, post.publishedHasTime);
    if (!post.author.isEmpty())
        byline << Text::tr("by %1").arg(post.author);
    if (!post.categories.isEmpty())
        byline << post.categories.join(u", "_s);
    if (byline.isEmpty())
        byline << Text::tr("No date or author given");
    QTextBlockFormat bylineBlock;
    bylineBlock.setBottomMargin(18);
    addBlock(byline.join(u"  ·  "_s), bylineBlock, sized(mutedText, -1), false);

    for (const QString &text : post.paragraphs)
        addBlock(text, paragraph, body, true);

    if (!post.comments.isEmpty()) {
        QTextBlockFormat heading;
        heading.setHeadingLevel(2);
        heading.setTopMargin(24);
        heading.setBottomMargin(6);
        QTextCharFormat headingChar = sized(body, 1);
        headingChar.setFontWeight(QFont::Bold);
        addBlock(QCoreApplication::translate("PostDocument", "%n response(s)", nullptr, int(post.comments.size())),
                 heading, headingChar, false);

        QTextFrameFormat box;
        box.setBackground(palette.color(QPalette::AlternateBase));
        box.setBorder(1);
        box.setBorderBrush(palette.color(QPalette::Mid));
        box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        box.setPadding(10);
        box.setTopMargin(8);
        QTextCharFormat commentHeader = sized(mutedText, -1);
        commentHeader.setFontWeight(QFont::DemiBold);
        for (const Comment &comment : post.comments) {
            cursor.insertFrame(box);
            firstBlock = true; // a new frame starts with an empty block of its own
            QStringList header;
            header << (comment.author.isEmpty() ? Text::tr("Anonymous") : comment.author);
            if (comment.kind == Comment::Kind::Trackback)
                header << Text::tr("trackback");
            if (comment.published.isValid())
                header << formatDate(comment.published, false);
            QTextBlockFormat headerBlock;
            headerBlock.setBottomMargin(4);
            addBlock(header.join(u"  ·  "_s), headerBlock, commentHeader, false);
            for (const QString &text : comment.paragraphs)
                addBlock(text, paragraph, body, true);
            cursor = doc->rootFrame()->lastCursorPosition();
        }
    }
    cursor.endEditBlock();
}

PostDocument::~PostDocument() = default;

int PostDocument::documentPosition(int anchorOffset) const
{
    if (anchorOffset < 0 || m_spans.isEmpty())
        return -1;
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), anchorOffset,
                               [](int offset, const Span &s) { return offset < s.anchorStart; });
    if (it == m_spans.cbegin())
        return -1;
    --it;
    if (anchorOffset > it->anchorStart + it->length)
        return -1;
    return it->documentStart + (anchorOffset - it->anchorStart);
}

int PostDocument::anchorOffset(int documentPosition) const
{
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), documentPosition,
                               [](int pos, const Span &s) { return pos < s.documentStart; });
    if (it == m_spans.cbegin())
        return -1;
    --it;
    if (documentPosition > it->documentStart + it->length)
        return -1;
    return it->anchorStart + (documentPosition - it->documentStart);
}

QList<std::pair<int, int>> PostDocument::documentRanges(int anchorStart, int anchorEnd) const
{
    QList<std::pair<int, int>> ranges;
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), anchorStart,
                               [](int offset, const Span &s) { return offset < s.anchorStart; });
    if (it != m_spans.cbegin())
        --it;
    for (; it != m_spans.cend() && it->anchorStart < anchorEnd; ++it) {
        const int from = std::max(anchorStart, it->anchorStart);
        const int to = std::min(anchorEnd, it->anchorStart + it->length);
        if (from < to)
            ranges.append({it->documentStart + (from - it->anchorStart), it->documentStart + (to - it->anchorStart)});
    }
    return ranges;
}

int PostDocument::anchorLength() const
{
    if (m_spans.isEmpty())
        return 0;
    return m_spans.constLast().anchorStart + m_spans.constLast().length;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "postdocument.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextFrame>
#include <QToolTip>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

#include <climits>
#include <cmath>

namespace {
constexpr qreal zoomFactor = 1.1;
constexpr int labelMargin = 190; // room for argument labels right of the text
}

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reader"));
    setAccessibleName(tr("Reader"));
    setAccessibleDescription(tr("The selected post, with its comments"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    setFrameShape(QFrame::NoFrame);
    // Tab moves on to the next panel, so the window can be crossed without the mouse.
    setTabChangesFocus(true);
    showMessage(tr("Select a post to read it."));
}

ReaderView::~ReaderView()
{
    // The view must let go of the documents before they are deleted.
    setDocument(nullptr);
}

void ReaderView::setPost(const Post &post)
{
    // Extra selections hold cursors into the current document: drop them before that document goes.
    m_highlights.clear();
    m_findSelections.clear();
    setExtraSelections({});
    auto next = std::make_unique<PostDocument>(post, palette());
    setDocument(next->document());
    m_post = std::move(next);
    applyFont();
    applyMargins();
    moveCursor(QTextCursor::Start);
}

void ReaderView::setHighlights(const QList<Highlight> &highlights, const Codebook &codebook)
{
    // Only what changed is formatted again: adding one highlight to thousands touches one passage.
    const bool sameCodebook = codebook.tags() == m_codebook.tags();
    QHash<qint64, const Highlight *> before;
    for (const Highlight &h : std::as_const(m_highlights))
        before.insert(h.id, &h);
    int from = INT_MAX, to = -1;
    auto touch = [&from, &to](const Highlight &h) {
        if (h.orphaned || h.anchor.start < 0)
            return;
        from = std::min(from, h.anchor.start);
        to = std::max(to, h.anchor.end);
    };
    for (const Highlight &h : highlights) {
        const Highlight *old = before.take(h.id);
        if (!old || !(*old == h)) {
            touch(h);
            if (old)
                touch(*old);
        }
    }
    for (const Highlight *gone : std::as_const(before))
        touch(*gone);
    const QList<Highlight> previous = std::exchange(m_highlights, highlights);
    m_codebook = codebook;
    if (!sameCodebook || previous.isEmpty()) {
        paintHighlights();
        viewport()->update();
    } else if (to > from) {
        // The document repaints the passages whose formats changed; the margin's labels need the whole view.
        paintHighlights(from, to);
        if (m_showLabels)
            viewport()->update();
    }
}

void ReaderView::setShowArgumentLabels(bool show)
{
    if (show == m_showLabels)
        return;
    m_showLabels = show;
    applyMargins();
    viewport()->update();
}

void ReaderView::applyMargins()
{
    if (!m_post)
        return;
    int side = 0;
    if (m_lineWidth > 0) {
        const QFontMetricsF metrics(document()->defaultFont());
        const qreal text = metrics.averageCharWidth() * m_lineWidth;
        const qreal room = viewport()->width() - 2 * document()->documentMargin();
        side = std::max(0, int((room - text) / 2));
    }
    const int right = std::max(side, m_showLabels ? labelMargin : 0);
    m_rightMargin = right;
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (format.leftMargin() == side && format.rightMargin() == right)
        return; // a new frame format lays the whole post out again
    format.setLeftMargin(side);
    format.setRightMargin(right);
    document()->rootFrame()->setFrameFormat(format);
}

void ReaderView::setLineWidth(int characters)
{
    characters = std::max(0, characters);
    if (characters == m_lineWidth)
        return;
    m_lineWidth = characters;
    applyMargins();
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (m_lineWidth > 0)
        applyMargins();
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (!m_showLabels || !m_post || m_highlights.isEmpty())
        return;
    QPainter painter(viewport());
    QFont font = document()->defaultFont();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int x = viewport()->width() - m_rightMargin + 12;
    const int width = std::min(labelMargin, m_rightMargin) - 20;
    int lastBottom = INT_MIN;
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (h.orphaned || h.tags.isEmpty())
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(m_post->documentPosition(h.anchor.start));
        int y = cursorRect(cursor).top();
        y = std::max(y, lastBottom + 2); // labels of nearby highlights stack instead of overlapping
        const Tag *tag = m_codebook.tag(h.tags.first().tagId);
        QString text = tag ? tag->name : QString();
        if (h.tags.size() > 1)
            text = tr("%1 +%2").arg(text).arg(h.tags.size() - 1);
        const QString elided = metrics.elidedText(text, Qt::ElideRight, width - 8);
        const QRect box(x, y, width, metrics.height() + 4);
        QColor fill = m_codebook.colourFor(h);
        fill.setAlphaF(0.35f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, elided);
        lastBottom = box.bottom();
    }
}

void ReaderView::paintHighlights(int from, int to)
{
    if (!m_post)
        return;
    if (from < 0) {
        from = 0;
        to = m_post->anchorLength();
    }
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    const float alpha = dark ? 0.45f : 0.4f;

    // A sweep over the starts and ends of the highlights that touch [from, to): between two consecutive
    // boundaries the same highlights cover the text, and their formats combine into one.
    struct Edge
    {
        int at;
        bool opens;
        const Highlight *highlight;
    };
    QList<Edge> edges;
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (h.orphaned || h.anchor.end <= from || h.anchor.start >= to || h.anchor.end <= h.anchor.start)
            continue;
        edges.append({std::max(h.anchor.start, from), true, &h});
        edges.append({std::min(h.anchor.end, to), false, &h});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) {
        return a.at != b.at ? a.at < b.at : (!a.opens && b.opens); // close before open at the same place
    });

    QTextCharFormat cleared;
    cleared.setBackground(Qt::transparent);
    cleared.setFontUnderline(false);
    cleared.setFontStrikeOut(false);

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    auto apply = [&](int start, int end, const QTextCharFormat &format) {
        for (const auto &[docFrom, docTo] : m_post->documentRanges(start, end)) {
            cursor.setPosition(docFrom);
            cursor.setPosition(docTo, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    };
    apply(from, to, cleared);

    QList<const Highlight *> active; // in the order they opened: later ones are drawn over earlier ones
    int position = from;
    for (qsizetype i = 0; i < edges.size();) {
        const int at = edges[i].at;
        if (at > position && !active.isEmpty()) {
            QTextCharFormat format;
            QColor background(Qt::transparent);
            for (const Highlight *h : std::as_const(active)) {
                QColor colour = m_codebook.colourFor(*h);
                switch (h->style) {
                case Highlight::Style::Background: {
                    // "over" compositing, so overlaps show both colours
                    const float a = alpha, b = background.alphaF() * (1 - a);
                    const float out = a + b;
                    background = QColor::fromRgbF((colour.redF() * a + background.redF() * b) / out,
                                                  (colour.greenF() * a + background.greenF() * b) / out,
                                                  (colour.blueF() * a + background.blueF() * b) / out, out);
                    break;
                }
                case Highlight::Style::Underline:
                    format.setFontUnderline(true);
                    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                    format.setUnderlineColor(colour);
                    break;
                case Highlight::Style::StrikeThrough:
                    format.setFontStrikeOut(true);
                    break;
                }
            }
            if (background.alpha() > 0)
                format.setBackground(background);
            apply(position, at, format);
        }
        position = std::max(position, at);
        for (; i < edges.size() && edges[i].at == at; ++i) {
            if (edges[i].opens)
                active.append(edges[i].highlight);
            else
                active.removeOne(edges[i].highlight);
        }
    }
    cursor.endEditBlock();
}

void ReaderView::applySelections()
{
    setExtraSelections(m_findSelections);
}

void ReaderView::setFindSelections(const QList<ExtraSelection> &selections)
{
    m_findSelections.clear();
    for (const ExtraSelection &s : selections) {
        if (s.cursor.document() == document())
            m_findSelections << s;
    }
    applySelections();
}

std::optional<std::pair<int, int>> ReaderView::selectedRange() const
{
    if (!m_post)
        return std::nullopt;
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    int start = m_post->anchorOffset(cursor.selectionStart());
    int end = m_post->anchorOffset(cursor.selectionEnd());
    // A selection may begin or end in a line that is not post text (the byline): move inward to the text.
    for (int pos = cursor.selectionStart(); start < 0 && pos < cursor.selectionEnd(); ++pos)
        start = m_post->anchorOffset(pos);
    for (int pos = cursor.selectionEnd(); end < 0 && pos > cursor.selectionStart(); --pos)
        end = m_post->anchorOffset(pos);
    if (start < 0 || end <= start)
        return std::nullopt;
    return std::make_pair(start, end);
}

void ReaderView::revealHighlight(qint64 id)
{
    if (!m_post)
        return;
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (h.id != id || h.orphaned)
            continue;
        const int from = m_post->documentPosition(h.anchor.start);
        const int to = m_post->documentPosition(h.anchor.end);
        if (from < 0 || to < from)
            return;
        QTextCursor cursor(document());
        cursor.setPosition(to);
        cursor.setPosition(from, QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
}

QList<Highlight> ReaderView::highlightsAt(const QPoint &viewportPos) const
{
    QList<Highlight> found;
    if (!m_post)
        return found;
    const int offset = m_post->anchorOffset(cursorForPosition(viewportPos).position());
    if (offset < 0)
        return found;
    for (const Highlight &h : m_highlights) {
        if (!h.orphaned && h.anchor.start <= offset && offset < h.anchor.end)
            found << h;
    }
    return found;
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const QList<Highlight> here = highlightsAt(event->position().toPoint());
    if (here.isEmpty())
        return;
    // The shortest passage is the one the reader most likely aimed at.
    const auto innermost = std::min_element(here.cbegin(), here.cend(), [](const Highlight &a, const Highlight &b) {
        return a.anchor.end - a.anchor.start < b.anchor.end - b.anchor.start;
    });
    Q_EMIT highlightClicked(innermost->id);
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<Highlight> here = highlightsAt(help->pos());
        if (here.isEmpty()) {
            QToolTip::hideText();
            return QTextBrowser::viewportEvent(event);
        }
        QStringList parts;
        for (const Highlight &h : here) {
            QStringList lines;
            for (const Tagging &t : h.tags)
                lines << tr("%1 — %2").arg(m_codebook.path(t.tagId), stanceLabel(t.stance));
            if (!h.note.isEmpty())
                lines << h.note;
            if (lines.isEmpty())
                lines << tr("Highlight without tags or note");
            parts << lines.join(u'\n');
        }
        QToolTip::showText(help->globalPos(), parts.join(QStringLiteral("\n\n")), viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void ReaderView::showMessage(const QString &text)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(24);
    QTextCursor cursor(doc.get());
    QTextCharFormat muted;
    muted.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertText(text, muted);
    m_highlights.clear();
    m_findSelections.clear();
    setExtraSelections({});
    setDocument(doc.get());
    m_message = std::move(doc);
    m_post.reset();
    applyFont();
}

void ReaderView::setZoomSteps(int steps)
{
    steps = std::clamp(steps, -8, 20);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    applyFont();
    Q_EMIT zoomStepsChanged(m_zoom);
}

void ReaderView::applyFont()
{
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * std::pow(zoomFactor, m_zoom));
    document()->setDefaultFont(font);
    applyMargins();
}

QVariant ReaderView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Colours are baked into the document's formats: rebuild it when the palette changes (light/dark switch).
    if (event->type() == QEvent::PaletteChange && m_post) {
        const Post post = m_post->post();
        const int position = verticalScrollBar()->value();
        const QList<Highlight> highlights = m_highlights;
        setPost(post);
        setHighlights(highlights, m_codebook);
        verticalScrollBar()->setValue(position);
    } else if (event->type() == QEvent::FontChange) {
        applyFont();
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "postdocument.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace {
constexpr qreal zoomFactor = 1.1;
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
    showMessage(tr("Select a post to read it."));
}

ReaderView::~ReaderView()
{
    // The view must let go of the documents before they are deleted.
    setDocument(nullptr);
}

void ReaderView::setPost(const Post &post)
{
    auto next = std::make_unique<PostDocument>(post, palette());
    setDocument(next->document());
    m_post = std::move(next);
    applyFont();
    moveCursor(QTextCursor::Start);
}

void ReaderView::showMessage(const QString &text)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(24);
    QTextCursor cursor(doc.get());
    QTextCharFormat muted;
    muted.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertText(text, muted);
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
        setPost(post);
        verticalScrollBar()->setValue(position);
    } else if (event->type() == QEvent::FontChange) {
        applyFont();
    }
}

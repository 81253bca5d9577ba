// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

#include <memory>

#include "highlight.h"
#include "tag.h"

#include <optional>

class PostDocument;
struct Post;

// Shows one post as typeset rich text. It loads nothing a post names (images, style sheets, links to files):
// loadResource() always answers with nothing.
class ReaderView : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setPost(const Post &post);
    // Shows a short message in place of a post (nothing selected, or a post that could not be read).
    void showMessage(const QString &text);
    const PostDocument *postDocument() const { return m_post.get(); }

    // Paints the post's highlights into the text as character formats, in one edit block: translucent
    // backgrounds blend where highlights overlap, so none hides another; underline and strike-through draw in the
    // highlight's colour. After an edit only the passages of highlights that changed are formatted again.
    void setHighlights(const QList<Highlight> &highlights, const Codebook &codebook);
    const QList<Highlight> &highlights() const { return m_highlights; }
    // Matches of Find or of a search result, drawn over the highlights.
    void setFindSelections(const QList<ExtraSelection> &selections);

    // The selection as offsets [start, end) in the post's anchor text; nullopt when nothing of the post's own
    // text is selected.
    std::optional<std::pair<int, int>> selectedRange() const;
    // Selects a highlight's passage and scrolls to it.
    void revealHighlight(qint64 id);
    // Highlights under a point of the viewport.
    QList<Highlight> highlightsAt(const QPoint &viewportPos) const;

    // Writes each highlight's first argument in the right margin, beside the line it starts on.
    void setShowArgumentLabels(bool show);
    bool showArgumentLabels() const { return m_showLabels; }

    int zoomSteps() const { return m_zoom; }
    void setZoomSteps(int steps);

    // The longest line, in average characters of the reader's font; the text is centred when the window is
    // wider. 0: lines as wide as the window.
    void setLineWidth(int characters);
    int lineWidth() const { return m_lineWidth; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void zoomStepsChanged(int steps);
    // A click (not a drag) on highlighted text; the innermost highlight when they overlap.
    void highlightClicked(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void applyFont();

    // Applies the highlights to anchor text [from, to) as character formats; the whole text when from < 0.
    void paintHighlights(int from = -1, int to = -1);
    void applySelections();
    void applyMargins();

    std::unique_ptr<PostDocument> m_post;
    QList<Highlight> m_highlights;
    QList<ExtraSelection> m_findSelections;
    Codebook m_codebook;
    std::unique_ptr<QTextDocument> m_message;
    int m_zoom = 0;
    int m_lineWidth = 0;
    int m_rightMargin = 0; // of the text frame, where argument labels go
    bool m_showLabels = false;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

#include <memory>

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

    int zoomSteps() const { return m_zoom; }
    void setZoomSteps(int steps);

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void zoomStepsChanged(int steps);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFont();

    std::unique_ptr<PostDocument> m_post;
    std::unique_ptr<QTextDocument> m_message;
    int m_zoom = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "postdocument.h"

#include "testlibrary.h"

#include <QGuiApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::StringLiterals;

class TstPostDocument : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    QList<Post> m_posts;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.open(true));
        const auto summaries = m_lib.posts->summaries();
        QVERIFY(summaries.ok());
        for (const PostSummary &s : *summaries)
            m_posts << *m_lib.posts->post(s.id);
        QCOMPARE(m_posts.size(), 5);
    }

    void showsTitleBodyAndComments_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 5; ++i)
            QTest::addRow("post %d", i) << i;
    }

    void showsTitleBodyAndComments()
    {
        QFETCH(int, index);
        const Post &post = m_posts[index];
        PostDocument doc(post, QGuiApplication::palette());
        const QString text = doc.document()->toPlainText();
        QCOMPARE(doc.document()->firstBlock().text(), post.title);
        QCOMPARE(doc.document()->firstBlock().blockFormat().headingLevel(), 1);
        for (const QString &p : post.paragraphs)
            QVERIFY2(text.contains(p), qPrintable(p));
        // Each comment sits in a frame of its own, apart from the body.
        QCOMPARE(doc.document()->rootFrame()->childFrames().size(), post.comments.size());
        for (QTextFrame *frame : doc.document()->rootFrame()->childFrames())
            QVERIFY(frame->frameFormat().border() > 0);
    }

    void anchorOffsetsMapBothWays_data() { showsTitleBodyAndComments_data(); }

    void anchorOffsetsMapBothWays()
    {
        QFETCH(int, index);
        const Post &post = m_posts[index];
        PostDocument doc(post, QGuiApplication::palette());
        const QString anchorText = post.anchorText();
        const QString docText = doc.document()->toRawText();
        for (int offset = 0; offset < anchorText.size(); ++offset) {
            const int pos = doc.documentPosition(offset);
            QVERIFY(pos >= 0);
            QCOMPARE(doc.anchorOffset(pos), offset);
            if (anchorText[offset] != u'\n')
                QCOMPARE(docText[pos], anchorText[offset]);
        }
    }

    void bylineIsNotPostText()
    {
        const Post &post = m_posts[4]; // has date, author and categories
        PostDocument doc(post, QGuiApplication::palette());
        const QTextBlock byline = doc.document()->firstBlock().next();
        QVERIFY(byline.text().contains(post.author));
        QCOMPARE(doc.anchorOffset(byline.position() + 1), -1);
    }

    void markupInPostTextStaysText()
    {
        Post post;
        post.title = u"<b>not bold</b>"_s;
        post.paragraphs = {u"<img src=\"file:///etc/passwd\"> & <script>alert(1)</script>"_s};
        PostDocument doc(post, QGuiApplication::palette());
        QVERIFY(doc.document()->toPlainText().contains(post.paragraphs.first()));
        QCOMPARE(doc.document()->firstBlock().text(), post.title);
        QVERIFY(!doc.document()->toHtml().contains(u"<img"_s));
    }
};

QTEST_MAIN(TstPostDocument)
#include "tst_postdocument.moc"

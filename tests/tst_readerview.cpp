// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "postdocument.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

Post samplePost()
{
    Post p;
    p.id = 1;
    p.title = u"Title"_s;
    p.paragraphs = {u"The receptionist is the first voice of the company and its brand."_s,
                    u"Billing is marketing too."_s};
    return p;
}

Highlight make(qint64 id, int start, int end, const QColor &colour, Highlight::Style style = Highlight::Style::Background)
{
    Highlight h;
    h.id = id;
    h.postId = 1;
    h.anchor = TextAnchor{samplePost().anchorText().mid(start, end - start), {}, {}, start, end};
    h.colour = colour;
    h.style = style;
    return h;
}

QTextCharFormat at(const ReaderView &reader, int offset)
{
    QTextCursor cursor(reader.document());
    cursor.setPosition(reader.postDocument()->documentPosition(offset) + 1);
    return cursor.charFormat();
}

QColor background(const ReaderView &reader, int offset)
{
    const QBrush brush = at(reader, offset).background();
    return brush.style() == Qt::NoBrush ? QColor(Qt::transparent) : brush.color();
}

} // namespace

class TstReaderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlappingHighlightsBlend()
    {
        ReaderView reader;
        reader.setPost(samplePost());
        // "Title\n" is 6 characters; the first paragraph starts at 6.
        reader.setHighlights({make(1, 6, 30, Qt::yellow), make(2, 20, 50, Qt::blue)}, Codebook());
        const QColor first = background(reader, 10), both = background(reader, 25), second = background(reader, 40);
        QVERIFY(first.alpha() > 0 && second.alpha() > 0 && both.alpha() > 0);
        QVERIFY(both != first && both != second); // neither hides the other
        QVERIFY(both.alpha() > first.alpha());
        QCOMPARE(background(reader, 55).alpha(), 0);
    }

    void stylesAreDrawn_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<bool>("underline");
        QTest::addColumn<bool>("strike");
        QTest::newRow("underline") << int(Highlight::Style::Underline) << true << false;
        QTest::newRow("strike-through") << int(Highlight::Style::StrikeThrough) << false << true;
    }

    void stylesAreDrawn()
    {
        QFETCH(int, style);
        QFETCH(bool, underline);
        QFETCH(bool, strike);
        ReaderView reader;
        reader.setPost(samplePost());
        reader.setHighlights({make(1, 6, 20, Qt::red, Highlight::Style(style))}, Codebook());
        QCOMPARE(at(reader, 10).fontUnderline(), underline);
        QCOMPARE(at(reader, 10).fontStrikeOut(), strike);
        QCOMPARE(background(reader, 10).alpha(), 0);
    }

    void removingOneLeavesTheOthers()
    {
        ReaderView reader;
        reader.setPost(samplePost());
        const Highlight a = make(1, 6, 30, Qt::yellow), b = make(2, 20, 50, Qt::blue), c = make(3, 72, 80, Qt::green);
        reader.setHighlights({a, b, c}, Codebook());
        reader.setHighlights({a, c}, Codebook());
        QCOMPARE(background(reader, 25), background(reader, 10)); // only a is left there
        QCOMPARE(background(reader, 40).alpha(), 0);
        QVERIFY(background(reader, 75).alpha() > 0);
        reader.setHighlights({}, Codebook());
        QCOMPARE(background(reader, 10).alpha(), 0);
        QCOMPARE(background(reader, 75).alpha(), 0);
    }

    void titleKeepsItsOwnFormat()
    {
        ReaderView reader;
        reader.setPost(samplePost());
        const int weight = at(reader, 1).fontWeight();
        reader.setHighlights({make(1, 0, 4, Qt::yellow)}, Codebook());
        reader.setHighlights({}, Codebook());
        QCOMPARE(at(reader, 1).fontWeight(), weight);
    }
};

QTEST_MAIN(TstReaderView)
#include "tst_readerview.moc"

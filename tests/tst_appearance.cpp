// SPDX-License-Identifier: GPL-3.0-or-later
// The light and dark schemes keep the reader, its highlights and the export preview readable.
#include "appearance.h"

#include "postdocument.h"
#include "readerview.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStyleHints>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
                            float(top.greenF() * a + bottom.greenF() * (1 - a)),
                            float(top.blueF() * a + bottom.blueF() * (1 - a)));
}

QList<QColor> shippedHighlightColours()
{
    QFile file(u":/codebook/default.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QColor> colours;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"colours"_s).toArray();
    for (const QJsonValue &v : array)
        colours << QColor::fromString(v.toObject().value(u"colour"_s).toString());
    return colours;
}

Post samplePost()
{
    Post p;
    p.id = 1;
    p.title = u"Title"_s;
    p.paragraphs = {u"The receptionist is the first voice of the company and its brand."_s};
    return p;
}

} // namespace

class TstAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedColoursAreKnown()
    {
        QCOMPARE(shippedHighlightColours().size(), 8);
    }

    void highlightedTextStaysReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QColor>("colour");
        for (const bool dark : {false, true}) {
            for (const QColor &c : shippedHighlightColours())
                QTest::addRow("%s %s", dark ? "dark" : "light", qPrintable(c.name())) << dark << c;
        }
    }

    // Body text over every shipped highlight colour reaches WCAG AA (4.5:1) in both schemes.
    void highlightedTextStaysReadable()
    {
        QFETCH(bool, dark);
        QFETCH(QColor, colour);
        const QPalette palette = dark ? Appearance::darkPalette() : Appearance::lightPalette();
        QCOMPARE(Appearance::isDark(palette), dark);
        ReaderView reader;
        reader.setPalette(palette);
        reader.setPost(samplePost());
        Highlight h;
        h.id = 1;
        h.postId = 1;
        h.anchor = TextAnchor{samplePost().anchorText().mid(6, 20), {}, {}, 6, 26};
        h.colour = colour;
        reader.setHighlights({h}, Codebook());

        QTextCursor cursor(reader.document());
        cursor.setPosition(reader.postDocument()->documentPosition(10));
        const QTextCharFormat format = cursor.charFormat();
        QVERIFY(format.background().style() != Qt::NoBrush);
        const QColor base = palette.color(QPalette::Base);
        const QColor text = format.foreground().style() == Qt::NoBrush ? palette.color(QPalette::Text)
                                                                       : format.foreground().color();
        const QColor shown = over(format.background().color(), base);
        QVERIFY2(contrast(text, shown) >= 4.5,
                 qPrintable(u"text %1 on %2: %3:1"_s.arg(text.name(), shown.name()).arg(contrast(text, shown), 0, 'f', 2)));
        // …and the highlight is still visible as a colour on the page.
        QVERIFY2(contrast(shown, base) >= 1.15, qPrintable(u"%1 on %2"_s.arg(shown.name(), base.name())));
    }

    void paletteTextContrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void paletteTextContrast()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? Appearance::darkPalette() : Appearance::lightPalette();
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7);
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
        QVERIFY(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::Link), p.color(QPalette::Base)) >= 3);
        QVERIFY(contrast(Appearance::negativeText(p), p.color(QPalette::Window)) >= 4.5);
    }

    // Switching the scheme repaints the open post in the new colours without losing it.
    void switchingSchemeRecoloursTheReader()
    {
        ReaderView reader;
        reader.show();
        reader.setPost(samplePost());
        Appearance::apply(Settings::ColourScheme::Dark);
        QTRY_VERIFY(Appearance::isDark(reader.palette()));
        QVERIFY(reader.postDocument());
        QTextCursor cursor(reader.document());
        cursor.setPosition(reader.postDocument()->documentPosition(10));
        const QColor dark = cursor.charFormat().foreground().style() == Qt::NoBrush
            ? reader.palette().color(QPalette::Text)
            : cursor.charFormat().foreground().color();
        QVERIFY(dark.lightnessF() > 0.5);
        Appearance::apply(Settings::ColourScheme::Light);
        QTRY_VERIFY(!Appearance::isDark(reader.palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Base), Appearance::lightPalette().color(QPalette::Base));
        Appearance::apply(Settings::ColourScheme::System);
    }
};

QTEST_MAIN(TstAppearance)
#include "tst_appearance.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &name)
{
    QFile f(QStringLiteral(GLOSS_TEST_DATA "/import/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test file");
    return f.readAll();
}

} // namespace

class TstTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        const QString unicode = u"Café “quoted” – 日本\n"_s;
        QTest::newRow("UTF-8") << u"utf8.txt"_s << unicode << u"UTF-8"_s;
        QTest::newRow("UTF-8 with BOM") << u"utf8-bom.txt"_s << unicode << u"UTF-8"_s;
        QTest::newRow("UTF-16 LE with BOM") << u"utf16le.txt"_s << unicode << u"UTF-16LE"_s;
        QTest::newRow("UTF-16 BE with BOM") << u"utf16be.txt"_s << unicode << u"UTF-16BE"_s;
        QTest::newRow("Windows-1252 quotes and dashes")
            << u"cp1252.txt"_s << u"It’s “quoted” – café — naïve… €5\n\nSecond paragraph.\n"_s << u"windows-1252"_s;
        QTest::newRow("Latin-1") << u"latin1.txt"_s << u"Crème brûlée à la française, ¿sí?\n"_s << u"windows-1252"_s;
    }

    void decodes()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const auto decoded = TextDecoder::decode(bytesOf(file), file);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, encoding);
    }

    void refusesBinary_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("PNG-like bytes") << u"binary.bin"_s;
        QTest::newRow("NUL byte in text") << u"nul.txt"_s;
        QTest::newRow("neither UTF-8 nor Windows-1252") << u"undefined-1252.txt"_s;
    }

    void refusesBinary()
    {
        QFETCH(QString, file);
        const auto decoded = TextDecoder::decode(bytesOf(file), u"/some/folder/"_s + file);
        QVERIFY(!decoded.ok());
        // The message names the file, so a user importing a folder knows which one.
        QVERIFY2(decoded.error().message.contains(u"/some/folder/"_s + file), qPrintable(decoded.error().message));
    }

    void refusesControlCharactersInUtf16()
    {
        QByteArray bytes("\xFF\xFE", 2);
        for (char c : QByteArray("ab\x01\x02"))
            bytes.append(c).append('\0');
        QVERIFY(!TextDecoder::decode(bytes, u"x.txt"_s).ok());
    }

    void htmlMetaCharsetIsHonoured()
    {
        // The page says ISO-8859-1 (read as Windows-1252, as browsers do): 0x92 is a right single quote.
        const auto decoded = TextDecoder::decode(bytesOf(u"meta-latin1.html"_s), u"p.html"_s,
                                                 TextDecoder::Markup::Html);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->text.contains(u"été ’quoted’"_s));
        QCOMPARE(TextDecoder::declaredEncoding(bytesOf(u"meta-latin1.html"_s), TextDecoder::Markup::Html),
                 QByteArray("iso-8859-1"));
    }

    void xmlDeclarationIsHonoured()
    {
        // ISO-8859-2: 0xB9 is "š" there, "¹" in Latin-1.
        const QByteArray bytes = QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><r>\xB9</r>");
        const auto decoded = TextDecoder::decode(bytes, u"f.xml"_s, TextDecoder::Markup::Xml);
        QVERIFY(decoded.ok());
        QVERIFY2(decoded->text.contains(u"<r>š</r>"_s), qPrintable(decoded->text));
    }

    void validUtf8WinsOverLegacyGuess()
    {
        // "Ã©" would be the Windows-1252 reading of the UTF-8 bytes of "é".
        const auto decoded = TextDecoder::decode(QByteArray("caf\xC3\xA9"), u"f.txt"_s);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text, u"café"_s);
    }
};

QTEST_MAIN(TstTextDecoder)
#include "tst_textdecoder.moc"

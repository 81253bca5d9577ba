// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
};

// Windows-1252's 0x80–0x9F, which Latin-1 leaves to C1 control codes. QStringDecoder offers "windows-1252" only
// when Qt is built with ICU; this table keeps legacy files readable in a build without it. 0 marks the five bytes
// Windows-1252 leaves undefined.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0,      0x017E, 0x0178,
};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? cp1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

// Control bytes other than tab, line feed, form feed and carriage return do not occur in text; in Windows-1252 five
// high bytes are undefined. Either means the bytes are not text in that encoding.
bool plausibleWindows1252(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F)
            return false;
        if (b >= 0x80 && b < 0xA0 && cp1252High[b - 0x80] == 0)
            return false;
    }
    return true;
}

std::optional<QString> strictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7F)
            return true;
    }
    return false;
}

// HTML treats these labels as Windows-1252 (WHATWG Encoding Standard), and so do we everywhere: files that say
// Latin-1 are, in practice, written with curly quotes from 0x80–0x9F.
bool isWindows1252Label(const QByteArray &name)
{
    static const QList<QByteArray> labels = {"windows-1252", "cp1252",   "iso-8859-1", "iso8859-1", "latin1",
                                             "latin-1",      "l1",       "us-ascii",   "ascii",     "x-cp1252",
                                             "iso_8859-1",   "cp819",    "ibm819",     "iso-ir-100"};
    return labels.contains(name);
}

} // namespace

QByteArray TextDecoder::declaredEncoding(const QByteArray &bytes, Markup markup)
{
    // Declarations sit at the start: HTML's prescan looks at the first 1024 bytes, XML's must come first.
    const QString head = QString::fromLatin1(bytes.left(markup == Markup::Html ? 1024 : 256));
    QRegularExpressionMatch m;
    if (markup == Markup::Xml) {
        static const QRegularExpression xml(u"^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"_s);
        m = xml.match(head);
    } else if (markup == Markup::Html) {
        // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
        static const QRegularExpression html(u"<meta[^>]*\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        m = html.match(head);
    }
    return m.hasMatch() ? m.captured(1).toLower().toLatin1() : QByteArray();
}

Result<TextDecoder::Decoded> TextDecoder::decode(const QByteArray &bytes, const QString &fileName, Markup markup)
{
    const auto refuse = [&](const QString &why) {
        return Error{Error::Code::Parse, Text::tr("“%1” %2").arg(fileName, why)};
    };

    // A byte order mark settles it.
    struct Bom { QByteArrayView mark; QStringConverter::Encoding encoding; const char *name; };
    static const Bom boms[] = {
        {"\xEF\xBB\xBF", QStringConverter::Utf8, "UTF-8"},
        {"\xFF\xFE", QStringConverter::Utf16LE, "UTF-16LE"},
        {"\xFE\xFF", QStringConverter::Utf16BE, "UTF-16BE"},
    };
    for (const Bom &bom : boms) {
        if (!bytes.startsWith(bom.mark))
            continue;
        QStringDecoder decoder(bom.encoding, QStringDecoder::Flag::Stateless);
        QString text = decoder(QByteArrayView(bytes).sliced(bom.mark.size()));
        if (decoder.hasError())
            return refuse(Text::tr("is not valid %1 text, although it starts as such.").arg(QLatin1StringView(bom.name)));
        if (text.contains(QChar(0)) || hasControlCharacters(text))
            return refuse(Text::tr("holds control characters: it looks like a binary file, not text."));
        return Decoded{text, QString::fromLatin1(bom.name)};
    }

    if (bytes.contains('\0'))
        return refuse(Text::tr("contains NUL bytes: it looks like a binary file, not text."));

    const QByteArray declared = declaredEncoding(bytes, markup);
    const bool declaresLegacy = isWindows1252Label(declared);
    if (!declared.isEmpty() && !declaresLegacy && !declared.startsWith("utf-")) {
        // Some other legacy encoding (ISO-8859-2, KOI8-R, Shift_JIS…): trust the declaration when Qt knows it.
        QStringDecoder decoder(declared.constData());
        if (decoder.isValid()) {
            QString text = decoder(bytes);
            if (!decoder.hasError() && !hasControlCharacters(text))
                return Decoded{text, decoder.name() ? QString::fromLatin1(decoder.name()) : QString()};
        }
    }

    // Strict UTF-8 first unless the file says it is Windows-1252: ASCII is both, and valid UTF-8 by accident is
    // rare in real legacy text.
    if (!declaresLegacy) {
        if (std::optional<QString> text = strictUtf8(bytes)) {
            if (hasControlCharacters(*text))
                return refuse(Text::tr("holds control characters: it looks like a binary file, not text."));
            return Decoded{*text, u"UTF-8"_s};
        }
    }
    if (!plausibleWindows1252(bytes)) {
        return refuse(declaresLegacy
                          ? Text::tr("is not valid %1 text.").arg(QString::fromLatin1(declared))
                          : Text::tr("is neither UTF-8 nor Windows-1252 text: it may be binary or in an unknown encoding."));
    }
    QStringDecoder icu("windows-1252");
    if (icu.isValid()) {
        QString text = icu(bytes);
        if (!icu.hasError())
            return Decoded{text, u"windows-1252"_s};
    }
    return Decoded{fromWindows1252(bytes), u"windows-1252"_s};
}

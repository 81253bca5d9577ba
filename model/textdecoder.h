// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// Bytes of an imported file → text. Honours a byte order mark (UTF-8, UTF-16 LE/BE), then an encoding the content
// declares (HTML <meta charset>, XML encoding="…"), then takes strict UTF-8, else legacy Windows-1252 (which
// includes Latin-1's printable range) when the bytes are plausible text in it. Binary input is refused.
class TextDecoder
{
public:
    enum class Markup { None, Html, Xml }; // which declaration to look for

    struct Decoded
    {
        QString text;     // without the byte order mark
        QString encoding; // what was used: "UTF-8", "UTF-16LE", "windows-1252", …
    };

    // fileName only names the file in an error message.
    static Result<Decoded> decode(const QByteArray &bytes, const QString &fileName, Markup markup = Markup::None);

    // The encoding the content declares in its first bytes, lower case; empty when it declares none.
    static QByteArray declaredEncoding(const QByteArray &bytes, Markup markup);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

// One row per highlight (post, date, quote, note, tags, stance, colour, offsets, times) as RFC 4180 CSV: UTF-8,
// optionally with a byte order mark, CRLF row ends, fields quoted when they need it. A field a spreadsheet would
// run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, as OWASP advises
// against CSV injection: quotes come from the web.
class CsvExporter : public Exporter
{
public:
    explicit CsvExporter(bool byteOrderMark = false);

    Result<QByteArray> render(const ExportDocument &document) const override;
    QString formatName() const override;
    QString fileSuffix() const override;

    static QStringList header();
    // One field as written: neutralised, then quoted if needed.
    static QString field(const QString &value);

private:
    bool m_byteOrderMark;
};

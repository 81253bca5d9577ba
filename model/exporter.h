// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportdocument.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

// What the formats can be asked for; each exporter reads what concerns it.
struct ExportOptions
{
    ExportArrangement arrangement = ExportArrangement::ByPost; // Markdown
    QString templateFile;  // Markdown: a user's template; empty for the shipped one of the arrangement
    bool byteOrderMark = false; // CSV: some spreadsheet programs read UTF-8 only after a BOM
    bool includeAuthors = false; // every format: who made and last changed each highlight (ExportDocument)
};

// Turns an ExportDocument into the bytes of one file format.
class Exporter
{
public:
    virtual ~Exporter() = default;

    virtual Result<QByteArray> render(const ExportDocument &document) const = 0;
    virtual QString formatName() const = 0; // "markdown", "csv", "json"
    virtual QString fileSuffix() const = 0; // "md", "csv", "json"

    // The format names create() knows, in the order a user is offered them.
    static QStringList formats();
    // The exporter for a format name (any case); an InvalidArgument error for an unknown one.
    static Result<std::unique_ptr<Exporter>> create(const QString &format, const ExportOptions &options = {});
};

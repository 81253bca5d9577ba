// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "csvexporter.h"
#include "markdownexporter.h"
#include "webannotationexporter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QStringList Exporter::formats()
{
    return {u"markdown"_s, u"csv"_s, u"json"_s};
}

Result<std::unique_ptr<Exporter>> Exporter::create(const QString &format, const ExportOptions &options)
{
    const QString key = format.toLower();
    std::unique_ptr<Exporter> exporter;
    if (key == u"markdown"_s || key == u"md"_s)
        exporter = std::make_unique<MarkdownExporter>(options.arrangement, options.templateFile);
    else if (key == u"csv"_s)
        exporter = std::make_unique<CsvExporter>(options.byteOrderMark);
    else if (key == u"json"_s)
        exporter = std::make_unique<WebAnnotationExporter>();
    if (!exporter) {
        return Error{Error::Code::InvalidArgument,
                     QCoreApplication::translate("Exporter", "Unknown export format “%1”; use %2.")
                         .arg(format, formats().join(u", "_s))};
    }
    return exporter;
}

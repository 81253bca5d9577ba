// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QJsonObject>

// JSON after the W3C Web Annotation Data Model: one AnnotationCollection whose first page holds an Annotation per
// highlight. The target is the post's source with a TextQuoteSelector (exact, prefix, suffix) and a
// TextPositionSelector (start, end) in Post::anchorText(); the note is a TextualBody (text/markdown, commenting),
// each tag a TextualBody (tagging, value = the tag's path) with its stance in "gloss:stance". What the model has
// no term for carries the "gloss:" prefix: colour, style, orphaned. WebAnnotationImporter reads it back.
class WebAnnotationExporter : public Exporter
{
public:
    Result<QByteArray> render(const ExportDocument &document) const override;
    QString formatName() const override;
    QString fileSuffix() const override;

    // authors: with the W3C creator (who made it) and gloss:modifiedBy (who changed it last), when known.
    static QJsonObject annotation(const ExportHighlight &highlight, const ExportPost &post, bool authors = false);
};

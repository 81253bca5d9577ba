// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QStringList>

class Library;

// What an import did. Nothing is dropped silently: an annotation is restored (placed or orphaned), already there,
// or refused with a reason.
struct AnnotationImportSummary
{
    int restored = 0;       // highlights written, orphans included
    int orphaned = 0;       // of those, the ones whose passage is no longer found in the post's text
    int alreadyPresent = 0; // the same passage and note were in the library already: not written twice
    QStringList tagsCreated; // paths of the codebook tags the import had to create
    QStringList refused;     // one message per annotation that could not be restored, saying why
};

// Reads Web Annotation JSON (as WebAnnotationExporter writes it, or any AnnotationCollection, AnnotationPage,
// array of Annotations or single Annotation) and restores the highlights into a library:
// - posts are matched by target source; an annotation for a post the library does not have is refused;
// - tags by path (case-insensitive); a missing tag is created under its path, and reported;
// - the passage is placed again with AnchorResolver in the post's current text; when it cannot be placed, the
//   highlight is kept as an orphan with its quote.
// Everything is written in one transaction: an import that fails writes nothing.
class WebAnnotationImporter
{
public:
    explicit WebAnnotationImporter(Library &library);

    Result<AnnotationImportSummary> import(const QByteArray &json);
    Result<AnnotationImportSummary> importFile(const QString &path);

private:
    Library &m_library;
};

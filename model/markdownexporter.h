// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QVariantHash>

// CommonMark with YAML front matter, laid out by a KTextTemplate template: the shipped ones
// (:/templates/by-post.md, :/templates/by-argument.md) or a user's file. docs/templates.md lists the variables.
//
// Quotes are the authors' words and always literal: every character Markdown (or Obsidian) could read as syntax
// is escaped. Notes are the reader's own Markdown and pass through as Markdown, but only inside a list item whose
// every line is indented, so no note line can end the front matter, start a heading of the file or swallow what
// follows. HTML auto-escaping is off: the values are escaped for Markdown (or YAML) before they reach the template.
class MarkdownExporter : public Exporter
{
public:
    explicit MarkdownExporter(ExportArrangement arrangement = ExportArrangement::ByPost, QString templateFile = {});

    Result<QByteArray> render(const ExportDocument &document) const override;
    QString formatName() const override;
    QString fileSuffix() const override;

    // Renders with template text instead of a file; name is what error messages call it.
    Result<QByteArray> renderTemplate(const QString &templateText, const QString &name,
                                      const ExportDocument &document) const;

    // The shipped template of an arrangement, as resource path.
    static QString defaultTemplatePath(ExportArrangement arrangement);

    // Escaping, public for tests and for other Markdown writers.
    // One line of literal text as inline Markdown (line breaks become spaces).
    static QString escapeInline(const QString &text);
    // Literal text, line breaks kept, as the lines of a block quote ("> …").
    static QString quoteBlock(const QString &text);
    // The reader's Markdown as one list item ("- …", later lines indented), so it stays inside it.
    static QString noteItem(const QString &markdown);
    // A double-quoted YAML scalar.
    static QString yamlString(const QString &text);
    // An Obsidian/Logseq nested tag for a codebook path: "#parent-name/child-name".
    static QString nestedTag(const QString &path);

    // What the template sees; public so that tests and docs/templates.md stay in step. Highlights are values of a
    // type registered with KTextTemplate (read one with KTextTemplate::MetaType::lookup()) that refer to the
    // document: it must outlive the context.
    QVariantHash context(const ExportDocument &document) const;

private:
    ExportArrangement m_arrangement;
    QString m_templateFile;
};

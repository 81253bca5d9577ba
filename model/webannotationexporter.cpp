// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotationexporter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString WebAnnotationExporter::formatName() const
{
    return u"json"_s;
}

QString WebAnnotationExporter::fileSuffix() const
{
    return u"json"_s;
}

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).replace(u".000Z"_s, u"Z"_s);
}

} // namespace

QJsonObject WebAnnotationExporter::annotation(const ExportHighlight &h, const ExportPost &post, bool authors)
{
    QJsonArray bodies;
    if (!h.note.isEmpty()) {
        bodies.append(QJsonObject{{u"type"_s, u"TextualBody"_s},
                                  {u"value"_s, h.note},
                                  {u"format"_s, u"text/markdown"_s},
                                  {u"purpose"_s, u"commenting"_s}});
    }
    for (const ExportTagging &t : h.tags) {
        bodies.append(QJsonObject{{u"type"_s, u"TextualBody"_s},
                                  {u"value"_s, t.path},
                                  {u"purpose"_s, u"tagging"_s},
                                  {u"gloss:stance"_s, stanceKey(t.stance)}});
    }
    const QJsonArray selectors{
        QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                    {u"exact"_s, h.anchor.quote},
                    {u"prefix"_s, h.anchor.prefix},
                    {u"suffix"_s, h.anchor.suffix}},
        QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, h.anchor.start}, {u"end"_s, h.anchor.end}},
    };
    QJsonObject a{
        {u"id"_s, u"urn:gloss:highlight:%1"_s.arg(h.id)},
        {u"type"_s, u"Annotation"_s},
        {u"motivation"_s, h.note.isEmpty() ? u"highlighting"_s : u"commenting"_s},
        {u"created"_s, isoUtc(h.created)},
        {u"modified"_s, isoUtc(h.modified)},
        {u"target"_s, QJsonObject{{u"source"_s, post.source}, {u"selector"_s, selectors}}},
    };
    if (!bodies.isEmpty())
        a.insert(u"body"_s, bodies);
    if (h.ownColour.isValid())
        a.insert(u"gloss:colour"_s, h.ownColour.name());
    if (h.style != Highlight::Style::Background)
        a.insert(u"gloss:style"_s, styleKey(h.style));
    if (h.orphaned)
        a.insert(u"gloss:orphaned"_s, true);
    if (authors && !h.createdBy.isEmpty())
        a.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, h.createdBy}});
    if (authors && !h.modifiedBy.isEmpty())
        a.insert(u"gloss:modifiedBy"_s, h.modifiedBy);
    return a;
}

Result<QByteArray> WebAnnotationExporter::render(const ExportDocument &document) const
{
    QJsonArray items;
    for (const ExportPost &post : document.posts) {
        for (const ExportHighlight &h : post.highlights)
            items.append(annotation(h, post, document.includeAuthors));
    }
    const QJsonObject collection{
        {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, document.title},
        {u"created"_s, isoUtc(document.created)},
        {u"total"_s, items.size()},
        {u"first"_s, QJsonObject{{u"type"_s, u"AnnotationPage"_s}, {u"startIndex"_s, 0}, {u"items"_s, items}}},
    };
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

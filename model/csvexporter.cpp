// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

using namespace Qt::StringLiterals;

CsvExporter::CsvExporter(bool byteOrderMark)
    : m_byteOrderMark(byteOrderMark)
{
}

QString CsvExporter::formatName() const
{
    return u"csv"_s;
}

QString CsvExporter::fileSuffix() const
{
    return u"csv"_s;
}

QStringList CsvExporter::header()
{
    return {u"post"_s,   u"date"_s,   u"quote"_s, u"note"_s,    u"tags"_s,     u"stance"_s,
            u"colour"_s, u"start"_s, u"end"_s,   u"created"_s, u"modified"_s, u"source"_s};
}

QString CsvExporter::field(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            text.prepend(u'\'');
    }
    static const QString needsQuotes = u",\"\r\n"_s;
    const bool quote = std::ranges::any_of(text, [](QChar c) { return needsQuotes.contains(c); })
                       || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

Result<QByteArray> CsvExporter::render(const ExportDocument &document) const
{
    QString out;
    if (m_byteOrderMark)
        out += QChar(0xfeff);
    const auto row = [&out](const QStringList &fields) {
        QStringList written;
        for (const QString &f : fields)
            written << field(f);
        out += written.join(u',') + u"\r\n"_s;
    };
    // Two columns more when authors are asked for; a spreadsheet made from earlier exports keeps its columns.
    row(document.includeAuthors ? header() + QStringList{u"created_by"_s, u"modified_by"_s} : header());
    for (const ExportPost &post : document.posts) {
        for (const ExportHighlight &h : post.highlights) {
            QStringList tags;
            QStringList stances;
            for (const ExportTagging &t : h.tags) {
                tags << t.path;
                stances << stanceKey(t.stance);
            }
            // Tags and their stances in the same order, so column "stance" pairs with column "tags".
            QStringList fields{post.title, post.isoDate(), h.anchor.quote, h.note, tags.join(u"; "_s),
                               stances.join(u"; "_s), h.colour.isValid() ? h.colour.name() : QString(),
                               QString::number(h.anchor.start), QString::number(h.anchor.end),
                               h.created.toUTC().toString(Qt::ISODate), h.modified.toUTC().toString(Qt::ISODate),
                               post.source};
            if (document.includeAuthors)
                fields << h.createdBy << h.modifiedBy;
            row(fields);
        }
    }
    return out.toUtf8();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotationimporter.h"

#include "anchorresolver.h"
#include "library.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationImporter)
};

bool hasType(const QJsonObject &o, const QString &type)
{
    const QJsonValue t = o.value(u"type"_s);
    if (t.isArray())
        return t.toArray().contains(QJsonValue(type));
    return t.toString() == type;
}

// A JSON value that may be one item or an array of them, as the model allows for body, target and selector.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

// The annotations of a collection (its first page, or pages embedded as "items"), a page, an array or one.
QJsonArray annotationsIn(const QJsonValue &root)
{
    if (root.isArray())
        return root.toArray();
    const QJsonObject o = root.toObject();
    if (hasType(o, u"Annotation"_s))
        return QJsonArray{o};
    if (o.value(u"first"_s).isObject())
        return annotationsIn(o.value(u"first"_s));
    return o.value(u"items"_s).toArray();
}

QDateTime timeOf(const QJsonObject &o, const QString &key)
{
    const QDateTime t = QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

struct Target
{
    QString source;
    std::optional<TextAnchor> anchor;
};

Target targetOf(const QJsonObject &annotation)
{
    Target target;
    for (const QJsonValue &v : asArray(annotation.value(u"target"_s))) {
        if (v.isString()) {
            target.source = v.toString();
            continue;
        }
        const QJsonObject t = v.toObject();
        target.source = t.value(u"source"_s).toString();
        TextAnchor anchor;
        bool quoted = false;
        for (const QJsonValue &s : asArray(t.value(u"selector"_s))) {
            const QJsonObject selector = s.toObject();
            if (hasType(selector, u"TextQuoteSelector"_s)) {
                anchor.quote = selector.value(u"exact"_s).toString();
                anchor.prefix = selector.value(u"prefix"_s).toString();
                anchor.suffix = selector.value(u"suffix"_s).toString();
                quoted = !anchor.quote.isEmpty();
            } else if (hasType(selector, u"TextPositionSelector"_s)) {
                anchor.start = selector.value(u"start"_s).toInt(-1);
                anchor.end = selector.value(u"end"_s).toInt(-1);
            }
        }
        if (quoted || (anchor.start >= 0 && anchor.end > anchor.start))
            target.anchor = anchor;
        if (!target.source.isEmpty())
            break;
    }
    return target;
}

} // namespace

WebAnnotationImporter::WebAnnotationImporter(Library &library)
    : m_library(library)
{
}

Result<AnnotationImportSummary> WebAnnotationImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, Text::tr("Cannot read “%1”: %2").arg(path, file.errorString())};
    return import(file.readAll());
}

Result<AnnotationImportSummary> WebAnnotationImporter::import(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        return Error{Error::Code::Parse, Text::tr("This is not JSON (at character %1: %2).")
                                             .arg(parseError.offset)
                                             .arg(parseError.errorString())};
    }
    const QJsonArray annotations =
        annotationsIn(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));

    Database::Transaction transaction(m_library.database());
    if (!transaction.begun())
        return transaction.begun().error();

    auto codebook = m_library.tags().codebook();
    if (!codebook)
        return codebook.error();

    AnnotationImportSummary summary;
    struct PostText
    {
        qint64 id = 0;
        std::optional<AnchorResolver> resolver;
        QList<Highlight> existing;
    };
    QHash<QString, PostText> posts; // by source; id 0: not in the library
    QList<Highlight> toAdd;

    // The tag at path, created level by level where missing.
    const auto tagFor = [&](const QString &path) -> Result<qint64> {
        if (const Tag *tag = codebook->byPath(path))
            return tag->id;
        qint64 parent = 0;
        QStringList done;
        for (const QString &rawName : path.split(u'/', Qt::SkipEmptyParts)) {
            const QString name = rawName.trimmed();
            done << name;
            if (const Tag *tag = codebook->byPath(done.join(u'/'))) {
                parent = tag->id;
                continue;
            }
            Tag tag;
            tag.parentId = parent;
            tag.name = name;
            tag.position = int(codebook->children(parent).size());
            const auto id = m_library.tags().add(tag);
            if (!id)
                return id.error();
            summary.tagsCreated << done.join(u'/');
            auto reread = m_library.tags().codebook();
            if (!reread)
                return reread.error();
            codebook = std::move(reread);
            parent = *id;
        }
        return parent;
    };

    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QJsonObject a = annotations.at(i).toObject();
        const QString label = a.value(u"id"_s).toString().isEmpty() ? Text::tr("annotation %1").arg(i + 1)
                                                                    : a.value(u"id"_s).toString();
        if (!hasType(a, u"Annotation"_s)) {
            summary.refused << Text::tr("%1: not an Annotation.").arg(label);
            continue;
        }
        const Target target = targetOf(a);
        if (target.source.isEmpty() || !target.anchor) {
            summary.refused << Text::tr("%1: no target source with a text quote or position.").arg(label);
            continue;
        }
        if (!posts.contains(target.source)) {
            PostText p;
            const auto id = m_library.posts().idForSource(target.source);
            if (!id)
                return id.error();
            if (*id) {
                const auto post = m_library.posts().post(**id);
                if (!post)
                    return post.error();
                const auto existing = m_library.highlights().forPost(**id);
                if (!existing)
                    return existing.error();
                p.id = **id;
                p.resolver.emplace(post->anchorText());
                p.existing = *existing;
            }
            posts.insert(target.source, std::move(p));
        }
        PostText &post = posts[target.source];
        if (post.id == 0) {
            summary.refused << Text::tr("%1: the library has no post “%2”.").arg(label, target.source);
            continue;
        }

        Highlight h;
        h.postId = post.id;
        TextAnchor anchor = *target.anchor;
        const QString &text = post.resolver->text();
        if (anchor.quote.isEmpty() && anchor.end <= text.size())
            anchor.quote = text.mid(anchor.start, anchor.end - anchor.start);
        const AnchorPlacement placement = post.resolver->resolve(anchor);
        if (placement.placed()) {
            h.anchor = AnchorResolver::anchorFor(text, placement.start, placement.end);
        } else {
            h.anchor = anchor;
            h.orphaned = true;
        }

        bool tagsOk = true;
        QStringList notes;
        for (const QJsonValue &v : asArray(a.value(u"body"_s))) {
            const QJsonObject body = v.toObject();
            const QString purpose = body.value(u"purpose"_s).toString();
            const QString value = body.value(u"value"_s).toString();
            if (purpose == u"tagging"_s) {
                if (value.trimmed().isEmpty() || value.split(u'/', Qt::SkipEmptyParts).isEmpty())
                    continue;
                const auto tagId = tagFor(value);
                if (!tagId)
                    return tagId.error();
                const Stance stance =
                    stanceFromKey(body.value(u"gloss:stance"_s).toString()).value_or(Stance::Supports);
                if (std::ranges::none_of(h.tags, [&](const Tagging &t) { return t.tagId == *tagId; }))
                    h.tags << Tagging{*tagId, stance};
            } else if (hasType(body, u"TextualBody"_s) || v.isString()) {
                notes << (v.isString() ? v.toString() : value);
            } else {
                tagsOk = false; // a body Gloss cannot keep (an image, a link): say so rather than lose it quietly
            }
        }
        if (!tagsOk)
            summary.refused << Text::tr("%1: a body that is not text was left out; the rest was restored.").arg(label);
        h.note = notes.join(u"\n\n"_s);
        if (const QString colour = a.value(u"gloss:colour"_s).toString(); !colour.isEmpty())
            h.colour = QColor::fromString(colour);
        h.style = styleFromKey(a.value(u"gloss:style"_s).toString()).value_or(Highlight::Style::Background);
        h.created = timeOf(a, u"created"_s);
        h.modified = timeOf(a, u"modified"_s);
        if (!h.modified.isValid())
            h.modified = h.created;
        // The model allows a creator as an object or a plain name (an IRI names no one readable).
        if (const QJsonValue creator = a.value(u"creator"_s); creator.isObject())
            h.createdBy = creator.toObject().value(u"name"_s).toString();
        else if (creator.isString() && !creator.toString().contains(u':'))
            h.createdBy = creator.toString();
        h.modifiedBy = a.value(u"gloss:modifiedBy"_s).toString();

        const bool present = std::ranges::any_of(post.existing, [&](const Highlight &e) {
            return e.anchor.quote == h.anchor.quote && e.anchor.start == h.anchor.start && e.note == h.note;
        });
        if (present) {
            ++summary.alreadyPresent;
            continue;
        }
        post.existing << h;
        toAdd << h;
        ++summary.restored;
        if (h.orphaned)
            ++summary.orphaned;
    }

    if (const auto added = m_library.highlights().addMany(toAdd); !added)
        return added.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

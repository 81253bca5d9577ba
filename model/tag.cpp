// SPDX-License-Identifier: GPL-3.0-or-later
#include "tag.h"

#include "highlight.h"

using namespace Qt::StringLiterals;

Codebook::Codebook(QList<Tag> tags)
    : m_tags(std::move(tags))
{
    std::stable_sort(m_tags.begin(), m_tags.end(), [](const Tag &a, const Tag &b) { return a.position < b.position; });
}

const Tag *Codebook::tag(qint64 id) const
{
    for (const Tag &t : m_tags) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString Codebook::path(qint64 id) const
{
    QStringList parts;
    // Bounded by the number of tags, so a damaged parent cycle cannot loop forever.
    for (const Tag *t = tag(id); t && parts.size() <= m_tags.size(); t = tag(t->parentId))
        parts.prepend(t->name);
    return parts.join(u'/');
}

const Tag *Codebook::byPath(const QString &path) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return nullptr;
    qint64 parent = 0;
    const Tag *found = nullptr;
    for (const QString &part : parts) {
        found = nullptr;
        for (const Tag &t : m_tags) {
            if (t.parentId == parent && t.name.compare(part.trimmed(), Qt::CaseInsensitive) == 0) {
                found = &t;
                break;
            }
        }
        if (!found)
            return nullptr;
        parent = found->id;
    }
    return found;
}

QList<qint64> Codebook::children(qint64 parentId) const
{
    QList<qint64> ids;
    for (const Tag &t : m_tags) {
        if (t.parentId == parentId)
            ids << t.id;
    }
    return ids;
}

QList<qint64> Codebook::subtree(qint64 id) const
{
    QList<qint64> ids{id};
    for (qsizetype i = 0; i < ids.size() && ids.size() <= m_tags.size(); ++i)
        ids << children(ids[i]);
    return ids;
}

QColor Codebook::colourFor(const Highlight &highlight) const
{
    if (highlight.colour.isValid())
        return highlight.colour;
    if (!highlight.tags.isEmpty()) {
        if (const Tag *t = tag(highlight.tags.first().tagId); t && t->colour.isValid())
            return t->colour;
    }
    return defaultHighlightColour();
}

QColor Codebook::defaultHighlightColour()
{
    return QColor(0xf6, 0xd3, 0x2d);
}

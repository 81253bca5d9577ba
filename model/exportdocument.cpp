// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdocument.h"

#include "library.h"
#include "post.h"
#include "tag.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

QString ExportPost::isoDate() const
{
    return wallClockIso(published, publishedHasTime);
}

int ExportDocument::highlightCount() const
{
    int n = 0;
    for (const ExportPost &post : posts)
        n += int(post.highlights.size());
    return n;
}

namespace {

// A tag's path and colour, looked up once per tag rather than once per tagging (Codebook searches its list).
class TagLookup
{
public:
    explicit TagLookup(const Codebook &codebook)
        : m_codebook(codebook)
    {
    }

    ExportTagging tagging(const Tagging &t)
    {
        auto it = m_tags.constFind(t.tagId);
        if (it == m_tags.cend()) {
            const Tag *tag = m_codebook.tag(t.tagId);
            it = m_tags.insert(t.tagId, {m_codebook.path(t.tagId), tag ? tag->colour : QColor()});
        }
        return ExportTagging{t.tagId, it->first, t.stance, it->second};
    }

private:
    const Codebook &m_codebook;
    QHash<qint64, std::pair<QString, QColor>> m_tags;
};

ExportHighlight exported(const Highlight &h, const Codebook &codebook, TagLookup &tags)
{
    ExportHighlight e;
    e.id = h.id;
    e.anchor = h.anchor;
    e.orphaned = h.orphaned;
    e.ownColour = h.colour;
    e.colour = codebook.colourFor(h);
    e.style = h.style;
    e.note = h.note;
    e.created = h.created.toUTC();
    e.modified = h.modified.toUTC();
    e.createdBy = h.createdBy;
    e.modifiedBy = h.modifiedBy;
    e.tags.reserve(h.tags.size());
    for (const Tagging &t : h.tags)
        e.tags << tags.tagging(t);
    return e;
}

ExportPost exported(const Post &post)
{
    ExportPost e;
    e.id = post.id;
    e.source = post.source;
    e.title = post.title;
    e.author = post.author;
    e.published = post.published;
    e.publishedHasTime = post.publishedHasTime;
    return e;
}

void appendArguments(const Codebook &codebook, qint64 parentId, int depth, QList<ExportArgument> &out)
{
    for (qint64 id : codebook.children(parentId)) {
        const Tag *t = codebook.tag(id);
        out << ExportArgument{id, codebook.path(id), t->name, t->description, t->colour, depth};
        appendArguments(codebook, id, depth + 1, out);
    }
}

} // namespace

Result<ExportDocument> ExportDocument::build(Library &library, const ExportScope &scope, const QDateTime &now)
{
    const auto codebook = library.tags().codebook();
    if (!codebook)
        return codebook.error();

    ExportDocument doc;
    doc.created = now.toUTC();

    // Post order is library order, whatever order the ids were given in.
    QList<qint64> postIds;
    QHash<qint64, QList<Highlight>> highlightsByPost;
    switch (scope.kind) {
    case ExportScope::Kind::Posts:
        postIds = scope.postIds;
        std::ranges::sort(postIds);
        postIds.erase(std::unique(postIds.begin(), postIds.end()), postIds.end());
        for (qint64 id : postIds) {
            auto highlights = library.highlights().forPost(id);
            if (!highlights)
                return highlights.error();
            highlightsByPost.insert(id, std::move(*highlights));
        }
        appendArguments(*codebook, 0, 0, doc.arguments);
        break;
    case ExportScope::Kind::AllPosts:
    case ExportScope::Kind::Argument: {
        QList<qint64> tagIds;
        if (scope.kind == ExportScope::Kind::Argument) {
            const Tag *tag = codebook->tag(scope.tagId);
            if (!tag) {
                return Error{Error::Code::NotFound,
                             QCoreApplication::translate("ExportDocument", "There is no argument with id %1.")
                                 .arg(scope.tagId)};
            }
            tagIds = codebook->subtree(scope.tagId);
            doc.scopeArgument = codebook->path(scope.tagId);
            doc.arguments << ExportArgument{tag->id, doc.scopeArgument, tag->name, tag->description, tag->colour, 0};
            appendArguments(*codebook, tag->id, 1, doc.arguments);
        } else {
            appendArguments(*codebook, 0, 0, doc.arguments);
        }
        auto all = library.highlights().all(0, tagIds);
        if (!all)
            return all.error();
        for (Highlight &h : *all) {
            if (!highlightsByPost.contains(h.postId))
                postIds << h.postId;
            highlightsByPost[h.postId] << std::move(h);
        }
        std::ranges::sort(postIds);
        break;
    }
    }

    TagLookup tags(*codebook);
    for (qint64 id : std::as_const(postIds)) {
        const auto post = library.posts().header(id);
        if (!post)
            return post.error();
        ExportPost p = exported(*post);
        QList<Highlight> highlights = highlightsByPost.take(id);
        // Text order, orphans last: how the reader lists them.
        std::ranges::stable_sort(highlights, [](const Highlight &a, const Highlight &b) {
            return std::tuple(a.orphaned, a.anchor.start, a.id) < std::tuple(b.orphaned, b.anchor.start, b.id);
        });
        p.highlights.reserve(highlights.size());
        for (const Highlight &h : std::as_const(highlights))
            p.highlights << exported(h, *codebook, tags);
        doc.posts << std::move(p);
    }

    if (!doc.scopeArgument.isEmpty())
        doc.title = doc.scopeArgument;
    else if (scope.kind == ExportScope::Kind::Posts && doc.posts.size() == 1)
        doc.title = doc.posts.constFirst().title;
    else
        doc.title = QCoreApplication::translate("ExportDocument", "Gloss notes");
    return doc;
}

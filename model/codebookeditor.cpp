// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookeditor.h"

#include "addtagcommand.h"
#include "edittagcommand.h"
#include "mergetagscommand.h"
#include "removetagcommand.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

Error refused(const QString &message)
{
    return Error{Error::Code::InvalidArgument, message};
}

Error gone()
{
    return Error{Error::Code::NotFound, CodebookEditor::tr("The argument no longer exists.")};
}

} // namespace

CodebookEditor::CodebookEditor(TagStore &tags, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_tags(tags)
    , m_stack(stack)
{
}

QString CodebookEditor::nameProblem(qint64 parentId, const QString &name, qint64 ignoreId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("An argument needs a name.");
    if (trimmed.contains(u'/'))
        return tr("“%1” contains “/”, which separates the levels of an argument’s path. Choose a name without it.")
            .arg(trimmed);
    const auto book = m_tags.codebook();
    if (!book)
        return book.error().message;
    // Paths are looked up without regard to case, so siblings must differ by more than case.
    for (qint64 sibling : book->children(parentId)) {
        const Tag *t = book->tag(sibling);
        if (sibling != ignoreId && t->name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return parentId > 0 ? tr("“%1” already has a sub-argument named “%2”.").arg(book->path(parentId), t->name)
                                : tr("There already is a top-level argument named “%1”.").arg(t->name);
        }
    }
    return {};
}

Result<qint64> CodebookEditor::addTag(qint64 parentId, const QString &name, const QColor &colour)
{
    const auto book = m_tags.codebook();
    if (!book)
        return book.error();
    const Tag *parent = parentId > 0 ? book->tag(parentId) : nullptr;
    if (parentId > 0 && !parent)
        return gone();
    if (const QString problem = nameProblem(parentId, name); !problem.isEmpty())
        return refused(problem);

    Tag tag;
    tag.parentId = parentId;
    tag.name = name.trimmed();
    tag.colour = colour.isValid() ? colour : parent ? parent->colour : Codebook::defaultHighlightColour();
    for (qint64 sibling : book->children(parentId))
        tag.position = std::max(tag.position, book->tag(sibling)->position + 1);
    const auto id = m_tags.add(tag);
    if (!id)
        return id.error();
    tag.id = *id;
    m_stack->push(new AddTagCommand(*this, tag));
    changed(Affected::Codebook);
    return id;
}

Status CodebookEditor::renameTag(qint64 id, const QString &name)
{
    const auto book = m_tags.codebook();
    if (!book)
        return book.error();
    const Tag *before = book->tag(id);
    if (!before)
        return gone();
    if (const QString problem = nameProblem(before->parentId, name, id); !problem.isEmpty())
        return refused(problem);
    Tag after = *before;
    after.name = name.trimmed();
    return edit(*before, after, tr("Rename Argument “%1”").arg(before->name));
}

Status CodebookEditor::recolourTag(qint64 id, const QColor &colour)
{
    if (!colour.isValid())
        return refused(tr("Choose a colour for the argument."));
    const auto book = m_tags.codebook();
    if (!book)
        return book.error();
    const Tag *before = book->tag(id);
    if (!before)
        return gone();
    Tag after = *before;
    after.colour = colour.toRgb();
    return edit(*before, after, tr("Change Colour of “%1”").arg(before->name));
}

Status CodebookEditor::edit(const Tag &before, const Tag &after, const QString &text)
{
    // Colours are stored as #rrggbb: compare what will be stored, so a no-op pushes nothing.
    if (after.name == before.name && after.colour.name() == before.colour.name())
        return Ok{};
    if (Status written = m_tags.update(after); !written)
        return written;
    m_stack->push(new EditTagCommand(*this, {before}, {after}, text));
    changed(Affected::Codebook);
    return Ok{};
}

Status CodebookEditor::reparentTag(qint64 id, qint64 newParentId, int position)
{
    const auto book = m_tags.codebook();
    if (!book)
        return book.error();
    const Tag *tag = book->tag(id);
    if (!tag || (newParentId > 0 && !book->tag(newParentId)))
        return gone();
    if (book->subtree(id).contains(newParentId))
        return refused(tr("“%1” cannot be moved into itself or one of its own sub-arguments.").arg(tag->name));
    if (newParentId != tag->parentId) {
        if (const QString problem = nameProblem(newParentId, tag->name); !problem.isEmpty())
            return refused(problem);
    }
    const auto change = m_tags.reparent(id, newParentId, position);
    if (!change)
        return change.error();
    if (change->isEmpty())
        return Ok{};
    m_stack->push(new EditTagCommand(*this, change->before, change->after, tr("Move Argument “%1”").arg(tag->name)));
    changed(Affected::Codebook);
    return Ok{};
}

Status CodebookEditor::mergeTags(qint64 fromId, qint64 intoId)
{
    const auto book = m_tags.codebook();
    if (!book)
        return book.error();
    const Tag *from = book->tag(fromId);
    const Tag *into = book->tag(intoId);
    if (!from || !into)
        return gone();
    if (fromId == intoId)
        return refused(tr("An argument cannot be merged into itself."));
    if (book->subtree(fromId).contains(intoId))
        return refused(tr("“%1” cannot be merged into one of its own sub-arguments.").arg(from->name));
    // The merged argument's children join intoId's; it goes itself, so its own name cannot clash.
    for (qint64 child : book->children(fromId)) {
        const QString name = book->tag(child)->name;
        if (!nameProblem(intoId, name, fromId).isEmpty())
            return refused(tr("“%1” already has a sub-argument named “%2”. Rename one of them before merging.")
                               .arg(into->name, name));
    }
    const auto merged = m_tags.merge(fromId, intoId);
    if (!merged)
        return merged.error();
    m_stack->push(new MergeTagsCommand(*this, fromId, intoId,
                                       tr("Merge “%1” into “%2”").arg(from->name, into->name), *merged));
    changed(merged->affectedHighlights.isEmpty() ? Affected::Codebook : Affected::CodebookAndHighlights);
    return Ok{};
}

Status CodebookEditor::removeTag(qint64 id, WhatBecomesOfHighlights fate)
{
    const auto book = m_tags.codebook();
    if (!book)
        return book.error();
    const Tag *tag = book->tag(id);
    if (!tag)
        return gone();
    if (fate == WhatBecomesOfHighlights::MoveToParent && tag->parentId == 0)
        return refused(tr("“%1” is a top-level argument: there is no parent to tag its highlights with.")
                           .arg(tag->name));
    const auto removed = m_tags.removeSubtree(id, fate);
    if (!removed)
        return removed.error();
    m_stack->push(new RemoveTagCommand(*this, id, fate, *removed));
    changed(removed->affectedHighlights.isEmpty() ? Affected::Codebook : Affected::CodebookAndHighlights);
    return Ok{};
}

void CodebookEditor::report(const Status &status, Affected affected)
{
    if (!status)
        Q_EMIT errorOccurred(status.error().message);
    changed(affected);
}

void CodebookEditor::changed(Affected affected)
{
    Q_EMIT codebookChanged();
    if (affected == Affected::CodebookAndHighlights)
        Q_EMIT highlightsChanged();
}

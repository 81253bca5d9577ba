// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationeditor.h"

#include "addhighlightcommand.h"
#include "edithighlightcommand.h"
#include "highlightstore.h"
#include "removehighlightcommand.h"

#include <QUndoStack>

AnnotationEditor::AnnotationEditor(HighlightStore &store, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(stack)
{
}

Result<qint64> AnnotationEditor::addHighlight(const Highlight &highlight)
{
    const auto id = m_store.add(highlight);
    if (!id)
        return id.error();
    const auto stored = m_store.highlight(*id);
    if (!stored)
        return stored.error();
    wrote(*stored);
    m_stack->push(new AddHighlightCommand(*this, *stored));
    Q_EMIT highlightStored(*stored);
    Q_EMIT highlightsChanged(highlight.postId);
    return id;
}

Status AnnotationEditor::removeHighlight(qint64 id)
{
    const auto existing = m_store.highlight(id);
    if (!existing)
        return existing.error();
    saw(*existing);
    if (Status removed = m_store.remove(id, existing->version); !removed)
        return removed;
    wrote(*existing);
    m_stack->push(new RemoveHighlightCommand(*this, *existing));
    Q_EMIT highlightRemoved(existing->postId, id);
    Q_EMIT highlightsChanged(existing->postId);
    return Ok{};
}

namespace {

// Whether two states of a highlight differ in their note alone (and in what every write changes).
bool sameButNote(Highlight a, const Highlight &b)
{
    a.note = b.note;
    a.modified = b.modified;
    a.modifiedBy = b.modifiedBy;
    a.version = b.version;
    return a == b;
}

} // namespace

Status AnnotationEditor::editHighlight(const Highlight &after, const QString &text)
{
    const auto before = m_store.highlight(after.id);
    if (!before)
        return before.error();
    saw(*before);
    Highlight next = after;
    next.modified = QDateTime::currentDateTimeUtc();
    if (Status written = m_store.update(next); !written)
        return written;
    const auto stored = m_store.highlight(after.id);
    if (!stored)
        return stored.error();
    wrote(*stored);
    m_stack->push(new EditHighlightCommand(*this, *before, *stored, text, sameButNote(*stored, *before)));
    Q_EMIT highlightStored(*stored);
    Q_EMIT highlightsChanged(after.postId);
    return Ok{};
}

Status AnnotationEditor::editNote(qint64 id, const QString &note, int baseVersion, const QString &baseNote)
{
    auto h = m_store.highlight(id);
    if (!h)
        return h.error();
    if (h->note == note)
        return Ok{};
    if (h->version != baseVersion && h->note != baseNote) {
        const QString who = h->modifiedBy.isEmpty() ? tr("Someone") : h->modifiedBy;
        return Error{Error::Code::Conflict, tr("%1 changed this note while you were writing it.").arg(who)};
    }
    h->note = note;
    return editHighlight(*h, tr("Edit Note"));
}

void AnnotationEditor::wrote(const Highlight &stored)
{
    m_own[stored.id].version = stored.version;
}

void AnnotationEditor::saw(const Highlight &current)
{
    const auto own = m_own.find(current.id);
    if (own != m_own.end() && own->version != current.version) {
        ++own->epoch;
        own->other = current.modifiedBy;
    }
}

Status AnnotationEditor::current(qint64 id, int epoch) const
{
    const Own own = m_own.value(id);
    if (own.epoch == epoch)
        return Ok{};
    return Error{Error::Code::Conflict,
                 tr("%1 changed this highlight after you did.").arg(own.other.isEmpty() ? tr("Someone") : own.other)};
}

void AnnotationEditor::stepWrite(const Highlight &content, int epoch, QUndoCommand *command, Step step)
{
    Status written = current(content.id, epoch);
    if (written) {
        Highlight h = content;
        h.version = m_own.value(content.id).version; // the state comes back with its own modified time
        written = m_store.update(h);
    }
    const auto stored = written ? m_store.highlight(content.id) : Result<Highlight>(written.error());
    if (stored) {
        wrote(*stored);
        Q_EMIT highlightStored(*stored);
    } else {
        refuse(stored.error(), content.id, command, step);
    }
    Q_EMIT highlightsChanged(content.postId);
}

void AnnotationEditor::stepRemove(const Highlight &highlight, int epoch, QUndoCommand *command, Step step)
{
    Status removed = current(highlight.id, epoch);
    if (removed)
        removed = m_store.remove(highlight.id, m_own.value(highlight.id).version);
    if (removed)
        Q_EMIT highlightRemoved(highlight.postId, highlight.id);
    else
        refuse(removed.error(), highlight.id, command, step);
    Q_EMIT highlightsChanged(highlight.postId);
}

void AnnotationEditor::stepRestore(const Highlight &highlight)
{
    // Past every version it had, so a teammate's write made on one of them before it went is refused.
    Highlight h = highlight;
    h.version = std::max(h.version, m_own.value(h.id).version + 1);
    if (Status restored = m_store.restore(h); restored) {
        wrote(h);
        Q_EMIT highlightStored(h);
    } else {
        Q_EMIT errorOccurred(restored.error().message);
    }
    Q_EMIT highlightsChanged(h.postId);
}

void AnnotationEditor::refuse(const Error &error, qint64 id, QUndoCommand *command, Step step)
{
    if (error.code != Error::Code::Conflict || !command) {
        Q_EMIT errorOccurred(error.message);
        return;
    }
    // Someone else's write is in the way of this step and of every earlier one of this highlight.
    if (const auto stored = m_store.highlight(id); stored)
        saw(*stored);
    // Trying again would meet the same change: the command leaves the stack (QUndoStack deletes an obsolete
    // command once its undo or redo returns), and the step before it is next.
    command->setObsolete(true);
    Q_EMIT errorOccurred(step == Step::Undo
                             ? tr("Cannot undo “%1”: %2 Undoing it would overwrite that change, so it was taken off "
                                  "the undo list.")
                                   .arg(command->text(), error.message)
                             : tr("Cannot redo “%1”: %2 Redoing it would overwrite that change, so it was taken off "
                                  "the redo list.")
                                   .arg(command->text(), error.message));
}

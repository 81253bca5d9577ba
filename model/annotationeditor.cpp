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
    if (Status removed = m_store.remove(id); !removed)
        return removed;
    m_stack->push(new RemoveHighlightCommand(*this, *existing));
    Q_EMIT highlightRemoved(existing->postId, id);
    Q_EMIT highlightsChanged(existing->postId);
    return Ok{};
}

Status AnnotationEditor::editHighlight(const Highlight &after, const QString &text)
{
    const auto before = m_store.highlight(after.id);
    if (!before)
        return before.error();
    Highlight next = after;
    next.modified = QDateTime::currentDateTimeUtc();
    if (Status written = m_store.update(next); !written)
        return written;
    const bool noteOnly = [&] {
        Highlight withOldNote = next;
        withOldNote.note = before->note;
        withOldNote.modified = before->modified;
        return withOldNote == *before;
    }();
    m_stack->push(new EditHighlightCommand(*this, *before, next, text, noteOnly));
    Q_EMIT highlightStored(next);
    Q_EMIT highlightsChanged(after.postId);
    return Ok{};
}

Status AnnotationEditor::editNote(qint64 id, const QString &note)
{
    auto h = m_store.highlight(id);
    if (!h)
        return h.error();
    if (h->note == note)
        return Ok{};
    h->note = note;
    return editHighlight(*h, tr("Edit Note"));
}

void AnnotationEditor::reportStored(const Status &status, const Highlight &highlight)
{
    if (status)
        Q_EMIT highlightStored(highlight);
    else
        Q_EMIT errorOccurred(status.error().message);
    Q_EMIT highlightsChanged(highlight.postId);
}

void AnnotationEditor::reportRemoved(const Status &status, qint64 postId, qint64 id)
{
    if (status)
        Q_EMIT highlightRemoved(postId, id);
    else
        Q_EMIT errorOccurred(status.error().message);
    Q_EMIT highlightsChanged(postId);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "edithighlightcommand.h"

#include "annotationeditor.h"
#include "highlightstore.h"

EditHighlightCommand::EditHighlightCommand(AnnotationEditor &editor, const Highlight &before, const Highlight &after,
                                           const QString &text, bool noteOnly)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
    , m_noteOnly(noteOnly)
    , m_epoch(editor.epoch(after.id))
{
}

void EditHighlightCommand::undo()
{
    m_editor.stepWrite(m_before, m_epoch, this, AnnotationEditor::Step::Undo);
}

void EditHighlightCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_editor.stepWrite(m_after, m_epoch, this, AnnotationEditor::Step::Redo);
}

int EditHighlightCommand::id() const
{
    return m_noteOnly ? NoteEditId : -1;
}

bool EditHighlightCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditHighlightCommand *>(other);
    // Not across someone else's write: undoing the merged step would take theirs back too.
    if (next->m_after.id != m_after.id || next->m_epoch != m_epoch)
        return false;
    m_after = next->m_after;
    return true;
}

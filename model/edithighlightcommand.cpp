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
{
}

void EditHighlightCommand::undo()
{
    m_editor.reportStored(m_editor.store().update(m_before), m_before);
}

void EditHighlightCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_editor.reportStored(m_editor.store().update(m_after), m_after);
}

int EditHighlightCommand::id() const
{
    return m_noteOnly ? NoteEditId : -1;
}

bool EditHighlightCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditHighlightCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

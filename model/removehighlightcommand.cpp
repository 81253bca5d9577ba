// SPDX-License-Identifier: GPL-3.0-or-later
#include "removehighlightcommand.h"

#include "annotationeditor.h"
#include "highlightstore.h"

#include <QCoreApplication>

RemoveHighlightCommand::RemoveHighlightCommand(AnnotationEditor &editor, const Highlight &removed)
    : QUndoCommand(QCoreApplication::translate("RemoveHighlightCommand", "Delete Highlight"))
    , m_editor(editor)
    , m_highlight(removed)
    , m_epoch(editor.epoch(removed.id))
{
}

void RemoveHighlightCommand::undo()
{
    m_editor.stepRestore(m_highlight);
}

void RemoveHighlightCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    // Not when a teammate has changed it since it was put back.
    m_editor.stepRemove(m_highlight, m_epoch, this, AnnotationEditor::Step::Redo);
}

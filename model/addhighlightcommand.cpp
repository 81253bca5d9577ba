// SPDX-License-Identifier: GPL-3.0-or-later
#include "addhighlightcommand.h"

#include "annotationeditor.h"
#include "highlightstore.h"

#include <QCoreApplication>

AddHighlightCommand::AddHighlightCommand(AnnotationEditor &editor, const Highlight &stored)
    : QUndoCommand(QCoreApplication::translate("AddHighlightCommand", "Highlight"))
    , m_editor(editor)
    , m_highlight(stored)
    , m_epoch(editor.epoch(stored.id))
{
}

void AddHighlightCommand::undo()
{
    // Not when a teammate has tagged or noted it since.
    m_editor.stepRemove(m_highlight, m_epoch, this, AnnotationEditor::Step::Undo);
}

void AddHighlightCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return; // AnnotationEditor wrote it before pushing
    m_editor.stepRestore(m_highlight);
}

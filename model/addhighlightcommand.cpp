// SPDX-License-Identifier: GPL-3.0-or-later
#include "addhighlightcommand.h"

#include "annotationeditor.h"
#include "highlightstore.h"

#include <QCoreApplication>

AddHighlightCommand::AddHighlightCommand(AnnotationEditor &editor, const Highlight &stored)
    : QUndoCommand(QCoreApplication::translate("AddHighlightCommand", "Highlight"))
    , m_editor(editor)
    , m_highlight(stored)
{
}

void AddHighlightCommand::undo()
{
    m_editor.reportRemoved(m_editor.store().remove(m_highlight.id), m_highlight.postId, m_highlight.id);
}

void AddHighlightCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return; // AnnotationEditor wrote it before pushing
    m_editor.reportStored(m_editor.store().restore(m_highlight), m_highlight);
}

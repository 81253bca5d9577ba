// SPDX-License-Identifier: GPL-3.0-or-later
#include "removehighlightcommand.h"

#include "annotationeditor.h"
#include "highlightstore.h"

#include <QCoreApplication>

RemoveHighlightCommand::RemoveHighlightCommand(AnnotationEditor &editor, const Highlight &removed)
    : QUndoCommand(QCoreApplication::translate("RemoveHighlightCommand", "Delete Highlight"))
    , m_editor(editor)
    , m_highlight(removed)
{
}

void RemoveHighlightCommand::undo()
{
    m_editor.reportStored(m_editor.store().restore(m_highlight), m_highlight);
}

void RemoveHighlightCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_editor.reportRemoved(m_editor.store().remove(m_highlight.id), m_highlight.postId, m_highlight.id);
}

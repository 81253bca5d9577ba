// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"

#include <QUndoCommand>

class AnnotationEditor;

// Adds a highlight. The first redo() is the write AnnotationEditor already made; undo removes it, redo puts it
// back with the same id.
class AddHighlightCommand : public QUndoCommand
{
public:
    AddHighlightCommand(AnnotationEditor &editor, const Highlight &stored);
    void undo() override;
    void redo() override;

private:
    AnnotationEditor &m_editor;
    Highlight m_highlight;
    int m_epoch; // AnnotationEditor::epoch() when it was done
    bool m_firstRedo = true;
};

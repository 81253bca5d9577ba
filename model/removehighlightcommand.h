// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"

#include <QUndoCommand>

class AnnotationEditor;

// Deletes a highlight with its tags and note; undo puts all of it back with the same id and times.
class RemoveHighlightCommand : public QUndoCommand
{
public:
    RemoveHighlightCommand(AnnotationEditor &editor, const Highlight &removed);
    void undo() override;
    void redo() override;

private:
    AnnotationEditor &m_editor;
    Highlight m_highlight;
    int m_epoch; // AnnotationEditor::epoch() when it was done
    bool m_firstRedo = true;
};

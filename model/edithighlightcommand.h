// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"

#include <QUndoCommand>

class AnnotationEditor;

// Changes a highlight's tags, stance, note, colour or style: undo writes the old state back. Note edits of the
// same highlight merge, so typing a note is one undo step.
class EditHighlightCommand : public QUndoCommand
{
public:
    enum { NoteEditId = 0x4e4f5445 };

    EditHighlightCommand(AnnotationEditor &editor, const Highlight &before, const Highlight &after,
                         const QString &text, bool noteOnly);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    AnnotationEditor &m_editor;
    Highlight m_before;
    Highlight m_after;
    bool m_noteOnly;
    int m_epoch; // AnnotationEditor::epoch() when it was done
    bool m_firstRedo = true;
};

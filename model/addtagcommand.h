// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tag.h"

#include <QUndoCommand>

class CodebookEditor;

// Adds an argument. The first redo() is the write CodebookEditor already made; undo removes it, redo puts it back
// with the same id, so later commands that name it still find it.
class AddTagCommand : public QUndoCommand
{
public:
    AddTagCommand(CodebookEditor &editor, const Tag &stored);
    void undo() override;
    void redo() override;

private:
    CodebookEditor &m_editor;
    Tag m_tag;
    bool m_firstRedo = true;
};

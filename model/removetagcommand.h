// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagstore.h"

#include <QUndoCommand>

class CodebookEditor;

// Deletes an argument with its subtree; its highlights stay untagged, move to the parent or are deleted. Undo puts
// back the tags, the highlights (notes and all) and every tagging as it was.
class RemoveTagCommand : public QUndoCommand
{
public:
    RemoveTagCommand(CodebookEditor &editor, qint64 id, WhatBecomesOfHighlights fate, const TagSnapshot &removed);
    void undo() override;
    void redo() override;

private:
    CodebookEditor &m_editor;
    qint64 m_id;
    WhatBecomesOfHighlights m_fate;
    TagSnapshot m_removed;
    bool m_firstRedo = true;
};

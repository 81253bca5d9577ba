// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tagstore.h"

#include <QUndoCommand>

class CodebookEditor;

// Merges one argument into another. Undo brings the merged argument back with its id, its children under it and
// every tagging of its highlights as it was, including those that also carried the argument it was merged into.
class MergeTagsCommand : public QUndoCommand
{
public:
    MergeTagsCommand(CodebookEditor &editor, qint64 fromId, qint64 intoId, const QString &text,
                     const TagSnapshot &merged);
    void undo() override;
    void redo() override;

private:
    CodebookEditor &m_editor;
    qint64 m_fromId;
    qint64 m_intoId;
    TagSnapshot m_merged;
    bool m_firstRedo = true;
};

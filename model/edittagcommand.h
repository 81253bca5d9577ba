// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tag.h"

#include <QList>
#include <QUndoCommand>

class CodebookEditor;

// Renames, recolours or moves an argument: undo writes the rows back as they were. A move also renumbers the
// siblings it lands among, so it holds every row it changed, the moved tag first.
class EditTagCommand : public QUndoCommand
{
public:
    EditTagCommand(CodebookEditor &editor, const QList<Tag> &before, const QList<Tag> &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    CodebookEditor &m_editor;
    QList<Tag> m_before;
    QList<Tag> m_after;
    bool m_firstRedo = true;
};

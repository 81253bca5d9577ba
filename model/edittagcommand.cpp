// SPDX-License-Identifier: GPL-3.0-or-later
#include "edittagcommand.h"

#include "codebookeditor.h"

EditTagCommand::EditTagCommand(CodebookEditor &editor, const QList<Tag> &before, const QList<Tag> &after,
                               const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
{
}

void EditTagCommand::undo()
{
    m_editor.report(m_editor.store().updateMany(m_before), CodebookEditor::Affected::Codebook);
}

void EditTagCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_editor.report(m_editor.store().updateMany(m_after), CodebookEditor::Affected::Codebook);
}

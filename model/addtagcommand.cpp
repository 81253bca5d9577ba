// SPDX-License-Identifier: GPL-3.0-or-later
#include "addtagcommand.h"

#include "codebookeditor.h"

#include <QCoreApplication>

AddTagCommand::AddTagCommand(CodebookEditor &editor, const Tag &stored)
    : QUndoCommand(QCoreApplication::translate("AddTagCommand", "New Argument “%1”").arg(stored.name))
    , m_editor(editor)
    , m_tag(stored)
{
}

void AddTagCommand::undo()
{
    m_editor.report(m_editor.store().remove(m_tag.id), CodebookEditor::Affected::Codebook);
}

void AddTagCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return; // CodebookEditor wrote it before pushing
    m_editor.report(m_editor.store().restore(m_tag), CodebookEditor::Affected::Codebook);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "removetagcommand.h"

#include "codebookeditor.h"

#include <QCoreApplication>

RemoveTagCommand::RemoveTagCommand(CodebookEditor &editor, qint64 id, WhatBecomesOfHighlights fate,
                                   const TagSnapshot &removed)
    : QUndoCommand(QCoreApplication::translate("RemoveTagCommand", "Delete Argument “%1”")
                       .arg(removed.removedTags.value(0).name))
    , m_editor(editor)
    , m_id(id)
    , m_fate(fate)
    , m_removed(removed)
{
}

void RemoveTagCommand::undo()
{
    m_editor.report(m_editor.store().restore(m_removed), CodebookEditor::Affected::CodebookAndHighlights);
}

void RemoveTagCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    auto removed = m_editor.store().removeSubtree(m_id, m_fate);
    if (removed)
        m_removed = *removed; // the same as before, read again in the write's own transaction
    m_editor.report(removed ? Status(Ok{}) : Status(removed.error()), CodebookEditor::Affected::CodebookAndHighlights);
}

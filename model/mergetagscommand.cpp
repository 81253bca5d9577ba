// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergetagscommand.h"

#include "codebookeditor.h"

MergeTagsCommand::MergeTagsCommand(CodebookEditor &editor, qint64 fromId, qint64 intoId, const QString &text,
                                   const TagSnapshot &merged)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_fromId(fromId)
    , m_intoId(intoId)
    , m_merged(merged)
{
}

void MergeTagsCommand::undo()
{
    m_editor.report(m_editor.store().restore(m_merged), CodebookEditor::Affected::CodebookAndHighlights);
}

void MergeTagsCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    auto merged = m_editor.store().merge(m_fromId, m_intoId);
    if (merged)
        m_merged = *merged;
    m_editor.report(merged ? Status(Ok{}) : Status(merged.error()), CodebookEditor::Affected::CodebookAndHighlights);
}

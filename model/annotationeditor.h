// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "result.h"

#include <QObject>

class HighlightStore;
class QUndoStack;

// Where every edit of a highlight goes: each user action is written through the store at once (nothing waits for
// a Save) and pushed as a QUndoCommand on the one undo stack, whose undo and redo write through the store again.
class AnnotationEditor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    AnnotationEditor(HighlightStore &store, QUndoStack *stack, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    HighlightStore &store() const { return m_store; }

    // Each returns an error without pushing anything when the first write fails.
    Result<qint64> addHighlight(const Highlight &highlight);
    Status removeHighlight(qint64 id);
    // Replaces a highlight's tags, note, colour or style with `after`; `text` names the action for Edit ▸ Undo.
    // Consecutive note edits of one highlight merge into one undo step.
    Status editHighlight(const Highlight &after, const QString &text);
    Status editNote(qint64 id, const QString &note);

    // Used by the commands: report the outcome of a write made by undo or redo, which stored a highlight or
    // removed one.
    void reportStored(const Status &status, const Highlight &highlight);
    void reportRemoved(const Status &status, qint64 postId, qint64 id);

Q_SIGNALS:
    // The written state of one highlight after an add, an edit, or an undo or redo that put it back; emitted
    // before highlightsChanged, so a view can apply it without reading all the post's highlights again.
    void highlightStored(const Highlight &highlight);
    // One highlight is gone (deleted, or its adding undone); before highlightsChanged.
    void highlightRemoved(qint64 postId, qint64 id);
    // After every write, including undo and redo, and after a failed one (what is stored may then differ from
    // what a view shows: read it again).
    void highlightsChanged(qint64 postId);
    void errorOccurred(const QString &message);

private:
    HighlightStore &m_store;
    QUndoStack *m_stack;
};

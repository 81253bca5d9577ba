// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "result.h"

#include <QHash>
#include <QObject>

class HighlightStore;
class QUndoCommand;
class QUndoStack;

// Where every edit of a highlight goes: each user action is written through the store at once (nothing waits for
// a Save) and pushed as a QUndoCommand on the one undo stack, whose undo and redo write through the store again.
//
// Writes name the version of the highlight they start from (HighlightStore::update), so another window or a
// teammate's change is never overwritten unseen: an edit made on an older version fails with a Conflict error,
// and an undo or redo whose highlight someone else has changed since is refused and taken off the stack. The
// stack holds this window's own actions only, so undo never takes back a teammate's.
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
    // Replaces a highlight's tags, note, colour or style with `after`, which must be at the stored version (a
    // Conflict error otherwise, and nothing written); `text` names the action for Edit ▸ Undo. Consecutive note
    // edits of one highlight merge into one undo step.
    Status editHighlight(const Highlight &after, const QString &text);
    // Sets the note of a highlight that the writer saw at baseVersion with baseNote. Changes made since to the
    // rest of it (tags, colour) are kept; a note changed since is a Conflict, and nothing is written.
    Status editNote(qint64 id, const QString &note, int baseVersion, const QString &baseNote);

    // Used by the commands' undo and redo, which name the epoch their step was made in (epoch()): each writes,
    // removes or puts back a highlight on the version this editor wrote last, and reports the outcome. A step is
    // refused, and taken off the stack, when someone else has written the highlight since it was made.
    enum class Step { Undo, Redo };
    int epoch(qint64 id) const { return m_own.value(id).epoch; }
    void stepWrite(const Highlight &content, int epoch, QUndoCommand *command, Step step);
    void stepRemove(const Highlight &highlight, int epoch, QUndoCommand *command, Step step);
    void stepRestore(const Highlight &highlight);

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
    // What this editor last wrote of a highlight. epoch counts the writes of others seen since this editor first
    // wrote it: the steps of an earlier epoch would undo over them.
    struct Own
    {
        int version = 0;
        int epoch = 0;
        QString other; // who wrote in between, for the message
    };
    // Notes the version this editor just wrote.
    void wrote(const Highlight &stored);
    // Notes a highlight as read for a new action: when its version is not the one this editor wrote, someone
    // else has written it, and the steps made before are of an older epoch.
    void saw(const Highlight &current);
    // Whether a step of epoch may still write id; the Conflict error otherwise.
    Status current(qint64 id, int epoch) const;
    void refuse(const Error &error, qint64 id, QUndoCommand *command, Step step);

    HighlightStore &m_store;
    QUndoStack *m_stack;
    QHash<qint64, Own> m_own;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tagstore.h"

#include <QColor>
#include <QObject>

class QUndoStack;

// Where every edit of the codebook goes, as AnnotationEditor is for highlights: each action is checked, written
// through the TagStore at once, and pushed as a QUndoCommand on the app's one undo stack, whose undo and redo write
// through the store again. A refused action returns its reason (translated) and pushes nothing.
class CodebookEditor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookEditor)

public:
    using WhatBecomesOfHighlights = ::WhatBecomesOfHighlights;

    CodebookEditor(TagStore &tags, QUndoStack *stack, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    TagStore &store() const { return m_tags; }

    // A new argument under parentId (0: top level), after its siblings. An invalid colour takes the parent's.
    Result<qint64> addTag(qint64 parentId, const QString &name, const QColor &colour);
    Status renameTag(qint64 id, const QString &name);
    Status recolourTag(qint64 id, const QColor &colour);
    // Moves id under newParentId (0: top level) before the child now at position (< 0 or past the end: last).
    Status reparentTag(qint64 id, qint64 newParentId, int position = -1);
    // fromId's highlights are tagged with intoId instead, its children move under intoId, and fromId goes.
    Status mergeTags(qint64 fromId, qint64 intoId);
    // Deletes id and everything below it.
    Status removeTag(qint64 id, WhatBecomesOfHighlights fate);

    // Why name cannot be the name of a child of parentId (ignoring the tag ignoreId, when it is renamed), or an
    // empty string when it can.
    QString nameProblem(qint64 parentId, const QString &name, qint64 ignoreId = 0) const;

    // Used by the commands: reports the outcome of a write made by undo or redo.
    enum class Affected { Codebook, CodebookAndHighlights };
    void report(const Status &status, Affected affected);

Q_SIGNALS:
    // After every change of the codebook (names, colours, tree), including undo and redo.
    void codebookChanged();
    // Any highlight's tags may have changed, in any post (merge and delete move or remove taggings).
    void highlightsChanged();
    // A write made by undo or redo failed; direct calls return their error instead.
    void errorOccurred(const QString &message);

private:
    Status edit(const Tag &before, const Tag &after, const QString &text);
    void changed(Affected affected);

    TagStore &m_tags;
    QUndoStack *m_stack;
};

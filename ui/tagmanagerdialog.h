// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDialog>

class CodebookEditor;
class QAction;
class QLabel;
class QTreeView;
class TagStore;
class TagTreeModel;

// The codebook of arguments: create, rename (in place), recolour, reparent (drag and drop), merge and delete them.
// Every change goes through the CodebookEditor and so onto the app's undo stack, whose Undo and Redo the dialog
// offers too. Non-modal: the reader can keep reading while sorting arguments.
class TagManagerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagManagerDialog)

public:
    TagManagerDialog(TagStore &tags, CodebookEditor &editor, QWidget *parent = nullptr);
    ~TagManagerDialog() override;

    QAction *newTagAction() const { return m_newTag; }
    QAction *newChildTagAction() const { return m_newChildTag; }
    QAction *renameAction() const { return m_rename; }
    QAction *colourAction() const { return m_colour; }
    QAction *mergeAction() const { return m_merge; }
    QAction *deleteAction() const { return m_delete; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    TagTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Reads the codebook and the highlight counts again; for highlights tagged elsewhere while the dialog is open.
    void refresh();

    // The argument the actions work on; 0 when none is selected.
    qint64 currentTagId() const;
    void selectTag(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addTag(bool asChild);
    void rename();
    void chooseColour();
    void mergeInto();
    void remove();
    // Shows a refused action's reason in the dialog; true when it went through.
    bool succeeded(const Status &status);
    void showProblem(const QString &message);
    void updateActions();

    TagStore &m_tags;
    CodebookEditor &m_editor;
    TagTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_problem;
    QAction *m_newTag;
    QAction *m_newChildTag;
    QAction *m_rename;
    QAction *m_colour;
    QAction *m_merge;
    QAction *m_delete;
    QAction *m_undo;
    QAction *m_redo;
};

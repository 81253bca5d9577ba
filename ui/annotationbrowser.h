// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationtreemodel.h"

#include <QWidget>

class AnnotationFilterProxyModel;
class ArgumentMatrixModel;
class Library;
class OrphanListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTreeView;

// The library-wide annotation browser: every highlight grouped by argument or by post, with a filter box and a
// stance filter; on a second tab the posts × arguments matrix, and on a third the orphaned highlights. Reads
// through the stores, writes nothing.
class AnnotationBrowser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationBrowser)

public:
    explicit AnnotationBrowser(Library &library, QWidget *parent = nullptr);
    ~AnnotationBrowser() override;

    AnnotationTreeModel::Grouping grouping() const;
    void setGrouping(AnnotationTreeModel::Grouping grouping);

public Q_SLOTS:
    // Reads everything again: after the codebook changed, posts were imported, or the library was reopened.
    void reload();
    // After one post's highlights were added, edited or removed (AnnotationEditor::highlightsChanged): updates
    // the rows and counts that changed, keeping what is expanded and selected.
    void refreshPost(qint64 postId);

Q_SIGNALS:
    // A highlight row was double-clicked or Enter was pressed on it: open the post at that highlight.
    void highlightActivated(qint64 postId, qint64 highlightId);

private:
    void report(const Status &status);
    void updateOrphanTab();
    void activate(const QModelIndex &index);
    // The people to filter by (shown when there are several).
    void reloadAuthors();

    Library &m_library;
    AnnotationTreeModel *m_tree;
    AnnotationFilterProxyModel *m_proxy;
    ArgumentMatrixModel *m_matrix;
    QComboBox *m_grouping;
    QLineEdit *m_filter;
    QComboBox *m_stance;
    QComboBox *m_author;
    QTabWidget *m_tabs;
    QTreeView *m_treeView;
    QTableView *m_matrixView;
    OrphanListModel *m_orphans;
    QTreeView *m_orphanView;
    QWidget *m_orphanPage;
    QLabel *m_error;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QSortFilterProxyModel;
class QStandardItemModel;
class QLineEdit;
class QTreeView;

// Help ▸ Keyboard Shortcuts: every command of the menu bar with its keys, by menu, with a filter. It is read from
// the menus when shown, so it stays true as they change.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    enum Column { CommandColumn, ShortcutColumn };

    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    const QStandardItemModel *model() const { return m_model; }

private:
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

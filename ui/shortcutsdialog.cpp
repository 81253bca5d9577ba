// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString plain(QString text)
{
    // "&Export Notes…" → "Export Notes…"; a doubled ampersand stands for one.
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

void addMenu(QStandardItem *parent, const QMenu *menu, const QString &prefix)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenu(parent, sub, prefix + plain(sub->title()) + u" ▸ "_s);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts << key.toString(QKeySequence::NativeText);
        auto *command = new QStandardItem(prefix + plain(action->text()));
        command->setToolTip(action->statusTip());
        auto *shortcut = new QStandardItem(texts.isEmpty() ? QString() : texts.join(ShortcutsDialog::tr(", ")));
        shortcut->setData(texts.isEmpty() ? ShortcutsDialog::tr("no shortcut") : texts.join(ShortcutsDialog::tr(" or ")),
                          Qt::AccessibleTextRole);
        parent->appendRow({command, shortcut});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutsDialog"_s);
    m_model->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    for (QAction *top : menus->actions()) {
        const QMenu *menu = top->menu();
        if (!menu)
            continue;
        auto *group = new QStandardItem(plain(menu->title()));
        auto *empty = new QStandardItem;
        addMenu(group, menu, {});
        m_model->appendRow({group, empty});
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(u"shortcutFilter"_s);
    m_filter->setPlaceholderText(tr("Find a command or a key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });

    m_view->setObjectName(u"shortcutList"_s);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(560, 640);
    m_filter->setFocus();
}

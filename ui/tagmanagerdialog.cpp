// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanagerdialog.h"

#include "codebookeditor.h"
#include "tagstore.h"
#include "tagtreemodel.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QAction *makeAction(QWidget *owner, const QString &icon, const QString &text, const QKeySequence &shortcut,
                    const QString &tip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, owner);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    owner->addAction(action); // the shortcut works wherever the focus is in the dialog
    return action;
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(action->text().remove(u'&'));
    return button;
}

} // namespace

TagManagerDialog::TagManagerDialog(TagStore &tags, CodebookEditor &editor, QWidget *parent)
    : QDialog(parent)
    , m_tags(tags)
    , m_editor(editor)
    , m_model(new TagTreeModel(tags, &editor, this))
    , m_view(new QTreeView(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Manage Arguments"));
    setModal(false);
    resize(640, 480);

    m_view->setObjectName(u"tagTree"_s);
    m_view->setAccessibleName(tr("Arguments"));
    m_view->setAccessibleDescription(tr("The codebook. Drag an argument onto another to make it a sub-argument."));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    // F2 is the Rename action's shortcut; clicks still start an edit.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::ColourColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->expandAll();

    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setForegroundRole(QPalette::Accent);
    m_problem->hide();

    m_newTag = makeAction(this, u"list-add"_s, tr("&New Argument"), QKeySequence::New,
                          tr("Add an argument next to the selected one"));
    m_newChildTag = makeAction(this, u"list-add"_s, tr("New &Sub-argument"), QKeySequence(u"Ctrl+Shift+N"_s),
                               tr("Add an argument below the selected one"));
    m_rename = makeAction(this, u"edit-rename"_s, tr("&Rename"), QKeySequence(Qt::Key_F2),
                          tr("Rename the selected argument"));
    m_colour = makeAction(this, u"color-management"_s, tr("&Colour…"), QKeySequence(),
                          tr("Choose the colour of the selected argument"));
    m_merge = makeAction(this, u"merge"_s, tr("&Merge Into…"), QKeySequence(),
                         tr("Tag the selected argument’s highlights with another argument and remove it"));
    m_delete = makeAction(this, u"edit-delete"_s, tr("&Delete…"), QKeySequence::Delete,
                          tr("Delete the selected argument and its sub-arguments"));
    m_undo = m_editor.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_undo->setShortcut(QKeySequence::Undo);
    addAction(m_undo);
    m_redo = m_editor.undoStack()->createRedoAction(this, tr("Re&do"));
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_redo->setShortcut(QKeySequence::Redo);
    addAction(m_redo);

    connect(m_newTag, &QAction::triggered, this, [this] { addTag(false); });
    connect(m_newChildTag, &QAction::triggered, this, [this] { addTag(true); });
    connect(m_rename, &QAction::triggered, this, &TagManagerDialog::rename);
    connect(m_colour, &QAction::triggered, this, &TagManagerDialog::chooseColour);
    connect(m_merge, &QAction::triggered, this, &TagManagerDialog::mergeInto);
    connect(m_delete, &QAction::triggered, this, &TagManagerDialog::remove);
    connect(m_model, &TagTreeModel::errorOccurred, this, &TagManagerDialog::showProblem);
    connect(&m_editor, &CodebookEditor::codebookChanged, this, [this] { m_problem->hide(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TagManagerDialog::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TagManagerDialog::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &into) {
        m_view->expand(into); // a new sub-argument is seen, not hidden in a collapsed branch
        updateActions();
    });

    auto *editButtons = new QVBoxLayout;
    for (QAction *action : {m_newTag, m_newChildTag, m_rename, m_colour, m_merge, m_delete})
        editButtons->addWidget(buttonFor(action, this));
    editButtons->addStretch();
    for (QAction *action : {m_undo, m_redo}) {
        QToolButton *button = buttonFor(action, this);
        // Their text names the step ("Undo Rename …"); the accessible name stays short.
        button->setAccessibleName(action == m_undo ? tr("Undo") : tr("Redo"));
        editButtons->addWidget(button);
    }

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(editButtons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(middle, 1);
    layout->addWidget(close);

    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, TagTreeModel::NameColumn));
    updateActions();
}

TagManagerDialog::~TagManagerDialog() = default;

void TagManagerDialog::refresh()
{
    succeeded(m_model->reload());
}

void TagManagerDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

qint64 TagManagerDialog::currentTagId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? TagTreeModel::idAt(current) : 0;
}

void TagManagerDialog::selectTag(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
}

void TagManagerDialog::updateActions()
{
    const bool selected = currentTagId() > 0;
    for (QAction *action : {m_newChildTag, m_rename, m_colour, m_merge, m_delete})
        action->setEnabled(selected);
    m_merge->setEnabled(selected && m_model->codebook().tags().size() > 1);
}

bool TagManagerDialog::succeeded(const Status &status)
{
    if (status)
        return true;
    showProblem(status.error().message);
    return false;
}

void TagManagerDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void TagManagerDialog::addTag(bool asChild)
{
    const qint64 current = currentTagId();
    const Tag *tag = m_model->codebook().tag(current);
    const qint64 parentId = asChild ? current : tag ? tag->parentId : 0;
    if (asChild && !tag)
        return;
    // A free placeholder name, typed over at once in the editor opened below.
    QString name = tr("New argument");
    for (int n = 2; !m_editor.nameProblem(parentId, name).isEmpty() && n < 1000; ++n)
        name = tr("New argument %1").arg(n);
    const auto id = m_editor.addTag(parentId, name, QColor());
    if (!succeeded(id.ok() ? Status(Ok{}) : Status(id.error())))
        return;
    selectTag(*id);
    m_view->edit(m_view->currentIndex());
}

void TagManagerDialog::rename()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_view->edit(current.siblingAtColumn(TagTreeModel::NameColumn));
}

void TagManagerDialog::chooseColour()
{
    const Tag *tag = m_model->codebook().tag(currentTagId());
    if (!tag)
        return;
    auto *dialog = new QColorDialog(tag->colour, this);
    dialog->setObjectName(u"tagColourDialog"_s);
    dialog->setWindowTitle(tr("Colour of “%1”").arg(tag->name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = tag->id;
    connect(dialog, &QColorDialog::colorSelected, this,
            [this, id](const QColor &colour) { succeeded(m_editor.recolourTag(id, colour)); });
    dialog->open();
}

void TagManagerDialog::mergeInto()
{
    const Codebook &book = m_model->codebook();
    const Tag *from = book.tag(currentTagId());
    if (!from)
        return;
    const qint64 fromId = from->id;
    const QString fromName = from->name;
    // From the store, not the model: highlights made in the reader since the last refresh() count too.
    const auto counts = m_tags.highlightCounts();
    if (!succeeded(counts.ok() ? Status(Ok{}) : Status(counts.error())))
        return;
    const int moving = counts->value(fromId);
    const int children = int(book.children(fromId).size());

    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"mergeTagsDialog"_s);
    dialog->setWindowTitle(tr("Merge “%1”").arg(fromName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);

    auto *intro = new QLabel(tr("Merge “%1” into:").arg(fromName), dialog);
    auto *target = new QComboBox(dialog);
    target->setObjectName(u"mergeTarget"_s);
    target->setAccessibleName(tr("Argument to merge into"));
    intro->setBuddy(target);
    // Not into itself or below itself: its children move along.
    const QList<qint64> excluded = book.subtree(fromId);
    for (const Tag &t : book.tags()) {
        if (!excluded.contains(t.id))
            target->addItem(book.path(t.id), t.id);
    }
    target->model()->sort(0);

    auto *summary = new QLabel(dialog);
    summary->setObjectName(u"mergeSummary"_s);
    summary->setWordWrap(true);
    const auto describe = [summary, target, fromName, moving, children] {
        QString text = tr("%n highlights tagged with “%1” will be tagged with “%2” instead.", nullptr, moving)
                           .arg(fromName, target->currentText());
        if (children > 0)
            text += u' ' + tr("Its %n sub-arguments move along.", nullptr, children);
        summary->setText(text);
    };
    connect(target, &QComboBox::currentIndexChanged, summary, describe);
    describe();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(target->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, target, fromId] {
        const qint64 intoId = target->currentData().toLongLong();
        if (succeeded(m_editor.mergeTags(fromId, intoId)))
            selectTag(intoId);
    });

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(target);
    layout->addWidget(summary);
    layout->addWidget(buttons);
    dialog->open();
}

void TagManagerDialog::remove()
{
    const Codebook &book = m_model->codebook();
    const Tag *tag = book.tag(currentTagId());
    if (!tag)
        return;
    const qint64 id = tag->id;
    const auto count = m_tags.subtreeHighlightCount(id);
    if (!succeeded(count.ok() ? Status(Ok{}) : Status(count.error())))
        return;
    const int below = int(book.subtree(id).size()) - 1;

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Argument"), tr("Delete “%1”?").arg(tag->name),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"deleteTagBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList details;
    if (below > 0)
        details << tr("Its %n sub-arguments are deleted with it.", nullptr, below);
    QHash<QAbstractButton *, WhatBecomesOfHighlights> fates;
    const auto addChoice = [&](const QString &objectName, const QString &text, QMessageBox::ButtonRole role,
                               WhatBecomesOfHighlights fate) {
        QPushButton *button = box->addButton(text, role);
        button->setObjectName(objectName);
        fates.insert(button, fate);
        return button;
    };
    if (*count > 0) {
        details << tr("%n highlights are tagged with this argument or its children.", nullptr, *count)
                << tr("What should become of them?");
        addChoice(u"keepUntagged"_s, tr("&Keep Them Untagged"), QMessageBox::AcceptRole,
                  WhatBecomesOfHighlights::KeepUntagged);
        if (const Tag *parent = book.tag(tag->parentId)) {
            addChoice(u"moveToParent"_s, tr("&Tag Them with “%1”").arg(parent->name), QMessageBox::AcceptRole,
                      WhatBecomesOfHighlights::MoveToParent);
        }
        addChoice(u"deleteHighlights"_s, tr("&Delete Them Too"), QMessageBox::DestructiveRole,
                  WhatBecomesOfHighlights::DeleteHighlights);
    } else {
        box->setDefaultButton(addChoice(u"deleteTag"_s, tr("&Delete"), QMessageBox::DestructiveRole,
                                        WhatBecomesOfHighlights::KeepUntagged));
    }
    box->setInformativeText(details.join(u' '));
    connect(box, &QMessageBox::buttonClicked, this, [this, id, fates](QAbstractButton *button) {
        const auto fate = fates.constFind(button);
        if (fate != fates.cend())
            succeeded(m_editor.removeTag(id, *fate));
    });
    box->open();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteconflictdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPlainTextEdit *noteView(const QString &text, const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(text, parent);
    view->setObjectName(name);
    view->setReadOnly(true); // selectable, so a part of either can be copied
    view->setTabChangesFocus(true);
    return view;
}

} // namespace

NoteConflictDialog::NoteConflictDialog(const QString &mine, const QString &theirs, const QString &who,
                                       const QDateTime &when, QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
{
    setWindowTitle(tr("Note Changed by Someone Else"));
    const QString name = who.isEmpty() ? tr("Someone") : who;
    auto *intro = new QLabel(tr("<b>%1 changed this note at %2 while you were writing it.</b><br>"
                                "Keep one of the two. If you keep theirs, yours is copied to the clipboard.")
                                 .arg(name.toHtmlEscaped(),
                                      QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)),
                             this);
    intro->setWordWrap(true);

    auto *theirsView = noteView(theirs, u"theirNote"_s, this);
    auto *mineView = noteView(mine, u"myNote"_s, this);
    auto *theirsLabel = new QLabel(tr("&Their note (%1):").arg(name), this);
    theirsLabel->setBuddy(theirsView);
    auto *mineLabel = new QLabel(tr("&Your note:"), this);
    mineLabel->setBuddy(mineView);

    auto *notes = new QGridLayout;
    notes->addWidget(theirsLabel, 0, 0);
    notes->addWidget(mineLabel, 0, 1);
    notes->addWidget(theirsView, 1, 0);
    notes->addWidget(mineView, 1, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keepTheirs = buttons->addButton(tr("Keep &Their Note"), QDialogButtonBox::RejectRole);
    keepTheirs->setObjectName(u"keepTheirs"_s);
    keepTheirs->setToolTip(tr("Your note is copied to the clipboard"));
    QPushButton *keepMine = buttons->addButton(tr("Keep &My Note"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(u"keepMine"_s);
    keepMine->setToolTip(tr("Your note replaces theirs"));
    keepTheirs->setDefault(true); // Return does not overwrite a teammate's words
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(notes, 1);
    layout->addWidget(buttons);
    resize(640, 320);
}

void NoteConflictDialog::done(int result)
{
    if (result == KeepTheirs && !m_mine.isEmpty())
        QGuiApplication::clipboard()->setText(m_mine);
    QDialog::done(result);
}

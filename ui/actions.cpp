// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace {

QAction *make(QObject *parent, const QString &text, const QString &icon, const QList<QKeySequence> &shortcuts,
              const QString &statusTip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, parent);
    action->setShortcuts(shortcuts);
    action->setStatusTip(statusTip);
    return action;
}

// The platform's Preferences keys where it has them (Ctrl+Shift+, on KDE), else Ctrl+, as most apps use.
QList<QKeySequence> preferenceKeys()
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    return keys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : keys;
}

} // namespace

Actions::Actions(QObject *parent)
    : QObject(parent)
    , importPosts(make(this, tr("&Import Posts…"), u"document-import"_s, QKeySequence::keyBindings(QKeySequence::Open),
                       tr("Add posts from text, Markdown, HTML, RSS, Atom or WordPress files")))
    , exportNotes(make(this, tr("&Export Notes…"), u"document-export"_s, {QKeySequence(Qt::CTRL | Qt::Key_E)},
                       tr("Save highlights and notes as Markdown, CSV or JSON")))
    , connectToTeamLibrary(make(this, tr("Connect to &Team Library…"), u"network-connect"_s, {},
                                tr("Open a library your team shares on a PostgreSQL server, in a new window")))
    , manageArguments(make(this, tr("&Manage Arguments…"), u"tag"_s, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
                           tr("Create, rename, recolour, move, merge and delete the arguments of the codebook")))
    , editColourMeanings(make(this, tr("Highlight &Colours…"), u"color-management"_s, {},
                              tr("Say what each highlight colour means")))
    , preferences(make(this, tr("&Preferences…"), u"configure"_s, preferenceKeys(),
                       tr("Reader font and line width, colour scheme, language and library")))
    , quit(make(this, tr("&Quit"), u"application-exit"_s, QKeySequence::keyBindings(QKeySequence::Quit),
                tr("Quit Gloss")))
    , undo(make(this, tr("&Undo"), u"edit-undo"_s, QKeySequence::keyBindings(QKeySequence::Undo),
                tr("Undo the last change to a highlight, tag or note")))
    , redo(make(this, tr("&Redo"), u"edit-redo"_s,
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
                tr("Redo the change last undone")))
    , highlight(make(this, tr("&Highlight"), u"draw-highlight"_s, {QKeySequence(Qt::CTRL | Qt::Key_H)},
                     tr("Highlight the selected passage")))
    , removeHighlight(make(this, tr("&Delete Highlight"), u"edit-delete"_s,
                           QKeySequence::keyBindings(QKeySequence::Delete),
                           tr("Delete the highlight selected in the Highlights panel")))
    , focusFilter(make(this, tr("&Filter Posts"), u"view-filter"_s, {QKeySequence(Qt::CTRL | Qt::Key_L)},
                       tr("Filter the document list by title, author or category")))
    , search(make(this, tr("&Search Library"), u"search"_s,
                  {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
                  tr("Search posts, quotes, notes and arguments")))
    , find(make(this, tr("&Find in Post"), u"edit-find"_s, QKeySequence::keyBindings(QKeySequence::Find),
                tr("Find words in the post being read")))
    , findNext(make(this, tr("Find &Next"), u"go-down-search"_s, QKeySequence::keyBindings(QKeySequence::FindNext),
                    tr("Go to the next match in the post")))
    , findPrevious(make(this, tr("Find Pre&vious"), u"go-up-search"_s,
                        QKeySequence::keyBindings(QKeySequence::FindPrevious), tr("Go to the previous match in the post")))
    , nextPost(make(this, tr("&Next Post"), u"go-down"_s, {QKeySequence(Qt::ALT | Qt::Key_Down)},
                    tr("Open the next post in the list")))
    , previousPost(make(this, tr("&Previous Post"), u"go-up"_s, {QKeySequence(Qt::ALT | Qt::Key_Up)},
                        tr("Open the previous post in the list")))
    , zoomIn(make(this, tr("Zoom &In"), u"zoom-in"_s, QKeySequence::keyBindings(QKeySequence::ZoomIn),
                  tr("Make the reader's text larger")))
    , zoomOut(make(this, tr("Zoom &Out"), u"zoom-out"_s, QKeySequence::keyBindings(QKeySequence::ZoomOut),
                   tr("Make the reader's text smaller")))
    , zoomReset(make(this, tr("&Actual Size"), u"zoom-original"_s, {QKeySequence(Qt::CTRL | Qt::Key_0)},
                     tr("Show the reader's text at its normal size")))
    , toggleDocumentList(make(this, tr("Show &Document List"), u"view-list-details"_s,
                              {QKeySequence(Qt::Key_F9)}, tr("Show or hide the list of posts")))
    , showArgumentLabels(make(this, tr("Show &Argument Labels"), u"tag"_s, {QKeySequence(Qt::CTRL | Qt::Key_M)},
                              tr("Write each highlight's argument in the margin beside it")))
    , fullScreen(make(this, tr("F&ull Screen"), u"view-fullscreen"_s,
                      QKeySequence::keyBindings(QKeySequence::FullScreen), tr("Read without distractions")))
    , keyboardShortcuts(make(this, tr("&Keyboard Shortcuts"), u"configure-shortcuts"_s,
                             {QKeySequence(Qt::CTRL | Qt::Key_Question)}, tr("List every command and its keys")))
    , about(make(this, tr("&About Gloss"), u"help-about"_s, {}, tr("Version and licence of Gloss")))
    , aboutQt(make(this, tr("About &Qt"), u"qtlogo"_s, {}, tr("Version of the Qt toolkit")))
{
    undo->setEnabled(false);
    redo->setEnabled(false);
    toggleDocumentList->setCheckable(true);
    toggleDocumentList->setChecked(true);
    fullScreen->setCheckable(true);
    showArgumentLabels->setCheckable(true);
    quit->setMenuRole(QAction::QuitRole);
    preferences->setMenuRole(QAction::PreferencesRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QList<QAction *> Actions::all() const
{
    return {importPosts, exportNotes, connectToTeamLibrary, manageArguments, editColourMeanings, preferences, quit, undo, redo,
            highlight, removeHighlight, focusFilter, search, find, findNext, findPrevious, nextPost,
            previousPost, zoomIn, zoomOut, zoomReset, toggleDocumentList, showArgumentLabels, fullScreen,
            keyboardShortcuts, about, aboutQt};
}

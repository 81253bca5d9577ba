// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

// Every action of the main window, with its text, shortcut, icon and status tip. Menus and toolbars are built
// from these; nothing else creates a QAction.
class Actions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Actions)

public:
    explicit Actions(QObject *parent = nullptr);

    QAction *importPosts;
    QAction *exportNotes;
    QAction *connectToTeamLibrary;
    QAction *manageArguments;
    QAction *editColourMeanings;
    QAction *preferences;
    QAction *quit;
    QAction *undo;
    QAction *redo;
    QAction *highlight;
    QAction *removeHighlight;
    QAction *focusFilter;
    QAction *search;
    QAction *find;
    QAction *findNext;
    QAction *findPrevious;
    QAction *nextPost;
    QAction *previousPost;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *toggleDocumentList;
    QAction *showArgumentLabels;
    QAction *fullScreen;
    QAction *keyboardShortcuts;
    QAction *about;
    QAction *aboutQt;

    QList<QAction *> all() const;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "tag.h"

#include <QMenu>

// The codebook as a menu: each argument opens a submenu of stances (supports, challenges, example), so tagging a
// passage is one gesture. Rebuilt whenever the codebook changes.
class ArgumentMenu : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentMenu)

public:
    explicit ArgumentMenu(const QString &title, QWidget *parent = nullptr);
    void setCodebook(const Codebook &codebook);

Q_SIGNALS:
    void argumentChosen(qint64 tagId, Stance stance);

private:
    void addLevel(QMenu *menu, const Codebook &codebook, qint64 parentId);
    static QString statusTip(Stance stance);
};

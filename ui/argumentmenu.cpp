// SPDX-License-Identifier: GPL-3.0-or-later
#include "argumentmenu.h"

#include <QPixmap>

namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

} // namespace

ArgumentMenu::ArgumentMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
}

void ArgumentMenu::setCodebook(const Codebook &codebook)
{
    clear();
    addLevel(this, codebook, 0);
    setEnabled(!codebook.tags().isEmpty());
}

QString ArgumentMenu::statusTip(Stance stance)
{
    // One whole sentence a stance, so each language can say it its own way.
    switch (stance) {
    case Stance::Supports:
        return tr("Highlight the passage as supporting “%1”");
    case Stance::Challenges:
        return tr("Highlight the passage as challenging “%1”");
    case Stance::Example:
        return tr("Highlight the passage as an example of “%1”");
    }
    return {};
}

void ArgumentMenu::addLevel(QMenu *menu, const Codebook &codebook, qint64 parentId)
{
    for (qint64 id : codebook.children(parentId)) {
        const Tag *tag = codebook.tag(id);
        QMenu *sub = menu->addMenu(swatch(tag->colour), tag->name);
        sub->setToolTipsVisible(true);
        for (Stance stance : {Stance::Supports, Stance::Challenges, Stance::Example}) {
            QAction *action = sub->addAction(stanceLabel(stance));
            action->setStatusTip(statusTip(stance).arg(tag->name));
            connect(action, &QAction::triggered, this, [this, id, stance] { Q_EMIT argumentChosen(id, stance); });
        }
        if (!codebook.children(id).isEmpty()) {
            sub->addSeparator();
            addLevel(sub, codebook, id);
        }
    }
}

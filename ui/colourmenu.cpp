// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourmenu.h"

#include <QPixmap>

ColourMenu::ColourMenu(const QString &title, bool offerFollowArgument, QWidget *parent)
    : QMenu(title, parent)
    , m_offerFollowArgument(offerFollowArgument)
{
    setToolTipsVisible(true);
}

void ColourMenu::setColours(const QList<HighlightColour> &colours)
{
    clear();
    for (const HighlightColour &c : colours) {
        QPixmap swatch(16, 16);
        swatch.fill(c.colour);
        const QString text = c.meaning.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.meaning);
        QAction *action = addAction(QIcon(swatch), text);
        action->setStatusTip(tr("Colour the highlight %1").arg(c.name.toLower()));
        const QColor colour = c.colour;
        connect(action, &QAction::triggered, this, [this, colour] { Q_EMIT colourChosen(colour); });
    }
    if (m_offerFollowArgument) {
        addSeparator();
        QAction *follow = addAction(tr("Colour of the First Argument"));
        follow->setStatusTip(tr("Let the highlight take the colour of its first argument"));
        connect(follow, &QAction::triggered, this, [this] { Q_EMIT colourChosen(QColor()); });
    }
    setEnabled(!colours.isEmpty());
}

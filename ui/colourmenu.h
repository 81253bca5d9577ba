// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tag.h"

#include <QMenu>

// The named highlight colours as a menu, each with its meaning; optionally an entry to let the colour follow the
// highlight's first argument again.
class ColourMenu : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColourMenu)

public:
    ColourMenu(const QString &title, bool offerFollowArgument, QWidget *parent = nullptr);
    void setColours(const QList<HighlightColour> &colours);

Q_SIGNALS:
    // An invalid colour: follow the first argument's colour.
    void colourChosen(const QColor &colour);

private:
    bool m_offerFollowArgument;
};

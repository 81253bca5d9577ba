// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QPalette>

// The colour scheme of the whole application: the system's, or light or dark whatever the system says.
class Appearance
{
public:
    // Switches the running application to the scheme; every widget repaints, the reader rebuilds its colours.
    static void apply(Settings::ColourScheme scheme);

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether a palette is dark: its base (text background) is darker than its text.
    static bool isDark(const QPalette &palette);
    // A red for error text that reads well on the palette's window colour.
    static QColor negativeText(const QPalette &palette);
};

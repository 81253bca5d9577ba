// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QStyleHints>

namespace {

struct Roles
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText, link,
        linkVisited, placeholder, tooltipBase, disabledText;
};

QPalette makePalette(const Roles &r)
{
    QPalette p;
    p.setColor(QPalette::Window, r.window);
    p.setColor(QPalette::WindowText, r.windowText);
    p.setColor(QPalette::Base, r.base);
    p.setColor(QPalette::AlternateBase, r.alternateBase);
    p.setColor(QPalette::Text, r.text);
    p.setColor(QPalette::Button, r.button);
    p.setColor(QPalette::ButtonText, r.buttonText);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, r.highlight);
    p.setColor(QPalette::HighlightedText, r.highlightedText);
    p.setColor(QPalette::Link, r.link);
    p.setColor(QPalette::LinkVisited, r.linkVisited);
    p.setColor(QPalette::PlaceholderText, r.placeholder);
    p.setColor(QPalette::ToolTipBase, r.tooltipBase);
    p.setColor(QPalette::ToolTipText, r.text);
    p.setColor(QPalette::Light, r.button.lighter(150));
    p.setColor(QPalette::Midlight, r.button.lighter(125));
    p.setColor(QPalette::Mid, r.button.darker(150));
    p.setColor(QPalette::Dark, r.button.darker(200));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, r.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, r.button.darker(120));
    return p;
}

// The palette the application started with, restored when the reader goes back to the system's scheme.
QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

// Qt follows an explicit light or dark request only where the platform theme supports it (not under a plain X11
// session without a desktop theme, nor offscreen), so the two schemes are also given as palettes of our own,
// after the colours of KDE's Breeze.
QPalette Appearance::lightPalette()
{
    return makePalette({QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29), Qt::white, QColor(0xf7, 0xf7, 0xf7),
                        QColor(0x23, 0x26, 0x29), QColor(0xfc, 0xfc, 0xfc), QColor(0x23, 0x26, 0x29),
                        QColor(0x3d, 0xae, 0xe9), Qt::white, QColor(0x29, 0x80, 0xb9), QColor(0x9b, 0x59, 0xb6),
                        QColor(0x70, 0x77, 0x7e), QColor(0xf7, 0xf7, 0xf7), QColor(0xa0, 0xa3, 0xa6)});
}

QPalette Appearance::darkPalette()
{
    return makePalette({QColor(0x20, 0x23, 0x26), QColor(0xfc, 0xfc, 0xfc), QColor(0x14, 0x16, 0x18),
                        QColor(0x1d, 0x1f, 0x22), QColor(0xfc, 0xfc, 0xfc), QColor(0x29, 0x2c, 0x30),
                        QColor(0xfc, 0xfc, 0xfc), QColor(0x3d, 0xae, 0xe9), QColor(0xfc, 0xfc, 0xfc),
                        QColor(0x1d, 0x99, 0xf3), QColor(0xb0, 0x7c, 0xd3), QColor(0xa1, 0xa9, 0xb1),
                        QColor(0x29, 0x2c, 0x30), QColor(0x6e, 0x71, 0x75)});
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QColor Appearance::negativeText(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
}

void Appearance::apply(Settings::ColourScheme scheme)
{
    (void)systemPalette(); // remembered before the first change
    switch (scheme) {
    case Settings::ColourScheme::System:
        QGuiApplication::styleHints()->unsetColorScheme();
        QApplication::setPalette(systemPalette());
        return;
    case Settings::ColourScheme::Light:
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Light);
        QApplication::setPalette(lightPalette());
        return;
    case Settings::ColourScheme::Dark:
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Dark);
        QApplication::setPalette(darkPalette());
        return;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "tag.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class Settings;

// Edit ▸ Preferences: the reader's font, size and line width, the colour scheme, the colour of new highlights,
// the language and the library file. OK and Apply write the settings and emit applied(); the window applies them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(Settings &settings, const QList<HighlightColour> &colours, QWidget *parent = nullptr);

    // The languages Gloss has translations for, as locale names ("de", "fr"), English first.
    static QStringList availableLanguages();

    // Writes what the dialog shows into the settings.
    void save();

Q_SIGNALS:
    void applied();

private:
    void load();
    void restoreDefaults();
    void chooseLibrary();
    void updateRestartNote();

    Settings &m_settings;
    QFontComboBox *m_fontFamily;
    QDoubleSpinBox *m_fontSize;
    QSpinBox *m_lineWidth;
    QComboBox *m_colourScheme;
    QComboBox *m_highlightColour;
    QComboBox *m_language;
    QLineEdit *m_library;
    QLabel *m_restartNote;
    QDialogButtonBox *m_buttons;
    QString m_startLanguage;
    QString m_startLibrary;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "database.h"
#include "settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int fillWindow = 39; // the line-width box's lowest value stands for "as wide as the window"
}

PreferencesDialog::PreferencesDialog(Settings &settings, const QList<HighlightColour> &colours, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QDoubleSpinBox(this))
    , m_lineWidth(new QSpinBox(this))
    , m_colourScheme(new QComboBox(this))
    , m_highlightColour(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_library(new QLineEdit(this))
    , m_restartNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);

    m_fontFamily->setObjectName(u"fontFamily"_s);
    m_fontFamily->setAccessibleName(tr("Reader font"));
    m_fontSize->setObjectName(u"fontSize"_s);
    m_fontSize->setRange(6, 72);
    m_fontSize->setDecimals(1);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("Reader font size"));
    m_lineWidth->setObjectName(u"lineWidth"_s);
    m_lineWidth->setRange(fillWindow, 200);
    m_lineWidth->setSingleStep(5);
    m_lineWidth->setSpecialValueText(tr("As wide as the window"));
    m_lineWidth->setSuffix(tr(" characters"));
    m_lineWidth->setAccessibleName(tr("Longest line"));
    m_lineWidth->setToolTip(tr("Long lines are hard to read; about 70 to 90 characters is comfortable."));

    m_colourScheme->setObjectName(u"colourScheme"_s);
    m_colourScheme->addItem(tr("Follow the system"), int(Settings::ColourScheme::System));
    m_colourScheme->addItem(tr("Light"), int(Settings::ColourScheme::Light));
    m_colourScheme->addItem(tr("Dark"), int(Settings::ColourScheme::Dark));
    m_colourScheme->setAccessibleName(tr("Colour scheme"));

    m_highlightColour->setObjectName(u"highlightColour"_s);
    m_highlightColour->addItem(tr("Colour of the first argument"), QColor());
    for (const HighlightColour &c : colours) {
        QPixmap swatch(16, 16);
        swatch.fill(c.colour);
        m_highlightColour->addItem(QIcon(swatch), c.meaning.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.meaning),
                                   c.colour);
    }
    m_highlightColour->setAccessibleName(tr("Colour of new highlights"));

    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString &name : availableLanguages()) {
        const QLocale locale(name);
        QString native = locale.nativeLanguageName();
        if (!native.isEmpty())
            native[0] = locale.toUpper(native.left(1)).at(0);
        m_language->addItem(native, name);
    }
    m_language->setAccessibleName(tr("Language"));

    m_library->setObjectName(u"library"_s);
    m_library->setReadOnly(true);
    m_library->setAccessibleName(tr("Library file"));
    auto *chooseLibrary = new QPushButton(tr("C&hoose…"), this);
    chooseLibrary->setObjectName(u"chooseLibrary"_s);
    chooseLibrary->setToolTip(tr("Open another library file, or name a new one to start afresh"));
    auto *defaultLibrary = new QPushButton(tr("&Default"), this);
    defaultLibrary->setObjectName(u"defaultLibrary"_s);
    defaultLibrary->setToolTip(Database::defaultSqlitePath());
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(chooseLibrary);
    libraryRow->addWidget(defaultLibrary);

    auto *reading = new QGroupBox(tr("Reading"), this);
    auto *readingForm = new QFormLayout(reading);
    readingForm->addRow(tr("&Font:"), m_fontFamily);
    readingForm->addRow(tr("&Size:"), m_fontSize);
    readingForm->addRow(tr("Longest &line:"), m_lineWidth);

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("Colour &scheme:"), m_colourScheme);
    appearanceForm->addRow(tr("New &highlights:"), m_highlightColour);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("L&anguage:"), m_language);
    generalForm->addRow(tr("Li&brary:"), libraryRow);

    m_restartNote->setObjectName(u"restartNote"_s);
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("Gloss uses the new language and library the next time it starts."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reading);
    layout->addWidget(appearance);
    layout->addWidget(general);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::save);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(chooseLibrary, &QPushButton::clicked, this, &PreferencesDialog::chooseLibrary);
    connect(defaultLibrary, &QPushButton::clicked, this, [this] {
        m_library->setText(QDir::toNativeSeparators(Database::defaultSqlitePath()));
        updateRestartNote();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);

    load();
}

QStringList PreferencesDialog::availableLanguages()
{
    // The languages the build compiles translations for (I18N_TRANSLATED_LANGUAGES in CMakeLists.txt).
    QStringList names{u"en"_s};
    names += QStringLiteral(GLOSS_TRANSLATED_LANGUAGES).split(u',', Qt::SkipEmptyParts);
    return names;
}

void PreferencesDialog::load()
{
    const QFont system = QApplication::font();
    const QString family = m_settings.readerFontFamily();
    m_fontFamily->setCurrentFont(QFont(family.isEmpty() ? system.family() : family));
    const qreal size = m_settings.readerFontSize();
    m_fontSize->setValue(size > 0 ? size : system.pointSizeF());
    const int width = m_settings.readerLineWidth();
    m_lineWidth->setValue(width > 0 ? width : fillWindow);
    m_colourScheme->setCurrentIndex(m_colourScheme->findData(int(m_settings.colourScheme())));
    const QColor colour = m_settings.defaultHighlightColour();
    m_highlightColour->setCurrentIndex(std::max(0, colour.isValid() ? m_highlightColour->findData(colour) : 0));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    const QString library = m_settings.libraryPath();
    m_library->setText(QDir::toNativeSeparators(library.isEmpty() ? Database::defaultSqlitePath() : library));
    m_startLanguage = m_settings.language();
    m_startLibrary = m_library->text();
    updateRestartNote();
}

void PreferencesDialog::save()
{
    // What matches the system is stored as "the system's", so it follows the system when that changes.
    const QFont system = QApplication::font();
    const QString family = m_fontFamily->currentFont().family();
    m_settings.setReaderFontFamily(family == system.family() ? QString() : family);
    const qreal size = m_fontSize->value();
    m_settings.setReaderFontSize(qFuzzyCompare(size, system.pointSizeF()) ? 0 : size);
    m_settings.setReaderLineWidth(m_lineWidth->value() == fillWindow ? 0 : m_lineWidth->value());
    m_settings.setColourScheme(Settings::ColourScheme(m_colourScheme->currentData().toInt()));
    m_settings.setDefaultHighlightColour(m_highlightColour->currentData().value<QColor>());
    m_settings.setLanguage(m_language->currentData().toString());
    const QString library = QDir::fromNativeSeparators(m_library->text());
    m_settings.setLibraryPath(library == Database::defaultSqlitePath() ? QString() : library);
    m_settings.sync();
    Q_EMIT applied();
}

void PreferencesDialog::restoreDefaults()
{
    const QFont system = QApplication::font();
    m_fontFamily->setCurrentFont(system);
    m_fontSize->setValue(system.pointSizeF());
    m_lineWidth->setValue(fillWindow);
    m_colourScheme->setCurrentIndex(0);
    m_highlightColour->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
    m_library->setText(QDir::toNativeSeparators(Database::defaultSqlitePath()));
    updateRestartNote();
}

void PreferencesDialog::chooseLibrary()
{
    // Not confirming an overwrite: naming an existing library opens it, and a new name starts a new library.
    const QString path = QFileDialog::getSaveFileName(this, tr("Choose Library"), QDir::fromNativeSeparators(m_library->text()),
                                                      tr("Gloss libraries (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_library->setText(QDir::toNativeSeparators(path));
    updateRestartNote();
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage
                              || m_library->text() != m_startLibrary);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "database.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<HighlightColour> colours()
{
    return {{1, u"Yellow"_s, QColor(u"#f6d32d"_s), u"Key claim"_s}, {2, u"Green"_s, QColor(u"#57e389"_s), {}}};
}

QPushButton *button(PreferencesDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}

template<typename T>
T *child(PreferencesDialog &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

} // namespace

class TstPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void showsTheStoredSettings()
    {
        Settings settings(m_dir.filePath(u"show.conf"_s));
        settings.setReaderFontSize(17);
        settings.setReaderLineWidth(80);
        settings.setColourScheme(Settings::ColourScheme::Dark);
        settings.setDefaultHighlightColour(QColor(u"#57e389"_s));
        settings.setLanguage(u"de"_s);
        settings.setLibraryPath(m_dir.filePath(u"other.sqlite"_s));
        PreferencesDialog dialog(settings, colours());
        QCOMPARE(child<QDoubleSpinBox>(dialog, "fontSize")->value(), 17.0);
        QCOMPARE(child<QSpinBox>(dialog, "lineWidth")->value(), 80);
        QCOMPARE(child<QComboBox>(dialog, "colourScheme")->currentText(), u"Dark"_s);
        QCOMPARE(child<QComboBox>(dialog, "highlightColour")->currentText(), u"Green"_s);
        QCOMPARE(child<QComboBox>(dialog, "language")->currentData().toString(), u"de"_s);
        QCOMPARE(child<QLineEdit>(dialog, "library")->text(), QDir::toNativeSeparators(m_dir.filePath(u"other.sqlite"_s)));
        QVERIFY(child<QLabel>(dialog, "restartNote")->isHidden()); // nothing changed yet
    }

    void okWritesAndApplies()
    {
        Settings settings(m_dir.filePath(u"ok.conf"_s));
        PreferencesDialog dialog(settings, colours());
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        child<QDoubleSpinBox>(dialog, "fontSize")->setValue(19.5);
        child<QSpinBox>(dialog, "lineWidth")->setValue(70);
        child<QComboBox>(dialog, "colourScheme")->setCurrentIndex(1); // Light
        child<QComboBox>(dialog, "highlightColour")->setCurrentIndex(1); // Yellow
        auto *language = child<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(u"fr"_s));
        QVERIFY(!child<QLabel>(dialog, "restartNote")->isHidden()); // the language waits for a restart
        button(dialog, QDialogButtonBox::Ok)->click();

        QCOMPARE(applied.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Settings reread(m_dir.filePath(u"ok.conf"_s));
        QCOMPARE(reread.readerFontSize(), 19.5);
        QCOMPARE(reread.readerLineWidth(), 70);
        QCOMPARE(reread.colourScheme(), Settings::ColourScheme::Light);
        QCOMPARE(reread.defaultHighlightColour(), QColor(u"#f6d32d"_s));
        QCOMPARE(reread.language(), u"fr"_s);
        QCOMPARE(reread.libraryPath(), QString()); // still the default library
    }

    void cancelWritesNothing()
    {
        Settings settings(m_dir.filePath(u"cancel.conf"_s));
        PreferencesDialog dialog(settings, colours());
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        child<QDoubleSpinBox>(dialog, "fontSize")->setValue(30);
        child<QComboBox>(dialog, "colourScheme")->setCurrentIndex(2);
        button(dialog, QDialogButtonBox::Cancel)->click();
        QCOMPARE(applied.size(), 0);
        QCOMPARE(settings.readerFontSize(), 0.0);
        QCOMPARE(settings.colourScheme(), Settings::ColourScheme::System);
    }

    // Values equal to the system's are stored as "the system's", so they follow it later.
    void untouchedFontFollowsTheSystem()
    {
        Settings settings(m_dir.filePath(u"system.conf"_s));
        PreferencesDialog dialog(settings, colours());
        button(dialog, QDialogButtonBox::Apply)->click();
        QCOMPARE(settings.readerFontFamily(), QString());
        QCOMPARE(settings.readerFontSize(), 0.0);
        QCOMPARE(settings.readerLineWidth(), 0);
        QVERIFY(!settings.defaultHighlightColour().isValid());
    }

    void restoreDefaults()
    {
        Settings settings(m_dir.filePath(u"defaults.conf"_s));
        settings.setReaderFontSize(25);
        settings.setReaderLineWidth(120);
        settings.setColourScheme(Settings::ColourScheme::Dark);
        settings.setLanguage(u"de"_s);
        settings.setLibraryPath(m_dir.filePath(u"elsewhere.sqlite"_s));
        PreferencesDialog dialog(settings, colours());
        button(dialog, QDialogButtonBox::RestoreDefaults)->click();
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(settings.readerFontSize(), 0.0);
        QCOMPARE(settings.readerLineWidth(), 0);
        QCOMPARE(settings.colourScheme(), Settings::ColourScheme::System);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.libraryPath(), QString());
    }

    void defaultLibraryButton()
    {
        Settings settings(m_dir.filePath(u"library.conf"_s));
        settings.setLibraryPath(m_dir.filePath(u"elsewhere.sqlite"_s));
        PreferencesDialog dialog(settings, colours());
        child<QPushButton>(dialog, "defaultLibrary")->click();
        QCOMPARE(child<QLineEdit>(dialog, "library")->text(), QDir::toNativeSeparators(Database::defaultSqlitePath()));
        QVERIFY(!child<QLabel>(dialog, "restartNote")->isHidden());
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(settings.libraryPath(), QString());
    }

    // The languages offered are the translations that ship, English first.
    void offersTheShippedLanguages()
    {
        const QStringList languages = PreferencesDialog::availableLanguages();
        QCOMPARE(languages.value(0), u"en"_s);
        QVERIFY2(languages.contains(u"de"_s) && languages.contains(u"fr"_s), qPrintable(languages.join(u',')));
        Settings settings(m_dir.filePath(u"languages.conf"_s));
        PreferencesDialog dialog(settings, colours());
        auto *language = child<QComboBox>(dialog, "language");
        QCOMPARE(language->count(), int(languages.size()) + 1); // and the system's
        QCOMPARE(language->itemText(language->findData(u"de"_s)), u"Deutsch"_s);
        QCOMPARE(language->itemText(language->findData(u"fr"_s)), u"Français"_s);
    }
};

QTEST_MAIN(TstPreferencesDialog)
#include "tst_preferencesdialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the interface: a command (gloss list …) runs headless; anything else opens the window.

#include "appearance.h"
#include "cli.h"
#include "database.h"
#include "databaseproblemdialog.h"
#include "library.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"gloss"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Gloss"_s);
    QGuiApplication::setDesktopFileName(u"app.gloss.Gloss"_s);
}

// The language chosen in Preferences, else the system's.
void installTranslators(QCoreApplication &app, const Settings &settings)
{
    const QString language = settings.language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Without a translation for the locale, English still needs its plural forms ("1 post", "5 posts").
    auto *gloss = new QTranslator(&app);
    if (gloss->load(locale, u"gloss"_s, u"_"_s, u":/i18n"_s) || gloss->load(u"gloss_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(gloss);
}

int runCli(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    const Settings settings;
    installTranslators(app, settings);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli(out, err, settings.libraryPath()).run(QCoreApplication::arguments());
}

// The window on an open library until it is closed; with screenshot set, saves a picture of it and quits.
int showWindow(QApplication &app, Library &library, Settings &settings, const QString &screenshot)
{
    if (library.database().isReadOnly()) {
        QMessageBox::information(nullptr, QApplication::translate("main", "Read-Only Library"),
                                 library.database().readOnlyReason());
    }
    MainWindow window(library, settings);
    window.show();
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(800, &window, [&window, screenshot] {
            if (!window.grab().save(screenshot))
                QTextStream(stderr) << "gloss: cannot save " << screenshot << Qt::endl;
            window.close();
        });
    }
    return app.exec();
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon::fromTheme(u"app.gloss.Gloss"_s, QIcon(u":/icons/app.gloss.Gloss.svg"_s)));
    Settings settings;
    installTranslators(app, settings);
    Appearance::apply(settings.colourScheme());

    QCommandLineParser parser;
    Cli::addCommonOptions(parser);
    // For documentation: saves a picture of the window to <file> once it is shown, then quits.
    QCommandLineOption screenshot(u"screenshot"_s, u"Save the window to <file> and quit."_s, u"file"_s);
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);

    const QString screenshotFile = parser.value(screenshot);
    if (parser.isSet(u"server"_s)) {
        // A team library. Nothing about the server is written to the settings: the address may hold a password.
        auto library = Library::openServer(parser.value(u"server"_s));
        if (!library) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open the Team Library"),
                                  library.error().message);
            return 1;
        }
        const int status = showWindow(app, **library, settings, screenshotFile);
        library->reset();
        settings.sync();
        return status;
    }

    // A library that cannot be opened is left as it is; the reader picks another or starts a fresh one.
    QString path = parser.isSet(u"database"_s) || settings.libraryPath().isEmpty() ? Cli::databasePath(parser)
                                                                                 : settings.libraryPath();
    // As Gloss left it last time, the file needs no page-by-page check (a crash or another program's change
    // alters the fingerprint, and the check runs).
    auto library = Library::openSqlite(path, settings.cleanCloseFingerprint(path));
    while (!library) {
        DatabaseProblemDialog dialog(library.error().message, path);
        if (dialog.exec() != QDialog::Accepted)
            return 1;
        path = dialog.path();
        library = Library::openSqlite(path, settings.cleanCloseFingerprint(path));
    }
    const int status = showWindow(app, **library, settings, screenshotFile);
    // Closed, the library's write-ahead log is folded in and removed: what the file is now is what Gloss left.
    library->reset();
    settings.setCleanCloseFingerprint(path, Database::cleanCloseFingerprint(path));
    settings.sync();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return Cli::wantsCli(arguments) ? runCli(argc, argv) : runGui(argc, argv);
}

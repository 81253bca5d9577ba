// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCommandLineParser;
class QTextStream;

// The headless interface: `gloss COMMAND [OPTIONS]`. Works without a display; output on `out` is for programs
// (TSV or JSON), messages go to `err`. Exit codes: 0 success, 1 failure, 2 bad usage.
class Cli
{
public:
    // defaultDatabase: the library commands use without --database (the one chosen in Preferences); empty: the
    // default library.
    Cli(QTextStream &out, QTextStream &err, QString defaultDatabase = {});
    Q_DISABLE_COPY_MOVE(Cli)

    // True when the arguments ask for the command-line interface (a command, --help or --version) rather than
    // the window.
    static bool wantsCli(const QStringList &arguments);

    // Options both interfaces take (--database); the GUI reads them with the same parser.
    static void addCommonOptions(QCommandLineParser &parser);
    static QString databasePath(const QCommandLineParser &parser);

    // arguments as QCoreApplication::arguments(): the program name first.
    int run(const QStringList &arguments);

    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

private:
    int list(const QStringList &arguments);
    int highlight(const QStringList &arguments);
    int annotations(const QStringList &arguments);
    int tags(const QStringList &arguments);
    int search(const QStringList &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_defaultDatabase;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;

// Shown when the library cannot be opened (damaged, another program's, from a newer Gloss, on a full disk, …):
// says why, and offers to open another library, to start a fresh one elsewhere, or to quit. It never offers to
// overwrite or repair the file: that stays as it was, for the user or a newer Gloss to deal with.
class DatabaseProblemDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseProblemDialog)

public:
    enum class Choice { Quit, OpenAnother, StartFresh };

    // message: Database's error message (it names the file); path: the library that could not be opened.
    DatabaseProblemDialog(const QString &message, const QString &path, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The library to open instead (an existing file for OpenAnother, a new one for StartFresh); empty for Quit.
    QString path() const { return m_chosenPath; }

    // Asks the user for a file: for OpenAnother an existing one, for StartFresh a new name, starting at suggestion.
    // Empty when cancelled. The default uses QFileDialog; tests put in their own.
    using FileChooser = std::function<QString(Choice choice, const QString &suggestion)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // A file name next to badPath for a fresh library that does not exist yet ("library-2.sqlite", …).
    static QString freshLibraryPath(const QString &badPath);

private:
    void openAnother();
    void startFresh();
    void refuse(const QString &why);

    QString m_badPath;
    Choice m_choice = Choice::Quit;
    QString m_chosenPath;
    FileChooser m_chooser;
    QLabel *m_problem;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QPlainTextEdit;

// Asks what to do when a note was changed by someone else while the reader was writing it: both texts side by
// side, who changed theirs and when. Keeping theirs puts the reader's text on the clipboard, so nothing typed is
// lost either way. Closing the dialog keeps theirs.
class NoteConflictDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteConflictDialog)

public:
    enum Choice { KeepTheirs = QDialog::Rejected, KeepMine = QDialog::Accepted };

    NoteConflictDialog(const QString &mine, const QString &theirs, const QString &who, const QDateTime &when,
                       QWidget *parent = nullptr);

    QString mine() const { return m_mine; }

    void done(int result) override;

private:
    QString m_mine;
};

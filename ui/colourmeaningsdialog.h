// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tag.h"

#include <QDialog>

class QLineEdit;
class TagStore;

// What each named highlight colour means to the reader ("Key claim", "Question to follow up"), editable; saved
// to the library when accepted.
class ColourMeaningsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColourMeaningsDialog)

public:
    ColourMeaningsDialog(TagStore &tags, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void coloursChanged();

private:
    TagStore &m_tags;
    QList<HighlightColour> m_colours;
    QList<QLineEdit *> m_meanings;
};

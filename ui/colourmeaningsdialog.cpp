// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourmeaningsdialog.h"

#include "tagstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ColourMeaningsDialog::ColourMeaningsDialog(TagStore &tags, QWidget *parent)
    : QDialog(parent)
    , m_tags(tags)
{
    setWindowTitle(tr("Highlight Colours"));
    auto *form = new QFormLayout;
    if (auto colours = tags.colours(); colours)
        m_colours = *colours;
    for (const HighlightColour &c : std::as_const(m_colours)) {
        auto *edit = new QLineEdit(c.meaning, this);
        edit->setAccessibleName(tr("Meaning of %1").arg(c.name));
        edit->setPlaceholderText(tr("What this colour marks"));
        QPixmap swatch(16, 16);
        swatch.fill(c.colour);
        auto *label = new QLabel(this);
        label->setText(c.name);
        label->setBuddy(edit);
        auto *labelBox = new QWidget(this);
        auto *row = new QHBoxLayout(labelBox);
        row->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(labelBox);
        icon->setPixmap(swatch);
        label->setParent(labelBox);
        row->addWidget(icon);
        row->addWidget(label, 1);
        form->addRow(labelBox, edit);
        m_meanings << edit;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Give each colour a meaning; menus show it beside the colour."), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ColourMeaningsDialog::accept()
{
    for (int i = 0; i < m_colours.size(); ++i)
        m_colours[i].meaning = m_meanings[i]->text();
    if (Status saved = m_tags.setColourMeanings(m_colours); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return; // the dialog stays open with what was typed
    }
    Q_EMIT coloursChanged();
    QDialog::accept();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseproblemdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DatabaseProblemDialog::DatabaseProblemDialog(const QString &message, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_badPath(QFileInfo(path).absoluteFilePath())
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Cannot Open the Library"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    // Plain text: the message holds a file name, which may contain anything.
    auto *text = new QLabel(message, this);
    text->setObjectName(u"message"_s);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *what = new QLabel(tr("You can open another library, or start a fresh one in a new file. The file above "
                               "is not changed either way."),
                            this);
    what->setWordWrap(true);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *openAnotherButton = buttons->addButton(tr("&Open Another…"), QDialogButtonBox::ActionRole);
    openAnotherButton->setObjectName(u"openAnother"_s);
    QPushButton *startFreshButton = buttons->addButton(tr("&Start a Fresh Library…"), QDialogButtonBox::ActionRole);
    startFreshButton->setObjectName(u"startFresh"_s);
    QPushButton *quitButton = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quitButton->setObjectName(u"quit"_s);
    openAnotherButton->setDefault(true);
    connect(openAnotherButton, &QPushButton::clicked, this, &DatabaseProblemDialog::openAnother);
    connect(startFreshButton, &QPushButton::clicked, this, &DatabaseProblemDialog::startFresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *texts = new QVBoxLayout;
    texts->addWidget(text);
    texts->addWidget(what);
    texts->addWidget(m_problem);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);

    m_chooser = [this](Choice choice, const QString &suggestion) {
        const QString filter = tr("Gloss libraries (*.sqlite *.db);;All files (*)");
        if (choice == Choice::OpenAnother)
            return QFileDialog::getOpenFileName(this, tr("Open a Library"), suggestion, filter);
        // Never "replace?": an existing file is refused below, whatever the user answers.
        return QFileDialog::getSaveFileName(this, tr("Start a Fresh Library"), suggestion, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
}

QString DatabaseProblemDialog::freshLibraryPath(const QString &badPath)
{
    const QFileInfo info(badPath);
    const QString base = info.completeBaseName().isEmpty() ? u"library"_s : info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? u"sqlite"_s : info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = info.dir().filePath(base + u'-' + QString::number(n) + u'.' + suffix);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void DatabaseProblemDialog::refuse(const QString &why)
{
    m_problem->setText(why);
    m_problem->show();
}

void DatabaseProblemDialog::openAnother()
{
    const QString chosen = m_chooser(Choice::OpenAnother, QFileInfo(m_badPath).absolutePath());
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).absoluteFilePath() == m_badPath) {
        refuse(tr("That is the library that cannot be opened. Choose another file."));
        return;
    }
    m_choice = Choice::OpenAnother;
    m_chosenPath = QFileInfo(chosen).absoluteFilePath();
    accept();
}

void DatabaseProblemDialog::startFresh()
{
    const QString chosen = m_chooser(Choice::StartFresh, freshLibraryPath(m_badPath));
    if (chosen.isEmpty())
        return;
    const QFileInfo info(chosen);
    if (info.exists()) {
        // Covers the bad file itself: a fresh library never takes the place of one that exists.
        refuse(tr("“%1” already exists. A fresh library needs a new file name.")
                   .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return;
    }
    m_choice = Choice::StartFresh;
    m_chosenPath = info.absoluteFilePath();
    accept();
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "serverurl.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(const QString &lastAddress, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(lastAddress, this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Team Library"));
    m_address->setObjectName(u"address"_s);
    m_address->setPlaceholderText(u"postgresql://user@host:5432/database"_s);
    m_address->setClearButtonEnabled(true);
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from PGPASSWORD or ~/.pgpass"));
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *intro = new QLabel(tr("A team library lives on a PostgreSQL server that your team shares. Gloss opens it "
                                "in a new window. The password is not saved."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_address, &QLineEdit::textChanged, this, &ConnectDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString ConnectDialog::address() const
{
    const auto url = ServerUrl::parse(m_address->text().trimmed());
    return url ? url->display() : QString();
}

QString ConnectDialog::password() const
{
    if (!m_password->text().isEmpty())
        return m_password->text();
    const auto url = ServerUrl::parse(m_address->text().trimmed());
    return url ? url->password : QString();
}

void ConnectDialog::check()
{
    const QString text = m_address->text().trimmed();
    const auto url = ServerUrl::parse(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(url.ok());
    // Nothing typed yet is not a problem to report.
    m_problem->setText(url || text.isEmpty() ? QString() : url.error().message);
    m_problem->setVisible(!m_problem->text().isEmpty());
}

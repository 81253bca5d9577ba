// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// File ▸ Connect to Team Library…: the address of a team library (postgresql://user@host:port/database, with
// TLS options if the server wants them) and, optionally, its password. The address is checked as it is typed
// (ServerUrl) and Connect stays disabled until it is one. The password lives in the dialog only: it is never
// written to the settings, and address() never holds it. The last address (without password) is offered again.
class ConnectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(const QString &lastAddress, QWidget *parent = nullptr);

    // The address as ServerUrl::display() writes it: no password, even when one was typed into the address.
    QString address() const;
    // The password typed, or the one the address held; empty: libpq's PGPASSWORD or ~/.pgpass.
    QString password() const;

private:
    void check();

    QLineEdit *m_address;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

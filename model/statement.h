// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>

// The stores' QSqlQuery: a statement whose prepare() failed does not run. QSqlQuery::exec() after a failed
// prepare() still goes to the driver, and QPSQL then executes a statement without a name, reporting "syntax error
// at or near (" over the real reason (a lost connection, a missing table). Here exec() fails at once and
// lastError() keeps what prepare() reported, so Database::sqlError words the real reason.
class Statement : public QSqlQuery
{
public:
    using QSqlQuery::QSqlQuery;

    bool prepare(const QString &query)
    {
        m_prepared = QSqlQuery::prepare(query);
        return m_prepared;
    }
    bool exec() { return m_prepared && QSqlQuery::exec(); }
    bool exec(const QString &query)
    {
        m_prepared = true; // a statement run directly has nothing prepared to lose
        return QSqlQuery::exec(query);
    }

private:
    bool m_prepared = true;
};

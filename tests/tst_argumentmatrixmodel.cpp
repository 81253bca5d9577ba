// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstargumentmatrixmodel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstargumentmatrixmodel)
#include "tst_argumentmatrixmodel.moc"

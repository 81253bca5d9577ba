// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstfindbar : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstfindbar)
#include "tst_findbar.moc"

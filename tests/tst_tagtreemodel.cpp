// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tsttagtreemodel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tsttagtreemodel)
#include "tst_tagtreemodel.moc"

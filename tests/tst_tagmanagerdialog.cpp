// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tsttagmanagerdialog : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tsttagmanagerdialog)
#include "tst_tagmanagerdialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstannotationtreemodel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstannotationtreemodel)
#include "tst_annotationtreemodel.moc"

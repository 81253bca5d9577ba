// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstexportcommand : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstexportcommand)
#include "tst_exportcommand.moc"

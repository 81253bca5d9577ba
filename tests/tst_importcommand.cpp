// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstimportcommand : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstimportcommand)
#include "tst_importcommand.moc"

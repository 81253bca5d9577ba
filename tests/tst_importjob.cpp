// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstimportjob : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstimportjob)
#include "tst_importjob.moc"

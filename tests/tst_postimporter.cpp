// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstpostimporter : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstpostimporter)
#include "tst_postimporter.moc"

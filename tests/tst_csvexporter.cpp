// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstcsvexporter : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstcsvexporter)
#include "tst_csvexporter.moc"

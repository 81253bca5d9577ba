// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstwebannotationexporter : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstwebannotationexporter)
#include "tst_webannotationexporter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstwebannotationimporter : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstwebannotationimporter)
#include "tst_webannotationimporter.moc"

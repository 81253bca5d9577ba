// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tsthtmlpostextractor : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tsthtmlpostextractor)
#include "tst_htmlpostextractor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstsearchstore : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstsearchstore)
#include "tst_searchstore.moc"

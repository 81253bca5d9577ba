// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstsearchquery : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstsearchquery)
#include "tst_searchquery.moc"

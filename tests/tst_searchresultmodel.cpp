// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstsearchresultmodel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstsearchresultmodel)
#include "tst_searchresultmodel.moc"

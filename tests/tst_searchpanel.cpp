// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstsearchpanel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstsearchpanel)
#include "tst_searchpanel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstfeedparser : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstfeedparser)
#include "tst_feedparser.moc"

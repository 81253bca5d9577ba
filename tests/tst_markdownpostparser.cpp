// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstmarkdownpostparser : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstmarkdownpostparser)
#include "tst_markdownpostparser.moc"

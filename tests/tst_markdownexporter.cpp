// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstmarkdownexporter : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstmarkdownexporter)
#include "tst_markdownexporter.moc"

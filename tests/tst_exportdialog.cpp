// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstexportdialog : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstexportdialog)
#include "tst_exportdialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstexportdocument : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstexportdocument)
#include "tst_exportdocument.moc"

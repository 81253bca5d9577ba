// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tsttextdecoder : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tsttextdecoder)
#include "tst_textdecoder.moc"

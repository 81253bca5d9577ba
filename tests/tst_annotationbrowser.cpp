// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstannotationbrowser : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstannotationbrowser)
#include "tst_annotationbrowser.moc"

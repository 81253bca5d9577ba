// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstannotationfilterproxymodel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstannotationfilterproxymodel)
#include "tst_annotationfilterproxymodel.moc"

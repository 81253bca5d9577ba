// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class Tstcodebookeditor : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstcodebookeditor)
#include "tst_codebookeditor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledlibrary.h"

#include "postparser.h"
#include "testlibrary.h"

#include <QFile>

using namespace Qt::StringLiterals;

class TstBundledLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartImportsAllFive()
    {
        TestLibrary lib;
        QVERIFY(lib.open(false));
        const auto imported = BundledLibrary::importOnFirstStart(*lib.posts);
        QVERIFY(imported.ok());
        QCOMPARE(*imported, 5);
        QCOMPARE(*lib.posts->count(), 5);
        QCOMPARE(BundledLibrary::sources().size(), 5);
        for (const QString &source : BundledLibrary::sources())
            QVERIFY2(lib.posts->idForSource(source)->has_value(), qPrintable(source));
    }

    void onlyOnce()
    {
        TestLibrary lib;
        QVERIFY(lib.open(true));
        const auto again = BundledLibrary::importOnFirstStart(*lib.posts);
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
        QCOMPARE(*lib.posts->count(), 5);
    }

    void onlyOnceAcrossRestarts()
    {
        TestLibrary lib;
        QVERIFY(lib.open(true));
        lib.posts.reset();
        lib.db.reset();
        QVERIFY(lib.open(false));
        QCOMPARE(*BundledLibrary::importOnFirstStart(*lib.posts), 0);
        QCOMPARE(*lib.posts->count(), 5);
    }

    void interruptedFirstStartCompletesWithoutDuplicates()
    {
        TestLibrary lib;
        QVERIFY(lib.open(false));
        const QString first = BundledLibrary::sources().first();
        QFile f(u":/posts/"_s + first.section(u':', 1));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(lib.posts->add({PostParser::parse(QString::fromUtf8(f.readAll()), first)}).ok());

        const auto imported = BundledLibrary::importOnFirstStart(*lib.posts);
        QVERIFY(imported.ok());
        QCOMPARE(*imported, 4);
        QCOMPARE(*lib.posts->count(), 5);
    }
};

QTEST_GUILESS_MAIN(TstBundledLibrary)
#include "tst_bundledlibrary.moc"

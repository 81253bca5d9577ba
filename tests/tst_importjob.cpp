// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "testlibrary.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(GLOSS_TEST_DATA "/import/") + name;
}

} // namespace

class TstImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsOffTheCallingThread()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary()); // the GUI's own connection stays open meanwhile
        const int before = *lib.library->posts().count();

        ImportJob job(lib.path(), {dataFile(u"post.md"_s), dataFile(u"rss.xml"_s), dataFile(u"nul.txt"_s)});
        QThread *progressThread = nullptr;
        QList<int> done;
        connect(&job, &ImportJob::progress, this, [&](int d, int total, const QString &) {
            progressThread = QThread::currentThread();
            done << d;
            QCOMPARE(total, 3);
        });
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.first().first().value<ImportSummary>();
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.refused.size(), 1);
        QVERIFY(summary.refused.first().file.endsWith(u"nul.txt"_s));
        QVERIFY(!summary.cancelled);
        // Progress came before each file and once at the end, delivered to this (the receiver's) thread.
        QCOMPARE(done, (QList<int>{0, 1, 2, 3}));
        QCOMPARE(progressThread, QThread::currentThread());
        QCOMPARE(*lib.library->posts().count(), before + 3);
    }

    void cancelLeavesWholePosts()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const int before = *lib.library->posts().count();
        ImportJob job(lib.path(), {dataFile(u"rss.xml"_s), dataFile(u"atom.xml"_s), dataFile(u"post.md"_s)});
        // Cancelled on the worker, as the first file is done, so where it stops is certain.
        connect(
            &job, &ImportJob::progress, &job,
            [&](int done, int, const QString &) {
                if (done == 1)
                    job.cancel();
            },
            Qt::DirectConnection);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<ImportSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported, 2); // the two items of the first feed, nothing after
        QCOMPARE(*lib.library->posts().count(), before + summary.imported);
        // Each post is whole: text, categories and all.
        const auto id = lib.library->posts().idForSource(u"feed:tag:blog.example.com,2020:1"_s);
        QVERIFY(id && id->has_value());
        const Post post = *lib.library->posts().post(**id);
        QCOMPARE(post.paragraphs.size(), 2);
        QCOMPARE(post.categories.size(), 2);
        QVERIFY(!lib.library->posts().idForSource(u"feed:urn:uuid:2"_s)->has_value());
    }

    void cancelBeforeAnyFile()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const int before = *lib.library->posts().count();
        ImportJob job(lib.path(), {dataFile(u"rss.xml"_s)});
        job.cancel();
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<ImportSummary>().cancelled);
        QCOMPARE(*lib.library->posts().count(), before);
    }

    void unusableLibraryIsReported()
    {
        QTemporaryDir dir;
        const QString notALibrary = dir.filePath(u"text.sqlite"_s);
        QFile f(notALibrary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not SQLite at all");
        f.close();
        ImportJob job(notALibrary, {dataFile(u"post.md"_s)});
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<ImportSummary>();
        QVERIFY(!summary.failure.isEmpty());
        QCOMPARE(summary.imported, 0);
    }

    void deletingARunningJobWaitsForIt()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        auto job = std::make_unique<ImportJob>(lib.path(), QStringList{dataFile(u"wordpress.xml"_s)});
        job->start();
        job.reset(); // cancels, waits; nothing is left running against the library
        QVERIFY(lib.library->posts().count().ok());
    }
};

QTEST_MAIN(TstImportJob)
#include "tst_importjob.moc"

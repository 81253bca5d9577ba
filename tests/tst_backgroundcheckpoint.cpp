// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundcheckpoint.h"

#include "testlibrary.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Posts of about 4 KB of text each, under sources of their own.
QList<Post> posts(int first, int count)
{
    QList<Post> list;
    for (int i = first; i < first + count; ++i) {
        Post p;
        p.source = u"file:/posts/%1.txt"_s.arg(i);
        p.title = u"Post %1"_s.arg(i);
        for (int k = 0; k < 8; ++k)
            p.paragraphs << u"Paragraph %1 of post %2: every employee is a brand ambassador, and customer service "
                            "is marketing. "_s.arg(k).arg(i).repeated(5);
        p.originalText = p.paragraphs.join(u"\n\n"_s);
        p.contentHash = u"hash-%1"_s.arg(i);
        list << p;
    }
    return list;
}

qint64 logSize(const TestLibrary &lib)
{
    return QFileInfo(lib.path() + u"-wal"_s).size();
}

int pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TstBackgroundCheckpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAreCheckpointedAndKept()
    {
        TestLibrary lib;
        QVERIFY(lib.open(false));
        constexpr int batches = 25;
        constexpr int perBatch = 10;
        {
            BackgroundCheckpoint checkpoint(*lib.db);
            QVERIFY(checkpoint.isRunning());
            QCOMPARE(pragma(*lib.db, u"wal_autocheckpoint"_s), 0); // the thread does it now
            for (int b = 0; b < batches; ++b) {
                QVERIFY(lib.posts->add(posts(b * perBatch, perBatch)).ok());
                checkpoint.afterCommit();
            }
            QTRY_VERIFY(checkpoint.checkpointsMade() > 0);
        }
        QCOMPARE(pragma(*lib.db, u"wal_autocheckpoint"_s), 1000);

        // Everything is in the file, whole, when it is opened again.
        lib.posts.reset();
        lib.db.reset();
        QVERIFY(!QFileInfo::exists(lib.path() + u"-wal"_s));
        QVERIFY(lib.open(false));
        QCOMPARE(*lib.posts->count(), batches * perBatch);
        QSqlQuery q(lib.db->connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM post_search WHERE post_search MATCH 'ambassador'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), batches * perBatch);
    }

    void logStaysNearItsLimit()
    {
        // About 13 MB written (1,000 posts of 4 KB, their original text and search index) under a limit of 256 KB,
        // one commit after the other as in an import. SQLite starts the log afresh only when a transaction begins
        // with all of it copied, which the thread alone, copying beside the writer, never quite has: the log would
        // grow with everything written. It starts afresh each time it passes the limit.
        TestLibrary lib;
        QVERIFY(lib.open(false));
        constexpr qint64 limit = 256 * 1024;
        qint64 largest = 0;
        {
            BackgroundCheckpoint checkpoint(*lib.db, limit);
            QVERIFY(checkpoint.isRunning());
            for (int b = 0; b < 100; ++b) {
                QVERIFY(lib.posts->add(posts(b * 10, 10)).ok());
                checkpoint.afterCommit();
                largest = std::max(largest, logSize(lib));
            }
        }
        QVERIFY2(largest < 4 * 1024 * 1024, qPrintable(u"the log grew to %1 bytes"_s.arg(largest)));
        QCOMPARE(*lib.posts->count(), 1000);
    }

    void aReaderInTheMiddleKeepsItsView()
    {
        // Another window reading while an import writes: neither waits for the other, the reader keeps the library
        // as it was when its read began, and a new read sees everything.
        TestLibrary lib;
        QVERIFY(lib.open(false));
        QVERIFY(lib.posts->add(posts(0, 5)).ok());
        const QString name = u"reader"_s;
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            reader.setDatabaseName(lib.path());
            QVERIFY(reader.open());
            QSqlQuery read(reader);
            QVERIFY(read.exec(u"BEGIN"_s));
            QVERIFY(read.exec(u"SELECT count(*) FROM post"_s) && read.next());
            QCOMPARE(read.value(0).toInt(), 5);
            read.finish();
            {
                BackgroundCheckpoint checkpoint(*lib.db, 64 * 1024);
                for (int b = 1; b <= 20; ++b) {
                    QVERIFY(lib.posts->add(posts(b * 5, 5)).ok());
                    checkpoint.afterCommit();
                }
            }
            QVERIFY(read.exec(u"SELECT count(*) FROM post"_s) && read.next());
            QCOMPARE(read.value(0).toInt(), 5);
            read.finish();
            QVERIFY(read.exec(u"COMMIT"_s));
            QVERIFY(read.exec(u"SELECT count(*) FROM post"_s) && read.next());
            QCOMPARE(read.value(0).toInt(), 105);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void readOnlyLibraryIsLeftAlone()
    {
        TestLibrary lib;
        QVERIFY(lib.open(true));
        lib.posts.reset();
        lib.db.reset();
        auto opened = Database::openSqlite(lib.path(), Database::Access::ReadOnly);
        QVERIFY(opened.ok());
        BackgroundCheckpoint checkpoint(**opened);
        QVERIFY(!checkpoint.isRunning());
        checkpoint.afterCommit(); // nothing to do, and no harm
    }
};

QTEST_GUILESS_MAIN(TstBackgroundCheckpoint)
#include "tst_backgroundcheckpoint.moc"

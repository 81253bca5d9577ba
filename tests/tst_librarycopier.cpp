// SPDX-License-Identifier: GPL-3.0-or-later
// The source is always a library file; the target is a file, or (in the tst_librarycopier_postgresql run) a
// database of its own on the test server, so every case runs both ways of the team library.
#include "librarycopier.h"

#include "anchorresolver.h"
#include "copycommand.h"
#include "highlightstore.h"
#include "library.h"
#include "searchstore.h"
#include "tagstore.h"
#include "testlibrary.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Words that occur nowhere else in the library, for the search on the copy.
const auto postWord = u"quixotically"_s;
const auto commentWord = u"zephyrous"_s;
const auto noteWord = u"palimpsest"_s;

// A library as the app makes it (bundled posts, default codebook) with what a reader adds: a post with categories
// and comments, many small posts (so small batches have work), a tag moved under one made after it (its parent has
// the larger id), highlights with taggings, notes, a NULL colour and a set one.
class SourceLibrary
{
public:
    QString path() const { return m_dir.filePath(u"source.sqlite"_s); }
    qint64 copiedPostId = 0;
    qint64 movedTagId = 0;
    qint64 lateParentId = 0;

    bool fill(int extraPosts = 30)
    {
        auto opened = Library::open(path());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        Library &library = **opened;
        QList<Post> posts;
        Post post;
        post.source = u"test:copied"_s;
        post.title = u"A post to copy"_s;
        post.author = u"Ann Author"_s;
        post.published = QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::UTC);
        post.paragraphs = {u"It begins "_s + postWord + u"."_s, u"Ünïcödé — ‘quotes’, a\ttab."_s};
        post.categories = {u"Copying"_s, u"Backends"_s};
        post.comments = {Comment{Comment::Kind::Comment, u"Bea"_s, {}, {u"A comment, "_s + commentWord + u"."_s}},
                         Comment{Comment::Kind::Trackback, {}, {}, {u"A trackback."_s}}};
        post.originalText = u"raw text"_s;
        post.contentHash = u"0123"_s;
        posts << post;
        for (int i = 0; i < extraPosts; ++i) {
            Post small;
            small.source = u"test:small-%1"_s.arg(i);
            small.title = u"Small post %1"_s.arg(i);
            small.paragraphs = {u"Body of small post %1."_s.arg(i)};
            small.categories = {i % 2 ? u"Odd"_s : u"Even"_s};
            small.comments = {Comment{Comment::Kind::Comment, {}, {}, {u"Comment on %1."_s.arg(i)}}};
            small.originalText = small.paragraphs.first();
            small.contentHash = u"hash-%1"_s.arg(i);
            posts << small;
        }
        const auto ids = library.posts().add(posts);
        if (!ids)
            return false;
        copiedPostId = ids->first();

        const Codebook book = *library.tags().codebook();
        movedTagId = book.tags().first().id;
        const auto late = library.tags().add(Tag{0, 0, u"Added late"_s, QColor(u"#123456"_s), u"made last"_s, 99});
        if (!late || !library.tags().reparent(movedTagId, *late, -1))
            return false;
        lateParentId = *late;

        const QString text = library.posts().post(copiedPostId)->anchorText();
        const auto highlight = [&](const QString &quote, const QString &note, const QList<Tagging> &tags,
                                   const QColor &colour) {
            const int start = int(text.indexOf(quote));
            Highlight h;
            h.postId = copiedPostId;
            h.anchor = AnchorResolver::anchorFor(text, start, start + int(quote.size()));
            h.note = note;
            h.tags = tags;
            h.colour = colour;
            return library.highlights().add(h).ok();
        };
        const qint64 other = book.tags().last().id;
        return highlight(postWord, u"A note: "_s + noteWord, {{movedTagId, Stance::Supports}, {other, Stance::Challenges}},
                         QColor())
            && highlight(u"Ünïcödé"_s, {}, {{lateParentId, Stance::Example}}, QColor(u"#ff0000"_s))
            && highlight(u"begins"_s, u"multi\nline"_s, {}, QColor());
    }

private:
    QTemporaryDir m_dir;
};

LibraryCopier::Ends openEnds(const QString &from, const QString &to)
{
    auto ends = LibraryCopier::open(from, to);
    if (!ends) {
        qWarning("%s", qPrintable(ends.error().message));
        return {};
    }
    return std::move(*ends);
}

QString metaValue(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT value FROM library_meta WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    qWarning("%s", qPrintable(q.lastError().text()));
    return false;
}

qint64 rowsIn(const QList<TableCheck> &checks, const QString &table)
{
    for (const TableCheck &c : checks) {
        if (c.table == table)
            return c.sourceRows;
    }
    return -1;
}

// Every table's rows and checksum of one library, read through the copier's own comparison of it with itself.
QList<TableCheck> digest(Database &db)
{
    LibraryCopier self(db, db);
    auto checks = self.verify();
    return checks ? *checks : QList<TableCheck>{};
}

} // namespace

class TstLibraryCopier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GLOSS_SKIP_WITHOUT_TEST_SERVER(); }

    void copiesTheWholeLibrary_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("batches of 500") << 500;
        QTest::newRow("batches of 3") << 3;
        QTest::newRow("a row at a time") << 1;
    }

    void copiesTheWholeLibrary()
    {
        QFETCH(int, batchSize);
        SourceLibrary source;
        QVERIFY(source.fill());
        TestLibrary target;
        const QString where = target.where();
        QList<CopyProgress> progress;
        QList<TableCheck> checks;
        {
            LibraryCopier::Ends ends = openEnds(source.path(), where);
            QVERIFY(ends.target);
            LibraryCopier copier(*ends.source, *ends.target);
            copier.setBatchSize(batchSize);
            copier.setProgressHandler([&](const CopyProgress &p) { progress << p; });
            const auto report = copier.copy();
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            QCOMPARE(report->outcome, CopyReport::Outcome::Verified);
            QVERIFY(!report->resumed);
            checks = report->tables;
            QCOMPARE(checks.size(), LibraryCopier::tables().size());
            for (const TableCheck &c : std::as_const(checks)) {
                QVERIFY2(c.matches(), qPrintable(c.table));
                QCOMPARE(c.sourceChecksum.size(), 64);
                if (c.table != u"library_meta"_s)
                    QVERIFY2(c.sourceRows > 0, qPrintable(c.table));
            }
            QCOMPARE(rowsIn(checks, u"post"_s), 5 + 31);
            QCOMPARE(report->rowsCopied, [&] {
                qint64 rows = 0;
                for (const TableCheck &c : std::as_const(checks))
                    rows += c.table == u"library_meta"_s ? 0 : c.sourceRows;
                return rows;
            }());
            QCOMPARE(metaValue(*ends.target, u"copy_state"_s), u"complete"_s);
            // The identity is the source's library id, which stays the source's own.
            QVERIFY(!metaValue(*ends.source, u"library_id"_s).isEmpty());
            QVERIFY(metaValue(*ends.target, u"library_id"_s).isEmpty());
        }
        // Each table's last report says it is done, with all its rows.
        for (const QString &table : LibraryCopier::tables()) {
            const auto last = std::find_if(progress.crbegin(), progress.crend(), [&](const CopyProgress &p) {
                return p.table == table && p.phase == CopyProgress::Phase::Copying;
            });
            QVERIFY2(last != progress.crend(), qPrintable(table));
            QVERIFY(last->tableDone);
            if (table != u"library_meta"_s)
                QCOMPARE(last->done, rowsIn(checks, table));
        }

        // Opened as the app opens it: no bundled posts or codebook on top, everything searchable.
        auto copy = Library::open(where);
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
        QCOMPARE(*(*copy)->posts().count(), 5 + 31);
        auto original = Library::open(source.path());
        QVERIFY(original);
        QCOMPARE((*copy)->tags().codebook()->tags(), (*original)->tags().codebook()->tags());
        QCOMPARE((*copy)->tags().codebook()->tag(source.movedTagId)->parentId, source.lateParentId);
        QCOMPARE(*(*copy)->highlights().all(), *(*original)->highlights().all());
        QCOMPARE(*(*copy)->posts().post(source.copiedPostId), *(*original)->posts().post(source.copiedPostId));
        for (const QString &word : {postWord, commentWord}) {
            const auto hits = (*copy)->search().search(word);
            QVERIFY2(hits && !hits->isEmpty(), qPrintable(word));
            QCOMPARE(hits->first().kind, SearchHit::Kind::Post);
            QCOMPARE(hits->first().postId, source.copiedPostId);
        }
        const auto noteHits = (*copy)->search().search(u"note:"_s + noteWord);
        QVERIFY(noteHits && noteHits->size() == 1);
        QCOMPARE(noteHits->first().kind, SearchHit::Kind::Highlight);
        const auto smallHits = (*copy)->search().search(u"\"small post 29\""_s);
        QVERIFY(smallHits && !smallHits->isEmpty());
    }

    void newRowsOfTheCopyGetFreshIds()
    {
        SourceLibrary source;
        QVERIFY(source.fill(3));
        TestLibrary target;
        {
            LibraryCopier::Ends ends = openEnds(source.path(), target.where());
            QVERIFY(ends.target);
            QVERIFY(LibraryCopier(*ends.source, *ends.target).copy());
        }
        auto original = Library::open(source.path());
        auto copy = Library::open(target.where());
        QVERIFY(original && copy);
        const QList<Highlight> before = *(*copy)->highlights().all();
        Highlight h = before.first();
        h.id = 0;
        const auto highlightId = (*copy)->highlights().add(h);
        QVERIFY2(highlightId, highlightId ? "" : qPrintable(highlightId.error().message));
        for (const Highlight &old : before)
            QVERIFY(*highlightId > old.id);
        const auto tagId = (*copy)->tags().add(Tag{0, 0, u"After the copy"_s, QColor(u"#00ff00"_s), {}, 0});
        QVERIFY2(tagId, tagId ? "" : qPrintable(tagId.error().message));
        QVERIFY(*tagId > source.lateParentId);
        Post post;
        post.source = u"test:after"_s;
        post.title = u"After"_s;
        post.paragraphs = {u"Written after the copy."_s};
        post.categories = {u"New category"_s};
        post.comments = {Comment{Comment::Kind::Comment, {}, {}, {u"New comment."_s}}};
        const auto postIds = (*copy)->posts().add({post});
        QVERIFY2(postIds, postIds ? "" : qPrintable(postIds.error().message));
        QCOMPARE(*(*copy)->posts().count(), *(*original)->posts().count() + 1);
    }

    void refusesATargetWithData()
    {
        SourceLibrary source;
        QVERIFY(source.fill(2));
        TestLibrary target;
        QVERIFY(target.openLibrary());
        QVERIFY(target.library->tags().add(Tag{0, 0, u"Mine"_s, QColor(u"#abcdef"_s), {}, 0}));
        const QList<TableCheck> before = digest(target.library->database());
        QVERIFY(!before.isEmpty());
        target.library.reset();

        LibraryCopier::Ends ends = openEnds(source.path(), target.where());
        QVERIFY(ends.target);
        LibraryCopier copier(*ends.source, *ends.target);
        const auto report = copier.copy();
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"already holds a library of its own"_s),
                 qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(u"left unchanged"_s));
        QCOMPARE(digest(*ends.target), before);
        QVERIFY(metaValue(*ends.target, u"copy_state"_s).isEmpty());
    }

    void refusesACopyOfAnotherLibrary_data()
    {
        QTest::addColumn<bool>("finished");
        QTest::newRow("finished copy") << true;
        QTest::newRow("unfinished copy") << false;
    }

    void refusesACopyOfAnotherLibrary()
    {
        QFETCH(bool, finished);
        SourceLibrary first, second;
        QVERIFY(first.fill(4));
        QVERIFY(second.fill(1));
        TestLibrary target;
        {
            LibraryCopier::Ends ends = openEnds(first.path(), target.where());
            QVERIFY(ends.target);
            LibraryCopier copier(*ends.source, *ends.target);
            copier.setBatchSize(2);
            if (!finished)
                copier.setProgressHandler([&](const CopyProgress &p) {
                    if (p.table == u"post"_s)
                        copier.cancel();
                });
            const auto report = copier.copy();
            QVERIFY(report);
            QCOMPARE(report->outcome, finished ? CopyReport::Outcome::Verified : CopyReport::Outcome::Cancelled);
        }
        LibraryCopier::Ends ends = openEnds(second.path(), target.where());
        QVERIFY(ends.target);
        const QList<TableCheck> before = digest(*ends.target);
        const auto report = LibraryCopier(*ends.source, *ends.target).copy();
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"copy of another library"_s), qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(first.path()), qPrintable(report.error().message));
        QCOMPARE(digest(*ends.target), before);
    }

    void aFinishedCopyIsOnlyComparedAgain()
    {
        SourceLibrary source;
        QVERIFY(source.fill(2));
        TestLibrary target;
        LibraryCopier::Ends ends = openEnds(source.path(), target.where());
        QVERIFY(ends.target);
        QVERIFY(LibraryCopier(*ends.source, *ends.target).copy());
        const auto again = LibraryCopier(*ends.source, *ends.target).copy();
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QVERIFY(again->alreadyComplete);
        QCOMPARE(again->rowsCopied, 0);
        QCOMPARE(again->outcome, CopyReport::Outcome::Verified);

        // Used since: the copy is left alone, and the difference named.
        QVERIFY(exec(*ends.target, u"UPDATE post SET title = 'Retitled' WHERE id = 1"_s));
        const auto changed = LibraryCopier(*ends.source, *ends.target).copy();
        QVERIFY(!changed);
        QVERIFY2(changed.error().message.contains(u"table post"_s), qPrintable(changed.error().message));
        QCOMPARE(metaValue(*ends.target, u"copy_state"_s), u"complete"_s);
    }

    void anInterruptedCopyContinues_data()
    {
        QTest::addColumn<QString>("stopIn");
        QTest::addColumn<int>("batches"); // of that table
        QTest::newRow("after the first batch") << u"category"_s << 1;
        QTest::newRow("in the codebook") << u"tag"_s << 2;
        QTest::newRow("in the colours") << u"highlight_colour"_s << 1;
        QTest::newRow("in the posts") << u"post"_s << 5;
        QTest::newRow("in the highlights") << u"highlight"_s << 1;
    }

    void anInterruptedCopyContinues()
    {
        QFETCH(QString, stopIn);
        QFETCH(int, batches);
        SourceLibrary source;
        QVERIFY(source.fill());
        TestLibrary target;
        qint64 copiedFirst = 0;
        {
            LibraryCopier::Ends ends = openEnds(source.path(), target.where());
            QVERIFY(ends.target);
            LibraryCopier copier(*ends.source, *ends.target);
            copier.setBatchSize(2);
            int reports = 0;
            copier.setProgressHandler([&](const CopyProgress &p) {
                if (p.phase == CopyProgress::Phase::Copying && !p.tableDone && p.table == stopIn && ++reports == batches)
                    copier.cancel();
            });
            const auto report = copier.copy();
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            QCOMPARE(report->outcome, CopyReport::Outcome::Cancelled);
            QVERIFY(report->rowsCopied > 0);
            copiedFirst = report->rowsCopied;
            QCOMPARE(metaValue(*ends.target, u"copy_state"_s), u"in-progress"_s);
            // The first-start marks came first: opening the unfinished copy adds no bundled posts to collide with.
            QVERIFY(!metaValue(*ends.target, u"bundled_posts_imported"_s).isEmpty());
            QVERIFY(!metaValue(*ends.target, u"codebook_seeded"_s).isEmpty());
            QSqlQuery q(ends.target->connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM %1"_s.arg(stopIn)) && q.next());
            QCOMPARE(q.value(0).toInt(), 2 * batches);
        }

        // The same command again, as after Ctrl-C: new connections, the rest of the rows, verified.
        LibraryCopier::Ends ends = openEnds(source.path(), target.where());
        QVERIFY(ends.target);
        LibraryCopier copier(*ends.source, *ends.target);
        copier.setBatchSize(7);
        const auto report = copier.copy();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->outcome, CopyReport::Outcome::Verified);
        QVERIFY(report->resumed);
        qint64 rows = 0;
        for (const TableCheck &c : report->tables) {
            QVERIFY2(c.matches(), qPrintable(c.table));
            rows += c.table == u"library_meta"_s ? 0 : c.sourceRows;
        }
        QCOMPARE(copiedFirst + report->rowsCopied, rows); // nothing twice, nothing left out
        QCOMPARE(metaValue(*ends.target, u"copy_state"_s), u"complete"_s);
    }

    void aDifferenceIsFound_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("table");
        QTest::newRow("a note changed") << u"UPDATE highlight SET note = note || '.' WHERE id = 1"_s << u"highlight"_s;
        QTest::newRow("NULL became empty") << u"UPDATE highlight SET colour = '' WHERE colour IS NULL"_s
                                           << u"highlight"_s;
        QTest::newRow("a tagging removed") << u"DELETE FROM highlight_tag WHERE highlight_id = 1 AND position = 1"_s
                                           << u"highlight_tag"_s;
        QTest::newRow("a comment moved") << u"UPDATE comment SET position = position + 100 WHERE id = 1"_s
                                         << u"comment"_s;
        QTest::newRow("a setting changed") << u"UPDATE library_meta SET value = 'x' WHERE key = 'codebook_seeded'"_s
                                           << u"library_meta"_s;
        QTest::newRow("a tag moved") << u"UPDATE tag SET parent_id = NULL WHERE parent_id IS NOT NULL AND id = "
                                        "(SELECT min(id) FROM tag WHERE parent_id IS NOT NULL)"_s
                                     << u"tag"_s;
    }

    void aDifferenceIsFound()
    {
        QFETCH(QString, tamper);
        QFETCH(QString, table);
        SourceLibrary source;
        QVERIFY(source.fill(2));
        TestLibrary target;
        LibraryCopier::Ends ends = openEnds(source.path(), target.where());
        QVERIFY(ends.target);
        LibraryCopier copier(*ends.source, *ends.target);
        QVERIFY(copier.copy());
        QVERIFY(exec(*ends.target, tamper));
        const auto checks = copier.verify();
        QVERIFY(checks);
        for (const TableCheck &c : *checks)
            QCOMPARE(c.matches(), c.table != table);
    }

    void aDifferenceLeavesTheCopyUnfinished()
    {
        SourceLibrary source;
        QVERIFY(source.fill(2));
        TestLibrary target;
        LibraryCopier::Ends ends = openEnds(source.path(), target.where());
        QVERIFY(ends.target);
        {
            LibraryCopier copier(*ends.source, *ends.target);
            copier.setBatchSize(2);
            copier.setProgressHandler([&](const CopyProgress &p) {
                if (!p.tableDone)
                    copier.cancel();
            });
            QCOMPARE(copier.copy()->outcome, CopyReport::Outcome::Cancelled);
        }
        // A row copied before the interruption is changed, as if the copy had gone wrong.
        QVERIFY(exec(*ends.target, u"UPDATE category SET name = name || '!' WHERE id = (SELECT min(id) FROM category)"_s));
        LibraryCopier copier(*ends.source, *ends.target);
        const auto report = copier.copy();
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"table category"_s), qPrintable(report.error().message));
        QCOMPARE(metaValue(*ends.target, u"copy_state"_s), u"in-progress"_s);
        QVERIFY(!copier.checks().isEmpty());
        for (const TableCheck &c : copier.checks())
            QCOMPARE(c.matches(), c.table != u"category"_s);
    }

    void theRoundTripKeepsEveryChecksum()
    {
        SourceLibrary source;
        QVERIFY(source.fill());
        TestLibrary middle; // the team library in the postgresql run
        QTemporaryDir dir;
        const QString back = dir.filePath(u"back.sqlite"_s);
        QList<TableCheck> there, again;
        {
            LibraryCopier::Ends ends = openEnds(source.path(), middle.where());
            QVERIFY(ends.target);
            const auto report = LibraryCopier(*ends.source, *ends.target).copy();
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            there = report->tables;
        }
        {
            LibraryCopier::Ends ends = openEnds(middle.where(), back);
            QVERIFY(ends.target);
            const auto report = LibraryCopier(*ends.source, *ends.target).copy();
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            again = report->tables;
        }
        QCOMPARE(again.size(), there.size());
        for (qsizetype i = 0; i < there.size(); ++i) {
            QCOMPARE(again[i].table, there[i].table);
            QCOMPARE(again[i].targetRows, there[i].sourceRows);
            QCOMPARE(again[i].targetChecksum, there[i].sourceChecksum);
        }
        auto original = Library::open(source.path());
        auto copy = Library::open(back);
        QVERIFY(original && copy);
        QCOMPARE(*(*copy)->highlights().all(), *(*original)->highlights().all());
        QCOMPARE(*(*copy)->posts().count(), *(*original)->posts().count());
    }

    void columnsComeFromTheTables()
    {
        SourceLibrary source;
        QVERIFY(source.fill(1));
        TestLibrary target;
        LibraryCopier::Ends ends = openEnds(source.path(), target.where());
        QVERIFY(ends.target);
        // A column a later schema adds, on both sides: copied and compared without a change to the copier.
        QVERIFY(exec(*ends.source, u"ALTER TABLE highlight ADD COLUMN reviewed_by TEXT"_s));
        QVERIFY(exec(*ends.source, u"UPDATE highlight SET reviewed_by = 'ann' WHERE id = 2"_s));
        QVERIFY(exec(*ends.target, u"ALTER TABLE highlight ADD COLUMN reviewed_by TEXT"_s));
        // Only in the target: left to its default.
        QVERIFY(exec(*ends.target, u"ALTER TABLE highlight ADD COLUMN review_round INTEGER NOT NULL DEFAULT 1"_s));
        LibraryCopier copier(*ends.source, *ends.target);
        const auto report = copier.copy();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QSqlQuery q(ends.target->connection());
        QVERIFY(q.exec(u"SELECT id, reviewed_by, review_round FROM highlight ORDER BY id"_s));
        QVERIFY(q.next());
        QVERIFY(q.isNull(1));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), u"ann"_s);
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY(exec(*ends.target, u"UPDATE highlight SET reviewed_by = 'bob' WHERE id = 2"_s));
        const auto checks = copier.verify();
        QVERIFY(checks);
        for (const TableCheck &c : *checks)
            QCOMPARE(c.matches(), c.table != u"highlight"_s);
    }

    void refusesToLoseAColumn()
    {
        SourceLibrary source;
        QVERIFY(source.fill(1));
        TestLibrary target;
        LibraryCopier::Ends ends = openEnds(source.path(), target.where());
        QVERIFY(ends.target);
        QVERIFY(exec(*ends.source, u"ALTER TABLE highlight ADD COLUMN reviewed_by TEXT"_s));
        const auto report = LibraryCopier(*ends.source, *ends.target).copy();
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"reviewed_by"_s), qPrintable(report.error().message));
        QVERIFY(metaValue(*ends.target, u"copy_state"_s).isEmpty());
    }

    void refusesTheSourceAsTarget()
    {
        SourceLibrary source;
        QVERIFY(source.fill(0));
        QTemporaryDir dir;
        const QString link = dir.filePath(u"link.sqlite"_s);
        QVERIFY(QFile::link(source.path(), link));
        for (const QString &to : {source.path(), link}) {
            const auto ends = LibraryCopier::open(source.path(), to);
            QVERIFY(!ends);
            QVERIFY2(ends.error().message.contains(u"same library"_s), qPrintable(ends.error().message));
        }

        // A library is known by its id, whatever it is called: a duplicate of the file is the same library.
        TestLibrary first;
        {
            LibraryCopier::Ends ends = openEnds(source.path(), first.path());
            QVERIFY(LibraryCopier(*ends.source, *ends.target).copy());
        }
        const QString duplicate = dir.filePath(u"duplicate.sqlite"_s);
        QVERIFY(QFile::copy(source.path(), duplicate));
        LibraryCopier::Ends ends = openEnds(source.path(), duplicate);
        QVERIFY(ends.target);
        const auto report = LibraryCopier(*ends.source, *ends.target).copy();
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"same library"_s), qPrintable(report.error().message));

        if (TestLibrary::onServer()) {
            // The same database under two names of its server.
            TestLibrary team;
            const QString url = team.where();
            auto other = ServerUrl::parse(url);
            QVERIFY(other);
            QCOMPARE(other->host, u"127.0.0.1"_s);
            QVERIFY(LibraryCopier::open(url, url).error().message.contains(u"same library"_s));
            other->host = u"localhost"_s;
            LibraryCopier::Ends twice = openEnds(url, other->display());
            QVERIFY(twice.target);
            const auto refused = LibraryCopier(*twice.source, *twice.target).copy();
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(u"same library"_s), qPrintable(refused.error().message));
        }
    }

    void readOnlyLibraries()
    {
        SourceLibrary source;
        QVERIFY(source.fill(0));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"target.sqlite"_s);
        QVERIFY(Database::openSqlite(path));
        auto from = Database::openSqlite(source.path());
        auto target = Database::openSqlite(path, Database::Access::ReadOnly);
        QVERIFY(from && target);
        const auto report = LibraryCopier(**from, **target).copy();
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains((*target)->readOnlyReason()), qPrintable(report.error().message));

        if (!TestLibrary::onServer())
            return;
        // An account that may only read: refused as a target, with the reason; copied from, it continues an
        // interrupted copy by the library's URL (it cannot write an id into it).
        TestLibrary team;
        {
            LibraryCopier::Ends ends = openEnds(source.path(), team.where());
            QVERIFY(ends.target);
            QVERIFY(LibraryCopier(*ends.source, *ends.target).copy());
        }
        const QString reader = u"reader_"_s + team.serverDatabase().right(8);
        QVERIFY(TestLibrary::adminExec(u"CREATE ROLE %1 LOGIN PASSWORD 'read-only-pw'"_s.arg(reader)));
        QVERIFY(TestLibrary::adminExec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(reader),
                                       team.serverDatabase()));
        auto url = ServerUrl::parse(team.where());
        QVERIFY(url);
        url->user = reader;
        const QString readerUrl = u"postgresql://%1:read-only-pw@%2:%3/%4"_s.arg(reader, url->host)
                                      .arg(url->port)
                                      .arg(url->database);
        {
            TestLibrary empty;
            QVERIFY(Database::openServer(empty.where()));
            QVERIFY(TestLibrary::adminExec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(reader),
                                           empty.serverDatabase()));
            auto emptyUrl = ServerUrl::parse(empty.where());
            LibraryCopier::Ends ends = openEnds(
                source.path(), QString(readerUrl).replace(url->database, emptyUrl->database));
            QVERIFY(ends.target);
            QVERIFY(ends.target->isReadOnly());
            const auto refused = LibraryCopier(*ends.source, *ends.target).copy();
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(u"not change it"_s), qPrintable(refused.error().message));
            QVERIFY(!refused.error().message.contains(u"read-only-pw"_s));
            QVERIFY(TestLibrary::adminExec(u"DROP OWNED BY %1"_s.arg(reader), empty.serverDatabase()));
        }
        {
            const QString back = dir.filePath(u"back.sqlite"_s);
            {
                LibraryCopier::Ends ends = openEnds(readerUrl, back);
                QVERIFY(ends.source && ends.source->isReadOnly());
                LibraryCopier copier(*ends.source, *ends.target);
                copier.setBatchSize(2);
                copier.setProgressHandler([&](const CopyProgress &p) {
                    if (p.table == u"post"_s)
                        copier.cancel();
                });
                const auto partial = copier.copy();
                QVERIFY2(partial, partial ? "" : qPrintable(partial.error().message));
                QCOMPARE(partial->outcome, CopyReport::Outcome::Cancelled);
                QVERIFY(metaValue(*ends.target, u"copy_source"_s).startsWith(u"path:postgresql://"_s));
                QVERIFY(!metaValue(*ends.target, u"copy_source"_s).contains(u"read-only-pw"_s));
            }
            LibraryCopier::Ends ends = openEnds(readerUrl, back);
            QVERIFY(ends.target);
            const auto rest = LibraryCopier(*ends.source, *ends.target).copy();
            QVERIFY2(rest, rest ? "" : qPrintable(rest.error().message));
            QVERIFY(rest->resumed);
            QCOMPARE(rest->outcome, CopyReport::Outcome::Verified);
        }
        QVERIFY(TestLibrary::adminExec(u"DROP OWNED BY %1"_s.arg(reader), team.serverDatabase()));
        QVERIFY(TestLibrary::adminExec(u"DROP ROLE %1"_s.arg(reader)));
    }

    void thePasswordIsNeverShown()
    {
        if (!TestLibrary::onServer())
            QSKIP("needs a server URL with a password: runs in tst_librarycopier_postgresql");
        SourceLibrary source;
        QVERIFY(source.fill(1));
        TestLibrary team;
        auto withPassword = ServerUrl::parse(team.where());
        QVERIFY(withPassword);
        withPassword->password = qEnvironmentVariable("PGPASSWORD");
        QVERIFY(withPassword->password.size() >= 8);
        const QString url = u"postgresql://%1:%2@%3:%4/%5"_s.arg(withPassword->user, withPassword->password,
                                                                 withPassword->host)
                                .arg(withPassword->port)
                                .arg(withPassword->database);
        const auto copy = [](const QStringList &args) {
            QString out, err;
            QTextStream o(&out), e(&err);
            const int code = runCopyCommand(QStringList{u"gloss copy"_s} + args, o, e);
            o.flush();
            e.flush();
            return std::tuple{code, out, err};
        };
        // Copied there and back, refused, and with a wrong password: the messages name the server, never the password.
        QTemporaryDir dir;
        const QList<std::pair<QStringList, int>> runs{
            {{u"--from"_s, source.path(), u"--to"_s, url}, 0},
            {{u"--from"_s, url, u"--to"_s, dir.filePath(u"back.sqlite"_s)}, 0},
            {{u"--from"_s, dir.filePath(u"back.sqlite"_s), u"--to"_s, url}, 1}, // holds a copy of another library
            {{u"--from"_s, url, u"--to"_s, url}, 1}, // the same library
            {{u"--from"_s, QString(url).replace(withPassword->password, u"wrong-password"_s), u"--to"_s,
              dir.filePath(u"never.sqlite"_s)},
             1},
        };
        for (const auto &[args, expected] : runs) {
            const auto [code, out, err] = copy(args);
            QCOMPARE(code, expected);
            QVERIFY2(!out.contains(withPassword->password) && !err.contains(withPassword->password), qPrintable(err));
            QVERIFY2(!err.contains(u"wrong-password"_s), qPrintable(err));
            if (expected == 0)
                QVERIFY2(err.contains(withPassword->host), qPrintable(err));
        }
    }

    void refusesAMissingSource()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"target.sqlite"_s);
        const auto ends = LibraryCopier::open(dir.filePath(u"missing.sqlite"_s), target);
        QVERIFY(!ends);
        QCOMPARE(ends.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(dir.filePath(u"missing.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TstLibraryCopier)
#include "tst_librarycopier.moc"

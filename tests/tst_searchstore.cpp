// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchstore.h"

#include "anchorresolver.h"
#include "highlightstore.h"
#include "poststore.h"
#include "tagstore.h"
#include "testlibrary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto receptionistTitle = u"How many people are there in your marketing department?"_s;
const auto designTag = u"Marketing belongs to everyone/Organisation design"_s;

QList<qint64> postIds(const QList<SearchHit> &hits)
{
    QList<qint64> ids;
    for (const SearchHit &h : hits) {
        if (h.kind == SearchHit::Kind::Post)
            ids << h.postId;
    }
    return ids;
}

QList<qint64> highlightIds(const QList<SearchHit> &hits)
{
    QList<qint64> ids;
    for (const SearchHit &h : hits) {
        if (h.kind == SearchHit::Kind::Highlight)
            ids << h.highlightId;
    }
    return ids;
}

QStringList markedWords(const SearchHit &hit)
{
    const QString text = hit.plainSnippet();
    QStringList words;
    for (const auto &[start, end] : hit.marks())
        words << text.mid(start, end - start);
    return words;
}

// Which posts hold text, by reading them rather than asking the index; the expectation of the ranking tests.
QList<qint64> postsContaining(Library &library, const QString &text)
{
    QList<qint64> ids;
    for (const PostSummary &s : *library.posts().summaries()) {
        const Post post = *library.posts().post(s.id);
        if (QString(post.anchorText() + u'\n' + post.author).simplified().contains(text, Qt::CaseInsensitive))
            ids << s.id;
    }
    return ids;
}

} // namespace

class TstSearchStore : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib; // read-only tests share it; tests that write open their own
    SearchStore &store() { return m_lib.library->search(); }

    static QList<SearchHit> search(SearchStore &store, const QString &text, int limit = 50)
    {
        auto hits = store.search(text, limit);
        if (!hits) {
            qWarning("%s", qPrintable(hits.error().message));
            return {};
        }
        return *hits;
    }

    // A highlight of the first occurrence of quote in post postId.
    static Highlight highlightOf(Library &library, qint64 postId, const QString &quote, const QString &note,
                                 const QList<Tagging> &tags = {})
    {
        const QString text = library.posts().post(postId)->anchorText();
        const int start = int(text.indexOf(quote));
        Highlight h;
        h.postId = postId;
        h.anchor = AnchorResolver::anchorFor(text, start, start + int(quote.size()));
        h.note = note;
        h.tags = tags;
        return h;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GLOSS_SKIP_WITHOUT_TEST_SERVER();
        QVERIFY(m_lib.openLibrary());
    }

    void findsTheRightPostFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("firstTitle");
        QTest::newRow("word") << u"receptionist"_s << receptionistTitle;
        QTest::newRow("any case") << u"RECEPTIONIST"_s << receptionistTitle;
        QTest::newRow("diacritics in the query") << u"recéptionist"_s << receptionistTitle;
        QTest::newRow("prefix") << u"receptio*"_s << receptionistTitle;
        QTest::newRow("title words weigh more") << u"division labour"_s << u"The new division of marketing labour"_s;
    }

    void findsTheRightPostFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, firstTitle);
        const QList<SearchHit> hits = search(store(), query);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().kind, SearchHit::Kind::Post);
        QCOMPARE(hits.first().postTitle, firstTitle);
        QCOMPARE(hits.first().highlightId, 0);
    }

    void matchesExactlyThePostsThatHoldTheText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::newRow("word") << u"receptionist"_s << u"receptionist"_s;
        QTest::newRow("phrase") << u"\"customer service\""_s << u"customer service"_s;
        QTest::newRow("author") << u"author:sean"_s << u"sean"_s;
    }

    void matchesExactlyThePostsThatHoldTheText()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QList<qint64> found = postIds(search(store(), query));
        QList<qint64> expected = postsContaining(*m_lib.library, text);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < 5); // else the test could not tell
        std::ranges::sort(found);
        QCOMPARE(found, expected);
    }

    void phraseIsNarrowerThanItsWords()
    {
        const QList<qint64> words = postIds(search(store(), u"customer service"_s));
        const QList<qint64> phrase = postIds(search(store(), u"\"customer service\""_s));
        QVERIFY(phrase.size() < words.size());
        for (qint64 id : phrase)
            QVERIFY(words.contains(id));
    }

    void snippetMarksTheMatchedWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("stem"); // every marked word starts with it, in any case
        QTest::newRow("word") << u"receptionist"_s << u"receptionist"_s;
        QTest::newRow("prefix") << u"recept*"_s << u"recept"_s;
        QTest::newRow("phrase") << u"\"customer service\""_s << u"customer"_s;
    }

    void snippetMarksTheMatchedWords()
    {
        QFETCH(QString, query);
        QFETCH(QString, stem);
        const QList<SearchHit> hits = search(store(), query);
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &hit : hits) {
            const QStringList words = markedWords(hit);
            QVERIFY2(!words.isEmpty(), qPrintable(hit.snippet));
            QVERIFY2(words.first().startsWith(stem, Qt::CaseInsensitive), qPrintable(words.join(u'|')));
            QVERIFY(!hit.plainSnippet().contains(QChar(SearchHit::markStart)));
            QCOMPARE(hit.snippetMarkedWith(u"["_s, u"]"_s).count(u'['), words.size());
        }
    }

    void excludedWordsLeaveOutTheirPosts()
    {
        const QList<qint64> all = postIds(search(store(), u"marketing"_s));
        const QList<qint64> without = postIds(search(store(), u"marketing -receptionist"_s));
        const QList<qint64> receptionist = postsContaining(*m_lib.library, u"receptionist"_s);
        QCOMPARE(without.size(), all.size() - receptionist.size());
        for (qint64 id : receptionist)
            QVERIFY(!without.contains(id));
    }

    void titleFieldSearchesOnlyTitles()
    {
        QList<qint64> expected;
        for (const PostSummary &s : *m_lib.library->posts().summaries()) {
            if (s.title.contains(u"department"_s, Qt::CaseInsensitive))
                expected << s.id;
        }
        QList<qint64> found = postIds(search(store(), u"title:department"_s));
        std::ranges::sort(found);
        QCOMPARE(found, expected);
        // "department" is in the text of more posts than have it in the title.
        QVERIFY(postIds(search(store(), u"department"_s)).size() > expected.size());
    }

    void limitBoundsEachKind()
    {
        QCOMPARE(search(store(), u"marketing"_s, 2).size(), 2);
        QVERIFY(search(store(), u"marketing"_s).size() > 2);
        QVERIFY(search(store(), u"marketing"_s, 0).isEmpty());
    }

    void hostileInputIsAHintNeverAnSqlError_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("lone quote") << u"\"customer"_s;
        QTest::newRow("NEAR(") << u"NEAR(customer service"_s;
        QTest::newRow("star alone") << u"*"_s;
        QTest::newRow("only excludes") << u"-marketing -sales"_s;
        QTest::newRow("stray parenthesis") << u"marketing)"_s;
        QTest::newRow("sql") << u"'; DROP TABLE post; --"_s;
        QTest::newRow("column filter syntax") << u"{title body}: marketing"_s;
        QTest::newRow("caret") << u"^marketing"_s;
        QTest::newRow("plus") << u"customer + service"_s;
        QTest::newRow("boolean words") << u"marketing AND OR NOT NEAR"_s;
        QTest::newRow("quote inside a word") << u"don\"t"_s;
        QTest::newRow("unknown field") << u"foo:bar"_s;
        QTest::newRow("long") << QString(u"marketing "_s).repeated(200);
        QTest::newRow("nul") << u"market\0ing"_s;
    }

    void hostileInputIsAHintNeverAnSqlError()
    {
        QFETCH(QString, query);
        const auto hits = store().search(query);
        if (!hits)
            QCOMPARE(hits.error().code, Error::Code::Parse);
        QCOMPARE(*m_lib.library->posts().count(), 5);
    }

    void booleanWordsAreWords()
    {
        // "not" is an ordinary word: every hit has it marked.
        const QList<SearchHit> hits = search(store(), u"NOT"_s);
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &h : hits)
            QVERIFY(markedWords(h).contains(u"not"_s, Qt::CaseInsensitive));
    }

    // Every change to a highlight reaches the index in the same call.
    void highlightsStayInSync()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Library &library = *lib.library;
        SearchStore &s = library.search();

        Highlight h = highlightOf(library, 4, u"receptionist"_s, u"Gatekeepers shape the brand"_s);
        const qint64 id = *library.highlights().add(h);
        h.id = id;
        QCOMPARE(highlightIds(search(s, u"note:gatekeepers"_s)), QList<qint64>{id});
        QCOMPARE(postIds(search(s, u"note:gatekeepers"_s)), QList<qint64>{}); // a note is not post text
        QCOMPARE(highlightIds(search(s, u"brand gatekeep*"_s)), QList<qint64>{id});

        const QList<SearchHit> hits = search(s, u"note:gatekeepers"_s);
        QCOMPARE(hits.first().postId, 4);
        QCOMPARE(hits.first().postTitle, receptionistTitle);
        const QString text = library.posts().post(4)->anchorText();
        QCOMPARE(text.mid(hits.first().anchorStart, hits.first().anchorEnd - hits.first().anchorStart),
                 u"receptionist"_s);
        QCOMPARE(markedWords(hits.first()), QStringList{u"Gatekeepers"_s});

        h = *library.highlights().highlight(id);
        h.note = u"Switchboard staff matter"_s;
        QVERIFY(library.highlights().update(h));
        QVERIFY(search(s, u"note:gatekeepers"_s).isEmpty());
        QCOMPARE(highlightIds(search(s, u"note:switchboard"_s)), QList<qint64>{id});

        const Highlight removed = *library.highlights().highlight(id);
        QVERIFY(library.highlights().remove(id));
        QVERIFY(search(s, u"note:switchboard"_s).isEmpty());
        QVERIFY(highlightIds(search(s, u"receptionist"_s)).isEmpty());

        QVERIFY(library.highlights().restore(removed)); // undo of the delete
        QCOMPARE(highlightIds(search(s, u"note:switchboard"_s)), QList<qint64>{id});
    }

    void tagsAndStancesStayInSync()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Library &library = *lib.library;
        SearchStore &s = library.search();
        const Codebook codebook = *library.tags().codebook();
        const Tag *design = codebook.byPath(designTag);
        QVERIFY(design);

        const qint64 id = *library.highlights().add(
            highlightOf(library, 4, u"receptionist"_s, {}, {Tagging{design->id, Stance::Challenges}}));
        QCOMPARE(highlightIds(search(s, u"tag:organisation"_s)), QList<qint64>{id});
        QCOMPARE(highlightIds(search(s, u"tag:\"organisation design\""_s)), QList<qint64>{id});
        QCOMPARE(highlightIds(search(s, u"stance:challenges"_s)), QList<qint64>{id});
        QVERIFY(search(s, u"stance:supports"_s).isEmpty());
        // Plain words find tag names too; the stance column answers only stance:.
        QCOMPARE(highlightIds(search(s, u"organisation receptionist"_s)), QList<qint64>{id});
        QVERIFY(highlightIds(search(s, u"challenges"_s)).isEmpty());

        Tag renamed = *design;
        renamed.name = u"Frontline structure"_s;
        QVERIFY(library.tags().update(renamed));
        QVERIFY(search(s, u"tag:organisation"_s).isEmpty());
        QCOMPARE(highlightIds(search(s, u"tag:frontline"_s)), QList<qint64>{id});

        // Retagging rewrites highlight_tag: the old tag and stance go, the new ones come.
        const Tag *other = codebook.byPath(u"Marketing belongs to everyone"_s);
        QVERIFY(other);
        Highlight h = *library.highlights().highlight(id);
        h.tags = {Tagging{other->id, Stance::Example}};
        QVERIFY(library.highlights().update(h));
        QVERIFY(search(s, u"tag:frontline"_s).isEmpty());
        QVERIFY(search(s, u"stance:challenges"_s).isEmpty());
        QCOMPARE(highlightIds(search(s, u"tag:belongs stance:example"_s)), QList<qint64>{id});

        // Deleting the tag takes it off the highlight.
        QVERIFY(library.tags().remove(other->id));
        QVERIFY(search(s, u"tag:belongs"_s).isEmpty());
        QCOMPARE(highlightIds(search(s, u"receptionist"_s)), QList<qint64>{id});
    }

    void postFieldsNarrowHighlights()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Library &library = *lib.library;
        const qint64 inPost4 = *library.highlights().add(highlightOf(library, 4, u"receptionist"_s, u"pricing"_s));
        const qint64 inPost3 = *library.highlights().add(highlightOf(library, 3, u"merry way"_s, u"pricing"_s));
        QList<qint64> both = highlightIds(search(library.search(), u"note:pricing"_s));
        std::ranges::sort(both);
        QCOMPARE(both, (QList<qint64>{inPost4, inPost3}));
        QCOMPARE(highlightIds(search(library.search(), u"pricing title:division"_s)), QList<qint64>{inPost3});
        QCOMPARE(highlightIds(search(library.search(), u"pricing -title:division"_s)), QList<qint64>{inPost4});
    }

    void postsStayInSync()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Library &library = *lib.library;
        QCOMPARE(postIds(search(library.search(), u"receptionist"_s)), QList<qint64>{4});
        // No store edits or deletes posts yet; the triggers must still keep up when something does.
        QSqlQuery q(library.database().connection());
        QVERIFY(q.exec(u"UPDATE post SET title = 'Switchboard stories' WHERE id = 4"_s));
        QCOMPARE(postIds(search(library.search(), u"title:switchboard"_s)), QList<qint64>{4});
        QCOMPARE(postIds(search(library.search(), u"receptionist"_s)), QList<qint64>{4}); // body kept
        QVERIFY(q.exec(u"DELETE FROM post WHERE id = 4"_s));
        QVERIFY(search(library.search(), u"receptionist"_s).isEmpty());
        QVERIFY(search(library.search(), u"switchboard"_s).isEmpty());
    }

    void commentsAreSearched()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Library &library = *lib.library;
        Post post;
        post.source = u"test:comments"_s;
        post.title = u"A quiet post"_s;
        post.paragraphs = {u"Nothing to see."_s};
        post.originalText = u"A quiet post\n\nNothing to see."_s;
        Comment first;
        first.paragraphs = {u"Ossified hierarchies everywhere."_s};
        Comment second;
        second.paragraphs = {u"Quokka sightings."_s};
        post.comments = {first, second};
        const qint64 id = library.posts().add({post})->first();
        QCOMPARE(postIds(search(library.search(), u"ossified"_s)), QList<qint64>{id});
        // Words from the body and two comments: all must match, anywhere in the post.
        QCOMPARE(postIds(search(library.search(), u"quokka ossified nothing"_s)), QList<qint64>{id});
        QSqlQuery q(library.database().connection());
        QVERIFY(q.exec(u"DELETE FROM comment WHERE post_id = %1 AND position = 1"_s.arg(id)));
        QVERIFY(search(library.search(), u"quokka"_s).isEmpty());
        QCOMPARE(postIds(search(library.search(), u"ossified"_s)), QList<qint64>{id});
    }

    // An import adds posts inside one transaction, each in a savepoint of its own; they are indexed together
    // when it commits. Posts rolled back (alone, or with the whole import) must not be found.
    void postsOfOneImportAreFoundOnceItCommits_data()
    {
        QTest::addColumn<bool>("commitImport");
        QTest::addColumn<bool>("replaceFirst");
        QTest::newRow("committed") << true << false;
        QTest::newRow("committed, first post changed in the same import") << true << true;
        QTest::newRow("rolled back") << false << false;
    }

    void postsOfOneImportAreFoundOnceItCommits()
    {
        QFETCH(bool, commitImport);
        QFETCH(bool, replaceFirst);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Library &library = *lib.library;
        const auto makePost = [](const QString &word) {
            Post post;
            post.source = u"test:"_s + word;
            post.title = u"On "_s + word;
            post.paragraphs = {u"Our "_s + word + u" desk answers every call."_s};
            Comment comment;
            comment.paragraphs = {u"Agreed about the "_s + word + u"s."_s};
            post.comments = {comment};
            post.originalText = post.title + u"\n\n"_s + post.paragraphs.join(u"\n\n"_s);
            return post;
        };
        {
            Database::Transaction import(library.database());
            QVERIFY(import.begun());
            qint64 firstId = 0;
            for (const QString &word : {u"zeppelin"_s, u"quagga"_s, u"xylophone"_s}) {
                Database::Transaction onePost(library.database());
                QVERIFY(onePost.begun());
                const auto ids = library.posts().add({makePost(word)});
                QVERIFY(ids);
                if (!firstId)
                    firstId = ids->first();
                if (word != u"quagga"_s) // the middle one fails, and rolls back alone
                    QVERIFY(onePost.commit());
            }
            if (replaceFirst)
                QVERIFY(library.posts().replace(firstId, makePost(u"walrus"_s)));
            // In a library file nothing is in the index before the import commits. (A team library indexes
            // each row as it is written, in the same transaction: no other connection sees it before the commit.)
            if (!TestLibrary::onServer())
                QVERIFY(search(library.search(), u"xylophone"_s).isEmpty());
            if (commitImport)
                QVERIFY(import.commit());
        }
        const auto found = [&](const QString &word) { return !postIds(search(library.search(), word)).isEmpty(); };
        QCOMPARE(found(u"zeppelin"_s), commitImport && !replaceFirst);
        QCOMPARE(found(u"walrus"_s), commitImport && replaceFirst);
        QCOMPARE(found(u"xylophone"_s), commitImport);
        QCOMPARE(found(u"xylophones"_s), commitImport); // from its comment
        QVERIFY(!found(u"quagga"_s));
        if (!TestLibrary::onServer()) { // the SQLite library's list of posts still to index
            QSqlQuery q(library.database().connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM post_search_pending"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // Later single additions are found at once.
        QVERIFY(library.posts().add({makePost(u"narwhal"_s)}));
        QVERIFY(found(u"narwhal"_s));
    }

    void migrationFromVersion2FillsTheIndex()
    {
        if (TestLibrary::onServer())
            QSKIP("the SQLite library's schema history");
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const Codebook codebook = *lib.library->tags().codebook();
        const qint64 id = *lib.library->highlights().add(highlightOf(
            *lib.library, 4, u"receptionist"_s, u"Gatekeepers"_s, {Tagging{codebook.byPath(designTag)->id}}));
        const QList<SearchHit> before = search(lib.library->search(), u"marketing"_s);
        QVERIFY(before.size() > 3);
        // Take the library back to schema 2: what 0003 added goes, its data stays.
        {
            QSqlQuery q(lib.library->database().connection());
            QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger'"_s));
            QStringList triggers;
            while (q.next())
                triggers << q.value(0).toString();
            QVERIFY(triggers.size() >= 10);
            for (const QString &name : triggers)
                QVERIFY(q.exec(u"DROP TRIGGER \"%1\""_s.arg(name)));
            QVERIFY(q.exec(u"DROP TABLE post_search"_s));
            QVERIFY(q.exec(u"DROP TABLE highlight_search"_s));
            // and what later migrations added
            QVERIFY(q.exec(u"DROP INDEX IF EXISTS highlight_tag_tag_highlight"_s));
            QVERIFY(q.exec(u"CREATE INDEX IF NOT EXISTS highlight_tag_tag ON highlight_tag (tag_id)"_s));
            QVERIFY(q.exec(u"DROP INDEX post_summary"_s));
            QVERIFY(q.exec(u"DROP INDEX post_content_hash"_s));
            QVERIFY(q.exec(u"DROP TABLE post_search_pending"_s));
            QVERIFY(q.exec(u"DROP INDEX highlight_created_by"_s));
            for (const auto &column : {u"highlight.created_by"_s, u"highlight.modified_by"_s, u"highlight.version"_s,
                                       u"tag.created_by"_s, u"tag.modified_by"_s, u"tag.modified_at"_s}) {
                const QStringList parts = column.split(u'.');
                QVERIFY2(q.exec(u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(parts[0], parts[1])),
                         qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(u"PRAGMA user_version = 2"_s));
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE sql LIKE '%fts5%'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        lib.library.reset();

        QVERIFY(lib.openLibrary());
        QCOMPARE(lib.library->database().schemaVersion(), Database::latestSchemaVersion(Database::Backend::SQLite));
        QCOMPARE(*lib.library->posts().count(), 5); // not imported again
        SearchStore &s = lib.library->search();
        QCOMPARE(postIds(search(s, u"receptionist"_s)).first(), 4);
        QCOMPARE(highlightIds(search(s, u"note:gatekeepers"_s)), QList<qint64>{id});
        QCOMPARE(highlightIds(search(s, u"tag:organisation"_s)), QList<qint64>{id});
        // Titles, bodies and comments came along: the same hits, scores and snippets as before.
        QCOMPARE(search(s, u"marketing"_s), before);

        // And the triggers are back.
        Highlight h = *lib.library->highlights().highlight(id);
        h.note = u"Switchboard"_s;
        QVERIFY(lib.library->highlights().update(h));
        QCOMPARE(highlightIds(search(s, u"note:switchboard"_s)), QList<qint64>{id});
    }
};

QTEST_GUILESS_MAIN(TstSearchStore)
#include "tst_searchstore.moc"

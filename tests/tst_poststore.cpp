// SPDX-License-Identifier: GPL-3.0-or-later
#include "poststore.h"

#include "testlibrary.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Post)

namespace {

Post samplePost(const QString &source)
{
    Post p;
    p.source = source;
    p.title = u"How many people are there in your marketing department?"_s;
    p.published = QDateTime(QDate(2007, 7, 13), QTime(11, 34), QTimeZone::UTC);
    p.publishedHasTime = true;
    p.author = u"Sean"_s;
    p.categories = {u"Business Strategy"_s, u"Voice of Customer"_s};
    p.paragraphs = {u"Many more than you think!"_s, u"Your receptionist — “the first voice”."_s};
    Comment c;
    c.author = u"Andrew"_s;
    c.published = QDateTime(QDate(2007, 7, 17), QTime(0, 0), QTimeZone::UTC);
    c.paragraphs = {u"Fred,"_s, u"What is needed is a sales focus."_s};
    Comment t;
    t.kind = Comment::Kind::Trackback;
    t.author = u"Damn, I Wish I'd Thought of That!"_s;
    t.paragraphs = {u"BtoB vs. BtoC word of mouth"_s};
    p.comments = {c, t};
    p.metadata = {{u"popularity"_s, u"27%"_s}};
    p.originalText = u"raw text"_s;
    p.contentHash = u"abc123"_s;
    return p;
}

} // namespace

class TstPostStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GLOSS_SKIP_WITHOUT_TEST_SERVER(); }

    void roundTrip_data()
    {
        QTest::addColumn<Post>("post");
        QTest::newRow("full") << samplePost(u"file:/a.txt"_s);
        Post bare;
        bare.source = u"file:/bare.txt"_s;
        bare.title = u"Untitled"_s;
        bare.titleDerived = true;
        QTest::newRow("no date, author, body or comments") << bare;
        Post dateOnly = samplePost(u"file:/d.txt"_s);
        dateOnly.published = QDateTime(QDate(2009, 9, 24), QTime(0, 0), QTimeZone::UTC);
        dateOnly.publishedHasTime = false;
        QTest::newRow("date without time") << dateOnly;
    }

    void roundTrip()
    {
        QFETCH(Post, post);
        TestLibrary lib;
        QVERIFY(lib.open(false));
        const auto ids = lib.posts->add({post});
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 1);

        auto read = lib.posts->post(ids->first());
        QVERIFY(read.ok());
        post.id = ids->first();
        QCOMPARE(read->title, post.title);
        QCOMPARE(read->published, post.published);
        QCOMPARE(*read, post);

        // The header alone: what a citation needs, without the text.
        const auto header = lib.posts->header(post.id);
        QVERIFY(header.ok());
        QCOMPARE(header->id, post.id);
        QCOMPARE(header->source, post.source);
        QCOMPARE(header->title, post.title);
        QCOMPARE(header->titleDerived, post.titleDerived);
        QCOMPARE(header->published, post.published);
        QCOMPARE(header->publishedHasTime, post.publishedHasTime);
        QCOMPARE(header->author, post.author);
        QVERIFY(header->paragraphs.isEmpty());
        QVERIFY(header->comments.isEmpty());
    }

    void duplicateSourceAddsNothing()
    {
        TestLibrary lib;
        QVERIFY(lib.open(false));
        QVERIFY(lib.posts->add({samplePost(u"s1"_s)}).ok());
        const auto again = lib.posts->add({samplePost(u"s2"_s), samplePost(u"s1"_s)});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Sql);
        QCOMPARE(*lib.posts->count(), 1); // s2 was rolled back with the failed s1
        QVERIFY(!lib.posts->idForSource(u"s2"_s)->has_value());
    }

    void summariesCountWhatTheListShows()
    {
        TestLibrary lib;
        QVERIFY(lib.open(false));
        QVERIFY(lib.posts->add({samplePost(u"s1"_s)}).ok());
        const auto list = lib.posts->summaries();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        const PostSummary &s = list->first();
        QCOMPARE(s.title, samplePost({}).title);
        QCOMPARE(s.wordCount, 10);
        QCOMPARE(s.commentCount, 2);
        QCOMPARE(s.categories, (QStringList{u"Business Strategy"_s, u"Voice of Customer"_s}));
        QCOMPARE(s.isoDate(), u"2007-07-13T11:34:00"_s);
    }

    // The counts and categories come from grouped queries merged by id: each post gets its own, posts without any
    // get none, whatever the order they were written in.
    void summariesOfManyPosts()
    {
        TestLibrary lib;
        QVERIFY(lib.open(false));
        QList<Post> posts;
        for (int i = 0; i < 7; ++i) {
            Post p = samplePost(u"s%1"_s.arg(i));
            p.comments = p.comments.mid(0, i % 3);
            p.categories = i % 2 ? QStringList{u"Odd %1"_s.arg(i), u"Business Strategy"_s} : QStringList{};
            posts << p;
        }
        const auto ids = lib.posts->add(posts);
        QVERIFY(ids.ok());
        QSqlQuery q(lib.db->connection());
        for (int n = 0; n < 3; ++n) {
            QVERIFY(q.exec(u"INSERT INTO highlight (post_id, quote, prefix, suffix, start_offset, end_offset, "
                           "created_at, modified_at) VALUES (%1, 'q', '', '', 0, 1, '', '')"_s.arg(ids->at(5))));
        }
        const auto list = lib.posts->summaries();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), posts.size());
        for (int i = 0; i < posts.size(); ++i) {
            QCOMPARE(list->at(i).id, ids->at(i));
            QCOMPARE(list->at(i).commentCount, i % 3);
            QCOMPARE(list->at(i).categories, posts[i].categories);
            QCOMPARE(list->at(i).highlightCount, i == 5 ? 3 : 0);
        }
    }

    void missingPostIsNotFound()
    {
        TestLibrary lib;
        QVERIFY(lib.open(false));
        const auto p = lib.posts->post(42);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, Error::Code::NotFound);
        const auto h = lib.posts->header(42);
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, Error::Code::NotFound);
    }

    void metaValues()
    {
        TestLibrary lib;
        QVERIFY(lib.open(false));
        QCOMPARE(*lib.posts->metaValue(u"k"_s), QString());
        QVERIFY(lib.posts->setMetaValue(u"k"_s, u"1"_s).ok());
        QVERIFY(lib.posts->setMetaValue(u"k"_s, u"2"_s).ok());
        QCOMPARE(*lib.posts->metaValue(u"k"_s), u"2"_s);
    }
};

QTEST_GUILESS_MAIN(TstPostStore)
#include "tst_poststore.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightstore.h"

#include "library.h"
#include "testlibrary.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TstHighlightStore : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;

    Highlight make(int start, int end) const
    {
        Highlight h;
        h.postId = 3;
        h.anchor = TextAnchor{u"passage"_s, u"before "_s, u" after"_s, start, end};
        h.note = u"A note"_s;
        h.colour = QColor(u"#ffd54f"_s);
        h.style = Highlight::Style::Underline;
        return h;
    }

private Q_SLOTS:
    void initTestCase()
    {
        GLOSS_SKIP_WITHOUT_TEST_SERVER();
        QVERIFY(m_lib.openLibrary());
    }

    // Times come back as they were stored, to the millisecond, in UTC: exports and the browser show them.
    void timesRoundTrip_data()
    {
        QTest::addColumn<QDateTime>("created");
        QTest::newRow("with milliseconds")
            << QDateTime(QDate(2024, 5, 1), QTime(9, 30, 0, 123), QTimeZone::UTC);
        QTest::newRow("whole second") << QDateTime(QDate(2009, 11, 24), QTime(23, 59, 59), QTimeZone::UTC);
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::UTC);
        QTest::newRow("epoch") << QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QTest::newRow("last year ISO writes") << QDateTime(QDate(9999, 12, 31), QTime(12, 0, 0, 1), QTimeZone::UTC);
        QTest::newRow("another zone") << QDateTime(QDate(2020, 6, 1), QTime(10, 0), QTimeZone::fromSecondsAheadOfUtc(7200));
    }

    void timesRoundTrip()
    {
        QFETCH(QDateTime, created);
        Highlight h = make(10, 17);
        h.created = created;
        h.modified = created.addSecs(90);
        const auto id = m_lib.library->highlights().add(h);
        QVERIFY(id);
        const auto stored = m_lib.library->highlights().highlight(*id);
        QVERIFY(stored);
        QCOMPARE(stored->created, created.toUTC());
        QCOMPARE(stored->created.timeSpec(), Qt::UTC);
        QCOMPARE(stored->modified, created.addSecs(90).toUTC());
        QCOMPARE(stored->anchor, h.anchor);
        QCOMPARE(stored->note, h.note);
        QCOMPARE(stored->colour, h.colour);
        QCOMPARE(stored->style, h.style);
    }

    // A time another program wrote in another ISO 8601 form still reads.
    void otherIsoFormsRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("no milliseconds") << u"2024-05-01T09:30:00Z"_s
                                         << QDateTime(QDate(2024, 5, 1), QTime(9, 30), QTimeZone::UTC);
        QTest::newRow("offset") << u"2024-05-01T11:30:00.000+02:00"_s
                                << QDateTime(QDate(2024, 5, 1), QTime(9, 30), QTimeZone::UTC);
        QTest::newRow("impossible date in the fixed form") << u"2024-02-30T09:30:00.000Z"_s << QDateTime();
    }

    void otherIsoFormsRead()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto id = m_lib.library->highlights().add(make(20, 27));
        QVERIFY(id);
        QSqlQuery q(m_lib.library->database().connection());
        q.prepare(u"UPDATE highlight SET created_at = ? WHERE id = ?"_s);
        q.addBindValue(text);
        q.addBindValue(*id);
        QVERIFY(q.exec());
        const auto stored = m_lib.library->highlights().highlight(*id);
        QVERIFY(stored);
        QCOMPARE(stored->created.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(stored->created, expected);
    }

    // The reader and exports list a post's highlights in text order, orphans last.
    void forPostIsInTextOrder()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        HighlightStore &store = lib.library->highlights();
        Highlight orphan = make(0, 5);
        orphan.orphaned = true;
        QVERIFY(store.add(make(50, 60)));
        QVERIFY(store.add(orphan));
        QVERIFY(store.add(make(5, 9)));
        const auto list = store.forPost(3);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).anchor.start, 5);
        QCOMPARE(list->at(1).anchor.start, 50);
        QVERIFY(list->at(2).orphaned);
    }

    // Who made a highlight and who changed it last are kept apart; the list of authors names the makers.
    void authorsAreRecorded()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        lib.library->database().setAuthor(u"alice"_s);
        auto teammate = Library::open(lib.where());
        QVERIFY(teammate);
        (*teammate)->database().setAuthor(u"bob"_s);

        const auto id = lib.library->highlights().add(make(10, 17));
        QVERIFY(id);
        auto h = *(*teammate)->highlights().highlight(*id);
        QCOMPARE(h.createdBy, u"alice"_s);
        QCOMPARE(h.modifiedBy, u"alice"_s);
        QCOMPARE(h.version, 1);
        h.note = u"bob's reading"_s;
        QVERIFY((*teammate)->highlights().update(h));
        const auto stored = lib.library->highlights().highlight(*id);
        QCOMPARE(stored->createdBy, u"alice"_s);
        QCOMPARE(stored->modifiedBy, u"bob"_s);
        QCOMPARE(stored->version, 2);
        QVERIFY((*teammate)->highlights().add(make(30, 37)));
        QCOMPARE(*lib.library->highlights().authors(), (QStringList{u"alice"_s, u"bob"_s}));
    }

    // A write names the version it read: one made on an older version is refused with who changed it, and
    // leaves the newer state as it is (data-driven over the writes that can be stale).
    void staleWritesAreRefused_data()
    {
        QTest::addColumn<QString>("write");
        QTest::newRow("update") << u"update"_s;
        QTest::newRow("remove") << u"remove"_s;
    }

    void staleWritesAreRefused()
    {
        QFETCH(QString, write);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        auto teammate = Library::open(lib.where());
        QVERIFY(teammate);
        (*teammate)->database().setAuthor(u"bob"_s);
        const auto id = lib.library->highlights().add(make(10, 17));
        QVERIFY(id);
        const Highlight mine = *lib.library->highlights().highlight(*id);
        Highlight theirs = mine;
        theirs.note = u"bob was here first"_s;
        QVERIFY((*teammate)->highlights().update(theirs));

        Highlight stale = mine;
        stale.note = u"mine"_s;
        const Status refused = write == u"update"_s ? lib.library->highlights().update(stale)
                                                    : lib.library->highlights().remove(*id, mine.version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(u"bob"_s), qPrintable(refused.error().message));
        const auto stored = lib.library->highlights().highlight(*id);
        QVERIFY(stored);
        QCOMPARE(stored->note, u"bob was here first"_s);
        QCOMPARE(stored->version, 2);

        // Written on the version now stored, it goes through.
        stale.version = stored->version;
        QVERIFY(write == u"update"_s ? lib.library->highlights().update(stale)
                                     : lib.library->highlights().remove(*id, stored->version));
        // A highlight that is gone is NotFound for an update, and no error for a removal.
        QVERIFY(lib.library->highlights().remove(*id));
        const Status gone = lib.library->highlights().update(stale);
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(lib.library->highlights().remove(*id, 7));
    }
};

QTEST_GUILESS_MAIN(TstHighlightStore)
#include "tst_highlightstore.moc"

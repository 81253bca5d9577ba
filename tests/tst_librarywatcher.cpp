// SPDX-License-Identifier: GPL-3.0-or-later
// LibraryWatcher: two clients of one team library. A highlight a teammate adds, edits, tags or deletes is heard by
// the other within the wait, naming its post; one's own changes are not. Needs the PostgreSQL test server.
#include "librarywatcher.h"

#include "highlightstore.h"
#include "tagstore.h"
#include "serverurl.h"
#include "testlibrary.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {

Highlight highlightOn(qint64 postId, const QString &quote)
{
    Highlight h;
    h.postId = postId;
    h.anchor.quote = quote;
    h.anchor.start = 0;
    h.anchor.end = int(quote.size());
    return h;
}

constexpr int notificationWait = 5000; // ms; the issue asks for a second, a loaded CI machine may need more

} // namespace

class TstLibraryWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("GLOSS_TEST_BACKEND", "postgresql");
        GLOSS_SKIP_WITHOUT_TEST_SERVER();
    }

    void teammatesChangesAreHeardOwnAreNot()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        auto teammate = Library::open(lib.where());
        QVERIFY(teammate);
        LibraryWatcher watcher(lib.library->database());
        QVERIFY(watcher.isWatching());
        QSignalSpy heard(&watcher, &LibraryWatcher::highlightsChangedElsewhere);

        // Own change first, then the teammate's: notifications come in commit order, so an own one not left out
        // would be the first heard.
        QVERIFY(lib.library->highlights().add(highlightOn(1, u"mine"_s)));
        const auto theirs = (*teammate)->highlights().add(highlightOn(2, u"theirs"_s));
        QVERIFY(theirs);
        QVERIFY(heard.wait(notificationWait));
        QCOMPARE(heard.first().first().toLongLong(), 2);

        // Edits, tags and deletes are heard too.
        heard.clear();
        Highlight h = *(*teammate)->highlights().highlight(*theirs);
        h.note = u"a note"_s;
        QVERIFY((*teammate)->highlights().update(h));
        QVERIFY(heard.wait(notificationWait));
        QCOMPARE(heard.first().first().toLongLong(), 2);

        heard.clear();
        QVERIFY((*teammate)->highlights().remove(*theirs));
        QVERIFY(heard.wait(notificationWait));
        QCOMPARE(heard.first().first().toLongLong(), 2);
    }

    // Two teammates edit one note: the second to save is told who got there first and writes nothing; once
    // told, the change is heard and read, and a write on the version read goes through.
    void concurrentEditsOfOneNote()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        lib.library->database().setAuthor(u"ann"_s);
        auto teammate = Library::open(lib.where());
        QVERIFY(teammate);
        // On a server, the author is the account signed in.
        QCOMPARE((*teammate)->database().author(), ServerUrl::parse(lib.where())->user);
        (*teammate)->database().setAuthor(u"bob"_s);
        LibraryWatcher watcher(lib.library->database());
        QSignalSpy heard(&watcher, &LibraryWatcher::highlightsChangedElsewhere);
        const auto id = lib.library->highlights().add(highlightOn(1, u"shared"_s));
        QVERIFY(id);
        const Highlight seenByAnn = *lib.library->highlights().highlight(*id);
        Highlight bobs = *(*teammate)->highlights().highlight(*id);

        bobs.note = u"bob's reading"_s;
        QVERIFY((*teammate)->highlights().update(bobs));
        Highlight anns = seenByAnn;
        anns.note = u"ann's reading"_s;
        const Status refused = lib.library->highlights().update(anns);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(u"bob"_s), qPrintable(refused.error().message));
        QVERIFY(heard.wait(notificationWait));
        QCOMPARE(heard.first().first().toLongLong(), 1);

        const Highlight now = *lib.library->highlights().highlight(*id);
        QCOMPARE(now.note, u"bob's reading"_s);
        anns.version = now.version;
        QVERIFY(lib.library->highlights().update(anns));
        QCOMPARE((*teammate)->highlights().highlight(*id)->modifiedBy, u"ann"_s);
    }

    // A teammate's change to the codebook is heard, once per transaction, and an own one is not.
    void codebookChangesAreHeard()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        auto teammate = Library::open(lib.where());
        QVERIFY(teammate);
        LibraryWatcher watcher(lib.library->database());
        QSignalSpy heard(&watcher, &LibraryWatcher::codebookChangedElsewhere);
        QSignalSpy highlights(&watcher, &LibraryWatcher::highlightsChangedElsewhere);

        Tag own;
        own.name = u"Mine"_s;
        own.colour = QColor(u"#62a0ea"_s);
        QVERIFY(lib.library->tags().add(own));
        Tag theirs;
        theirs.name = u"Service is marketing too"_s;
        theirs.colour = QColor(u"#e66100"_s);
        const auto id = (*teammate)->tags().add(theirs);
        QVERIFY(id);
        // Notifications come in commit order, so an own one not left out would be here first, or with it.
        QVERIFY(heard.wait(notificationWait));
        QCOMPARE(heard.count(), 1);

        heard.clear();
        theirs.id = *id;
        theirs.name = u"Service is marketing"_s;
        QVERIFY((*teammate)->tags().update(theirs));
        QVERIFY(heard.wait(notificationWait));
        QCOMPARE(highlights.count(), 0);
    }

    void libraryFileIsNotWatched()
    {
        qputenv("GLOSS_TEST_BACKEND", "sqlite");
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        LibraryWatcher watcher(lib.library->database());
        QVERIFY(!watcher.isWatching());
        qputenv("GLOSS_TEST_BACKEND", "postgresql");
    }
};

QTEST_GUILESS_MAIN(TstLibraryWatcher)
#include "tst_librarywatcher.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "testlibrary.h"

using namespace Qt::StringLiterals;

class TstTagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GLOSS_SKIP_WITHOUT_TEST_SERVER(); }

    void defaultCodebookIsSeededOnce()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        auto codebook = lib.library->tags().codebook();
        QVERIFY(codebook.ok());
        const int tags = int(codebook->tags().size());
        QVERIFY(tags >= 7);
        QCOMPARE(*lib.library->tags().seedDefaultsOnFirstStart(), 0);
        QCOMPARE(lib.library->tags().codebook()->tags().size(), tags);
        const auto colours = lib.library->tags().colours();
        QCOMPARE(colours->size(), 8);
        for (const HighlightColour &c : *colours)
            QVERIFY2(c.colour.isValid() && !c.meaning.isEmpty(), qPrintable(c.name));
    }

    void paths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("found");
        QTest::newRow("top") << u"Marketing belongs to everyone"_s << true;
        QTest::newRow("child") << u"Marketing belongs to everyone/Customer service is marketing"_s << true;
        QTest::newRow("case-insensitive") << u"marketing belongs to everyone/customer SERVICE is marketing"_s << true;
        QTest::newRow("grandchild") << u"Marketing belongs to everyone/Organisation design/"
                                       "Marketing should report into service"_s << true;
        QTest::newRow("child without parent") << u"Customer service is marketing"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slashes only") << u"///"_s << false;
    }

    void paths()
    {
        QFETCH(QString, path);
        QFETCH(bool, found);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const Codebook codebook = *lib.library->tags().codebook();
        const Tag *tag = codebook.byPath(path);
        QCOMPARE(tag != nullptr, found);
        if (tag)
            QCOMPARE(codebook.path(tag->id).toCaseFolded(), path.toCaseFolded());
    }

    void subtreeHasEveryDescendant()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const Codebook codebook = *lib.library->tags().codebook();
        const Tag *root = codebook.byPath(u"Marketing belongs to everyone"_s);
        QCOMPARE(codebook.subtree(root->id).size(), codebook.tags().size());
        const Tag *design = codebook.byPath(u"Marketing belongs to everyone/Organisation design"_s);
        QCOMPARE(codebook.subtree(design->id).size(), 3);
    }

    void addRenameRemove()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        TagStore &tags = lib.library->tags();
        const auto id = tags.add(Tag{0, 0, u"Brand voice"_s, QColor(u"#123456"_s), u"d"_s, 9});
        QVERIFY(id.ok());
        QVERIFY(!tags.add(Tag{0, 0, u"Brand voice"_s, QColor(u"#123456"_s), {}, 9}).ok()); // sibling names unique
        QVERIFY(!tags.add(Tag{0, 0, u"a/b"_s, QColor(u"#123456"_s), {}, 9}).ok());         // '/' separates paths
        Tag renamed = *tags.codebook()->tag(*id);
        renamed.name = u"Voice"_s;
        QVERIFY(tags.update(renamed).ok());
        QCOMPARE(tags.codebook()->tag(*id)->name, u"Voice"_s);
        QVERIFY(tags.remove(*id).ok());
        QVERIFY(!tags.codebook()->tag(*id));
        QVERIFY(tags.restore(renamed).ok());
        QCOMPARE(*tags.codebook()->tag(*id), renamed);
    }

    void reparentRenumbersSiblingsAndRefusesCycles()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        TagStore &tags = lib.library->tags();
        const Codebook book = *tags.codebook();
        const qint64 design = book.byPath(u"Marketing belongs to everyone/Organisation design"_s)->id;
        const qint64 silos = book.byPath(u"Marketing belongs to everyone/Organisation design/Departmental silos"_s)->id;
        const qint64 root = book.byPath(u"Marketing belongs to everyone"_s)->id;

        QVERIFY(!tags.reparent(design, silos, 0).ok());
        QVERIFY(!tags.reparent(design, design, 0).ok());
        QCOMPARE(tags.codebook()->tag(design)->parentId, root);

        const auto change = tags.reparent(silos, root, 1); // before the second child
        QVERIFY(change.ok());
        QCOMPARE(change->before.first().id, silos);
        QCOMPARE(change->after.first().parentId, root);
        const Codebook moved = *tags.codebook();
        QCOMPARE(moved.children(root).at(1), silos);
        for (int i = 0; i < moved.children(root).size(); ++i)
            QCOMPARE(moved.tag(moved.children(root).at(i))->position, i);
        QVERIFY(tags.updateMany(change->before).ok());
        QCOMPARE(*tags.codebook()->tag(silos), *book.tag(silos));
        QCOMPARE(tags.codebook()->children(root), book.children(root));
    }

    void subtreeCountsEachHighlightOnce()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const Codebook book = *lib.library->tags().codebook();
        const qint64 design = book.byPath(u"Marketing belongs to everyone/Organisation design"_s)->id;
        const QList<qint64> below = book.subtree(design);
        const qint64 postId = lib.library->posts().summaries()->first().id;
        Highlight h;
        h.postId = postId;
        h.anchor = AnchorResolver::anchorFor(lib.library->posts().post(postId)->anchorText(), 0, 10);
        h.tags = {Tagging{below.at(1), Stance::Supports}, Tagging{below.at(2), Stance::Example}};
        QVERIFY(lib.library->highlights().add(h).ok());
        QCOMPARE(*lib.library->tags().subtreeHighlightCount(design), 1);
        QCOMPARE(*lib.library->tags().subtreeHighlightCount(below.at(1)), 1);
        QCOMPARE(*lib.library->tags().subtreeHighlightCount(book.byPath(u"Marketing belongs to everyone"_s)->id), 1);
        QCOMPARE(*lib.library->tags().subtreeHighlightCount(book.children(book.tags().first().id).first()), 0);
        QVERIFY(!lib.library->tags().subtreeHighlightCount(999999).ok());
    }
};

QTEST_GUILESS_MAIN(TstTagStore)
#include "tst_tagstore.moc"

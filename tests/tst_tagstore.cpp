// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "testlibrary.h"

using namespace Qt::StringLiterals;

class TstTagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TstTagStore)
#include "tst_tagstore.moc"

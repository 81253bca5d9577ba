// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookeditor.h"

#include "testlibrary.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto root = u"Marketing belongs to everyone"_s;
const auto service = u"Marketing belongs to everyone/Customer service is marketing"_s;
const auto employees = u"Marketing belongs to everyone/Every employee is a brand ambassador"_s;
const auto design = u"Marketing belongs to everyone/Organisation design"_s;
const auto reportInto = u"Marketing belongs to everyone/Organisation design/Marketing should report into service"_s;
const auto silos = u"Marketing belongs to everyone/Organisation design/Departmental silos"_s;
const auto caveats = u"Marketing belongs to everyone/Counter-arguments and caveats"_s;

} // namespace

class TstCodebookEditor : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CodebookEditor> m_editor;
    qint64 m_postId = 0;
    QString m_text;

    TagStore &tags() { return m_lib.library->tags(); }
    HighlightStore &highlights() { return m_lib.library->highlights(); }

    qint64 id(const QString &path)
    {
        const auto codebook = tags().codebook(); // the Tag points into it: keep it alive
        const Tag *tag = codebook->byPath(path);
        return tag ? tag->id : -1;
    }

    qint64 highlight(int start, const QList<Tagging> &taggings, const QString &note = {})
    {
        Highlight h;
        h.postId = m_postId;
        h.anchor = AnchorResolver::anchorFor(m_text, start, start + 20);
        h.tags = taggings;
        h.note = note;
        return *highlights().add(h);
    }

    // "name:stance, …" as the highlight panel would list them; "gone" when the highlight was deleted.
    QString tagsOf(qint64 highlightId)
    {
        const auto h = highlights().highlight(highlightId);
        if (!h)
            return u"gone"_s;
        const Codebook book = *tags().codebook();
        QStringList parts;
        for (const Tagging &t : h->tags)
            parts << book.tag(t.tagId)->name + u':' + stanceKey(t.stance);
        return parts.join(u", "_s);
    }

    // Everything the codebook and the highlights hold, one line a row, so a failed comparison shows the row.
    QStringList state()
    {
        QStringList lines;
        QList<Tag> all = tags().codebook()->tags();
        std::sort(all.begin(), all.end(), [](const Tag &a, const Tag &b) { return a.id < b.id; });
        for (const Tag &t : all) {
            lines << u"tag %1 parent %2 position %3 %4 %5 %6"_s.arg(t.id).arg(t.parentId).arg(t.position).arg(
                t.name, t.colour.name(), t.description);
        }
        for (const Highlight &h : *highlights().all()) {
            QStringList taggings;
            for (const Tagging &t : h.tags)
                taggings << u"%1:%2"_s.arg(t.tagId).arg(stanceKey(t.stance));
            lines << u"highlight %1 post %2 %3–%4 “%5” note “%6” created %7 modified %8 tags %9"_s.arg(h.id)
                         .arg(h.postId)
                         .arg(h.anchor.start)
                         .arg(h.anchor.end)
                         .arg(h.anchor.quote, h.note, h.created.toString(Qt::ISODateWithMs),
                              h.modified.toString(Qt::ISODateWithMs), taggings.join(u' '));
        }
        return lines;
    }

private Q_SLOTS:
    void init()
    {
        m_editor.reset();
        m_stack.reset();
        m_lib.library.reset();
        QFile::remove(m_lib.path());
        QVERIFY(m_lib.openLibrary());
        m_postId = m_lib.library->posts().summaries()->at(1).id;
        m_text = m_lib.library->posts().post(m_postId)->anchorText();
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<CodebookEditor>(tags(), m_stack.get());
    }

    void addTag()
    {
        QSignalSpy changed(m_editor.get(), &CodebookEditor::codebookChanged);
        const QStringList before = state();
        const auto added = m_editor->addTag(id(design), u"  Matrix organisations "_s, QColor());
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        const Codebook book = *tags().codebook();
        QCOMPARE(book.path(*added), design + u"/Matrix organisations"_s);
        QCOMPARE(book.children(id(design)).last(), *added); // after its siblings
        QCOMPARE(book.tag(*added)->colour, book.tag(id(design))->colour);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(changed.count(), 1);
        const QStringList after = state();

        m_stack->undo();
        QCOMPARE(state(), before);
        m_stack->redo();
        QCOMPARE(state(), after); // with the same id
        QCOMPARE(changed.count(), 3);
    }

    void edits_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("rename") << u"rename"_s;
        QTest::newRow("recolour") << u"recolour"_s;
        QTest::newRow("move to the top level, first") << u"top"_s;
        QTest::newRow("reorder among siblings") << u"reorder"_s;
        QTest::newRow("move under another parent, last") << u"under"_s;
    }

    void edits()
    {
        QFETCH(QString, edit);
        highlight(0, {Tagging{id(service), Stance::Challenges}, Tagging{id(silos), Stance::Example}});
        const QStringList before = state();
        const qint64 r = id(root), cs = id(service), ee = id(employees), od = id(design), ds = id(silos),
                     ca = id(caveats), mr = id(reportInto);
        const QList<qint64> rootChildren = tags().codebook()->children(r);

        Status done = Ok{};
        if (edit == u"rename"_s)
            done = m_editor->renameTag(cs, u"Service is marketing"_s);
        else if (edit == u"recolour"_s)
            done = m_editor->recolourTag(cs, QColor(u"#123456"_s));
        else if (edit == u"top"_s)
            done = m_editor->reparentTag(ds, 0, 0);
        else if (edit == u"reorder"_s)
            done = m_editor->reparentTag(ca, r, 0);
        else
            done = m_editor->reparentTag(ee, od, -1);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(m_stack->count(), 1);

        const Codebook book = *tags().codebook();
        if (edit == u"rename"_s) {
            QCOMPARE(book.path(cs), root + u"/Service is marketing"_s);
            QVERIFY(!book.byPath(service));
        } else if (edit == u"recolour"_s) {
            QCOMPARE(book.tag(cs)->colour, QColor(u"#123456"_s));
        } else if (edit == u"top"_s) {
            QCOMPARE(book.children(0), (QList<qint64>{ds, r}));
            QCOMPARE(book.children(od), QList<qint64>{mr});
        } else if (edit == u"reorder"_s) {
            QList<qint64> expected = rootChildren;
            expected.removeOne(ca);
            expected.prepend(ca);
            QCOMPARE(book.children(r), expected);
        } else {
            QCOMPARE(book.children(od), (QList<qint64>{mr, ds, ee}));
            QVERIFY(!book.children(r).contains(ee));
        }
        const QStringList after = state();
        QVERIFY(after != before);

        m_stack->undo();
        QCOMPARE(state(), before);
        m_stack->redo();
        QCOMPARE(state(), after);
    }

    void mergeMovesTaggingsWithoutDoubling()
    {
        const qint64 od = id(design), cs = id(service), ds = id(silos), mr = id(reportInto);
        const qint64 both = highlight(0, {Tagging{od, Stance::Supports}, Tagging{cs, Stance::Challenges}},
                                      u"tagged with both"_s);
        const qint64 fromOnly = highlight(30, {Tagging{od, Stance::Example}});
        const qint64 intoOnly = highlight(60, {Tagging{cs, Stance::Supports}});
        const qint64 child = highlight(90, {Tagging{ds, Stance::Supports}});
        QSignalSpy highlightsChanged(m_editor.get(), &CodebookEditor::highlightsChanged);
        const QStringList before = state();

        QVERIFY(m_editor->mergeTags(od, cs).ok());
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(highlightsChanged.count(), 1);
        const Codebook book = *tags().codebook();
        QVERIFY(!book.tag(od));
        QCOMPARE(book.children(cs), (QList<qint64>{mr, ds})); // the children moved along
        QCOMPARE(tagsOf(both), u"Customer service is marketing:challenges"_s); // one tagging, its own stance
        QCOMPARE(tagsOf(fromOnly), u"Customer service is marketing:example"_s);
        QCOMPARE(tagsOf(intoOnly), u"Customer service is marketing:supports"_s);
        QCOMPARE(tagsOf(child), u"Departmental silos:supports"_s);
        QCOMPARE(tags().highlightCounts()->value(cs), 3);
        const QStringList after = state();

        m_stack->undo();
        QCOMPARE(state(), before);
        QCOMPARE(tagsOf(both), u"Organisation design:supports, Customer service is marketing:challenges"_s);
        m_stack->redo();
        QCOMPARE(state(), after);
        QCOMPARE(highlightsChanged.count(), 3);
    }

    void removeTag_data()
    {
        QTest::addColumn<int>("fate");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("third");
        QTest::addColumn<int>("highlightsLeft");
        QTest::newRow("keep untagged") << int(WhatBecomesOfHighlights::KeepUntagged)
                                       << u"Counter-arguments and caveats:challenges"_s << QString() << QString()
                                       << 4;
        QTest::newRow("move to parent")
            << int(WhatBecomesOfHighlights::MoveToParent)
            << u"Marketing belongs to everyone:supports, Counter-arguments and caveats:challenges"_s
            << u"Marketing belongs to everyone:example"_s << u"Marketing belongs to everyone:supports"_s << 4;
        QTest::newRow("delete highlights") << int(WhatBecomesOfHighlights::DeleteHighlights) << u"gone"_s
                                           << u"gone"_s << u"gone"_s << 1;
    }

    void removeTag()
    {
        QFETCH(int, fate);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, third);
        QFETCH(int, highlightsLeft);
        const qint64 od = id(design);
        const qint64 h1 = highlight(0, {Tagging{id(reportInto), Stance::Supports}, Tagging{id(caveats), Stance::Challenges}});
        const qint64 h2 = highlight(30, {Tagging{od, Stance::Example}});
        const qint64 h3 = highlight(60, {Tagging{id(silos), Stance::Supports}}, u"a note on silos"_s);
        const qint64 h4 = highlight(90, {Tagging{id(service), Stance::Supports}});
        QCOMPARE(*tags().subtreeHighlightCount(od), 3);
        QSignalSpy highlightsChanged(m_editor.get(), &CodebookEditor::highlightsChanged);
        const QStringList before = state();
        const qsizetype tagCount = tags().codebook()->tags().size();

        QVERIFY(m_editor->removeTag(od, WhatBecomesOfHighlights(fate)).ok());
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(highlightsChanged.count(), 1);
        QCOMPARE(tags().codebook()->tags().size(), tagCount - 3); // with both children
        QVERIFY(!tags().codebook()->byPath(silos));
        QCOMPARE(tagsOf(h1), first);
        QCOMPARE(tagsOf(h2), second);
        QCOMPARE(tagsOf(h3), third);
        QCOMPARE(tagsOf(h4), u"Customer service is marketing:supports"_s);
        QCOMPARE(highlights().all()->size(), highlightsLeft);
        const QStringList after = state();

        m_stack->undo();
        QCOMPARE(state(), before);
        QCOMPARE(highlights().highlight(h3)->note, u"a note on silos"_s);
        QCOMPARE(*tags().subtreeHighlightCount(od), 3);
        m_stack->redo();
        QCOMPARE(state(), after);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("message");
        QTest::newRow("rename to a sibling's name") << u"rename Every employee is a brand ambassador"_s
                                                    << u"already has a sub-argument named “Every employee"_s;
        QTest::newRow("… differing in case only") << u"rename EVERY EMPLOYEE is a brand ambassador"_s
                                                  << u"already has a sub-argument named “Every employee"_s;
        QTest::newRow("rename to blanks") << u"rename   "_s << u"needs a name"_s;
        QTest::newRow("rename with a slash") << u"rename Service/Support"_s << u"“/”"_s;
        QTest::newRow("add a sibling's name") << u"add Organisation design"_s
                                              << u"already has a sub-argument named “Organisation design”"_s;
        QTest::newRow("move into its own child") << u"move into child"_s << u"cannot be moved into itself"_s;
        QTest::newRow("move into itself") << u"move into itself"_s << u"cannot be moved into itself"_s;
        QTest::newRow("merge into itself") << u"merge into itself"_s << u"cannot be merged into itself"_s;
        QTest::newRow("merge into its own child") << u"merge into child"_s << u"its own sub-arguments"_s;
        QTest::newRow("top level's highlights to its parent") << u"remove root"_s << u"no parent"_s;
    }

    void refusals()
    {
        QFETCH(QString, action);
        QFETCH(QString, message);
        highlight(0, {Tagging{id(root), Stance::Supports}});
        QSignalSpy changed(m_editor.get(), &CodebookEditor::codebookChanged);
        const QStringList before = state();
        const qint64 cs = id(service), od = id(design), mr = id(reportInto);

        Status done = Ok{};
        if (action.startsWith(u"rename "_s)) {
            done = m_editor->renameTag(cs, action.mid(7));
        } else if (action.startsWith(u"add "_s)) {
            const auto added = m_editor->addTag(id(root), action.mid(4), QColor());
            done = added ? Status(Ok{}) : Status(added.error());
        } else if (action == u"move into child"_s) {
            done = m_editor->reparentTag(od, mr);
        } else if (action == u"move into itself"_s) {
            done = m_editor->reparentTag(od, od);
        } else if (action == u"merge into itself"_s) {
            done = m_editor->mergeTags(od, od);
        } else if (action == u"merge into child"_s) {
            done = m_editor->mergeTags(od, mr);
        } else {
            done = m_editor->removeTag(id(root), WhatBecomesOfHighlights::MoveToParent);
        }
        QVERIFY(!done.ok());
        QVERIFY2(done.error().message.contains(message), qPrintable(done.error().message));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(state(), before);
    }

    void renamingToOtherCaseIsAllowed()
    {
        QVERIFY(m_editor->renameTag(id(service), u"Customer Service Is Marketing"_s).ok());
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(tags().codebook()->byPath(root + u"/Customer Service Is Marketing"_s));
    }

    void mergeRefusedWhenChildrenClash()
    {
        // Organisation design's children would meet a sibling of the same name under Customer service.
        QVERIFY(m_editor->addTag(id(service), u"Departmental silos"_s, QColor()).ok());
        const QStringList before = state();
        const Status merged = m_editor->mergeTags(id(design), id(service));
        QVERIFY(!merged.ok());
        QVERIFY2(merged.error().message.contains(u"Departmental silos"_s), qPrintable(merged.error().message));
        QCOMPARE(m_stack->count(), 1); // only the add
        QCOMPARE(state(), before);
    }

    void changesThatChangeNothingPushNothing()
    {
        const Tag cs = *tags().codebook()->tag(id(service));
        QVERIFY(m_editor->renameTag(cs.id, cs.name).ok());
        QVERIFY(m_editor->recolourTag(cs.id, cs.colour).ok());
        QVERIFY(m_editor->reparentTag(cs.id, cs.parentId, cs.position).ok());
        QCOMPARE(m_stack->count(), 0);
    }

    void failedRedoIsReported()
    {
        QSignalSpy errors(m_editor.get(), &CodebookEditor::errorOccurred);
        QVERIFY(m_editor->addTag(0, u"Pricing"_s, QColor(u"#57e389"_s)).ok());
        m_stack->undo();
        // Something else takes the name meanwhile: putting the tag back must fail loudly, not silently.
        QVERIFY(tags().add(Tag{0, 0, u"Pricing"_s, QColor(u"#000000"_s), {}, 5}).ok());
        m_stack->redo();
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCodebookEditor)
#include "tst_codebookeditor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationeditor.h"

#include "testlibrary.h"

#include <QFile>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TstAnnotationEditor : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    qint64 m_postId = 0;
    QString m_text;

    Highlight passage(int start, int end) const
    {
        Highlight h;
        h.postId = m_postId;
        h.anchor = AnchorResolver::anchorFor(m_text, start, end);
        return h;
    }

    int stored() const { return int(m_lib.library->highlights().forPost(m_postId)->size()); }

private Q_SLOTS:
    void init()
    {
        m_lib.library.reset();
        QFile::remove(m_lib.path());
        QVERIFY(m_lib.openLibrary());
        m_postId = m_lib.library->posts().summaries()->at(2).id;
        m_text = m_lib.library->posts().post(m_postId)->anchorText();
    }

    void addUndoRedo()
    {
        QUndoStack stack;
        AnnotationEditor editor(m_lib.library->highlights(), &stack);
        QSignalSpy changed(&editor, &AnnotationEditor::highlightsChanged);
        const auto id = editor.addHighlight(passage(10, 40));
        QVERIFY(id.ok());
        QCOMPARE(stored(), 1);
        QCOMPARE(changed.count(), 1);
        stack.undo();
        QCOMPARE(stored(), 0);
        stack.redo();
        QCOMPARE(stored(), 1);
        QCOMPARE(m_lib.library->highlights().highlight(*id)->anchor.quote, m_text.mid(10, 30));
        QCOMPARE(changed.count(), 3);
    }

    // Each write says which highlight it stored or removed, so a view needs no re-read; undo and redo too.
    void writesNameTheHighlight()
    {
        QUndoStack stack;
        AnnotationEditor editor(m_lib.library->highlights(), &stack);
        QSignalSpy stored(&editor, &AnnotationEditor::highlightStored);
        QSignalSpy removed(&editor, &AnnotationEditor::highlightRemoved);
        QSignalSpy changed(&editor, &AnnotationEditor::highlightsChanged);
        auto storedId = [&](int i) { return stored.at(i).at(0).value<Highlight>().id; };

        const auto id = editor.addHighlight(passage(10, 40));
        QVERIFY(id.ok());
        QCOMPARE(stored.count(), 1);
        QCOMPARE(storedId(0), *id);
        QCOMPARE(stored.at(0).at(0).value<Highlight>(), *m_lib.library->highlights().highlight(*id));
        QVERIFY(editor.editNote(*id, u"why it matters"_s).ok());
        QCOMPARE(stored.count(), 2);
        QCOMPARE(stored.at(1).at(0).value<Highlight>().note, u"why it matters"_s);

        stack.undo(); // the note
        QCOMPARE(stored.count(), 3);
        QCOMPARE(stored.at(2).at(0).value<Highlight>().note, QString());
        stack.undo(); // the highlight
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toLongLong(), m_postId);
        QCOMPARE(removed.at(0).at(1).toLongLong(), *id);
        stack.redo();
        QCOMPARE(stored.count(), 4);
        QCOMPARE(storedId(3), *id);
        QVERIFY(editor.removeHighlight(*id).ok());
        QCOMPARE(removed.count(), 2);
        // Every one of them also told that the post's highlights changed.
        QCOMPARE(changed.count(), stored.count() + removed.count());
    }

    void removeUndoKeepsIdTagsAndNote()
    {
        QUndoStack stack;
        AnnotationEditor editor(m_lib.library->highlights(), &stack);
        Highlight h = passage(5, 25);
        const qint64 tagId = m_lib.library->tags().codebook()->tags().first().id;
        h.tags = {Tagging{tagId, Stance::Challenges}};
        h.note = u"a note"_s;
        const auto id = editor.addHighlight(h);
        const Highlight before = *m_lib.library->highlights().highlight(*id);
        QVERIFY(editor.removeHighlight(*id).ok());
        QCOMPARE(stored(), 0);
        stack.undo();
        QCOMPARE(*m_lib.library->highlights().highlight(*id), before);
        stack.redo();
        QCOMPARE(stored(), 0);
    }

    void edits_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("note") << u"note"_s;
        QTest::newRow("tags and stance") << u"tags"_s;
        QTest::newRow("colour") << u"colour"_s;
        QTest::newRow("style") << u"style"_s;
    }

    void edits()
    {
        QFETCH(QString, what);
        QUndoStack stack;
        AnnotationEditor editor(m_lib.library->highlights(), &stack);
        const auto id = editor.addHighlight(passage(0, 12));
        const Highlight before = *m_lib.library->highlights().highlight(*id);
        Highlight after = before;
        if (what == u"note"_s)
            after.note = u"**why** it matters"_s;
        else if (what == u"tags"_s)
            after.tags = {Tagging{m_lib.library->tags().codebook()->tags().last().id, Stance::Example}};
        else if (what == u"colour"_s)
            after.colour = QColor(u"#62a0ea"_s);
        else
            after.style = Highlight::Style::Underline;
        QVERIFY(editor.editHighlight(after, u"Edit"_s).ok());
        auto now = *m_lib.library->highlights().highlight(*id);
        QVERIFY(now.modified >= before.modified);
        after.modified = now.modified;
        QCOMPARE(now, after);

        stack.undo();
        QCOMPARE(*m_lib.library->highlights().highlight(*id), before);
        stack.redo();
        now = *m_lib.library->highlights().highlight(*id);
        after.modified = now.modified;
        QCOMPARE(now, after);
    }

    void noteTypingIsOneUndoStep()
    {
        QUndoStack stack;
        AnnotationEditor editor(m_lib.library->highlights(), &stack);
        const auto id = editor.addHighlight(passage(0, 12));
        QVERIFY(editor.editNote(*id, u"r"_s).ok());
        QVERIFY(editor.editNote(*id, u"re"_s).ok());
        QVERIFY(editor.editNote(*id, u"receptionist"_s).ok());
        QCOMPARE(stack.count(), 2); // add + one merged note edit
        stack.undo();
        QCOMPARE(m_lib.library->highlights().highlight(*id)->note, QString());
    }

    void failedWriteIsReportedAndNotPushed()
    {
        QUndoStack stack;
        AnnotationEditor editor(m_lib.library->highlights(), &stack);
        Highlight h = passage(0, 5);
        h.postId = 999; // no such post: the foreign key refuses it
        const auto id = editor.addHighlight(h);
        QVERIFY(!id.ok());
        QCOMPARE(stack.count(), 0);
        QVERIFY(!editor.removeHighlight(12345).ok());
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TstAnnotationEditor)
#include "tst_annotationeditor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationeditor.h"

#include "library.h"
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

    // A note typed on the highlight as it is stored now.
    Status typeNote(AnnotationEditor &editor, qint64 id, const QString &note) const
    {
        const Highlight now = *m_lib.library->highlights().highlight(id);
        return editor.editNote(id, note, now.version, now.note);
    }

    // What a user sees of a highlight: everything but the version count every write moves on.
    static Highlight content(Highlight h)
    {
        h.version = 0;
        return h;
    }

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
        QVERIFY(typeNote(editor, *id, u"why it matters"_s).ok());
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
        QCOMPARE(content(*m_lib.library->highlights().highlight(*id)), content(before));
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
        QCOMPARE(content(now), content(after));
        QCOMPARE(now.version, before.version + 1);

        stack.undo();
        QCOMPARE(content(*m_lib.library->highlights().highlight(*id)), content(before));
        stack.redo();
        now = *m_lib.library->highlights().highlight(*id);
        after.modified = now.modified;
        QCOMPARE(content(now), content(after));
    }

    void noteTypingIsOneUndoStep()
    {
        QUndoStack stack;
        AnnotationEditor editor(m_lib.library->highlights(), &stack);
        const auto id = editor.addHighlight(passage(0, 12));
        QVERIFY(typeNote(editor, *id, u"r"_s).ok());
        QVERIFY(typeNote(editor, *id, u"re"_s).ok());
        QVERIFY(typeNote(editor, *id, u"receptionist"_s).ok());
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

    // Two windows (or two teammates) on one library. Window A's undo never takes back B's later change: it is
    // refused with a message naming B, leaves the stack, and what B wrote stays (data-driven over A's step).
    void undoTakesBackOnlyOwnEdits_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("undo an edit") << u"edit"_s;
        QTest::newRow("undo an add") << u"add"_s;
        QTest::newRow("redo a removal") << u"remove"_s;
    }

    void undoTakesBackOnlyOwnEdits()
    {
        QFETCH(QString, step);
        auto other = Library::open(m_lib.path());
        QVERIFY(other);
        (*other)->database().setAuthor(u"bob"_s);
        QUndoStack stack;
        AnnotationEditor editor(m_lib.library->highlights(), &stack);
        QSignalSpy errors(&editor, &AnnotationEditor::errorOccurred);
        const auto id = editor.addHighlight(passage(10, 40));
        QVERIFY(id);
        if (step == u"edit"_s)
            QVERIFY(typeNote(editor, *id, u"mine"_s));
        if (step == u"remove"_s) {
            QVERIFY(editor.removeHighlight(*id));
            stack.undo(); // put back
            QVERIFY(errors.isEmpty());
        }
        const int steps = stack.index();

        Highlight theirs = *(*other)->highlights().highlight(*id);
        theirs.colour = QColor(u"#62a0ea"_s);
        QVERIFY((*other)->highlights().update(theirs));

        if (step == u"remove"_s)
            stack.redo();
        else
            stack.undo();
        QCOMPARE(errors.count(), 1);
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(u"bob"_s), qPrintable(message));
        const auto stored = m_lib.library->highlights().highlight(*id);
        QVERIFY(stored);
        QCOMPARE(stored->colour, QColor(u"#62a0ea"_s));
        QCOMPARE(stored->modifiedBy, u"bob"_s);
        if (step == u"edit"_s)
            QCOMPARE(stored->note, u"mine"_s);
        // The refused step is gone; the ones before it stay.
        QCOMPARE(stack.count(), step == u"remove"_s ? steps : steps - 1);
    }

    // A note typed while someone else changed the same note is refused, not written over theirs; a change to
    // the rest of the highlight in the meantime is kept under the new note.
    void concurrentNoteEdits_data()
    {
        QTest::addColumn<bool>("theyChangedTheNote");
        QTest::newRow("they changed the note") << true;
        QTest::newRow("they changed the colour") << false;
    }

    void concurrentNoteEdits()
    {
        QFETCH(bool, theyChangedTheNote);
        auto other = Library::open(m_lib.path());
        QVERIFY(other);
        (*other)->database().setAuthor(u"bob"_s);
        QUndoStack stack;
        AnnotationEditor editor(m_lib.library->highlights(), &stack);
        const auto id = editor.addHighlight(passage(10, 40));
        const Highlight seen = *m_lib.library->highlights().highlight(*id);

        Highlight theirs = seen;
        if (theyChangedTheNote)
            theirs.note = u"bob's note"_s;
        else
            theirs.colour = QColor(u"#62a0ea"_s);
        QVERIFY((*other)->highlights().update(theirs));

        const Status typed = editor.editNote(*id, u"my note"_s, seen.version, seen.note);
        const auto stored = m_lib.library->highlights().highlight(*id);
        if (theyChangedTheNote) {
            QVERIFY(!typed);
            QCOMPARE(typed.error().code, Error::Code::Conflict);
            QVERIFY2(typed.error().message.contains(u"bob"_s), qPrintable(typed.error().message));
            QCOMPARE(stored->note, u"bob's note"_s);
            QCOMPARE(stack.count(), 1);
        } else {
            QVERIFY(typed);
            QCOMPARE(stored->note, u"my note"_s);
            QCOMPARE(stored->colour, QColor(u"#62a0ea"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TstAnnotationEditor)
#include "tst_annotationeditor.moc"

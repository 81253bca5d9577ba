// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationbrowser.h"
#include "codebookeditor.h"
#include "colourmeaningsdialog.h"
#include "colourmenu.h"
#include "exportdialog.h"
#include "tagmanagerdialog.h"
#include "highlightlistmodel.h"
#include "highlightpanel.h"
#include "library.h"
#include "noteconflictdialog.h"
#include "postdocument.h"
#include "postlistmodel.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "testlibrary.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextFrame>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;

    // The character format painted at an offset of the post's text.
    static QTextCharFormat paintedAt(ReaderView *reader, int anchorOffset)
    {
        QTextCursor cursor(reader->document());
        cursor.setPosition(reader->postDocument()->documentPosition(anchorOffset) + 1);
        return cursor.charFormat();
    }

    static bool highlighted(ReaderView *reader, int anchorOffset)
    {
        const QTextCharFormat f = paintedAt(reader, anchorOffset);
        return (f.background().style() != Qt::NoBrush && f.background().color().alpha() > 0) || f.fontUnderline()
            || f.fontStrikeOut();
    }

    // The action a user would pick by its label; fails the test when there is none.
    static QAction *findAction(QWidget *window, const QString &text)
    {
        for (QAction *a : window->findChildren<QAction *>()) {
            if (a->text().remove(u'&') == text)
                return a;
        }
        qFatal("no action labelled %s", qPrintable(text));
    }

    // Selects the first ten characters of the open post and highlights them, as a reader would.
    static ReaderView *highlightFirstWords(QWidget &window)
    {
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        QTextCursor cursor(reader->document());
        const int from = reader->postDocument()->documentPosition(0);
        cursor.setPosition(from);
        cursor.setPosition(from + 10, QTextCursor::KeepAnchor);
        reader->setTextCursor(cursor);
        findAction(&window, u"Highlight"_s)->trigger();
        return reader;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_lib.openLibrary()); }

    void showsFivePostsAndOpensTheFirst()
    {
        Settings settings(m_lib.dir.filePath(u"a.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        QVERIFY(list && reader);
        QCOMPARE(list->model()->rowCount(), 5);
        QVERIFY(list->currentIndex().isValid());
        QVERIFY(reader->postDocument());
        QCOMPARE(reader->document()->firstBlock().text(), list->currentIndex().data().toString());
    }

    void selectingAPostShowsItInTheReader_data()
    {
        QTest::addColumn<int>("row");
        for (int row = 0; row < 5; ++row)
            QTest::addRow("row %d", row) << row;
    }

    void selectingAPostShowsItInTheReader()
    {
        QFETCH(int, row);
        Settings settings(m_lib.dir.filePath(u"b.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        const QModelIndex index = list->model()->index(row, 0);
        list->setCurrentIndex(index);
        QCOMPARE(reader->document()->firstBlock().text(), index.data().toString());
        QVERIFY(window.windowTitle().startsWith(index.data().toString()));
    }

    void filterBoxNarrowsTheList()
    {
        Settings settings(m_lib.dir.filePath(u"c.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        auto *filter = window.findChild<QLineEdit *>(u"postFilter"_s);
        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        QTest::keyClicks(filter, u"labour"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Return);
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        QCOMPARE(reader->document()->firstBlock().text(), u"The new division of marketing labour"_s);
        filter->clear();
        QCOMPARE(list->model()->rowCount(), 5);
    }

    void zoomAndLayoutAreRemembered()
    {
        const QString file = m_lib.dir.filePath(u"d.conf"_s);
        qint64 openedId = 0;
        {
            Settings settings(file);
            MainWindow window(*m_lib.library, settings);
            window.show();
            auto *reader = window.findChild<ReaderView *>(u"reader"_s);
            const qreal before = reader->document()->defaultFont().pointSizeF();
            findAction(&window, u"Zoom In"_s)->trigger();
            findAction(&window, u"Zoom In"_s)->trigger();
            QCOMPARE(reader->zoomSteps(), 2);
            QVERIFY(reader->document()->defaultFont().pointSizeF() > before);
            auto *list = window.findChild<QTreeView *>(u"documentList"_s);
            list->setCurrentIndex(list->model()->index(2, 0));
            openedId = reader->postDocument()->post().id;
            window.findChild<QSplitter *>(u"splitter"_s)->setSizes({200, 900});
            window.close();
        }
        Settings settings(file);
        MainWindow window(*m_lib.library, settings);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        QCOMPARE(reader->zoomSteps(), 2);
        QCOMPARE(reader->postDocument()->post().id, openedId);
        // The narrow list the reader chose, not the default 2:3 split.
        const QList<int> sizes = window.findChild<QSplitter *>(u"splitter"_s)->sizes();
        QVERIFY2(sizes.first() * 3 < sizes.last(), qPrintable(u"%1 / %2"_s.arg(sizes.first()).arg(sizes.last())));
    }

    // Titles get the room by default; the other columns are one click away, and the choice is kept.
    void documentListColumnsAreChosenAndRemembered()
    {
        const QString file = m_lib.dir.filePath(u"columns.conf"_s);
        {
            Settings settings(file);
            MainWindow window(*m_lib.library, settings);
            window.show();
            QHeaderView *header = window.findChild<QTreeView *>(u"documentList"_s)->header();
            QVERIFY(header->isSectionHidden(PostListModel::WordsColumn));
            QVERIFY(!header->isSectionHidden(PostListModel::DateColumn));
            QVERIFY(!header->isSectionHidden(PostListModel::HighlightsColumn));
            // The titles get more room than any other column.
            const auto titleIsWidest = [header] {
                for (int column = PostListModel::DateColumn; column < PostListModel::ColumnCount; ++column) {
                    if (header->sectionSize(PostListModel::TitleColumn) <= header->sectionSize(column))
                        return false;
                }
                return true;
            };
            QTRY_VERIFY(titleIsWidest());
            auto *menu = window.findChild<QMenu *>(u"documentListColumns"_s);
            QVERIFY(menu);
            Q_EMIT menu->aboutToShow();
            QAction *words = nullptr;
            for (QAction *action : menu->actions()) {
                QCOMPARE(action->isChecked(), !header->isSectionHidden(action->data().toInt()));
                if (action->data().toInt() == PostListModel::WordsColumn)
                    words = action;
            }
            QVERIFY(words);
            words->trigger();
            QVERIFY(!header->isSectionHidden(PostListModel::WordsColumn));
            window.close();
        }
        Settings settings(file);
        MainWindow window(*m_lib.library, settings);
        window.show();
        QHeaderView *header = window.findChild<QTreeView *>(u"documentList"_s)->header();
        QVERIFY(!header->isSectionHidden(PostListModel::WordsColumn));
        QVERIFY(header->isSectionHidden(PostListModel::CommentsColumn));
        QCOMPARE(header->sectionResizeMode(PostListModel::TitleColumn), QHeaderView::Stretch);
    }

    void nextAndPreviousPost()
    {
        Settings settings(m_lib.dir.filePath(u"e.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        list->setCurrentIndex(list->model()->index(0, 0));
        findAction(&window, u"Next Post"_s)->trigger();
        QCOMPARE(list->currentIndex().row(), 1);
        findAction(&window, u"Previous Post"_s)->trigger();
        findAction(&window, u"Previous Post"_s)->trigger();
        QCOMPARE(list->currentIndex().row(), 0);
    }

    void highlightSelectionUndoRedo()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Settings settings(lib.dir.filePath(u"g.conf"_s));
        MainWindow window(*lib.library, settings);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        auto *panelList = window.findChild<QListView *>(u"highlightList"_s);
        QVERIFY(reader->postDocument());
        const Post post = reader->postDocument()->post();
        const QString quote = post.paragraphs.first().left(40);

        // Select the passage as a reader would, then Edit ▸ Highlight.
        QTextCursor cursor(reader->document());
        const int from = reader->postDocument()->documentPosition(int(post.title.size()) + 1);
        cursor.setPosition(from);
        cursor.setPosition(from + int(quote.size()), QTextCursor::KeepAnchor);
        reader->setTextCursor(cursor);
        findAction(&window, u"Highlight"_s)->trigger();

        QCOMPARE(panelList->model()->rowCount(), 1);
        QCOMPARE(panelList->model()->index(0, 0).data(HighlightListModel::QuoteRole).toString(), quote);
        auto stored = lib.library->highlights().forPost(post.id);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().anchor.quote, quote);
        // Painted: exactly that passage has a background.
        const int start = int(post.title.size()) + 1;
        QVERIFY(highlighted(reader, start));
        QVERIFY(highlighted(reader, start + int(quote.size()) - 1));
        QVERIFY(!highlighted(reader, start + int(quote.size()) + 1));

        findAction(&window, u"Undo Highlight"_s)->trigger();
        QCOMPARE(lib.library->highlights().forPost(post.id)->size(), 0);
        QCOMPARE(panelList->model()->rowCount(), 0);
        QVERIFY(!highlighted(reader, start));

        findAction(&window, u"Redo Highlight"_s)->trigger();
        QCOMPARE(lib.library->highlights().forPost(post.id)->size(), 1);
        QCOMPARE(panelList->model()->rowCount(), 1);
        QVERIFY(highlighted(reader, start));
    }

    void switchingAwayFromAHighlightedPost()
    {
        // Regression: the reader's highlight painting referred to the previous post's document after a switch.
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const auto posts = lib.library->posts().summaries();
        const Post first = *lib.library->posts().post(posts->at(0).id);
        Highlight h;
        h.postId = first.id;
        h.anchor = AnchorResolver::anchorFor(first.anchorText(), 0, 20);
        QVERIFY(lib.library->highlights().add(h).ok());
        Settings settings(lib.dir.filePath(u"k.conf"_s));
        settings.setLastPostId(first.id);
        MainWindow window(*lib.library, settings);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        QVERIFY(highlighted(reader, 5));
        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            list->setCurrentIndex(list->model()->index(row, 0));
            (void)reader->grab();
        }
        QVERIFY(reader->postDocument());
    }

    void clickingAHighlightSelectsItInThePanel()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const qint64 postId = lib.library->posts().summaries()->at(2).id;
        const Post post = *lib.library->posts().post(postId);
        const int start = int(post.title.size()) + 1;
        QList<qint64> ids;
        for (int i = 0; i < 2; ++i) {
            Highlight h;
            h.postId = postId;
            h.anchor = AnchorResolver::anchorFor(post.anchorText(), start + i * 60, start + i * 60 + 40);
            ids << *lib.library->highlights().add(h);
        }
        Settings settings(lib.dir.filePath(u"l.conf"_s));
        settings.setLastPostId(postId);
        MainWindow window(*lib.library, settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        auto *panel = window.findChild<HighlightPanel *>();
        QTextCursor cursor(reader->document());
        cursor.setPosition(reader->postDocument()->documentPosition(start + 60 + 20));
        QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, reader->cursorRect(cursor).center());
        QCOMPARE(panel->currentHighlightId(), ids[1]);
    }

    void searchResultOpensThePostWithHitsMarked()
    {
        Settings settings(m_lib.dir.filePath(u"m.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        findAction(&window, u"Search Library"_s)->trigger();
        auto *field = window.findChild<QLineEdit *>(u"searchField"_s);
        QVERIFY(field);
        QTest::keyClicks(field, u"receptionist"_s);
        auto *results = window.findChild<QListView *>(u"searchResults"_s);
        QTRY_VERIFY(results->model()->rowCount() > 0);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(reader->document()->firstBlock().text(), u"How many people are there in your marketing department?"_s);
        // The hits are marked in the reader.
        QVERIFY(reader->extraSelections().size() >= 1);
        QVERIFY(reader->extraSelections().first().cursor.selectedText().contains(u"receptionist"_s,
                                                                                Qt::CaseInsensitive));
    }

    void findInPostCountsAndMarksMatches()
    {
        Settings settings(m_lib.dir.filePath(u"n.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        findAction(&window, u"Find in Post"_s)->trigger();
        auto *field = window.findChild<QLineEdit *>(u"findField"_s);
        QVERIFY(field->isVisibleTo(&window));
        QTest::keyClicks(field, u"marketing"_s);
        const int expected = int(reader->document()->toPlainText().count(u"marketing"_s, Qt::CaseInsensitive));
        QTRY_COMPARE(int(reader->extraSelections().size()), expected);
        QVERIFY(window.findChild<QLabel *>(u"findCount"_s)->text().contains(QString::number(expected)));
    }

    void annotationBrowserOpensTheHighlight()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const qint64 postId = lib.library->posts().summaries()->at(4).id;
        const Post post = *lib.library->posts().post(postId);
        Highlight h;
        h.postId = postId;
        h.anchor = AnchorResolver::anchorFor(post.anchorText(), 0, 15);
        const qint64 id = *lib.library->highlights().add(h);
        Settings settings(lib.dir.filePath(u"o.conf"_s));
        settings.setLastPostId(lib.library->posts().summaries()->at(0).id);
        MainWindow window(*lib.library, settings);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        QVERIFY(reader->postDocument()->post().id != postId);
        findAction(&window, u"Annotations"_s)->trigger();
        auto *browser = window.findChild<AnnotationBrowser *>();
        QVERIFY(browser->isVisible());
        Q_EMIT browser->highlightActivated(postId, id);
        QCOMPARE(reader->postDocument()->post().id, postId);
        QCOMPARE(window.findChild<HighlightPanel *>()->currentHighlightId(), id);
    }

    void importedFileAppearsInTheList()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const QString file = lib.dir.filePath(u"mine.txt"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Monday, March 2, 2015\n\nThe help desk is the brand\n\nEvery call is marketing.\n");
        out.close();
        Settings settings(lib.dir.filePath(u"p.conf"_s));
        MainWindow window(*lib.library, settings);
        window.show();
        auto *list = window.findChild<QTreeView *>(u"documentList"_s);
        QCOMPARE(list->model()->rowCount(), 5);
        window.importPaths({file});
        QTRY_COMPARE(list->model()->rowCount(), 6);
        QCOMPARE(*lib.library->posts().count(), 6);
    }

    void renamingAnArgumentShowsEverywhere()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const qint64 postId = lib.library->posts().summaries()->at(1).id;
        const Post post = *lib.library->posts().post(postId);
        const Codebook codebook = *lib.library->tags().codebook();
        const Tag *tag = codebook.byPath(u"Marketing belongs to everyone/Customer service is marketing"_s);
        Highlight h;
        h.postId = postId;
        h.anchor = AnchorResolver::anchorFor(post.anchorText(), 0, 10);
        h.tags = {Tagging{tag->id, Stance::Supports}};
        QVERIFY(lib.library->highlights().add(h).ok());
        Settings settings(lib.dir.filePath(u"q.conf"_s));
        settings.setLastPostId(postId);
        MainWindow window(*lib.library, settings);
        window.show();
        findAction(&window, u"Manage Arguments…"_s)->trigger();
        auto *dialog = window.findChild<TagManagerDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *editor = window.findChild<CodebookEditor *>();
        QVERIFY(editor->renameTag(tag->id, u"Service is marketing"_s).ok());
        auto *panelList = window.findChild<QListView *>(u"highlightList"_s);
        QVERIFY(panelList->model()->index(0, 0).data(HighlightListModel::TagsRole).toStringList().first().contains(
            u"Service is marketing"_s));
        findAction(&window, u"Undo Rename Argument “Customer service is marketing”"_s)->trigger();
        QVERIFY(panelList->model()->index(0, 0).data(HighlightListModel::TagsRole).toStringList().first().contains(
            u"Customer service is marketing"_s));
    }

    void exportDialogOpensForTheCurrentPost()
    {
        Settings settings(m_lib.dir.filePath(u"r.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        findAction(&window, u"Export Notes…"_s)->trigger();
        auto *dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
    }

    void panelFiltersByArgument()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const qint64 postId = lib.library->posts().summaries()->at(1).id;
        const Post post = *lib.library->posts().post(postId);
        const Codebook codebook = *lib.library->tags().codebook();
        const Tag *service = codebook.byPath(u"Marketing belongs to everyone/Customer service is marketing"_s);
        const Tag *caveat = codebook.byPath(u"Marketing belongs to everyone/Counter-arguments and caveats"_s);
        for (const Tag *tag : {service, caveat}) {
            Highlight h;
            h.postId = postId;
            h.anchor = AnchorResolver::anchorFor(post.anchorText(), int(tag->id) * 3, int(tag->id) * 3 + 10);
            h.tags = {Tagging{tag->id, Stance::Supports}};
            QVERIFY(lib.library->highlights().add(h).ok());
        }
        Settings settings(lib.dir.filePath(u"s.conf"_s));
        settings.setLastPostId(postId);
        MainWindow window(*lib.library, settings);
        window.show();
        auto *list = window.findChild<QListView *>(u"highlightList"_s);
        auto *filter = window.findChild<QComboBox *>(u"highlightTagFilter"_s);
        QCOMPARE(list->model()->rowCount(), 2);
        filter->setCurrentIndex(filter->findData(caveat->id));
        QCOMPARE(list->model()->rowCount(), 1);
        filter->setCurrentIndex(filter->findData(codebook.byPath(u"Marketing belongs to everyone"_s)->id));
        QCOMPARE(list->model()->rowCount(), 2); // the parent shows its children's highlights
    }

    void colourMeaningsAreEditable()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Settings settings(lib.dir.filePath(u"t.conf"_s));
        MainWindow window(*lib.library, settings);
        window.show();
        findAction(&window, u"Highlight Colours…"_s)->trigger();
        auto *dialog = window.findChild<ColourMeaningsDialog *>();
        QVERIFY(dialog);
        auto *first = dialog->findChildren<QLineEdit *>().first();
        first->setText(u"Quotable"_s);
        dialog->accept();
        QCOMPARE(lib.library->tags().colours()->first().meaning, u"Quotable"_s);
        auto *menu = window.findChild<ColourMenu *>();
        QVERIFY(menu->actions().first()->text().contains(u"Quotable"_s));
    }

    void noteTypedInThePanelIsSaved()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Settings settings(lib.dir.filePath(u"h.conf"_s));
        MainWindow window(*lib.library, settings);
        window.show();
        auto *reader = highlightFirstWords(window);

        auto *note = window.findChild<QPlainTextEdit *>(u"noteEditor"_s);
        QVERIFY(note->isEnabled());
        note->setFocus();
        QTest::keyClicks(note, u"receptionist = marketing"_s);
        const qint64 postId = reader->postDocument()->post().id;
        QTRY_COMPARE(lib.library->highlights().forPost(postId)->first().note, u"receptionist = marketing"_s);
    }

    // Someone else (a teammate, another window) changes the note while it is being typed: saving asks which to
    // keep, and neither text is lost (data-driven over the answer).
    void noteChangedElsewhereWhileTypingAsks_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("kept");
        QTest::newRow("keep mine") << u"keepMine"_s << u"mine"_s;
        QTest::newRow("keep theirs") << u"keepTheirs"_s << u"theirs"_s;
    }

    void noteChangedElsewhereWhileTypingAsks()
    {
        QFETCH(QString, button);
        QFETCH(QString, kept);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        auto teammate = Library::open(lib.where());
        QVERIFY(teammate);
        (*teammate)->database().setAuthor(u"bob"_s);
        Settings settings(lib.dir.filePath(u"c.conf"_s));
        MainWindow window(*lib.library, settings);
        window.show();
        auto *reader = highlightFirstWords(window);
        const qint64 postId = reader->postDocument()->post().id;
        const qint64 id = lib.library->highlights().forPost(postId)->first().id;

        auto *note = window.findChild<QPlainTextEdit *>(u"noteEditor"_s);
        note->setFocus();
        QTest::keyClicks(note, u"my reading"_s);
        Highlight theirs = *(*teammate)->highlights().highlight(id);
        theirs.note = u"bob's reading"_s;
        QVERIFY((*teammate)->highlights().update(theirs));

        window.findChild<HighlightPanel *>()->flushNote();
        NoteConflictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NoteConflictDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"theirNote"_s)->toPlainText(), u"bob's reading"_s);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"myNote"_s)->toPlainText(), u"my reading"_s);
        // Nothing was written over bob's note while the question is open.
        QCOMPARE(lib.library->highlights().highlight(id)->note, u"bob's reading"_s);
        dialog->findChild<QPushButton *>(button)->click();

        const QString expected = kept == u"mine"_s ? u"my reading"_s : u"bob's reading"_s;
        QTRY_COMPARE(lib.library->highlights().highlight(id)->note, expected);
        QTRY_COMPARE(note->toPlainText(), expected);
        if (kept == u"theirs"_s)
            QCOMPARE(QGuiApplication::clipboard()->text(), u"my reading"_s);
    }

    void colourStyleAndReattachFromThePanel()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const qint64 postId = lib.library->posts().summaries()->at(3).id;
        const Post post = *lib.library->posts().post(postId);
        Highlight orphan;
        orphan.postId = postId;
        orphan.anchor = TextAnchor{u"a passage that was edited away"_s, {}, {}, -1, -1};
        orphan.orphaned = true;
        const qint64 id = *lib.library->highlights().add(orphan);

        Settings settings(lib.dir.filePath(u"i.conf"_s));
        settings.setLastPostId(postId);
        MainWindow window(*lib.library, settings);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        auto *panel = window.findChild<HighlightPanel *>();
        QCOMPARE(reader->postDocument()->post().id, postId);
        panel->setCurrentHighlight(id);

        // Colour: the panel's colour menu, first named colour.
        auto *colours = panel->findChild<ColourMenu *>();
        colours->actions().first()->trigger();
        const QColor chosen = lib.library->highlights().highlight(id)->colour;
        QVERIFY(chosen.isValid());
        findAction(&window, u"Undo Colour Highlight"_s)->trigger();
        QVERIFY(!lib.library->highlights().highlight(id)->colour.isValid());

        // Re-attach the orphan to a passage selected in the reader.
        const QString quote = post.paragraphs.at(1).left(25);
        const int at = int(post.anchorText().indexOf(quote));
        QTextCursor cursor(reader->document());
        cursor.setPosition(reader->postDocument()->documentPosition(at));
        cursor.setPosition(reader->postDocument()->documentPosition(at + int(quote.size())), QTextCursor::KeepAnchor);
        reader->setTextCursor(cursor);
        auto *reattach = panel->findChild<QToolButton *>();
        for (QToolButton *b : panel->findChildren<QToolButton *>()) {
            if (b->text() == u"Re-attach"_s)
                reattach = b;
        }
        QVERIFY(reattach->isVisibleTo(panel));
        reattach->click();
        const Highlight placed = *lib.library->highlights().highlight(id);
        QVERIFY(!placed.orphaned);
        QCOMPARE(placed.anchor.quote, quote);
        QCOMPARE(placed.anchor.start, at);
        QVERIFY(highlighted(reader, at));
    }

    void argumentLabelsMakeRoomInTheMargin()
    {
        Settings settings(m_lib.dir.filePath(u"j.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        const qreal before = reader->document()->rootFrame()->frameFormat().rightMargin();
        findAction(&window, u"Show Argument Labels"_s)->trigger();
        QVERIFY(reader->showArgumentLabels());
        QVERIFY(reader->document()->rootFrame()->frameFormat().rightMargin() > before);
        QVERIFY(settings.showArgumentLabels());
    }

    void everyMenuActionHasAStatusTip()
    {
        Settings settings(m_lib.dir.filePath(u"f.conf"_s));
        MainWindow window(*m_lib.library, settings);
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (!a->isSeparator())
                    QVERIFY2(!a->statusTip().isEmpty(), qPrintable(a->text()));
            }
        }
    }

    // Every command of the window is in a menu (so reachable from the keyboard through the menu bar), and no
    // two commands answer to the same keys.
    void everyCommandIsInAMenuAndNoKeysClash()
    {
        Settings settings(m_lib.dir.filePath(u"k.conf"_s));
        MainWindow window(*m_lib.library, settings);
        QSet<QAction *> inMenus;
        std::function<void(QMenu *)> collect = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                inMenus.insert(a);
                if (a->menu())
                    collect(a->menu());
            }
        };
        QSet<QChar> mnemonics;
        for (QAction *top : window.menuBar()->actions()) {
            collect(top->menu());
            const QString title = top->text();
            const qsizetype amp = title.indexOf(u'&');
            QVERIFY2(amp >= 0, qPrintable(title)); // Alt+letter opens it
            QVERIFY2(!mnemonics.contains(title.at(amp + 1).toLower()), qPrintable(title));
            mnemonics.insert(title.at(amp + 1).toLower());
        }
        QHash<QKeySequence, QString> owner;
        for (QAction *a : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(inMenus.contains(a), qPrintable(a->text() + u" has keys but no menu"_s));
                QVERIFY2(!owner.contains(key),
                         qPrintable(u"%1 is both %2 and %3"_s.arg(key.toString(), owner.value(key), a->text())));
                owner.insert(key, a->text());
            }
        }
        QVERIFY(owner.size() > 20);
    }

    // Help ▸ Keyboard Shortcuts lists the commands of the menus with their keys.
    void keyboardShortcutsListsTheMenus()
    {
        Settings settings(m_lib.dir.filePath(u"l.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        findAction(&window, u"Keyboard Shortcuts"_s)->trigger();
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QStandardItemModel *model = dialog->model();
        QHash<QString, QString> keysOf;
        for (int g = 0; g < model->rowCount(); ++g) {
            const QStandardItem *group = model->item(g);
            for (int r = 0; r < group->rowCount(); ++r)
                keysOf.insert(group->child(r, 0)->text(), group->child(r, 1)->text());
        }
        QCOMPARE(keysOf.value(u"Highlight"_s), QKeySequence(Qt::CTRL | Qt::Key_H).toString(QKeySequence::NativeText));
        QVERIFY(keysOf.value(u"Search Library"_s).contains(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
        QVERIFY(keysOf.contains(u"Highlight With ▸ Yellow — Key claim"_s));
        QVERIFY(keysOf.contains(u"Preferences…"_s));

        auto *filter = dialog->findChild<QLineEdit *>(u"shortcutFilter"_s);
        auto *view = dialog->findChild<QTreeView *>(u"shortcutList"_s);
        QTest::keyClicks(filter, u"zoom"_s);
        int shown = 0;
        for (int g = 0; g < view->model()->rowCount(); ++g)
            shown += view->model()->rowCount(view->model()->index(g, 0));
        QCOMPARE(shown, 2); // Zoom In and Zoom Out
    }

    // Tab crosses the window in reading order: filter, document list, reader, then the Highlights panel.
    void tabOrderFollowsTheLayout()
    {
        Settings settings(m_lib.dir.filePath(u"m.conf"_s));
        MainWindow window(*m_lib.library, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *filter = window.findChild<QLineEdit *>(u"postFilter"_s);
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        const QStringList expected{u"documentList"_s, u"reader"_s};
        for (const QString &name : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_COMPARE(QApplication::focusWidget()->objectName(), name);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *panel = window.findChild<HighlightPanel *>();
        QTRY_VERIFY(panel->isAncestorOf(QApplication::focusWidget()));
    }

    // Preferences: the reader takes the font, size and line width at once; a new untagged highlight takes the
    // chosen colour.
    void preferencesApplyToTheReader()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Settings settings(lib.dir.filePath(u"n.conf"_s));
        MainWindow window(*lib.library, settings);
        window.resize(1400, 800);
        window.show();
        auto *reader = window.findChild<ReaderView *>(u"reader"_s);
        findAction(&window, u"Preferences…"_s)->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QDoubleSpinBox *>(u"fontSize"_s)->setValue(10.5);
        dialog->findChild<QSpinBox *>(u"lineWidth"_s)->setValue(40);
        auto *colour = dialog->findChild<QComboBox *>(u"highlightColour"_s);
        colour->setCurrentIndex(colour->findText(u"Blue"_s, Qt::MatchStartsWith));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(reader->document()->defaultFont().pointSizeF(), 10.5);
        QCOMPARE(reader->lineWidth(), 40);
        const QTextFrameFormat frame = reader->document()->rootFrame()->frameFormat();
        QVERIFY2(frame.leftMargin() > 0, qPrintable(QString::number(reader->viewport()->width()))); // centred
        QCOMPARE(frame.leftMargin(), frame.rightMargin());
        QCOMPARE(settings.readerFontSize(), 10.5);

        const Post post = reader->postDocument()->post();
        QTextCursor cursor(reader->document());
        const int from = reader->postDocument()->documentPosition(int(post.title.size()) + 1);
        cursor.setPosition(from);
        cursor.setPosition(from + 20, QTextCursor::KeepAnchor);
        reader->setTextCursor(cursor);
        findAction(&window, u"Highlight"_s)->trigger();
        const auto stored = lib.library->highlights().forPost(post.id);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().colour, QColor(u"#62a0ea"_s));
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"

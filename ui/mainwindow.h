// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

#include "highlight.h"
#include "tag.h"

class Actions;
class AnnotationEditor;
class ArgumentMenu;
class AnnotationBrowser;
class CodebookEditor;
class TagManagerDialog;
namespace KSyntaxHighlighting {
class Repository;
}
class ColourMenu;
class FindBar;
class SearchPanel;
class HighlightListModel;
class HighlightPanel;
class Library;
class PostFilterProxyModel;
class PostListModel;
class QUndoStack;
class QLineEdit;
class QSplitter;
class QTreeView;
class ReaderView;
class Settings;

// The document list, the reader, and the Highlights panel of the post being read.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Library &library, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the document list again and opens the post the reader had open last time (or the first).
    void reload();

    // Imports files or folders in the background, with progress and Cancel; the list follows when done.
    void importPaths(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    // The document list's columns: Title takes the room left; the others start as wide as a typical value (or
    // their heading) and are the user's to resize.
    void setDocumentListColumnWidths();
    void setDocumentListResizeModes();
    void createDocumentListColumnsMenu();
    void connectActions();
    void openCurrentPost();
    void stepPost(int delta);
    void updateStatus();
    void showAbout();
    void saveState();
    void showReaderMenu(const QPoint &pos);
    // Highlights the reader's selection, tagged when tag > 0.
    void highlightSelection(qint64 tagId = 0, Stance stance = Stance::Supports, const QColor &colour = {});
    void addArgument(qint64 highlightId, qint64 tagId, Stance stance);
    // Reads the stored highlight, lets change() alter it, and writes it back as one undoable edit named text.
    void editHighlight(qint64 id, const QString &text, const std::function<void(Highlight &)> &change);
    void reattachToSelection(qint64 id);
    void refreshHighlights(qint64 postId);
    // Saves a note typed over baseNote (seen at baseVersion); when someone else changed it meanwhile, asks which
    // to keep (NoteConflictDialog).
    void saveNote(qint64 id, const QString &note, int baseVersion, const QString &baseNote);
    void refreshAuthors();
    void updateWindowTitle(const QString &postTitle);
    void showLibraryInStatusBar();
    // Applies one highlight's edit of the open post to the panel's model (change) and the reader.
    void applyHighlightEdit(qint64 postId, const std::function<void()> &change);
    void reportError(const QString &message);
    void reloadCodebook();
    void reloadBrowser();
    void reloadColours();
    void showTagManager();
    void showPreferences();
    // The reader's font, size and line width from the settings.
    void applyReaderPreferences();
    void showExportDialog();
    void chooseImport();
    void connectToTeamLibrary();
    // Opens a post in the reader (clearing the filter when it hides the post).
    void openPost(qint64 postId);
    void openSearchResult(qint64 postId, qint64 highlightId, const QStringList &terms);

    Library &m_library;
    Settings &m_settings;
    Actions *m_actions;
    PostListModel *m_model;
    PostFilterProxyModel *m_proxy;
    QSplitter *m_splitter;
    QWidget *m_listPanel;
    QLineEdit *m_filter;
    QTreeView *m_list;
    QMenu *m_listColumns; // which columns the document list shows (View menu and the list's header)
    ReaderView *m_reader;
    QUndoStack *m_undo;
    AnnotationEditor *m_editor;
    HighlightListModel *m_highlights;
    HighlightPanel *m_panel;
    ArgumentMenu *m_readerArguments;
    ColourMenu *m_highlightWith;
    FindBar *m_findBar;
    SearchPanel *m_search;
    AnnotationBrowser *m_browser = nullptr; // made when the Annotations dock is first shown
    CodebookEditor *m_codebookEditor;
    TagManagerDialog *m_tagManager = nullptr; // made on first use
    std::unique_ptr<KSyntaxHighlighting::Repository> m_syntax; // one for the app, loaded on first use
    Codebook m_codebook;
    qint64 m_openPostId = 0;
    bool m_browserStale = false; // highlights changed while the annotation browser was hidden
    bool m_editApplied = false;  // the editor's last change is already in the panel and reader
};

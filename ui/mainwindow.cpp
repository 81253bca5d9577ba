// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actions.h"
#include "annotationbrowser.h"
#include "appearance.h"
#include "annotationeditor.h"
#include "argumentmenu.h"
#include "codebookeditor.h"
#include "colourmeaningsdialog.h"
#include "colourmenu.h"
#include "exportdialog.h"
#include "findbar.h"
#include "highlightlistmodel.h"
#include "highlightpanel.h"
#include "importjob.h"
#include "library.h"
#include "connectdialog.h"
#include "librarywatcher.h"
#include "noteconflictdialog.h"
#include "postdocument.h"
#include "postfilterproxymodel.h"
#include "postlistmodel.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "searchpanel.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "tagmanagerdialog.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QProcess>
#include <QProgressDialog>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Library &library, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_settings(settings)
    , m_actions(new Actions(this))
    , m_model(new PostListModel(library.posts(), this))
    , m_proxy(new PostFilterProxyModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_listPanel(new QWidget(m_splitter))
    , m_filter(new QLineEdit(m_listPanel))
    , m_list(new QTreeView(m_listPanel))
    , m_reader(new ReaderView(m_splitter))
    , m_undo(new QUndoStack(this))
    , m_editor(new AnnotationEditor(library.highlights(), m_undo, this))
    , m_highlights(new HighlightListModel(this))
    , m_panel(new HighlightPanel(m_highlights, this))
    , m_readerArguments(new ArgumentMenu(tr("Highlight as &Argument"), this))
    , m_highlightWith(new ColourMenu(tr("Highlight &With"), false, this))
    , m_findBar(new FindBar(m_reader, this))
    , m_search(new SearchPanel(library, this))
    , m_codebookEditor(new CodebookEditor(library.tags(), m_undo, this))
{
    setAcceptDrops(true);
    updateWindowTitle({});
    setObjectName(u"mainWindow"_s);

    m_filter->setObjectName(u"postFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by title, author or category"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter posts"));

    m_proxy->setSourceModel(m_model);
    m_list->setObjectName(u"documentList"_s);
    m_list->setAccessibleName(tr("Posts"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(false);
    setDocumentListColumnWidths();
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->sortByColumn(PostListModel::DateColumn, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(m_listPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    auto *readerPanel = new QWidget(m_splitter);
    auto *readerLayout = new QVBoxLayout(readerPanel);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    m_reader->setParent(readerPanel);
    m_findBar->setParent(readerPanel);
    readerLayout->addWidget(m_reader);
    readerLayout->addWidget(m_findBar);
    m_findBar->hide();

    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(readerPanel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    auto *dock = new QDockWidget(tr("Highlights"), this);
    dock->setObjectName(u"highlightsDock"_s);
    dock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    auto *searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(u"searchDock"_s);
    searchDock->setWidget(m_search);
    addDockWidget(Qt::RightDockWidgetArea, searchDock);
    tabifyDockWidget(searchDock, dock);
    dock->raise();
    searchDock->toggleViewAction()->setStatusTip(tr("Show or hide the search of the whole library"));
    auto *browserDock = new QDockWidget(tr("Annotations"), this);
    browserDock->setObjectName(u"annotationsDock"_s);
    // The browser reads the whole library when it is made: it is made when first shown, not at start.
    browserDock->setWidget(new QWidget(browserDock));
    addDockWidget(Qt::BottomDockWidgetArea, browserDock);
    browserDock->hide();
    browserDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    browserDock->toggleViewAction()->setStatusTip(
        tr("Show or hide every highlight of the library, by argument or by post, and the posts × arguments matrix"));
    dock->toggleViewAction()->setStatusTip(tr("Show or hide the highlights of the post"));
    m_readerArguments->menuAction()->setStatusTip(tr("Highlight the selected passage and tag it as an argument"));
    m_reader->setContextMenuPolicy(Qt::CustomContextMenu);

    if (auto codebook = m_library.tags().codebook(); codebook)
        m_codebook = *codebook;
    else
        reportError(codebook.error().message);
    m_panel->setCodebook(m_codebook);
    m_readerArguments->setCodebook(m_codebook);
    reloadColours();
    refreshAuthors();
    showLibraryInStatusBar();
    m_highlightWith->menuAction()->setStatusTip(tr("Highlight the selected passage in a colour of your choice"));

    createDocumentListColumnsMenu();
    createMenus();
    connectActions();

    resize(1200, 760);
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
    if (const QByteArray state = m_settings.splitterState(); !state.isEmpty())
        m_splitter->restoreState(state);
    if (const QByteArray state = m_settings.documentListHeaderState(); !state.isEmpty()) {
        m_list->header()->restoreState(state);
        setDocumentListResizeModes(); // a state saved by an older Gloss may carry other modes
    }
    m_reader->setZoomSteps(m_settings.readerZoom());
    applyReaderPreferences();
    m_actions->showArgumentLabels->setChecked(m_settings.showArgumentLabels());
    m_reader->setShowArgumentLabels(m_settings.showArgumentLabels());
    m_actions->toggleDocumentList->setChecked(m_listPanel->isVisibleTo(this));

    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDocumentListResizeModes()
{
    QHeaderView *header = m_list->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PostListModel::TitleColumn, QHeaderView::Stretch);
}

void MainWindow::setDocumentListColumnWidths()
{
    // Widths from the font rather than QHeaderView::ResizeToContents, which measures up to 1,000 rows of each
    // column at every layout: with 10,000 posts that was most of the time the window took to start.
    setDocumentListResizeModes();
    QHeaderView *header = m_list->header();
    const QFontMetrics metrics(m_list->font());
    const int padding = 2 * (m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1)
                        + metrics.averageCharWidth();
    const QLocale locale;
    const auto fit = [&](int column, const QString &sample) {
        header->resizeSection(column, std::max(metrics.horizontalAdvance(sample) + padding,
                                               header->sectionSizeHint(column)));
    };
    fit(PostListModel::DateColumn, locale.toString(QDate(2000, 12, 28), QLocale::ShortFormat));
    fit(PostListModel::AuthorColumn, QString(12, u'n'));
    fit(PostListModel::WordsColumn, locale.toString(88888));
    fit(PostListModel::CommentsColumn, locale.toString(888));
    fit(PostListModel::HighlightsColumn, locale.toString(888));
    // The list shares the window with the reader: titles get the room; author, words and comments are a
    // right-click away (or View ▸ Document List Columns).
    header->hideSection(PostListModel::AuthorColumn);
    header->hideSection(PostListModel::WordsColumn);
    header->hideSection(PostListModel::CommentsColumn);
}

void MainWindow::createDocumentListColumnsMenu()
{
    m_listColumns = new QMenu(tr("Document List &Columns"), this);
    m_listColumns->setObjectName(u"documentListColumns"_s);
    m_listColumns->menuAction()->setStatusTip(tr("Choose which columns the list of posts shows"));
    QHeaderView *header = m_list->header();
    for (int column = 0; column < PostListModel::ColumnCount; ++column) {
        if (column == PostListModel::TitleColumn)
            continue; // always shown
        QAction *action = m_listColumns->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setData(column);
        connect(action, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    connect(m_listColumns, &QMenu::aboutToShow, this, [this, header] {
        for (QAction *action : m_listColumns->actions()) {
            const QSignalBlocker blocker(action);
            action->setChecked(!header->isSectionHidden(action->data().toInt()));
        }
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_listColumns->popup(header->mapToGlobal(pos)); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->importPosts);
    file->addAction(m_actions->exportNotes);
    file->addSeparator();
    file->addAction(m_actions->connectToTeamLibrary);
    file->addSeparator();
    file->addAction(m_actions->quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->undo);
    edit->addAction(m_actions->redo);
    edit->addSeparator();
    edit->addAction(m_actions->highlight);
    edit->addMenu(m_highlightWith);
    edit->addMenu(m_readerArguments);
    edit->addAction(m_actions->removeHighlight);
    edit->addSeparator();
    edit->addAction(m_actions->manageArguments);
    edit->addAction(m_actions->editColourMeanings);
    edit->addSeparator();
    edit->addAction(m_actions->preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->focusFilter);
    view->addAction(m_actions->search);
    view->addAction(m_actions->find);
    view->addAction(m_actions->findNext);
    view->addAction(m_actions->findPrevious);
    view->addSeparator();
    view->addAction(m_actions->previousPost);
    view->addAction(m_actions->nextPost);
    view->addSeparator();
    view->addAction(m_actions->zoomIn);
    view->addAction(m_actions->zoomOut);
    view->addAction(m_actions->zoomReset);
    view->addSeparator();
    view->addAction(m_actions->showArgumentLabels);
    view->addAction(m_actions->toggleDocumentList);
    view->addMenu(m_listColumns);
    view->addAction(m_actions->fullScreen);
    view->addAction(findChild<QDockWidget *>(u"highlightsDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(u"searchDock"_s)->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(u"annotationsDock"_s)->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->keyboardShortcuts);
    help->addSeparator();
    help->addAction(m_actions->about);
    help->addAction(m_actions->aboutQt);
}

void MainWindow::connectActions()
{
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->importPosts, &QAction::triggered, this, &MainWindow::chooseImport);
    connect(m_actions->connectToTeamLibrary, &QAction::triggered, this, &MainWindow::connectToTeamLibrary);
    connect(m_actions->exportNotes, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_actions->manageArguments, &QAction::triggered, this, &MainWindow::showTagManager);
    connect(m_actions->editColourMeanings, &QAction::triggered, this, [this] {
        auto *dialog = new ColourMeaningsDialog(m_library.tags(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ColourMeaningsDialog::coloursChanged, this, &MainWindow::reloadColours);
        dialog->open();
    });
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_actions->keyboardShortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_codebookEditor, &CodebookEditor::codebookChanged, this, &MainWindow::reloadCodebook);
    connect(m_codebookEditor, &CodebookEditor::highlightsChanged, this, [this] {
        refreshHighlights(m_openPostId);
        reloadBrowser();
    });
    connect(m_codebookEditor, &CodebookEditor::errorOccurred, this, &MainWindow::reportError);
    connect(m_actions->undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_actions->redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_actions->undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_actions->redo, &QAction::setEnabled);
    // The actions as context: the stack outlives them while the window is destroyed.
    connect(m_undo, &QUndoStack::undoTextChanged, m_actions->undo, [this](const QString &text) {
        m_actions->undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undo, &QUndoStack::redoTextChanged, m_actions->redo, [this](const QString &text) {
        m_actions->redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(m_actions->highlight, &QAction::triggered, this, [this] { highlightSelection(); });
    connect(m_highlightWith, &ColourMenu::colourChosen, this,
            [this](const QColor &colour) { highlightSelection(0, Stance::Supports, colour); });
    connect(m_panel, &HighlightPanel::colourChosen, this, [this](qint64 id, const QColor &colour) {
        editHighlight(id, tr("Colour Highlight"), [&colour](Highlight &h) { h.colour = colour; });
    });
    connect(m_panel, &HighlightPanel::styleChosen, this, [this](qint64 id, Highlight::Style style) {
        editHighlight(id, tr("Change Highlight Style"), [style](Highlight &h) { h.style = style; });
    });
    connect(m_panel, &HighlightPanel::reattachRequested, this, &MainWindow::reattachToSelection);
    connect(m_readerArguments, &ArgumentMenu::argumentChosen, this,
            [this](qint64 tagId, Stance stance) { highlightSelection(tagId, stance); });
    connect(m_actions->removeHighlight, &QAction::triggered, this, [this] {
        if (const qint64 id = m_panel->currentHighlightId(); id > 0) {
            if (Status removed = m_editor->removeHighlight(id); !removed)
                reportError(removed.error().message);
        }
    });
    connect(m_reader, &QWidget::customContextMenuRequested, this, &MainWindow::showReaderMenu);
    connect(m_actions->search, &QAction::triggered, this, [this] {
        auto *searchDock = findChild<QDockWidget *>(u"searchDock"_s);
        searchDock->show();
        searchDock->raise();
        m_search->focusSearch();
    });
    connect(m_actions->find, &QAction::triggered, m_findBar, &FindBar::open);
    connect(m_actions->findNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    connect(m_actions->findPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    connect(m_findBar, &FindBar::matchesChanged, m_reader, &ReaderView::setFindSelections);
    connect(m_search, &SearchPanel::resultActivated, this, &MainWindow::openSearchResult);
    connect(m_editor, &AnnotationEditor::highlightsChanged, this, [this](qint64 postId) {
        if (m_browser && m_browser->isVisible())
            m_browser->refreshPost(postId);
        else
            m_browserStale = true;
    });
    connect(findChild<QDockWidget *>(u"annotationsDock"_s), &QDockWidget::visibilityChanged, this,
            [this](bool visible) {
                if (!visible)
                    return;
                if (!m_browser) {
                    m_browser = new AnnotationBrowser(m_library, this);
                    connect(m_browser, &AnnotationBrowser::highlightActivated, this,
                            [this](qint64 postId, qint64 highlightId) { openSearchResult(postId, highlightId, {}); });
                    findChild<QDockWidget *>(u"annotationsDock"_s)->setWidget(m_browser);
                    m_browserStale = false;
                } else if (std::exchange(m_browserStale, false)) {
                    m_browser->reload();
                }
            });
    // One highlight written or removed: the panel and the reader take it as it is, without reading the post's
    // highlights again (thousands of them would cost more than a frame).
    connect(m_editor, &AnnotationEditor::highlightStored, this, [this](const Highlight &h) {
        applyHighlightEdit(h.postId, [this, &h] { m_highlights->store(h); });
    });
    connect(m_editor, &AnnotationEditor::highlightRemoved, this, [this](qint64 postId, qint64 id) {
        applyHighlightEdit(postId, [this, id] { m_highlights->remove(id); });
    });
    connect(m_editor, &AnnotationEditor::highlightsChanged, this, &MainWindow::refreshHighlights);
    // A teammate's change in a team library: the post's highlights read again, the post itself and the reader's
    // scroll left as they are.
    auto *watcher = new LibraryWatcher(m_library.database(), this);
    // A teammate's new or renamed argument, or a colour's new meaning: menus, panel, reader and browser follow.
    connect(watcher, &LibraryWatcher::codebookChangedElsewhere, this, [this] {
        reloadCodebook();
        reloadColours();
    });
    connect(watcher, &LibraryWatcher::highlightsChangedElsewhere, this,
            [this](qint64 postId) {
                m_editApplied = false; // what the panel shows is not this change
                refreshHighlights(postId);
                refreshAuthors();
                if (m_browser && m_browser->isVisible())
                    m_browser->refreshPost(postId);
                else
                    m_browserStale = true;
            });
    connect(m_editor, &AnnotationEditor::errorOccurred, this, &MainWindow::reportError);
    connect(m_panel, &HighlightPanel::highlightActivated, m_reader, &ReaderView::revealHighlight);
    connect(m_reader, &ReaderView::highlightClicked, m_panel, &HighlightPanel::setCurrentHighlight);
    connect(m_panel, &HighlightPanel::noteEdited, this, &MainWindow::saveNote);
    connect(m_panel, &HighlightPanel::argumentChosen, this, &MainWindow::addArgument);
    connect(m_panel, &HighlightPanel::removeRequested, this, [this](qint64 id) {
        if (Status removed = m_editor->removeHighlight(id); !removed)
            reportError(removed.error().message);
    });
    connect(m_actions->focusFilter, &QAction::triggered, this, [this] {
        m_listPanel->show();
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_actions->nextPost, &QAction::triggered, this, [this] { stepPost(+1); });
    connect(m_actions->previousPost, &QAction::triggered, this, [this] { stepPost(-1); });
    connect(m_actions->zoomIn, &QAction::triggered, this, [this] { m_reader->setZoomSteps(m_reader->zoomSteps() + 1); });
    connect(m_actions->zoomOut, &QAction::triggered, this, [this] { m_reader->setZoomSteps(m_reader->zoomSteps() - 1); });
    connect(m_actions->zoomReset, &QAction::triggered, this, [this] { m_reader->setZoomSteps(0); });
    connect(m_reader, &ReaderView::zoomStepsChanged, this, [this](int steps) { m_settings.setReaderZoom(steps); });
    connect(m_actions->toggleDocumentList, &QAction::toggled, m_listPanel, &QWidget::setVisible);
    connect(m_actions->showArgumentLabels, &QAction::toggled, this, [this](bool on) {
        m_reader->setShowArgumentLabels(on);
        m_settings.setShowArgumentLabels(on);
    });
    connect(m_actions->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PostFilterProxyModel::setFilterText);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::openCurrentPost);
    // Enter in the filter box moves to the first match.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_list->setCurrentIndex(m_proxy->index(0, 0));
            m_list->setFocus(Qt::OtherFocusReason);
        }
    });
}

void MainWindow::reload()
{
    if (Status loaded = m_model->reload(); !loaded) {
        m_reader->showMessage(loaded.error().message);
        statusBar()->showMessage(loaded.error().message);
        return;
    }
    QModelIndex target = m_proxy->mapFromSource(m_model->indexForId(m_settings.lastPostId()));
    if (!target.isValid())
        target = m_proxy->index(0, 0);
    if (target.isValid())
        m_list->setCurrentIndex(target);
    updateStatus();
}

void MainWindow::openCurrentPost()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(PostListModel::IdRole).toLongLong();
    if (id == m_openPostId)
        return;
    m_panel->flushNote();
    const auto post = m_library.posts().post(id);
    if (!post) {
        m_reader->showMessage(post.error().message);
        return;
    }
    m_openPostId = id;
    m_reader->setPost(*post);
    const auto highlights = m_library.highlights().forPost(id);
    if (!highlights)
        reportError(highlights.error().message);
    m_highlights->setPost(id, highlights ? *highlights : QList<Highlight>{}, m_codebook);
    m_reader->setHighlights(m_highlights->highlights(), m_codebook);
    m_settings.setLastPostId(id);
    updateWindowTitle(post->title);
}

void MainWindow::updateWindowTitle(const QString &postTitle)
{
    // A team library is named beside the post, so two windows on two libraries are told apart.
    const bool team = m_library.database().backend() == Database::Backend::PostgreSQL;
    if (postTitle.isEmpty())
        setWindowTitle(team ? tr("%1 — Gloss").arg(m_library.database().path()) : tr("Gloss"));
    else if (team)
        setWindowTitle(tr("%1 — %2 — Gloss").arg(postTitle, m_library.database().path()));
    else
        setWindowTitle(tr("%1 — Gloss").arg(postTitle));
}

void MainWindow::showLibraryInStatusBar()
{
    const Database &db = m_library.database();
    const bool team = db.backend() == Database::Backend::PostgreSQL;
    if (!team && db.path() == Database::defaultSqlitePath() && !db.isReadOnly())
        return; // the usual library: nothing to point out
    auto *label = new QLabel(this);
    label->setObjectName(u"libraryLabel"_s);
    QString text = team ? tr("Team library: %1 (as %2)").arg(db.path(), db.author())
                        : tr("Library: %1").arg(QDir::toNativeSeparators(db.path()));
    if (db.isReadOnly())
        text += u" · "_s + tr("read-only");
    label->setText(text);
    label->setToolTip(db.isReadOnly() ? db.readOnlyReason() : text);
    statusBar()->addPermanentWidget(label);
}

void MainWindow::refreshAuthors()
{
    if (const auto authors = m_library.highlights().authors(); authors)
        m_panel->setAuthors(*authors);
}

void MainWindow::stepPost(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_proxy->index(row, 0));
}

void MainWindow::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    statusBar()->showMessage(shown == total ? tr("%n post(s)", nullptr, total)
                                            : tr("%1 of %n post(s)", nullptr, total).arg(shown));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Gloss"),
                       tr("<h3>Gloss %1</h3><p>Read blog posts and annotate them: highlight passages, tag them as "
                          "arguments, write notes, and take them elsewhere.</p><p>Licensed under the GNU General "
                          "Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::saveState()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(QMainWindow::saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setDocumentListHeaderState(m_list->header()->saveState());
    m_settings.sync();
}

void MainWindow::showReaderMenu(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(m_reader->createStandardContextMenu(pos));
    menu->addSeparator();
    menu->addAction(m_actions->highlight);
    menu->addMenu(m_readerArguments);
    const QList<Highlight> here = m_reader->highlightsAt(pos);
    if (!here.isEmpty()) {
        const qint64 id = here.last().id;
        QAction *remove = menu->addAction(QIcon::fromTheme(u"edit-delete"_s), tr("Delete This Highlight"));
        connect(remove, &QAction::triggered, this, [this, id] {
            if (Status removed = m_editor->removeHighlight(id); !removed)
                reportError(removed.error().message);
        });
        m_panel->setCurrentHighlight(id);
    }
    menu->exec(m_reader->viewport()->mapToGlobal(pos));
}

void MainWindow::highlightSelection(qint64 tagId, Stance stance, const QColor &colour)
{
    const PostDocument *doc = m_reader->postDocument();
    const auto range = m_reader->selectedRange();
    if (!doc || !range) {
        statusBar()->showMessage(tr("Select a passage of the post first."), 4000);
        return;
    }
    Highlight h;
    h.postId = doc->post().id;
    h.anchor = AnchorResolver::anchorFor(doc->post().anchorText(), range->first, range->second);
    if (tagId > 0)
        h.tags << Tagging{tagId, stance};
    // An untagged highlight without a chosen colour takes the one set in Preferences (if any).
    h.colour = colour.isValid() || tagId > 0 ? colour : m_settings.defaultHighlightColour();
    const auto id = m_editor->addHighlight(h);
    if (!id) {
        reportError(id.error().message);
        return;
    }
    m_panel->setCurrentHighlight(*id);
    statusBar()->showMessage(tr("Highlighted and saved."), 3000);
    refreshAuthors();
}

void MainWindow::saveNote(qint64 id, const QString &note, int baseVersion, const QString &baseNote)
{
    const Status saved = m_editor->editNote(id, note, baseVersion, baseNote);
    if (saved)
        return;
    if (saved.error().code != Error::Code::Conflict) {
        reportError(saved.error().message);
        return;
    }
    const auto theirs = m_library.highlights().highlight(id);
    if (!theirs) {
        reportError(theirs.error().message);
        return;
    }
    m_editApplied = false;
    refreshHighlights(theirs->postId); // the panel and reader show their version behind the dialog
    auto *dialog = new NoteConflictDialog(note, theirs->note, theirs->modifiedBy, theirs->modified, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, id, note, base = *theirs](int choice) {
        if (choice == NoteConflictDialog::KeepMine) {
            // On their version: if it has moved on again meanwhile, this asks again.
            saveNote(id, note, base.version, base.note);
        } else {
            statusBar()->showMessage(tr("Kept their note; yours is on the clipboard."), 8000);
        }
        m_panel->reloadNote();
    });
    dialog->open();
}

void MainWindow::editHighlight(qint64 id, const QString &text, const std::function<void(Highlight &)> &change)
{
    auto stored = m_library.highlights().highlight(id);
    if (!stored) {
        reportError(stored.error().message);
        return;
    }
    change(*stored);
    Status saved = m_editor->editHighlight(*stored, text);
    if (!saved && saved.error().code == Error::Code::Conflict) {
        // Changed by someone else between reading and writing: the change (a colour, a tag) applies on top of
        // theirs as well.
        stored = m_library.highlights().highlight(id);
        if (!stored) {
            reportError(stored.error().message);
            return;
        }
        change(*stored);
        saved = m_editor->editHighlight(*stored, text);
    }
    if (!saved)
        reportError(saved.error().message);
}

void MainWindow::addArgument(qint64 highlightId, qint64 tagId, Stance stance)
{
    editHighlight(highlightId, tr("Tag as Argument"), [tagId, stance](Highlight &h) {
        auto existing = std::find_if(h.tags.begin(), h.tags.end(), [tagId](const Tagging &t) { return t.tagId == tagId; });
        if (existing != h.tags.end())
            existing->stance = stance;
        else
            h.tags << Tagging{tagId, stance};
    });
}

void MainWindow::reattachToSelection(qint64 id)
{
    const PostDocument *doc = m_reader->postDocument();
    const auto range = m_reader->selectedRange();
    if (!doc || !range) {
        statusBar()->showMessage(tr("Select the passage the highlight belongs to, then Re-attach."), 5000);
        return;
    }
    const TextAnchor anchor = AnchorResolver::anchorFor(doc->post().anchorText(), range->first, range->second);
    editHighlight(id, tr("Re-attach Highlight"), [&anchor](Highlight &h) {
        h.anchor = anchor;
        h.orphaned = false;
    });
}

void MainWindow::applyHighlightEdit(qint64 postId, const std::function<void()> &change)
{
    if (postId != m_openPostId)
        return; // refreshHighlights reads what it needs
    change();
    m_reader->setHighlights(m_highlights->highlights(), m_codebook);
    m_editApplied = true;
}

void MainWindow::refreshHighlights(qint64 postId)
{
    if (postId == m_openPostId && std::exchange(m_editApplied, false)) {
        m_model->setHighlightCount(postId, m_highlights->rowCount());
        if (!m_search->text().isEmpty())
            m_search->refresh();
        return;
    }
    const auto highlights = m_library.highlights().forPost(postId);
    if (!highlights) {
        reportError(highlights.error().message);
        return;
    }
    m_model->setHighlightCount(postId, int(highlights->size()));
    if (!m_search->text().isEmpty())
        m_search->refresh();
    if (postId != m_openPostId)
        return;
    m_highlights->update(*highlights, m_codebook);
    m_reader->setHighlights(*highlights, m_codebook);
}

void MainWindow::openPost(qint64 postId)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(postId));
    if (!index.isValid() && !m_filter->text().isEmpty()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->indexForId(postId));
    }
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void MainWindow::openSearchResult(qint64 postId, qint64 highlightId, const QStringList &terms)
{
    openPost(postId);
    if (m_openPostId != postId)
        return;
    if (!terms.isEmpty())
        m_findBar->findAll(terms);
    if (highlightId > 0) {
        m_panel->setCurrentHighlight(highlightId);
        m_reader->revealHighlight(highlightId);
    }
}

void MainWindow::reloadCodebook()
{
    auto codebook = m_library.tags().codebook();
    if (!codebook) {
        reportError(codebook.error().message);
        return;
    }
    m_codebook = *codebook;
    m_panel->setCodebook(m_codebook);
    m_readerArguments->setCodebook(m_codebook);
    // Names and colours of arguments show in the list, the reader's paint and the browser.
    m_highlights->update(m_highlights->highlights(), m_codebook);
    m_reader->setHighlights(m_highlights->highlights(), m_codebook);
    reloadBrowser();
}

void MainWindow::showPreferences()
{
    auto colours = m_library.tags().colours();
    if (!colours)
        reportError(colours.error().message);
    auto *dialog = new PreferencesDialog(m_settings, colours ? *colours : QList<HighlightColour>{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, [this] {
        Appearance::apply(m_settings.colourScheme());
        applyReaderPreferences();
    });
    dialog->open();
}

void MainWindow::applyReaderPreferences()
{
    QFont font = QApplication::font();
    if (const QString family = m_settings.readerFontFamily(); !family.isEmpty())
        font.setFamily(family);
    if (const qreal size = m_settings.readerFontSize(); size > 0)
        font.setPointSizeF(size);
    m_reader->setFont(font);
    m_reader->setLineWidth(m_settings.readerLineWidth());
}

void MainWindow::reloadColours()
{
    if (auto colours = m_library.tags().colours(); colours) {
        m_panel->setColours(*colours);
        m_highlightWith->setColours(*colours);
    } else {
        reportError(colours.error().message);
    }
}

void MainWindow::reloadBrowser()
{
    if (m_browser && m_browser->isVisible())
        m_browser->reload();
    else
        m_browserStale = true;
}

void MainWindow::showTagManager()
{
    if (!m_tagManager) {
        m_tagManager = new TagManagerDialog(m_library.tags(), *m_codebookEditor, this);
        connect(m_editor, &AnnotationEditor::highlightsChanged, m_tagManager, &TagManagerDialog::refresh);
    }
    m_tagManager->show();
    m_tagManager->raise();
    m_tagManager->activateWindow();
}

void MainWindow::showExportDialog()
{
    m_panel->flushNote();
    if (!m_syntax)
        m_syntax = std::make_unique<KSyntaxHighlighting::Repository>();
    auto *dialog = new ExportDialog(m_library, *m_syntax, m_openPostId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The team library opens in a window of its own, a second Gloss: this one keeps its library. The password
// reaches it through the environment (PGPASSWORD), never its command line, which other users can list.
void MainWindow::connectToTeamLibrary()
{
    ConnectDialog dialog(m_settings.lastServerAddress(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setLastServerAddress(dialog.address());
    QProcess gloss;
    gloss.setProgram(QCoreApplication::applicationFilePath());
    gloss.setArguments({u"--server"_s, dialog.address()});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!dialog.password().isEmpty())
        environment.insert(u"PGPASSWORD"_s, dialog.password());
    gloss.setProcessEnvironment(environment);
    if (!gloss.startDetached())
        reportError(tr("Cannot start Gloss for the team library: %1").arg(gloss.errorString()));
}

void MainWindow::chooseImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Posts"), QString(),
        tr("Posts and feeds (*.txt *.md *.markdown *.html *.htm *.xml *.rss *.atom *.json);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::importPaths(const QStringList &paths)
{
    m_panel->flushNote();
    auto *job = new ImportJob(m_library.database().reopenAddress(), paths, {}, this);
    auto *progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Import Posts"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, job, &ImportJob::cancel);
    connect(job, &ImportJob::progress, progress, [progress](int done, int total, const QString &file) {
        progress->setMaximum(total);
        progress->setValue(done);
        if (!file.isEmpty())
            progress->setLabelText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    });
    connect(job, &ImportJob::finished, this, [this, job, progress](const ImportSummary &summary) {
        progress->deleteLater();
        job->deleteLater();
        const qint64 open = m_openPostId;
        reload();
        if (open > 0) {
            m_openPostId = 0; // its text may have changed: read it again
            openPost(open);
            openCurrentPost();
        }
        reloadBrowser();
        if (!m_search->text().isEmpty())
            m_search->refresh();

        QStringList lines;
        if (!summary.failure.isEmpty())
            lines << summary.failure;
        lines << tr("%n post(s) imported", nullptr, summary.imported)
              << tr("%n post(s) updated", nullptr, summary.updated)
              << tr("%n post(s) unchanged", nullptr, summary.unchanged);
        if (summary.highlightsMoved + summary.highlightsOrphaned > 0) {
            lines << tr("%n highlight(s) moved with their passage", nullptr, summary.highlightsMoved)
                  << tr("%n highlight(s) orphaned: their passage is gone; see the Highlights panel", nullptr,
                        summary.highlightsOrphaned);
        }
        if (summary.annotationsRestored > 0)
            lines << tr("%n annotation(s) restored", nullptr, summary.annotationsRestored);
        if (summary.cancelled)
            lines << tr("Cancelled: the posts imported before it are kept whole.");
        for (const ImportRefusal &r : summary.refused)
            lines << tr("Refused %1: %2").arg(QFileInfo(r.file).fileName(), r.reason);
        const QString text = lines.join(u'\n');
        if (summary.hasRefusals())
            QMessageBox::warning(this, tr("Import Posts"), text);
        else
            statusBar()->showMessage(lines.mid(0, 3).join(u", "_s), 8000);
    });
    job->start();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Gloss"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_panel->flushNote();
    saveState();
    event->accept();
}

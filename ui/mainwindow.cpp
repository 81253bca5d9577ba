// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actions.h"
#include "postfilterproxymodel.h"
#include "postlistmodel.h"
#include "poststore.h"
#include "readerview.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(PostStore &posts, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_posts(posts)
    , m_settings(settings)
    , m_actions(new Actions(this))
    , m_model(new PostListModel(posts, this))
    , m_proxy(new PostFilterProxyModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_listPanel(new QWidget(m_splitter))
    , m_filter(new QLineEdit(m_listPanel))
    , m_list(new QTreeView(m_listPanel))
    , m_reader(new ReaderView(m_splitter))
{
    setWindowTitle(tr("Gloss"));
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
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(PostListModel::TitleColumn, QHeaderView::Stretch);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->sortByColumn(PostListModel::DateColumn, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(m_listPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);

    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_listPanel);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createMenus();
    connectActions();

    resize(1200, 760);
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
    if (const QByteArray state = m_settings.splitterState(); !state.isEmpty())
        m_splitter->restoreState(state);
    if (const QByteArray state = m_settings.documentListHeaderState(); !state.isEmpty())
        m_list->header()->restoreState(state);
    m_reader->setZoomSteps(m_settings.readerZoom());
    m_actions->toggleDocumentList->setChecked(m_listPanel->isVisibleTo(this));

    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->focusFilter);
    view->addAction(m_actions->previousPost);
    view->addAction(m_actions->nextPost);
    view->addSeparator();
    view->addAction(m_actions->zoomIn);
    view->addAction(m_actions->zoomOut);
    view->addAction(m_actions->zoomReset);
    view->addSeparator();
    view->addAction(m_actions->toggleDocumentList);
    view->addAction(m_actions->fullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->about);
    help->addAction(m_actions->aboutQt);
}

void MainWindow::connectActions()
{
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
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
    const auto post = m_posts.post(id);
    if (!post) {
        m_reader->showMessage(post.error().message);
        return;
    }
    m_openPostId = id;
    m_reader->setPost(*post);
    m_settings.setLastPostId(id);
    setWindowTitle(tr("%1 — Gloss").arg(post->title));
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

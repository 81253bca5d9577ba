// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationbrowser.h"

#include "annotationfilterproxymodel.h"
#include "argumentmatrixmodel.h"
#include "library.h"
#include "orphanlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AnnotationBrowser::AnnotationBrowser(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_tree(new AnnotationTreeModel(library, this))
    , m_proxy(new AnnotationFilterProxyModel(this))
    , m_matrix(new ArgumentMatrixModel(library, this))
    , m_grouping(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_stance(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_treeView(new QTreeView(this))
    , m_matrixView(new QTableView(this))
    , m_orphans(new OrphanListModel(library.highlights(), this))
    , m_orphanView(new QTreeView(this))
    , m_orphanPage(new QWidget(this))
    , m_error(new QLabel(this))
{
    m_proxy->setSourceModel(m_tree);

    m_grouping->setObjectName(u"grouping"_s);
    m_grouping->setAccessibleName(tr("Group highlights"));
    m_grouping->addItem(tr("By argument"), int(AnnotationTreeModel::Grouping::ByArgument));
    m_grouping->addItem(tr("By post"), int(AnnotationTreeModel::Grouping::ByPost));

    m_filter->setObjectName(u"annotationFilter"_s);
    m_filter->setAccessibleName(tr("Filter highlights"));
    m_filter->setPlaceholderText(tr("Filter by quote, note or post"));
    m_filter->setClearButtonEnabled(true);

    m_stance->setObjectName(u"stanceFilter"_s);
    m_stance->setAccessibleName(tr("Stance"));
    m_stance->addItem(tr("Any stance"), -1);
    for (Stance s : {Stance::Supports, Stance::Challenges, Stance::Example})
        m_stance->addItem(stanceLabel(s), int(s));

    m_treeView->setObjectName(u"annotationTree"_s);
    m_treeView->setAccessibleName(tr("Highlights of the library"));
    m_treeView->setModel(m_proxy);
    m_treeView->setUniformRowHeights(true); // many rows: no per-row size hints
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Unsorted until a header is clicked: groups in codebook or library order, highlights as the store pages them.
    m_treeView->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_treeView->setSortingEnabled(true);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(AnnotationTreeModel::QuoteColumn, QHeaderView::Stretch);

    m_matrixView->setObjectName(u"argumentMatrix"_s);
    m_matrixView->setAccessibleName(tr("Posts and arguments"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_error->setObjectName(u"browserError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_orphanView->setObjectName(u"orphanList"_s);
    m_orphanView->setAccessibleName(tr("Orphaned highlights"));
    m_orphanView->setModel(m_orphans);
    m_orphanView->setRootIsDecorated(false);
    m_orphanView->setUniformRowHeights(true);
    m_orphanView->setAlternatingRowColors(true);
    m_orphanView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orphanView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orphanView->header()->setStretchLastSection(false);
    m_orphanView->header()->setSectionResizeMode(OrphanListModel::QuoteColumn, QHeaderView::Stretch);
    auto *orphanHint = new QLabel(tr("These highlights lost their passage when their post changed. Open one, select "
                                     "its new passage in the reader, and press Re-attach in the Highlights panel."),
                                  m_orphanPage);
    orphanHint->setWordWrap(true);
    auto *orphanLayout = new QVBoxLayout(m_orphanPage);
    orphanLayout->setContentsMargins(0, 0, 0, 0);
    orphanLayout->addWidget(orphanHint);
    orphanLayout->addWidget(m_orphanView, 1);

    m_tabs->setObjectName(u"browserTabs"_s);
    m_tabs->addTab(m_treeView, tr("Highlights"));
    m_tabs->addTab(m_matrixView, tr("Posts × Arguments"));
    m_tabs->addTab(m_orphanPage, QString());

    auto *bar = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_grouping);
    bar->addWidget(groupLabel);
    bar->addWidget(m_grouping);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_stance);
    bar->addWidget(m_author);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        report(m_tree->setGrouping(AnnotationTreeModel::Grouping(m_grouping->currentData().toInt())));
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AnnotationFilterProxyModel::setFilterText);
    connect(m_stance, &QComboBox::currentIndexChanged, this, [this] {
        const int stance = m_stance->currentData().toInt();
        m_proxy->setStanceFilter(stance < 0 ? std::nullopt : std::optional<Stance>(Stance(stance)));
    });
    m_author->setObjectName(u"authorFilter"_s);
    m_author->setAccessibleName(tr("Made by"));
    m_author->setToolTip(tr("Show only the highlights one person made"));
    connect(m_author, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAuthorFilter(m_author->currentData().toString()); });
    reloadAuthors();
    connect(m_treeView, &QTreeView::activated, this, &AnnotationBrowser::activate);
    connect(m_orphanView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT highlightActivated(index.data(OrphanListModel::PostIdRole).toLongLong(),
                                  index.data(OrphanListModel::IdRole).toLongLong());
    });
    connect(m_orphans, &OrphanListModel::fetchFailed, this, [this](const QString &message) {
        report(Error{Error::Code::Sql, message});
    });
    connect(m_tree, &AnnotationTreeModel::fetchFailed, this, [this](const QString &message) {
        report(Error{Error::Code::Sql, message});
    });

    reload();
}

AnnotationBrowser::~AnnotationBrowser() = default;

AnnotationTreeModel::Grouping AnnotationBrowser::grouping() const
{
    return m_tree->grouping();
}

void AnnotationBrowser::setGrouping(AnnotationTreeModel::Grouping grouping)
{
    // The combo box regroups the model, so the two never disagree.
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void AnnotationBrowser::reloadAuthors()
{
    const auto authors = m_library.highlights().authors();
    const QString selected = m_author->currentData().toString();
    const QSignalBlocker blocker(m_author);
    m_author->clear();
    m_author->addItem(tr("All authors"), QString());
    for (const QString &name : authors ? *authors : QStringList{})
        m_author->addItem(name, name);
    const int index = m_author->findData(selected);
    m_author->setCurrentIndex(std::max(index, 0));
    // A library one person annotates has nothing to choose between.
    m_author->setVisible(m_author->count() > 2 || index > 0);
    m_proxy->setAuthorFilter(m_author->currentData().toString());
}

void AnnotationBrowser::reload()
{
    reloadAuthors();
    Status status = m_tree->reload();
    if (status)
        status = m_matrix->reload();
    if (status)
        status = m_orphans->reload();
    updateOrphanTab();
    report(status);
}

void AnnotationBrowser::updateOrphanTab()
{
    m_tabs->setTabText(m_tabs->indexOf(m_orphanPage), tr("Orphaned (%n)", nullptr, m_orphans->total()));
}

void AnnotationBrowser::refreshPost(qint64 postId)
{
    reloadAuthors(); // the change may be a newcomer's first highlight
    Status status = m_tree->refreshPost(postId);
    if (status)
        status = m_matrix->refreshCounts();
    // Re-attaching or deleting changes the orphans of one post; they are few, so the list is read again.
    if (status)
        status = m_orphans->reload();
    updateOrphanTab();
    report(status);
}

void AnnotationBrowser::report(const Status &status)
{
    m_error->setText(status ? QString() : status.error().message);
    m_error->setVisible(!status);
}

void AnnotationBrowser::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(AnnotationTreeModel::IsGroupRole).toBool())
        return;
    Q_EMIT highlightActivated(index.data(AnnotationTreeModel::PostIdRole).toLongLong(),
                              index.data(AnnotationTreeModel::IdRole).toLongLong());
}

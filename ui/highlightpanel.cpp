// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightpanel.h"

#include "argumentmenu.h"
#include "colourmenu.h"
#include "highlightfilterproxymodel.h"
#include "highlightlistmodel.h"

#include <QKeySequence>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// Typing pauses this long before the note is saved; each save is one undo step per highlight anyway.
constexpr int notePauseMs = 400;
}

HighlightPanel::HighlightPanel(HighlightListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filterModel(new HighlightFilterProxyModel(this))
    , m_tagFilter(new QComboBox(this))
    , m_authorFilter(new QComboBox(this))
    , m_list(new QListView(this))
    , m_note(new QPlainTextEdit(this))
    , m_tagButton(new QToolButton(this))
    , m_arguments(new ArgumentMenu(tr("Tag as Argument"), this))
    , m_removeButton(new QToolButton(this))
    , m_colourButton(new QToolButton(this))
    , m_colours(new ColourMenu(tr("Colour"), true, this))
    , m_styleButton(new QToolButton(this))
    , m_styles(new QMenu(tr("Style"), this))
    , m_reattachButton(new QToolButton(this))
    , m_noteTimer(new QTimer(this))
{
    m_list->setObjectName(u"highlightList"_s);
    m_list->setAccessibleName(tr("Highlights of this post"));
    m_filterModel->setSourceModel(model);
    m_list->setModel(m_filterModel);
    m_tagFilter->setObjectName(u"highlightTagFilter"_s);
    m_tagFilter->setAccessibleName(tr("Show highlights of argument"));
    m_tagFilter->setToolTip(tr("Show only the highlights tagged with an argument or one below it"));
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_tagFilter->currentData().toLongLong();
        const QList<qint64> ids = id > 0 ? m_codebook.subtree(id) : QList<qint64>{};
        m_filterModel->setTagFilter(QSet<qint64>(ids.cbegin(), ids.cend()));
    });
    m_authorFilter->setObjectName(u"highlightAuthorFilter"_s);
    m_authorFilter->setAccessibleName(tr("Show highlights made by"));
    m_authorFilter->setToolTip(tr("Show only the highlights one person made"));
    m_authorFilter->hide(); // until there are several authors
    connect(m_authorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filterModel->setAuthorFilter(m_authorFilter->currentData().toString()); });
    m_list->setWordWrap(true);
    // Wrapped rows each need a layout; in batches, a post with thousands of highlights opens without laying out
    // every row first.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(100);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(2);

    m_note->setObjectName(u"noteEditor"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Note on the selected highlight (Markdown)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(140);

    m_tagButton->setText(tr("Tag…"));
    m_tagButton->setToolTip(tr("Tag the selected highlight as an argument"));
    m_tagButton->setMenu(m_arguments);
    m_tagButton->setPopupMode(QToolButton::InstantPopup);
    m_removeButton->setText(tr("Delete"));
    m_removeButton->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_removeButton->setToolTip(tr("Delete the selected highlight (%1)")
                                   .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));

    m_colourButton->setText(tr("Colour"));
    m_colourButton->setToolTip(tr("Colour of the selected highlight"));
    m_colourButton->setMenu(m_colours);
    m_colourButton->setPopupMode(QToolButton::InstantPopup);
    m_styleButton->setText(tr("Style"));
    m_styleButton->setToolTip(tr("How the selected highlight is drawn"));
    m_styleButton->setMenu(m_styles);
    m_styleButton->setPopupMode(QToolButton::InstantPopup);
    const std::pair<Highlight::Style, QString> styles[] = {
        {Highlight::Style::Background, tr("Background")},
        {Highlight::Style::Underline, tr("Underline")},
        {Highlight::Style::StrikeThrough, tr("Strike-Through")},
    };
    for (const auto &[style, label] : styles) {
        QAction *action = m_styles->addAction(label);
        action->setCheckable(true);
        action->setData(int(style));
        connect(action, &QAction::triggered, this, [this, style] {
            if (const qint64 id = currentHighlightId())
                Q_EMIT styleChosen(id, style);
        });
    }
    m_reattachButton->setText(tr("Re-attach"));
    m_reattachButton->setToolTip(tr("Attach this orphaned highlight to the passage selected in the reader"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_tagButton);
    buttons->addWidget(m_colourButton);
    buttons->addWidget(m_styleButton);
    buttons->addWidget(m_reattachButton);
    buttons->addStretch();
    buttons->addWidget(m_removeButton);

    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tagFilter, 2);
    filters->addWidget(m_authorFilter, 1);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);

    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(notePauseMs);
    connect(m_noteTimer, &QTimer::timeout, this, &HighlightPanel::flushNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_noteFor > 0)
            m_noteTimer->start();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        flushNote();
        showCurrent();
        if (const qint64 id = currentHighlightId())
            Q_EMIT highlightActivated(id);
    });
    connect(m_arguments, &ArgumentMenu::argumentChosen, this, [this](qint64 tagId, Stance stance) {
        if (const qint64 id = currentHighlightId())
            Q_EMIT argumentChosen(id, tagId, stance);
    });
    connect(m_colours, &ColourMenu::colourChosen, this, [this](const QColor &colour) {
        if (const qint64 id = currentHighlightId())
            Q_EMIT colourChosen(id, colour);
    });
    connect(m_reattachButton, &QToolButton::clicked, this, [this] {
        if (const qint64 id = currentHighlightId())
            Q_EMIT reattachRequested(id);
    });
    connect(m_removeButton, &QToolButton::clicked, this, [this] {
        if (const qint64 id = currentHighlightId())
            Q_EMIT removeRequested(id);
    });
    // Rows change under the editor after undo, an own save or a teammate's edit: show what is stored now, unless
    // the reader is typing a note over an older one (saving it will then meet the conflict, and ask).
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        const QString typed = m_note->toPlainText();
        const bool typing = m_noteTimer->isActive() || typed != m_noteBase;
        const QModelIndex index = m_model->indexForId(m_noteFor);
        if (!typing || !index.isValid() || index.data(HighlightListModel::NoteRole).toString() == typed)
            showCurrent();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HighlightPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HighlightPanel::showCurrent);
    showCurrent();
}

void HighlightPanel::setCodebook(const Codebook &codebook)
{
    m_codebook = codebook;
    m_arguments->setCodebook(codebook);
    const qint64 selected = m_tagFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All arguments"), qint64(0));
    // Depth-first, children indented under their parent.
    std::function<void(qint64, int)> addLevel = [&](qint64 parent, int depth) {
        for (qint64 id : codebook.children(parent)) {
            m_tagFilter->addItem(QString(depth * 3, u' ') + codebook.tag(id)->name, id);
            addLevel(id, depth + 1);
        }
    };
    addLevel(0, 0);
    const int index = m_tagFilter->findData(selected);
    m_tagFilter->setCurrentIndex(index >= 0 ? index : 0);
    const qint64 id = m_tagFilter->currentData().toLongLong();
    const QList<qint64> ids = id > 0 ? codebook.subtree(id) : QList<qint64>{};
    m_filterModel->setTagFilter(QSet<qint64>(ids.cbegin(), ids.cend()));
}

void HighlightPanel::setColours(const QList<HighlightColour> &colours)
{
    m_colours->setColours(colours);
}

qint64 HighlightPanel::currentHighlightId() const
{
    return m_list->currentIndex().data(HighlightListModel::IdRole).toLongLong();
}

void HighlightPanel::setCurrentHighlight(qint64 id)
{
    QModelIndex index = m_filterModel->mapFromSource(m_model->indexForId(id));
    if (!index.isValid() && m_tagFilter->currentIndex() > 0) {
        m_tagFilter->setCurrentIndex(0); // the filter hid it: show all again
        index = m_filterModel->mapFromSource(m_model->indexForId(id));
    }
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void HighlightPanel::flushNote()
{
    m_noteTimer->stop();
    if (m_noteFor <= 0)
        return;
    const QModelIndex index = m_model->indexForId(m_noteFor);
    if (index.isValid() && m_noteBase != m_note->toPlainText())
        Q_EMIT noteEdited(m_noteFor, m_note->toPlainText(), m_noteVersion, m_noteBase);
}

void HighlightPanel::reloadNote()
{
    m_noteTimer->stop();
    showCurrent();
}

void HighlightPanel::setAuthors(const QStringList &authors)
{
    const QString selected = m_authorFilter->currentData().toString();
    const QSignalBlocker blocker(m_authorFilter);
    m_authorFilter->clear();
    m_authorFilter->addItem(tr("All authors"), QString());
    for (const QString &author : authors)
        m_authorFilter->addItem(author, author);
    const int index = m_authorFilter->findData(selected);
    m_authorFilter->setCurrentIndex(index >= 0 ? index : 0);
    m_authorFilter->setVisible(authors.size() > 1 || index > 0);
    m_filterModel->setAuthorFilter(m_authorFilter->currentData().toString());
}

void HighlightPanel::showCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    const bool any = index.isValid();
    m_noteFor = 0; // setPlainText below is not an edit
    const QString note = any ? index.data(HighlightListModel::NoteRole).toString() : QString();
    if (m_note->toPlainText() != note)
        m_note->setPlainText(note);
    m_noteBase = note;
    m_noteVersion = any ? index.data(HighlightListModel::VersionRole).toInt() : 0;
    m_note->setEnabled(any);
    m_tagButton->setEnabled(any);
    m_removeButton->setEnabled(any);
    m_colourButton->setEnabled(any);
    m_styleButton->setEnabled(any);
    const bool orphaned = any && index.data(HighlightListModel::OrphanedRole).toBool();
    m_reattachButton->setVisible(orphaned);
    const int style = any ? index.data(HighlightListModel::StyleRole).toInt() : -1;
    for (QAction *action : m_styles->actions())
        action->setChecked(action->data().toInt() == style);
    m_noteFor = any ? index.data(HighlightListModel::IdRole).toLongLong() : 0;
}

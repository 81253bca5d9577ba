// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "library.h"
#include "searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Paints a result as two blocks: where it is (the post's title) and the snippet with its matched words in bold.
// The document is built with QTextCursor and character formats from the snippet's markers, never from HTML, so
// nothing in a post can inject markup.
class SearchHitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const auto document = layout(index, opt, selected, opt.rect.width());
        painter->save();
        painter->translate(opt.rect.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
        document->documentLayout()->draw(painter, {});
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int width = opt.rect.width();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
            width = view->viewport()->width();
        const auto document = layout(index, opt, false, std::max(width, 80));
        return QSize(std::max(width, 80), int(std::ceil(document->size().height())));
    }

private:
    static std::unique_ptr<QTextDocument> layout(const QModelIndex &index, const QStyleOptionViewItem &opt,
                                                 bool selected, int width)
    {
        auto document = std::make_unique<QTextDocument>();
        document->setDefaultFont(opt.font);
        document->setDocumentMargin(4);
        document->setTextWidth(width);
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        if (!selected)
            muted = opt.palette.color(group, QPalette::PlaceholderText);

        const QString title = index.data(SearchResultModel::PostTitleRole).toString();
        const bool highlight =
            index.data(SearchResultModel::KindRole).toInt() == int(SearchHit::Kind::Highlight);
        QTextCursor cursor(document.get());
        QTextCharFormat heading;
        heading.setForeground(text);
        heading.setFontItalic(highlight);
        cursor.insertText(highlight ? SearchPanel::tr("Highlight in “%1”").arg(title) : title, heading);

        cursor.insertBlock();
        QTextCharFormat plain;
        plain.setForeground(muted);
        QTextCharFormat matched;
        matched.setForeground(text);
        matched.setFontWeight(QFont::Bold);
        SearchHit hit;
        hit.snippet = index.data(SearchResultModel::SnippetRole).toString();
        const QString snippet = QString(hit.plainSnippet()).replace(u'\n', u' ');
        int at = 0;
        for (const auto &[start, end] : hit.marks()) {
            cursor.insertText(snippet.mid(at, start - at), plain);
            cursor.insertText(snippet.mid(start, end - start), matched);
            at = end;
        }
        cursor.insertText(snippet.mid(at), plain);
        return document;
    }
};

} // namespace

SearchPanel::SearchPanel(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_view(new QListView(this))
    , m_model(new SearchResultModel(this))
    , m_pause(new QTimer(this))
{
    m_edit->setObjectName(u"searchField"_s);
    m_edit->setPlaceholderText(tr("Search posts and highlights"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Words must all match. \"exact phrase\", prefix*, -leave out; title:, author:, tag:, "
                          "note:, stance:"));
    m_edit->installEventFilter(this);
    m_message->setObjectName(u"searchMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_view->setObjectName(u"searchResults"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust); // row heights follow the width
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_edit);

    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    // Each keystroke restarts the pause, so text typed over is never searched.
    connect(m_edit, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_pause->isActive())
            refresh();
        const QModelIndex current = m_view->currentIndex();
        activate(current.isValid() ? current : m_model->index(0, 0));
    });
    connect(m_view, &QAbstractItemView::activated, this, &SearchPanel::activate);
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

QString SearchPanel::text() const
{
    return m_edit->text();
}

void SearchPanel::refresh()
{
    m_pause->stop();
    runSearch();
}

void SearchPanel::runSearch()
{
    const QString text = m_edit->text();
    m_query = SearchQuery::parse(text);
    if (!m_query.isValid()) {
        m_model->clear();
        showMessage(m_query.hint());
    } else if (m_query.isEmpty()) {
        m_model->clear();
        showMessage({});
    } else if (const auto hits = m_library.search().search(m_query); !hits) {
        m_model->clear();
        showMessage(hits.error().message);
    } else {
        m_model->setHits(*hits);
        showMessage(hits->isEmpty() ? tr("Nothing found.") : QString());
        if (!hits->isEmpty())
            m_view->setCurrentIndex(m_model->index(0, 0));
    }
    Q_EMIT resultsShown(text);
}

void SearchPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SearchPanel::activate(const QModelIndex &index)
{
    const SearchHit *hit = m_model->hit(index.row());
    if (!index.isValid() || !hit)
        return;
    Q_EMIT resultActivated(hit->postId, hit->highlightId, m_query.markTerms());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        // Up and Down choose a result without leaving the field.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Up || key == Qt::Key_Down) && m_model->rowCount() > 0) {
            const int row = m_view->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            m_view->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

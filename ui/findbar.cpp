// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QKeySequence>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Text compared without case or diacritics: "Récéption" and "reception" are the same. origin[i] is the document
// position of folded character i; whitespace runs fold to one space, and blocks are kept apart by '\n'.
struct FoldedText
{
    QString text;
    QList<int> origin;
};

void appendFolded(QChar c, int position, FoldedText &out)
{
    if (c.isSpace() || c == QChar::ObjectReplacementCharacter) {
        if (!out.text.endsWith(u' ')) {
            out.text += u' ';
            out.origin << position;
        }
        return;
    }
    if (c.unicode() < 0x80) {
        out.text += c.toLower();
        out.origin << position;
        return;
    }
    // Compatibility decomposition splits "é" into "e" and a combining accent, which is dropped.
    for (const QChar part : QString(c).normalized(QString::NormalizationForm_KD)) {
        if (part.isMark())
            continue;
        out.text += part.toCaseFolded();
        out.origin << position;
    }
}

FoldedText foldDocument(const QTextDocument &document)
{
    FoldedText folded;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (int i = 0; i < text.size(); ++i)
            appendFolded(text[i], block.position() + i, folded);
        folded.text += u'\n';
        folded.origin << block.position() + int(text.size());
    }
    return folded;
}

QString foldTerm(const QString &term)
{
    FoldedText folded;
    for (const QChar c : term.simplified())
        appendFolded(c, 0, folded);
    return folded.text;
}

QColor matchColour()
{
    return QColor(255, 213, 0, 110); // translucent, so a highlight underneath still shows
}

QColor currentMatchColour()
{
    return QColor(255, 140, 0, 190);
}

} // namespace

FindBar::FindBar(QTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    m_edit->setObjectName(u"findField"_s);
    m_edit->setPlaceholderText(tr("Find in post"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_count->setObjectName(u"findCount"_s);
    m_previous->setIcon(QIcon::fromTheme(u"go-up"_s));
    m_previous->setText(tr("Previous"));
    // The keys as this platform and language write them.
    m_previous->setToolTip(
        tr("Previous match (%1)").arg(QKeySequence(QKeySequence::FindPrevious).toString(QKeySequence::NativeText)));
    m_next->setIcon(QIcon::fromTheme(u"go-down"_s));
    m_next->setText(tr("Next"));
    m_next->setToolTip(
        tr("Next match (%1)").arg(QKeySequence(QKeySequence::FindNext).toString(QKeySequence::NativeText)));
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(u"window-close"_s));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(close);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_showingTerms)
            return; // findAll() showing its terms: they are searched already
        m_terms = text.trimmed().isEmpty() ? QStringList{} : QStringList{text};
        // Typing extends the match in place rather than jumping on to the next one.
        search(m_view ? m_view->textCursor().selectionStart() : 0);
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    // A new post (or an edited text) moves every match.
    if (m_view) {
        connect(m_view, &QTextEdit::textChanged, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    search(0);
}

void FindBar::findAll(const QStringList &terms)
{
    m_terms.clear();
    for (const QString &term : terms) {
        if (!term.trimmed().isEmpty())
            m_terms << term;
    }
    m_showingTerms = true;
    m_edit->setText(m_terms.join(u' '));
    m_showingTerms = false;
    show();
    search(0);
}

QList<QTextEdit::ExtraSelection> FindBar::selections() const
{
    QList<QTextEdit::ExtraSelection> list;
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = m_matches[i];
        selection.format.setBackground(i == m_current ? currentMatchColour() : matchColour());
        list << selection;
    }
    return list;
}

void FindBar::open()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    refresh();
}

void FindBar::refresh()
{
    search(m_view ? m_view->textCursor().selectionStart() : 0);
}

void FindBar::findNext()
{
    if (m_matches.isEmpty())
        return;
    const int from = m_view ? m_view->textCursor().selectionEnd() : 0;
    const auto it = std::ranges::find_if(m_matches, [&](const QTextCursor &c) { return c.selectionStart() >= from; });
    setCurrent(it == m_matches.end() ? 0 : int(it - m_matches.begin())); // past the last: wrap to the first
}

void FindBar::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    const int before = m_view ? m_view->textCursor().selectionStart() : 0;
    int index = int(m_matches.size()) - 1; // before the first: wrap to the last
    for (int i = int(m_matches.size()) - 1; i >= 0; --i) {
        if (m_matches[i].selectionEnd() <= before) {
            index = i;
            break;
        }
    }
    setCurrent(index);
}

void FindBar::search(int position)
{
    m_matches.clear();
    m_current = -1;
    QTextDocument *document = m_view ? m_view->document() : nullptr;
    if (document && !m_terms.isEmpty()) {
        const FoldedText folded = foldDocument(*document);
        QList<std::pair<int, int>> ranges;
        for (const QString &term : std::as_const(m_terms)) {
            const QString needle = foldTerm(term);
            if (needle.trimmed().isEmpty())
                continue;
            for (qsizetype at = folded.text.indexOf(needle); at >= 0;
                 at = folded.text.indexOf(needle, at + needle.size())) {
                ranges.append({folded.origin[at], folded.origin[at + needle.size() - 1] + 1});
            }
        }
        // Several terms can overlap ("market", "marketing"): the earlier, then the longer one wins.
        std::ranges::sort(ranges, [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second > b.second;
        });
        int end = -1;
        for (const auto &[start, stop] : ranges) {
            if (start < end)
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(start);
            cursor.setPosition(stop, QTextCursor::KeepAnchor);
            m_matches << cursor;
            end = stop;
        }
    }
    if (m_matches.isEmpty()) {
        publish();
        return;
    }
    const auto it =
        std::ranges::find_if(m_matches, [&](const QTextCursor &c) { return c.selectionStart() >= position; });
    setCurrent(it == m_matches.end() ? 0 : int(it - m_matches.begin()));
}

void FindBar::setCurrent(int index)
{
    m_current = index;
    if (m_view && index >= 0 && index < m_matches.size()) {
        m_view->setTextCursor(m_matches[index]);
        m_view->ensureCursorVisible();
    }
    publish();
}

void FindBar::publish()
{
    const int count = int(m_matches.size());
    if (m_terms.isEmpty())
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %n", nullptr, count).arg(m_current + 1));
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
    Q_EMIT matchesChanged(selections());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers() & Qt::ShiftModifier;
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            shift ? findPrevious() : findNext();
            return true;
        }
        if (key->matches(QKeySequence::FindNext)) {
            findNext();
            return true;
        }
        if (key->matches(QKeySequence::FindPrevious)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (event->spontaneous())
        return; // the window was minimised: the bar is still open
    // The marks go with the bar; the reader gets the focus back.
    m_matches.clear();
    m_current = -1;
    Q_EMIT matchesChanged({});
    if (m_view && m_edit->hasFocus())
        m_view->setFocus(Qt::OtherFocusReason);
}

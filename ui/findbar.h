// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTextCursor>
#include <QTextEdit>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// Find in the post being read (Ctrl+F): a field, previous/next, and "3 of 12". Case and diacritics do not matter.
// Every match is marked and the current one more strongly; the marks leave as extra selections through
// matchesChanged(), for the window to merge with the highlights' own (setExtraSelections would replace those).
// The bar moves the view's text cursor to the current match and scrolls to it.
//
// Keys in the field: Enter or F3 next, Shift+Enter or Shift+F3 previous, Esc hides the bar (and its marks).
class FindBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(QTextEdit *view, QWidget *parent = nullptr);

    // Marks every occurrence of any of terms (words or phrases, as SearchQuery::markTerms() gives them) and shows
    // the bar; for opening a search result with all its hits marked.
    void findAll(const QStringList &terms);

    int matchCount() const { return int(m_matches.size()); }
    // Index of the current match, from 0; -1 when there is none.
    int currentMatch() const { return m_current; }
    // The current selections, as last sent by matchesChanged().
    QList<QTextEdit::ExtraSelection> selections() const;

public Q_SLOTS:
    // Shows the bar and puts the focus in its field, text selected.
    void open();
    void findNext();
    void findPrevious();
    // Finds again, as after the view was given another document (another post).
    void refresh();

Q_SIGNALS:
    void matchesChanged(const QList<QTextEdit::ExtraSelection> &selections);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Finds m_terms again; the current match becomes the first at or after position.
    void search(int position);
    void setCurrent(int index);
    void publish();

    QPointer<QTextEdit> m_view;
    QLineEdit *m_edit;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QStringList m_terms;
    QList<QTextCursor> m_matches; // in document order, not overlapping
    int m_current = -1;
    bool m_showingTerms = false;
};

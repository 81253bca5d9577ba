// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchquery.h"

#include <QWidget>

class Library;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QTimer;
class SearchResultModel;

// Search the whole library: a field and the results, posts first, then highlights, each with its post's title and
// a snippet whose matched words are bold. Results follow the typing after a short pause; text typed over before
// the pause ends is never searched. A query that cannot be understood shows its hint instead.
//
// Enter in the field opens the selected (else the first) result; Up and Down choose one. In the list, Enter or
// the platform's activation (double-click, or single click where the desktop says so) opens one.
class SearchPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(Library &library, QWidget *parent = nullptr);

    // Puts the focus in the field, its text selected (the "Search" action).
    void focusSearch();
    QString text() const;
    // Searches the current text again now, as after the library changed.
    void refresh();
    const SearchResultModel *model() const { return m_model; }

    static constexpr int pauseMs = 150;

Q_SIGNALS:
    // A result to open: the post, the highlight (0 for a post) and the words to mark in it.
    void resultActivated(qint64 postId, qint64 highlightId, const QStringList &terms);
    // The results (or hint) now shown are for text.
    void resultsShown(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void activate(const QModelIndex &index);
    void showMessage(const QString &message);

    Library &m_library;
    QLineEdit *m_edit;
    QLabel *m_message;
    QListView *m_view;
    SearchResultModel *m_model;
    QTimer *m_pause;
    SearchQuery m_query; // the query whose results are shown
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"
#include "tag.h"

#include <QWidget>

class ArgumentMenu;
class ColourMenu;
struct HighlightColour;
class HighlightFilterProxyModel;
class HighlightListModel;
class QComboBox;
class QListView;
class QPlainTextEdit;
class QTimer;
class QToolButton;

// The side panel of the post being read: its highlights (quote, arguments, note), and the note and arguments of
// the selected one. Edits leave as signals; the panel writes nothing itself.
class HighlightPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightPanel)

public:
    HighlightPanel(HighlightListModel *model, QWidget *parent = nullptr);

    void setCodebook(const Codebook &codebook);
    void setColours(const QList<HighlightColour> &colours);
    qint64 currentHighlightId() const;
    void setCurrentHighlight(qint64 id);
    // Everyone who made highlights in the library; with more than one, the panel can show one person's only.
    void setAuthors(const QStringList &authors);
    // Sends a note still waiting for its pause (before the post changes or the window closes).
    void flushNote();
    // Drops what was typed in the note editor and shows the stored note (after a conflict was settled for it).
    void reloadNote();

Q_SIGNALS:
    void highlightActivated(qint64 id);
    // note was typed over baseNote, which the editor showed at baseVersion of the highlight.
    void noteEdited(qint64 id, const QString &note, int baseVersion, const QString &baseNote);
    void argumentChosen(qint64 id, qint64 tagId, Stance stance);
    void argumentsCleared(qint64 id);
    void removeRequested(qint64 id);
    void colourChosen(qint64 id, const QColor &colour); // invalid: follow the first argument
    void styleChosen(qint64 id, Highlight::Style style);
    // An orphaned highlight should take the passage now selected in the reader.
    void reattachRequested(qint64 id);

private:
    void showCurrent();

    HighlightListModel *m_model;
    HighlightFilterProxyModel *m_filterModel;
    QComboBox *m_tagFilter;
    QComboBox *m_authorFilter;
    QListView *m_list;
    QPlainTextEdit *m_note;
    QToolButton *m_tagButton;
    ArgumentMenu *m_arguments;
    QToolButton *m_removeButton;
    QToolButton *m_colourButton;
    ColourMenu *m_colours;
    QToolButton *m_styleButton;
    QMenu *m_styles;
    QToolButton *m_reattachButton;
    QTimer *m_noteTimer;
    qint64 m_noteFor = 0; // the highlight the editor shows
    // The stored note the editor's text started from, and its highlight's version then: what a save is checked
    // against, so a note changed meanwhile by someone else is not written over.
    QString m_noteBase;
    int m_noteVersion = 0;
    Codebook m_codebook;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportdocument.h"
#include "exporter.h"
#include "result.h"

#include <QDialog>

class Library;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

// Export notes: format (Markdown, CSV, Web Annotation JSON), scope (the current post, all posts, one argument with
// those below it), Markdown arrangement and template, with a live, highlighted preview of exactly what Save… writes
// or Copy to Clipboard copies.
class ExportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // currentPostId: the post open in the reader; 0 when none (the scope then starts at all posts).
    ExportDialog(Library &library, KSyntaxHighlighting::Repository &repository, qint64 currentPostId,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    enum class Scope { CurrentPost, AllPosts, Argument };

    void setFormat(const QString &format); // "markdown", "csv", "json"
    QString format() const;
    void setScope(Scope scope, qint64 argumentId = 0);
    void setArrangement(ExportArrangement arrangement);
    void setTemplateFile(const QString &path); // empty: the shipped template

    // What Save… would write; an error (shown in the dialog) when the export cannot be made.
    Result<QByteArray> exported() const;
    // Writes the export to path all at once (QSaveFile); the error says why not.
    Status saveTo(const QString &path) const;

    QPlainTextEdit *preview() const { return m_preview; }
    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }
    QLabel *problemLabel() const { return m_problem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // The preview's highlighting theme and the problem text follow the palette (light or dark).
    void applyPalette();
    void updateControls();
    void updatePreview();
    void chooseTemplate();
    void save();
    void copyToClipboard();
    ExportOptions options() const;
    ExportScope scope() const;

    Library &m_library;
    KSyntaxHighlighting::Repository &m_repository;
    qint64 m_currentPostId;
    QComboBox *m_format;
    QComboBox *m_scope;
    QComboBox *m_argument;
    QComboBox *m_arrangement;
    QLineEdit *m_template;
    QPushButton *m_chooseTemplate;
    QPushButton *m_defaultTemplate;
    QCheckBox *m_bom;
    QCheckBox *m_authors;
    QPlainTextEdit *m_preview;
    QLabel *m_problem;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

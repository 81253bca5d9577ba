// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlight.h"

#include <QSortFilterProxyModel>

#include <optional>

// Sorting and filtering of the annotation browser (over AnnotationTreeModel). A highlight stays when every word
// typed appears in its quote, note or post title (case- and accent-insensitive) and it takes the chosen stance.
// Groups show while one of their loaded highlights matches, or while they have more to load (so the reader can
// still open them). Columns sort by their raw values (dates as dates, counts as numbers).
class AnnotationFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterProxyModel)

public:
    explicit AnnotationFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // std::nullopt: every stance, and highlights without an argument.
    void setStanceFilter(std::optional<Stance> stance);
    std::optional<Stance> stanceFilter() const { return m_stance; }
    // Only the highlights this person made; empty: everyone's.
    void setAuthorFilter(const QString &author);
    QString authorFilter() const { return m_author; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool filtering() const { return !m_words.isEmpty() || m_stance.has_value() || !m_author.isEmpty(); }

    QString m_text;
    QStringList m_words; // folded
    std::optional<Stance> m_stance;
    QString m_author;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstore.h"

#include <QAbstractTableModel>

// Every orphaned highlight of the library: kept when an import changed its post so much that its passage was not
// found again, until the reader re-attaches it to new text. Fetched in batches, like the annotation browser.
class OrphanListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrphanListModel)

public:
    enum Column { QuoteColumn, PostColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role : int {
        IdRole = Qt::UserRole + 1, // highlight id
        PostIdRole,
        QuoteRole,
        NoteRole,
        PostTitleRole,
        CreatedRole, // QDateTime, UTC
    };
    Q_ENUM(Role)

    static constexpr int batchSize = 200;

    explicit OrphanListModel(HighlightStore &store, QObject *parent = nullptr);

    // Reads the count and the first batch again.
    Status reload();
    // How many orphans the library has, loaded or not.
    int total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    HighlightStore &m_store;
    QList<PostHighlight> m_rows;
    int m_total = 0;
    bool m_complete = true;
};

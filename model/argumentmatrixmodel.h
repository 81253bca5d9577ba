// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightstore.h"
#include "post.h"
#include "result.h"
#include "tag.h"

#include <QAbstractTableModel>
#include <QHash>

class Library;

// Posts × arguments: how many passages of each post support or challenge each argument. Rows are the library's
// posts, columns the codebook's arguments in tree order; each cell shows "supports / challenges", examples in its
// tooltip. All counts come from one GROUP BY query.
class ArgumentMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentMatrixModel)

public:
    enum Role : int {
        PostIdRole = Qt::UserRole + 1,
        TagIdRole,
        SupportsRole,   // int
        ChallengesRole, // int
        ExamplesRole,   // int
        TotalRole,      // int: taggings of any stance
        SortRole,       // the total in cells; case-folded text in headers
        PathRole,       // the argument's full path, on the horizontal header and cells
    };
    Q_ENUM(Role)

    explicit ArgumentMatrixModel(Library &library, QObject *parent = nullptr);

    // Reads posts, codebook and counts again (a reset).
    Status reload();
    // After highlights changed: reads the counts again and changes only the cells that differ.
    Status refreshCounts();

    qint64 postId(int row) const;
    qint64 tagId(int column) const;
    StanceCounts counts(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    using Cells = QHash<std::pair<qint64, qint64>, StanceCounts>; // (post, tag) → counts
    Result<Cells> readCells() const;

    Library &m_library;
    QList<PostSummary> m_posts;
    QList<qint64> m_tags; // codebook tree order
    Codebook m_codebook;
    Cells m_cells;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "tag.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

class CodebookEditor;
class TagStore;

// The codebook as a tree: name, colour swatch and the number of highlights tagged with each argument. Edits (a
// rename in place, a drag that reparents) go through the CodebookEditor, so they are undoable; without an editor
// the model is read-only. After a change it compares the stored codebook with what it shows and inserts, removes,
// moves or changes just those rows, so views keep their selection and expanded branches.
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagTreeModel)

public:
    enum Column { NameColumn, ColourColumn, CountColumn, ColumnCount };
    enum Role : int {
        IdRole = Qt::UserRole + 1,
        ParentIdRole,
        PathRole,        // "Parent/Child"
        ColourRole,      // QColor
        CountRole,       // highlights tagged with this argument itself
        DescriptionRole,
    };

    // The drag and drop format: the dragged tags' ids, for moves within Gloss only.
    static QString mimeType();

    TagTreeModel(TagStore &tags, CodebookEditor *editor, QObject *parent = nullptr);
    ~TagTreeModel() override;

    // Reads the codebook and the counts again and updates the rows that differ.
    Status reload();

    const Codebook &codebook() const { return m_codebook; }
    QModelIndex indexOf(qint64 id, int column = NameColumn) const;
    static qint64 idAt(const QModelIndex &index) { return index.data(IdRole).toLongLong(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // A rename or drop the editor refused, or a failed read; the message is for the user.
    void errorOccurred(const QString &message);

private:
    struct Node;

    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = NameColumn) const;
    bool place(Node *parent);
    bool reorder(Node *parent);
    void removeStale(Node *parent);
    void forget(const Node *node);
    void rebuild();

    TagStore &m_tags;
    CodebookEditor *m_editor;
    Codebook m_codebook;
    QHash<qint64, int> m_counts;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_nodes;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtreemodel.h"

#include "codebookeditor.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const auto root = u"Marketing belongs to everyone"_s;
const auto design = u"Marketing belongs to everyone/Organisation design"_s;
const auto silos = u"Marketing belongs to everyone/Organisation design/Departmental silos"_s;
const auto service = u"Marketing belongs to everyone/Customer service is marketing"_s;

} // namespace

class TstTagTreeModel : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CodebookEditor> m_editor;
    std::unique_ptr<TagTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    TagStore &tags() { return m_lib.library->tags(); }
    qint64 id(const QString &path) { return tags().codebook()->byPath(path)->id; }
    QString nameAt(const QModelIndex &index) { return index.data(Qt::DisplayRole).toString(); }

    QStringList childNames(const QModelIndex &parent)
    {
        QStringList names;
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            names << nameAt(m_model->index(row, TagTreeModel::NameColumn, parent));
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_tester.reset();
        m_model.reset();
        m_editor.reset();
        m_stack.reset();
        m_lib.library.reset();
        QFile::remove(m_lib.path());
        QVERIFY(m_lib.openLibrary());
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<CodebookEditor>(tags(), m_stack.get());
        m_model = std::make_unique<TagTreeModel>(tags(), m_editor.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void treeShapeMatchesDefaultCodebook()
    {
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->columnCount(), 3);
        const QModelIndex top = m_model->index(0, TagTreeModel::NameColumn);
        QCOMPARE(nameAt(top), root);
        QCOMPARE(childNames(top),
                 (QStringList{u"Customer service is marketing"_s, u"Every employee is a brand ambassador"_s,
                              u"Finance and billing touch customers"_s, u"Organisation design"_s,
                              u"Social media changes who markets"_s, u"B2B and B2C are the same at heart"_s,
                              u"Counter-arguments and caveats"_s}));
        const QModelIndex od = m_model->indexOf(id(design));
        QCOMPARE(od.parent(), top);
        QCOMPARE(childNames(od),
                 (QStringList{u"Marketing should report into service"_s, u"Departmental silos"_s}));
        QCOMPARE(od.data(TagTreeModel::PathRole).toString(), design);
        QCOMPARE(od.data(TagTreeModel::ColourRole).value<QColor>(), QColor(u"#c061cb"_s));
        QCOMPARE(od.siblingAtColumn(TagTreeModel::ColourColumn).data(Qt::DecorationRole).value<QColor>(),
                 QColor(u"#c061cb"_s));
        QCOMPARE(m_model->headerData(TagTreeModel::CountColumn, Qt::Horizontal).toString(), u"Highlights"_s);
        QVERIFY(m_model->roleNames().value(TagTreeModel::PathRole) == "path");
    }

    void countColumnFollowsHighlights()
    {
        const QModelIndex count = m_model->indexOf(id(service), TagTreeModel::CountColumn);
        QCOMPARE(count.data().toInt(), 0);
        const qint64 postId = m_lib.library->posts().summaries()->first().id;
        Highlight h;
        h.postId = postId;
        h.anchor = AnchorResolver::anchorFor(m_lib.library->posts().post(postId)->anchorText(), 0, 10);
        h.tags = {Tagging{id(service), Stance::Supports}};
        QVERIFY(m_lib.library->highlights().add(h).ok());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->reload().ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(count.data().toInt(), 1);
        QCOMPARE(count.data(TagTreeModel::CountRole).toInt(), 1);
    }

    void dropReparentsThroughEditor()
    {
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const qint64 ds = id(silos);
        const QPersistentModelIndex dragged = m_model->indexOf(ds);
        std::unique_ptr<QMimeData> data(m_model->mimeData({QModelIndex(dragged)}));
        QVERIFY(data);
        QVERIFY(data->hasFormat(TagTreeModel::mimeType()));

        // Between the top-level rows, before "Marketing belongs to everyone".
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(tags().codebook()->tag(ds)->parentId, 0);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(childNames({}), (QStringList{u"Departmental silos"_s, root}));
        QVERIFY(dragged.isValid()); // the same row, moved: selection and expansion survive
        QCOMPARE(dragged.row(), 0);
        QCOMPARE(dragged.parent(), QModelIndex());
        QCOMPARE(moved.count(), 1);

        m_stack->undo();
        QCOMPARE(tags().codebook()->tag(ds)->parentId, id(design));
        QCOMPARE(dragged.parent(), m_model->indexOf(id(design)));
        QCOMPARE(childNames(dragged.parent()).last(), u"Departmental silos"_s);
        QCOMPARE(moved.count(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void reorderingSiblingsMovesOneRow()
    {
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QModelIndex top = m_model->index(0, 0);
        const QStringList before = childNames(top);
        const qint64 caveats = id(root + u"/Counter-arguments and caveats"_s);
        QVERIFY(m_editor->reparentTag(caveats, id(root), 0).ok());
        QStringList expected = before;
        expected.move(expected.size() - 1, 0);
        QCOMPARE(childNames(top), expected);
        QCOMPARE(moved.count(), 1);
        m_stack->undo();
        QCOMPARE(childNames(top), before);
        QCOMPARE(moved.count(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void dropOntoATagMakesItAChild()
    {
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(id(service))}));
        const QModelIndex od = m_model->indexOf(id(design));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, od));
        QCOMPARE(childNames(od).last(), u"Customer service is marketing"_s);
        QCOMPARE(tags().codebook()->tag(TagTreeModel::idAt(m_model->index(2, 0, od)))->parentId, id(design));
    }

    void dropIntoOwnSubtreeIsRefused()
    {
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->indexOf(id(design))}));
        const QModelIndex child = m_model->indexOf(id(silos));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, child));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->indexOf(id(design))));
        QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, child));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(tags().codebook()->tag(id(design))->parentId, id(root));
    }

    void renameInPlaceIsUndoable()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QModelIndex cs = m_model->indexOf(id(service));
        QVERIFY(m_model->flags(cs) & Qt::ItemIsEditable);
        QVERIFY(m_model->setData(cs, u"Service is marketing"_s));
        QCOMPARE(nameAt(cs), u"Service is marketing"_s);
        QCOMPARE(tags().codebook()->tag(TagTreeModel::idAt(cs))->name, u"Service is marketing"_s);
        QCOMPARE(changed.count(), 1);
        m_stack->undo();
        QCOMPARE(nameAt(cs), u"Customer service is marketing"_s);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void refusedRenameSaysWhy()
    {
        QSignalSpy errors(m_model.get(), &TagTreeModel::errorOccurred);
        const QModelIndex cs = m_model->indexOf(id(service));
        QVERIFY(!m_model->setData(cs, u"Organisation design"_s));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(u"Organisation design"_s));
        QCOMPARE(nameAt(cs), u"Customer service is marketing"_s);
        QCOMPARE(m_stack->count(), 0);
    }

    void addRemoveAndMergeChangeSingleRows()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QModelIndex od = m_model->indexOf(id(design));

        const auto added = m_editor->addTag(id(design), u"Matrix organisations"_s, QColor());
        QVERIFY(added.ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(0).toModelIndex(), od);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(nameAt(m_model->index(2, 0, od)), u"Matrix organisations"_s);

        m_stack->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowCount(od), 2);

        // Merging moves the children, then removes the merged row.
        const QModelIndex cs = m_model->indexOf(id(service));
        QVERIFY(m_editor->mergeTags(id(design), id(service)).ok());
        QCOMPARE(childNames(cs), (QStringList{u"Marketing should report into service"_s, u"Departmental silos"_s}));
        QCOMPARE(moved.count(), 2);
        QCOMPARE(removed.count(), 2);

        m_stack->undo();
        QCOMPARE(childNames(m_model->indexOf(tags().codebook()->byPath(design)->id)),
                 (QStringList{u"Marketing should report into service"_s, u"Departmental silos"_s}));
        QCOMPARE(m_model->rowCount(cs), 0);
        QCOMPARE(reset.count(), 0);
    }

    void readOnlyWithoutEditor()
    {
        TagTreeModel plain(tags(), nullptr);
        QAbstractItemModelTester tester(&plain, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex top = plain.index(0, 0);
        QVERIFY(!(plain.flags(top) & Qt::ItemIsEditable));
        QVERIFY(!plain.setData(top, u"x"_s));
        QCOMPARE(nameAt(top), root);
    }
};

QTEST_MAIN(TstTagTreeModel)
#include "tst_tagtreemodel.moc"

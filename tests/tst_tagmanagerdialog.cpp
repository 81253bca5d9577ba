// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagmanagerdialog.h"

#include "codebookeditor.h"
#include "tagtreemodel.h"
#include "testlibrary.h"

#include <QAction>
#include <QColorDialog>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

const auto root = u"Marketing belongs to everyone"_s;
const auto service = u"Marketing belongs to everyone/Customer service is marketing"_s;
const auto design = u"Marketing belongs to everyone/Organisation design"_s;
const auto silos = u"Marketing belongs to everyone/Organisation design/Departmental silos"_s;
const auto reportInto = u"Marketing belongs to everyone/Organisation design/Marketing should report into service"_s;
const auto caveats = u"Marketing belongs to everyone/Counter-arguments and caveats"_s;

} // namespace

class TstTagManagerDialog : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CodebookEditor> m_editor;
    std::unique_ptr<TagManagerDialog> m_dialog;

    TagStore &tags() { return m_lib.library->tags(); }
    std::optional<Tag> tag(const QString &path)
    {
        const Codebook book = *tags().codebook();
        const Tag *found = book.byPath(path);
        return found ? std::optional<Tag>(*found) : std::nullopt;
    }
    qint64 id(const QString &path) { return tag(path) ? tag(path)->id : -1; }

    qint64 highlight(int start, const QString &taggedWith)
    {
        const qint64 postId = m_lib.library->posts().summaries()->first().id;
        Highlight h;
        h.postId = postId;
        h.anchor = AnchorResolver::anchorFor(m_lib.library->posts().post(postId)->anchorText(), start, start + 15);
        h.tags = {Tagging{id(taggedWith), Stance::Supports}};
        h.note = u"note %1"_s.arg(start);
        return *m_lib.library->highlights().add(h);
    }

    int highlightCount() { return int(m_lib.library->highlights().all()->size()); }

    QLineEdit *openNameEditor()
    {
        QLineEdit *line = nullptr;
        // The in-place editor opens on the view's viewport.
        const auto find = [&] { return line = m_dialog->view()->viewport()->findChild<QLineEdit *>(); };
        return QTest::qWaitFor([&] { return find() && line->isVisible(); }, 2000) ? line : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_dialog.reset();
        m_editor.reset();
        m_stack.reset();
        m_lib.library.reset();
        QFile::remove(m_lib.path());
        QVERIFY(m_lib.openLibrary());
        m_stack = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<CodebookEditor>(tags(), m_stack.get());
        m_dialog = std::make_unique<TagManagerDialog>(tags(), *m_editor);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void newArgumentIsAddedAndNamedInPlace()
    {
        m_dialog->selectTag(id(design));
        m_dialog->newTagAction()->trigger();
        const std::optional<Tag> added = tag(root + u"/New argument"_s);
        QVERIFY(added); // next to the selected one
        QCOMPARE(m_dialog->currentTagId(), added->id);

        QLineEdit *line = openNameEditor();
        QVERIFY(line);
        line->setText(u"Matrix organisations"_s);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(tag(root + u"/Matrix organisations"_s));
        QCOMPARE(m_stack->count(), 2);

        m_dialog->undoAction()->trigger();
        QVERIFY(tag(root + u"/New argument"_s));
        m_dialog->undoAction()->trigger();
        QVERIFY(!tag(root + u"/New argument"_s));
        m_dialog->redoAction()->trigger();
        QVERIFY(tag(root + u"/New argument"_s));
    }

    void newSubArgumentsGetFreeNames()
    {
        m_dialog->selectTag(id(design));
        m_dialog->newChildTagAction()->trigger();
        m_dialog->selectTag(id(design));
        m_dialog->newChildTagAction()->trigger();
        QVERIFY(tag(design + u"/New argument"_s));
        QVERIFY(tag(design + u"/New argument 2"_s));
        QCOMPARE(tags().codebook()->children(id(design)).size(), 4);
    }

    void refusedRenameIsShownAndChangesNothing()
    {
        m_dialog->selectTag(id(service));
        m_dialog->renameAction()->trigger();
        QLineEdit *line = openNameEditor();
        QVERIFY(line);
        line->setText(u"Organisation design"_s);
        QTest::keyClick(line, Qt::Key_Return);
        auto *problem = m_dialog->findChild<QLabel *>(u"problem"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"Organisation design"_s), qPrintable(problem->text()));
        QVERIFY(tag(service));
        QCOMPARE(m_stack->count(), 0);
    }

    void deleteAsksWhatBecomesOfHighlights_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<int>("highlightsLeft");
        QTest::addColumn<int>("taggedWithRoot");
        QTest::newRow("keep them untagged") << u"keepUntagged"_s << true << 2 << 0;
        QTest::newRow("tag them with the parent") << u"moveToParent"_s << true << 2 << 2;
        QTest::newRow("delete them too") << u"deleteHighlights"_s << true << 0 << 0;
        QTest::newRow("cancel") << u"cancel"_s << false << 2 << 0;
    }

    void deleteAsksWhatBecomesOfHighlights()
    {
        QFETCH(QString, choice);
        QFETCH(bool, deleted);
        QFETCH(int, highlightsLeft);
        QFETCH(int, taggedWithRoot);
        highlight(0, silos);
        highlight(40, reportInto);
        const qint64 od = id(design);
        m_dialog->selectTag(od);
        m_dialog->deleteAction()->trigger();

        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"deleteTagBox"_s)) && box->isVisible());
        QVERIFY2(box->informativeText().contains(u"2 highlights are tagged with this argument or its children"_s),
                 qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(u"2 sub-arguments"_s), qPrintable(box->informativeText()));
        QAbstractButton *button = choice == u"cancel"_s ? box->button(QMessageBox::Cancel)
                                                        : box->findChild<QPushButton *>(choice);
        QVERIFY(button);
        button->click();

        QCOMPARE(!tag(design), deleted);
        QCOMPARE(highlightCount(), highlightsLeft);
        QCOMPARE(tags().highlightCounts()->value(id(root)), taggedWithRoot);
        QCOMPARE(m_stack->count(), deleted ? 1 : 0);
        if (!deleted)
            return;
        m_dialog->undoAction()->trigger();
        QCOMPARE(id(design), od);
        QCOMPARE(*tags().subtreeHighlightCount(od), 2);
        QCOMPARE(highlightCount(), 2);
    }

    void deletingAnUnusedArgumentOffersAPlainDelete()
    {
        m_dialog->selectTag(id(caveats));
        m_dialog->deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"deleteTagBox"_s)) && box->isVisible());
        QVERIFY(!box->findChild<QPushButton *>(u"keepUntagged"_s));
        box->findChild<QPushButton *>(u"deleteTag"_s)->click();
        QVERIFY(!tag(caveats));
    }

    void topLevelArgumentHasNoParentToTagWith()
    {
        highlight(0, service);
        m_dialog->selectTag(id(root));
        m_dialog->deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"deleteTagBox"_s)) && box->isVisible());
        QVERIFY(box->findChild<QPushButton *>(u"keepUntagged"_s));
        QVERIFY(!box->findChild<QPushButton *>(u"moveToParent"_s));
        box->reject();
        QVERIFY(tag(root));
    }

    void mergeIntoSaysHowManyHighlightsMove()
    {
        highlight(0, design);
        highlight(40, design);
        m_dialog->selectTag(id(design));
        m_dialog->mergeAction()->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_dialog->findChild<QDialog *>(u"mergeTagsDialog"_s)) && dialog->isVisible());
        auto *target = dialog->findChild<QComboBox *>(u"mergeTarget"_s);
        QCOMPARE(target->findText(design), -1); // not into itself
        QCOMPARE(target->findText(silos), -1);  // nor below itself
        const int serviceRow = target->findText(service);
        QVERIFY(serviceRow >= 0);
        target->setCurrentIndex(serviceRow);
        const QString summary = dialog->findChild<QLabel *>(u"mergeSummary"_s)->text();
        QVERIFY2(summary.contains(u"2 highlights tagged with “Organisation design” will be tagged with “"_s + service),
                 qPrintable(summary));
        dialog->accept();

        QVERIFY(!tag(design));
        QCOMPARE(tags().highlightCounts()->value(id(service)), 2);
        QVERIFY(tag(service + u"/Departmental silos"_s));
        QCOMPARE(m_dialog->currentTagId(), id(service));
        m_dialog->undoAction()->trigger();
        QCOMPARE(tags().highlightCounts()->value(id(design)), 2);
        QCOMPARE(tags().highlightCounts()->value(id(service)), 0);
    }

    void colourIsChosenInAColourDialog()
    {
        const QColor before = tag(service)->colour;
        m_dialog->selectTag(id(service));
        m_dialog->colourAction()->trigger();
        QColorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_dialog->findChild<QColorDialog *>(u"tagColourDialog"_s)));
        dialog->setCurrentColor(QColor(u"#123456"_s));
        dialog->accept();
        QCOMPARE(tag(service)->colour, QColor(u"#123456"_s));
        const QModelIndex swatch = m_dialog->model()->indexOf(id(service), TagTreeModel::ColourColumn);
        QCOMPARE(swatch.data(Qt::DecorationRole).value<QColor>(), QColor(u"#123456"_s));
        m_dialog->undoAction()->trigger();
        QCOMPARE(tag(service)->colour, before);
    }

    void actionsNeedASelection()
    {
        m_dialog->view()->setCurrentIndex({});
        QVERIFY(m_dialog->newTagAction()->isEnabled());
        for (QAction *action : {m_dialog->newChildTagAction(), m_dialog->renameAction(), m_dialog->colourAction(),
                                m_dialog->mergeAction(), m_dialog->deleteAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        m_dialog->selectTag(id(service));
        QVERIFY(m_dialog->deleteAction()->isEnabled());
        QVERIFY(!m_dialog->undoAction()->isEnabled()); // nothing done yet
    }

    void everyControlHasAnAccessibleName()
    {
        QVERIFY(!m_dialog->view()->accessibleName().isEmpty());
        const auto buttons = m_dialog->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 8);
        for (const QToolButton *button : buttons)
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
    }
};

QTEST_MAIN(TstTagManagerDialog)
#include "tst_tagmanagerdialog.moc"

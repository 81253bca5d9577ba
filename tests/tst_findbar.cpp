// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "postdocument.h"
#include "testlibrary.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using Selections = QList<QTextEdit::ExtraSelection>;

namespace {

// A view and its find bar in a shown window, as the reader has them.
struct Window
{
    QWidget window;
    QTextEdit *view = new QTextEdit(&window);
    FindBar *bar = new FindBar(view, &window);

    explicit Window(const QString &text)
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(view);
        layout->addWidget(bar);
        view->setPlainText(text);
        view->setReadOnly(true);
        bar->hide();
        window.show();
    }
    QLineEdit *field() const { return bar->findChild<QLineEdit *>(u"findField"_s); }
    QString count() const { return bar->findChild<QLabel *>(u"findCount"_s)->text(); }
    QString selected() const { return view->textCursor().selectedText(); }
};

const auto sample = u"Marketing is everyone's job. MARKETING is not a department.\n"
                    "Márketing, said the sign; marketers agreed. Nothing else."_s;

} // namespace

class TstFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatches_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("first"); // what the view's cursor selects
        QTest::newRow("any case and accent") << u"marketing"_s << 3 << u"1 of 3"_s << u"Marketing"_s;
        QTest::newRow("accent typed") << u"márketing"_s << 3 << u"1 of 3"_s << u"Marketing"_s;
        QTest::newRow("part of a word") << u"market"_s << 4 << u"1 of 4"_s << u"Market"_s;
        QTest::newRow("phrase, any spacing") << u"is  not   a"_s << 1 << u"1 of 1"_s << u"is not a"_s;
        QTest::newRow("not across paragraphs") << u"department. márketing"_s << 0 << u"No matches"_s << QString();
        QTest::newRow("none") << u"sales"_s << 0 << u"No matches"_s << QString();
        QTest::newRow("nothing typed") << QString() << 0 << QString() << QString();
    }

    void countsMatches()
    {
        QFETCH(QString, typed);
        QFETCH(int, count);
        QFETCH(QString, label);
        QFETCH(QString, first);
        Window w(sample);
        w.bar->open();
        QVERIFY(w.bar->isVisible());
        QSignalSpy changed(w.bar, &FindBar::matchesChanged);
        // Typed as a user would, though keyClicks() knows only ASCII: textChanged is what the bar follows.
        w.field()->setText(typed);
        QCOMPARE(w.bar->matchCount(), count);
        QCOMPARE(w.count(), label);
        if (!typed.isEmpty() || count > 0) {
            QVERIFY(!changed.isEmpty());
            QCOMPARE(changed.last().first().value<Selections>().size(), count);
        }
        if (count > 0) {
            QCOMPARE(w.bar->currentMatch(), 0);
            QCOMPARE(w.selected(), first); // the view's cursor is on the first match
        }
    }

    void nextAndPreviousWrap()
    {
        Window w(sample);
        w.bar->open();
        QTest::keyClicks(w.field(), u"marketing"_s);
        QCOMPARE(w.selected(), u"Marketing"_s);
        w.bar->findNext();
        QCOMPARE(w.bar->currentMatch(), 1);
        QCOMPARE(w.selected(), u"MARKETING"_s);
        QTest::keyClick(w.field(), Qt::Key_Return);
        QCOMPARE(w.selected(), u"Márketing"_s);
        QCOMPARE(w.count(), u"3 of 3"_s);
        QTest::keyClick(w.field(), Qt::Key_F3);
        QCOMPARE(w.bar->currentMatch(), 0); // past the last: the first
        QCOMPARE(w.count(), u"1 of 3"_s);
        QTest::keyClick(w.field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(w.bar->currentMatch(), 2); // before the first: the last
        QTest::keyClick(w.field(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(w.bar->currentMatch(), 1);
        w.bar->findPrevious();
        QCOMPARE(w.selected(), u"Marketing"_s);
    }

    void currentMatchIsMarkedDifferently()
    {
        Window w(sample);
        QSignalSpy changed(w.bar, &FindBar::matchesChanged);
        w.bar->open();
        QTest::keyClicks(w.field(), u"marketing"_s);
        w.bar->findNext();
        const Selections selections = changed.last().first().value<Selections>();
        QCOMPARE(selections.size(), 3);
        QCOMPARE(selections[1].cursor.selectedText(), u"MARKETING"_s);
        QVERIFY(selections[1].format.background() != selections[0].format.background());
        QCOMPARE(selections[0].format.background(), selections[2].format.background());
    }

    void findAllMarksEveryTerm()
    {
        Window w(sample);
        QSignalSpy changed(w.bar, &FindBar::matchesChanged);
        w.bar->findAll({u"department"_s, u"market"_s, u"marketing"_s, u"said the sign"_s});
        QVERIFY(w.bar->isVisible());
        // market and marketing overlap: each place is marked once, by the longer.
        QStringList marked;
        for (const auto &s : changed.last().first().value<Selections>())
            marked << s.cursor.selectedText();
        QCOMPARE(marked, (QStringList{u"Marketing"_s, u"MARKETING"_s, u"department"_s, u"Márketing"_s,
                                      u"said the sign"_s, u"market"_s}));
        QCOMPARE(w.count(), u"1 of 6"_s);
    }

    void escapeHidesAndClearsTheMarks()
    {
        Window w(sample);
        QSignalSpy changed(w.bar, &FindBar::matchesChanged);
        w.bar->open();
        QTest::keyClicks(w.field(), u"marketing"_s);
        QTest::keyClick(w.field(), Qt::Key_Escape);
        QVERIFY(!w.bar->isVisible());
        QVERIFY(changed.last().first().value<Selections>().isEmpty());
        // Opening again finds again.
        w.bar->open();
        QCOMPARE(w.bar->matchCount(), 3);
    }

    // Positions in a typeset post (byline, framed comments) land on the words found.
    void findsInAPost()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const Post post = *lib.library->posts().post(4);
        const PostDocument document(post, QPalette());
        Window w(QString{});
        w.view->setDocument(document.document());
        w.bar->findAll({u"customer"_s});
        const int expected = int(post.anchorText().count(u"customer"_s, Qt::CaseInsensitive));
        QVERIFY(expected > 3);
        QCOMPARE(w.bar->matchCount(), expected);
        for (const auto &s : w.bar->selections())
            QCOMPARE(s.cursor.selectedText().toLower(), u"customer"_s);

        // Another post in the view: the bar finds again in it.
        const Post other = *lib.library->posts().post(1);
        const PostDocument otherDocument(other, QPalette());
        const int otherCount = int(other.anchorText().count(u"customer"_s, Qt::CaseInsensitive));
        QVERIFY(otherCount != expected);
        w.view->setDocument(otherDocument.document()); // no call needed: the bar follows the view
        QCOMPARE(w.bar->matchCount(), otherCount);
        w.view->setDocument(nullptr);
    }
};

QTEST_MAIN(TstFindBar)
#include "tst_findbar.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "anchorresolver.h"
#include "searchresultmodel.h"
#include "testlibrary.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TstSearchPanel : public QObject
{
    Q_OBJECT

private:
    TestLibrary m_lib;
    qint64 m_highlightId = 0;

    static QLineEdit *field(SearchPanel &panel) { return panel.findChild<QLineEdit *>(u"searchField"_s); }
    static QLabel *message(SearchPanel &panel) { return panel.findChild<QLabel *>(u"searchMessage"_s); }
    static QListView *results(SearchPanel &panel) { return panel.findChild<QListView *>(u"searchResults"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.openLibrary());
        const QString text = m_lib.library->posts().post(4)->anchorText();
        const int start = int(text.indexOf(u"receptionist"_s));
        Highlight h;
        h.postId = 4;
        h.anchor = AnchorResolver::anchorFor(text, start, start + 12);
        h.note = u"first voice of the company"_s;
        m_highlightId = *m_lib.library->highlights().add(h);
    }

    void typingShowsResults()
    {
        SearchPanel panel(*m_lib.library);
        panel.show();
        QTest::keyClicks(field(panel), u"receptionist"_s);
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(panel.model()->hit(0)->kind, SearchHit::Kind::Post);
        QCOMPARE(panel.model()->hit(0)->postTitle, u"How many people are there in your marketing department?"_s);
        QCOMPARE(panel.model()->hit(1)->highlightId, m_highlightId);
        QVERIFY(message(panel)->isHidden());
        // Each result shows its title and its snippet: at least two lines high.
        const QModelIndex first = panel.model()->index(0, 0);
        QVERIFY(results(panel)->sizeHintForIndex(first).height() >= 2 * results(panel)->fontMetrics().height());
        QVERIFY(!results(panel)->grab().isNull()); // the delegate paints
    }

    void invalidQueryShowsTheHint_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("unbalanced quote") << u"\"customer"_s;
        QTest::newRow("NEAR(") << u"NEAR(a b)"_s;
        QTest::newRow("only excludes") << u"-marketing"_s;
        QTest::newRow("star alone") << u"*"_s;
    }

    void invalidQueryShowsTheHint()
    {
        QFETCH(QString, typed);
        SearchPanel panel(*m_lib.library);
        panel.show();
        QTest::keyClicks(field(panel), u"marketing"_s);
        QTRY_VERIFY(panel.model()->rowCount() > 0);
        field(panel)->clear();
        QTest::keyClicks(field(panel), typed);
        QTRY_VERIFY(message(panel)->isVisible());
        QCOMPARE(message(panel)->text(), SearchQuery::parse(typed).hint());
        QCOMPARE(panel.model()->rowCount(), 0); // no stale results under a hint
        // Fixing the query takes the hint away.
        field(panel)->setText(u"marketing"_s);
        QTRY_VERIFY(message(panel)->isHidden());
        QVERIFY(panel.model()->rowCount() > 0);
    }

    void nothingFoundSaysSo()
    {
        SearchPanel panel(*m_lib.library);
        panel.show();
        QTest::keyClicks(field(panel), u"zeppelin"_s);
        QTRY_VERIFY(message(panel)->isVisible());
        QVERIFY(!message(panel)->text().isEmpty());
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void textTypedOverIsNeverSearched()
    {
        SearchPanel panel(*m_lib.library);
        panel.show();
        QSignalSpy shown(&panel, &SearchPanel::resultsShown);
        QTest::keyClicks(field(panel), u"receptionist"_s);
        field(panel)->clear();
        QTest::keyClicks(field(panel), u"division"_s);
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), u"division"_s);
        QCOMPARE(panel.model()->hit(0)->postTitle, u"The new division of marketing labour"_s);
    }

    void enterOpensAResult()
    {
        SearchPanel panel(*m_lib.library);
        panel.show();
        QSignalSpy activated(&panel, &SearchPanel::resultActivated);
        QTest::keyClicks(field(panel), u"recept* -zeppelin"_s);
        // Enter before the pause ends still opens what the text finds.
        QTest::keyClick(field(panel), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated[0][0].toLongLong(), 4);
        QCOMPARE(activated[0][1].toLongLong(), 0);
        QCOMPARE(activated[0][2].toStringList(), QStringList{u"recept"_s});

        QTest::keyClick(field(panel), Qt::Key_Down); // the highlight
        QTest::keyClick(field(panel), Qt::Key_Enter);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated[1][0].toLongLong(), 4);
        QCOMPARE(activated[1][1].toLongLong(), m_highlightId);

        QTest::keyClick(field(panel), Qt::Key_Up);
        const QModelIndex first = panel.model()->index(0, 0);
        QCOMPARE(results(panel)->currentIndex(), first);
        const QRect rect = results(panel)->visualRect(first);
        // A double-click is a press and release, then a second press that is a double-click.
        QTest::mousePress(results(panel)->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(results(panel)->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(results(panel)->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 3);
        QCOMPARE(activated.last()[1].toLongLong(), 0);
    }

    void focusSearchSelectsTheText()
    {
        SearchPanel panel(*m_lib.library);
        panel.show();
        field(panel)->setText(u"marketing"_s);
        panel.focusSearch();
        QCOMPARE(field(panel)->selectedText(), u"marketing"_s);
    }
};

QTEST_MAIN(TstSearchPanel)
#include "tst_searchpanel.moc"

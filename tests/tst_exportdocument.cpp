// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdocument.h"
#include "tag.h"
#include "testlibrary.h"
#include "webannotationimporter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TstExportDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.openLibrary());
        QFile fixture(QStringLiteral(GLOSS_TEST_DATA) + u"/export/fixture.json"_s);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const auto summary = WebAnnotationImporter(*m_lib.library).import(fixture.readAll());
        QVERIFY(summary && summary->restored == 8);
    }

    void allPosts()
    {
        const QDateTime now(QDate(2024, 4, 1), QTime(9, 0), QTimeZone::UTC);
        const auto doc = ExportDocument::build(*m_lib.library, ExportScope::allPosts(), now);
        QVERIFY(doc);
        QCOMPARE(doc->created, now);
        QCOMPARE(doc->posts.size(), 5); // every bundled post has a fixture highlight
        QCOMPARE(doc->highlightCount(), 8);
        QVERIFY(doc->scopeArgument.isEmpty());
        // Library order, and in each post text order with orphans last.
        for (qsizetype i = 1; i < doc->posts.size(); ++i)
            QVERIFY(doc->posts[i - 1].id < doc->posts[i].id);
        for (const ExportPost &p : doc->posts) {
            for (qsizetype i = 1; i < p.highlights.size(); ++i) {
                const ExportHighlight &a = p.highlights[i - 1];
                const ExportHighlight &b = p.highlights[i];
                QVERIFY(a.orphaned < b.orphaned || (a.orphaned == b.orphaned && a.anchor.start <= b.anchor.start));
            }
        }
        // The post's facts as the reader shows them.
        const ExportPost &second = doc->posts[1];
        QCOMPARE(second.title, u"Marketing goes on outside of the marketing department"_s);
        QCOMPARE(second.isoDate(), u"2009-09-24"_s);
        QCOMPARE(second.source, u"bundled:001_1120196250875656.txt"_s);
        // Every codebook argument, parents first.
        QVERIFY(doc->arguments.size() >= 10);
        QCOMPARE(doc->arguments.constFirst().path, u"Marketing belongs to everyone"_s);
        QCOMPARE(doc->arguments.constFirst().depth, 0);
    }

    void highlightFacts()
    {
        const auto doc = ExportDocument::build(*m_lib.library, ExportScope::allPosts());
        QVERIFY(doc);
        const ExportHighlight &finance = doc->posts[0].highlights[1];
        QCOMPARE(finance.anchor.quote, u"The Finance department also plays a role"_s);
        QCOMPARE(finance.ownColour, QColor(u"#62a0ea"_s));
        QCOMPARE(finance.colour, QColor(u"#62a0ea"_s));
        QCOMPARE(finance.style, Highlight::Style::Underline);
        QCOMPARE(finance.tags.size(), 1);
        QCOMPARE(finance.tags[0].path, u"Marketing belongs to everyone/Finance and billing touch customers"_s);
        QCOMPARE(finance.tags[0].stance, Stance::Example);
        QCOMPARE(finance.created, QDateTime(QDate(2024, 3, 1), QTime(10, 5), QTimeZone::UTC));
        // Without its own colour, a highlight is painted with its first tag's.
        const ExportHighlight &first = doc->posts[0].highlights[0];
        QVERIFY(!first.ownColour.isValid());
        QCOMPARE(first.colour, QColor(u"#62a0ea"_s)); // "Every employee is a brand ambassador"
    }

    void currentPost()
    {
        const auto doc = ExportDocument::build(*m_lib.library, ExportScope::posts({3}));
        QVERIFY(doc);
        QCOMPARE(doc->posts.size(), 1);
        QCOMPARE(doc->title, doc->posts[0].title);
        QCOMPARE(doc->posts[0].highlights.size(), 1);
    }

    void postWithoutHighlights()
    {
        TestLibrary empty;
        QVERIFY(empty.openLibrary());
        const auto doc = ExportDocument::build(*empty.library, ExportScope::posts({2}));
        QVERIFY(doc);
        QCOMPARE(doc->posts.size(), 1); // still there: the reader asked for it
        QCOMPARE(doc->highlightCount(), 0);
        const auto all = ExportDocument::build(*empty.library, ExportScope::allPosts());
        QVERIFY(all);
        QCOMPARE(all->posts.size(), 0); // all posts: only those with highlights
    }

    void argumentSubtree()
    {
        const auto codebook = m_lib.library->tags().codebook();
        QVERIFY(codebook);
        const Tag *design = codebook->byPath(u"Marketing belongs to everyone/Organisation design"_s);
        QVERIFY(design);
        const auto doc = ExportDocument::build(*m_lib.library, ExportScope::argument(design->id));
        QVERIFY(doc);
        QCOMPARE(doc->scopeArgument, u"Marketing belongs to everyone/Organisation design"_s);
        QCOMPARE(doc->title, doc->scopeArgument);
        // Tagged below the argument (Marketing should report into service) counts; other arguments do not.
        QCOMPARE(doc->highlightCount(), 1);
        QCOMPARE(doc->posts.size(), 1);
        QCOMPARE(doc->arguments.size(), 3); // the argument and its two children
        QCOMPARE(doc->arguments[0].depth, 0);
        QCOMPARE(doc->arguments[1].depth, 1);
    }

    void unknownArgument()
    {
        const auto doc = ExportDocument::build(*m_lib.library, ExportScope::argument(999999));
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, Error::Code::NotFound);
    }

private:
    TestLibrary m_lib;
};

QTEST_MAIN(TstExportDocument)
#include "tst_exportdocument.moc"

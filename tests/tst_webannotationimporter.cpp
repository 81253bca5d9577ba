// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdocument.h"
#include "testlibrary.h"
#include "webannotationexporter.h"
#include "webannotationimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture()
{
    QFile file(QStringLiteral(GLOSS_TEST_DATA) + u"/export/fixture.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A highlight as a reader sees it, independent of ids: post, passage, orphan state, look, note, tags by path.
struct Seen
{
    QString source;
    TextAnchor anchor;
    bool orphaned;
    QColor colour;
    Highlight::Style style;
    QString note;
    QList<std::pair<QString, Stance>> tags;
    QDateTime created;
    QDateTime modified;
    friend bool operator==(const Seen &, const Seen &) = default;
};

QList<Seen> seen(Library &library)
{
    const auto doc = ExportDocument::build(library, ExportScope::allPosts());
    QList<Seen> list;
    if (!doc)
        return list;
    for (const ExportPost &p : doc->posts) {
        for (const ExportHighlight &h : p.highlights) {
            Seen s{p.source, h.anchor, h.orphaned, h.ownColour, h.style, h.note, {}, h.created, h.modified};
            for (const ExportTagging &t : h.tags)
                s.tags << std::pair(t.path, t.stance);
            list << s;
        }
    }
    return list;
}

QByteArray annotationJson(const QString &source, const QString &exact, const QJsonArray &bodies = {})
{
    QJsonObject a{{u"type"_s, u"Annotation"_s},
                  {u"target"_s,
                   QJsonObject{{u"source"_s, source},
                               {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, exact}}}}}};
    if (!bodies.isEmpty())
        a.insert(u"body"_s, bodies);
    return QJsonDocument(a).toJson();
}

} // namespace

class TstWebAnnotationImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        TestLibrary first;
        QVERIFY(first.openLibrary());
        const auto imported = WebAnnotationImporter(*first.library).import(fixture());
        QVERIFY(imported);
        QCOMPARE(imported->restored, 8);
        QCOMPARE(imported->orphaned, 1);
        QVERIFY(imported->tagsCreated.isEmpty());
        const QList<Seen> before = seen(*first.library);
        QCOMPARE(before.size(), 8);

        const auto doc = ExportDocument::build(*first.library, ExportScope::allPosts());
        QVERIFY(doc);
        const auto json = WebAnnotationExporter().render(*doc);
        QVERIFY(json);

        TestLibrary second;
        QVERIFY(second.openLibrary());
        const auto summary = WebAnnotationImporter(*second.library).import(*json);
        QVERIFY(summary);
        QCOMPARE(summary->restored, 8);
        QCOMPARE(summary->orphaned, 1);
        QCOMPARE(summary->refused, QStringList());
        QCOMPARE(seen(*second.library), before);

        // Authors go along when the export names them, and come back as they were.
        Highlight first1 = first.library->highlights().all()->first();
        QVERIFY(first.library->highlights().remove(first1.id));
        first1.createdBy = u"ann"_s;
        first1.modifiedBy = u"bob"_s;
        QVERIFY(first.library->highlights().restore(first1));
        auto withAuthors = ExportDocument::build(*first.library, ExportScope::allPosts());
        withAuthors->includeAuthors = true;
        const auto named = WebAnnotationExporter().render(*withAuthors);
        QVERIFY(named);
        TestLibrary third;
        QVERIFY(third.openLibrary());
        QVERIFY(WebAnnotationImporter(*third.library).import(*named));
        const QList<Highlight> restored = *third.library->highlights().all();
        const auto ann = std::ranges::find_if(restored, [](const Highlight &h) { return h.createdBy == u"ann"_s; });
        QVERIFY(ann != restored.end());
        QCOMPARE(ann->modifiedBy, u"bob"_s);
        QCOMPARE(ann->anchor.quote, first1.anchor.quote);

        // Importing the same file again does not double the highlights.
        const auto again = WebAnnotationImporter(*second.library).import(*json);
        QVERIFY(again);
        QCOMPARE(again->restored, 0);
        QCOMPARE(again->alreadyPresent, 8);
        QCOMPARE(seen(*second.library).size(), 8);
    }

    void missingTagsAreCreated()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const QJsonArray bodies{
            QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"tagging"_s},
                        {u"value"_s, u"Marketing belongs to everyone/New idea/Deeper"_s},
                        {u"gloss:stance"_s, u"example"_s}},
        };
        const auto summary = WebAnnotationImporter(*lib.library).import(
            annotationJson(u"bundled:003_5aa7c224b9349067.txt"_s, u"Many more than you think!"_s, bodies));
        QVERIFY(summary);
        QCOMPARE(summary->restored, 1);
        QCOMPARE(summary->tagsCreated, (QStringList{u"Marketing belongs to everyone/New idea"_s,
                                                    u"Marketing belongs to everyone/New idea/Deeper"_s}));
        const auto codebook = lib.library->tags().codebook();
        QVERIFY(codebook);
        const Tag *deeper = codebook->byPath(u"Marketing belongs to everyone/New idea/Deeper"_s);
        QVERIFY(deeper);
        const QList<Seen> highlights = seen(*lib.library);
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights[0].tags.value(0).first, u"Marketing belongs to everyone/New idea/Deeper"_s);
        QCOMPARE(highlights[0].tags.value(0).second, Stance::Example);
        QVERIFY(!highlights[0].orphaned);
    }

    void unplacedPassageBecomesOrphan()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const auto summary = WebAnnotationImporter(*lib.library).import(
            annotationJson(u"bundled:003_5aa7c224b9349067.txt"_s, u"Words this post never had in it at all."_s));
        QVERIFY(summary);
        QCOMPARE(summary->restored, 1);
        QCOMPARE(summary->orphaned, 1);
        const QList<Seen> highlights = seen(*lib.library);
        QCOMPARE(highlights.size(), 1);
        QVERIFY(highlights[0].orphaned);
        QCOMPARE(highlights[0].anchor.quote, u"Words this post never had in it at all."_s);
    }

    void refusedAreReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown post") << annotationJson(u"https://example.com/elsewhere"_s, u"text"_s)
                                      << u"https://example.com/elsewhere"_s;
        QTest::newRow("no selector")
            << QJsonDocument(QJsonObject{{u"type"_s, u"Annotation"_s},
                                         {u"target"_s, u"bundled:003_5aa7c224b9349067.txt"_s}})
                   .toJson()
            << u"no target source"_s;
        QTest::newRow("not an annotation")
            << QJsonDocument(QJsonArray{QJsonObject{{u"type"_s, u"Note"_s}}}).toJson() << u"not an Annotation"_s;
    }
    void refusedAreReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const auto summary = WebAnnotationImporter(*lib.library).import(json);
        QVERIFY(summary);
        QCOMPARE(summary->restored, 0);
        QCOMPARE(summary->refused.size(), 1);
        QVERIFY2(summary->refused[0].contains(reason), qPrintable(summary->refused[0]));
        QVERIFY(seen(*lib.library).isEmpty());
    }

    void notJson()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const auto summary = WebAnnotationImporter(*lib.library).import("{ this is not json");
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, Error::Code::Parse);
    }
};

QTEST_MAIN(TstWebAnnotationImporter)
#include "tst_webannotationimporter.moc"

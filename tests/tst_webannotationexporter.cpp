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

const QDateTime exportTime(QDate(2024, 4, 1), QTime(9, 0), QTimeZone::UTC);

void compareGolden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(GLOSS_TEST_DATA) + u"/expected/"_s + name;
    if (qEnvironmentVariableIntValue("GLOSS_REGEN_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(path));
        out.write(actual);
        qInfo("wrote %s", qPrintable(path));
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path + u" is missing; run scripts/regen-golden"_s));
    QCOMPARE(actual, in.readAll());
}

} // namespace

class TstWebAnnotationExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.openLibrary());
        QFile fixture(QStringLiteral(GLOSS_TEST_DATA) + u"/export/fixture.json"_s);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QVERIFY(WebAnnotationImporter(*m_lib.library).import(fixture.readAll()));
        const auto doc = ExportDocument::build(*m_lib.library, ExportScope::allPosts(), exportTime);
        QVERIFY(doc);
        m_doc = *doc;
        const auto bytes = WebAnnotationExporter().render(m_doc);
        QVERIFY(bytes);
        m_bytes = *bytes;
    }

    void golden()
    {
        compareGolden(u"annotations.json"_s, m_bytes);
    }

    void collection()
    {
        const QJsonObject root = QJsonDocument::fromJson(m_bytes).object();
        QCOMPARE(root.value(u"@context"_s).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(root.value(u"type"_s).toString(), u"AnnotationCollection"_s);
        QCOMPARE(root.value(u"total"_s).toInt(), 8);
        const QJsonArray items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 8);
        for (const QJsonValue &v : items) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(u"type"_s).toString(), u"Annotation"_s);
            QVERIFY(a.value(u"id"_s).toString().startsWith(u"urn:gloss:highlight:"_s));
            QVERIFY(a.value(u"target"_s).toObject().value(u"source"_s).toString().startsWith(u"bundled:"_s));
        }
    }

    // The first fixture highlight: selectors with the post's text, the note and the tag with its stance.
    void annotation()
    {
        const ExportPost &post = m_doc.posts.constFirst();
        const ExportHighlight &h = post.highlights.constFirst();
        const QJsonObject a = WebAnnotationExporter::annotation(h, post);
        QCOMPARE(a.value(u"created"_s).toString(), u"2024-03-01T10:00:00Z"_s);
        QCOMPARE(a.value(u"modified"_s).toString(), u"2024-03-02T08:30:00Z"_s);
        const QJsonArray selectors = a.value(u"target"_s).toObject().value(u"selector"_s).toArray();
        QCOMPARE(selectors.size(), 2);
        const QJsonObject quote = selectors[0].toObject();
        QCOMPARE(quote.value(u"type"_s).toString(), u"TextQuoteSelector"_s);
        QCOMPARE(quote.value(u"exact"_s).toString(),
                 u"What is needed is a sales and service focus throughout the entire organization."_s);
        QVERIFY(!quote.value(u"prefix"_s).toString().isEmpty());
        QCOMPARE(quote.value(u"prefix"_s).toString(), h.anchor.prefix);
        QCOMPARE(quote.value(u"suffix"_s).toString(), h.anchor.suffix);
        const QJsonObject position = selectors[1].toObject();
        QCOMPARE(position.value(u"type"_s).toString(), u"TextPositionSelector"_s);
        QCOMPARE(position.value(u"start"_s).toInt(), h.anchor.start);
        QCOMPARE(position.value(u"end"_s).toInt(), h.anchor.end);
        QCOMPARE(position.value(u"end"_s).toInt() - position.value(u"start"_s).toInt(), h.anchor.quote.size());

        const QJsonArray bodies = a.value(u"body"_s).toArray();
        QCOMPARE(bodies.size(), 2);
        const QJsonObject note = bodies[0].toObject();
        QCOMPARE(note.value(u"type"_s).toString(), u"TextualBody"_s);
        QCOMPARE(note.value(u"purpose"_s).toString(), u"commenting"_s);
        QCOMPARE(note.value(u"format"_s).toString(), u"text/markdown"_s);
        QCOMPARE(note.value(u"value"_s).toString(), u"Fred's reply: **the** core claim."_s);
        const QJsonObject tag = bodies[1].toObject();
        QCOMPARE(tag.value(u"purpose"_s).toString(), u"tagging"_s);
        QCOMPARE(tag.value(u"value"_s).toString(),
                 u"Marketing belongs to everyone/Every employee is a brand ambassador"_s);
        QCOMPARE(tag.value(u"gloss:stance"_s).toString(), u"supports"_s);
    }

    void orphanAndStyle()
    {
        const QJsonArray items =
            QJsonDocument::fromJson(m_bytes).object().value(u"first"_s).toObject().value(u"items"_s).toArray();
        int orphans = 0;
        QStringList styles;
        for (const QJsonValue &v : items) {
            orphans += v.toObject().value(u"gloss:orphaned"_s).toBool() ? 1 : 0;
            if (v.toObject().contains(u"gloss:style"_s))
                styles << v.toObject().value(u"gloss:style"_s).toString();
        }
        QCOMPARE(orphans, 1);
        styles.sort();
        QCOMPARE(styles, (QStringList{u"strikethrough"_s, u"underline"_s}));
    }

private:
    TestLibrary m_lib;
    ExportDocument m_doc;
    QByteArray m_bytes;
};

QTEST_MAIN(TstWebAnnotationExporter)
#include "tst_webannotationexporter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"
#include "exportdocument.h"
#include "testlibrary.h"
#include "webannotationimporter.h"

#include <QFile>
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

// A strict RFC 4180 reader: CRLF between records, fields quoted with doubled quotes inside. Returns nullopt
// for anything a conforming writer would not produce (a bare LF between records, a stray quote).
std::optional<QList<QStringList>> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool fieldStarted = false;
    while (i < n) {
        const QChar c = text[i];
        if (!fieldStarted && c == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt;
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            fieldStarted = true;
            if (i < n && text[i] != u',' && text[i] != u'\r')
                return std::nullopt;
            continue;
        }
        if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= n || text[i + 1] != u'\n')
                return std::nullopt;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
        } else if (c == u'\n' || c == u'"') {
            return std::nullopt;
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (fieldStarted || !row.isEmpty())
        return std::nullopt; // the last record must end with CRLF too
    return rows;
}

ExportDocument documentWith(const QString &quote, const QString &note, const QString &title = u"Post"_s)
{
    ExportDocument doc;
    doc.created = exportTime;
    ExportPost post;
    post.id = 1;
    post.title = title;
    post.source = u"bundled:test.txt"_s;
    post.published = QDateTime(QDate(2009, 9, 24), QTime());
    ExportHighlight h;
    h.id = 1;
    h.anchor = TextAnchor{quote, {}, {}, 10, 10 + int(quote.size())};
    h.note = note;
    h.colour = QColor(u"#f6d32d"_s);
    h.created = h.modified = exportTime;
    h.tags << ExportTagging{1, u"A/B"_s, Stance::Challenges, {}} << ExportTagging{2, u"C"_s, Stance::Example, {}};
    post.highlights << h;
    doc.posts << post;
    return doc;
}

} // namespace

class TstCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        QFile fixture(QStringLiteral(GLOSS_TEST_DATA) + u"/export/fixture.json"_s);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QVERIFY(WebAnnotationImporter(*lib.library).import(fixture.readAll()));
        const auto doc = ExportDocument::build(*lib.library, ExportScope::allPosts(), exportTime);
        QVERIFY(doc);
        const auto bytes = CsvExporter().render(*doc);
        QVERIFY(bytes);
        compareGolden(u"highlights.csv"_s, *bytes);
        const auto rows = readCsv(QString::fromUtf8(*bytes));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1 + doc->highlightCount());
        QCOMPARE(rows->constFirst(), CsvExporter::header());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("note");
        QTest::newRow("plain") << u"just words"_s << u"a note"_s;
        QTest::newRow("comma") << u"one, two, three"_s << u"a, b"_s;
        QTest::newRow("quotes") << u"he said \"no\" twice \"\""_s << u"\"quoted\""_s;
        QTest::newRow("line breaks") << u"first\nsecond\r\nthird"_s << u"note\n\nwith blank line"_s;
        QTest::newRow("spaces at the ends") << u"  padded  "_s << u" "_s;
        QTest::newRow("unicode") << u"“curly” — ‘quotes’ and émigré, 日本語"_s << u"✓"_s;
        QTest::newRow("empty note") << u"quote"_s << QString();
        QTest::newRow("semicolon and tab") << u"a;b\tc"_s << u"x;y"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, quote);
        QFETCH(QString, note);
        const auto bytes = CsvExporter().render(documentWith(quote, note, u"Title, with \"comma\""_s));
        QVERIFY(bytes);
        QVERIFY(bytes->endsWith("\r\n"));
        const auto rows = readCsv(QString::fromUtf8(*bytes));
        QVERIFY2(rows, bytes->constData());
        QCOMPARE(rows->size(), 2);
        const QStringList &row = rows->at(1);
        QCOMPARE(row.size(), CsvExporter::header().size());
        QCOMPARE(row[0], u"Title, with \"comma\""_s);
        QCOMPARE(row[1], u"2009-09-24"_s);
        QCOMPARE(row[2], quote);
        QCOMPARE(row[3], note);
        QCOMPARE(row[4], u"A/B; C"_s);
        QCOMPARE(row[5], u"challenges; example"_s);
        QCOMPARE(row[6], u"#f6d32d"_s);
        QCOMPARE(row[7], u"10"_s);
        QCOMPARE(row[8], QString::number(10 + quote.size()));
        QCOMPARE(row[9], u"2024-04-01T09:00:00Z"_s);
    }

    void formulasNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("=") << u"=HYPERLINK(\"http://example.com\",\"click\")"_s;
        QTest::newRow("+") << u"+1+2"_s;
        QTest::newRow("-") << u"-2+3"_s;
        QTest::newRow("@") << u"@SUM(A1:A2)"_s;
        QTest::newRow("tab") << u"\t=1+1"_s;
        QTest::newRow("carriage return") << u"\r=1+1"_s;
    }
    void formulasNeutralised()
    {
        QFETCH(QString, text);
        const auto bytes = CsvExporter().render(documentWith(text, text, text));
        QVERIFY(bytes);
        const auto rows = readCsv(QString::fromUtf8(*bytes));
        QVERIFY(rows);
        const QStringList &row = rows->at(1);
        for (int column : {0, 2, 3}) {
            QCOMPARE(row[column], u'\'' + text);
        }
    }

    // Two columns more, who made and who last changed each highlight, only when asked for.
    void authorColumns_data()
    {
        QTest::addColumn<bool>("include");
        QTest::newRow("with authors") << true;
        QTest::newRow("without") << false;
    }

    void authorColumns()
    {
        QFETCH(bool, include);
        ExportDocument doc = documentWith(u"q"_s, {});
        doc.posts[0].highlights[0].createdBy = u"ann"_s;
        doc.posts[0].highlights[0].modifiedBy = u"bob"_s;
        doc.includeAuthors = include;
        const auto csv = CsvExporter().render(doc);
        QVERIFY(csv);
        const auto rows = readCsv(QString::fromUtf8(*csv));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).size(), CsvExporter::header().size() + (include ? 2 : 0));
        QCOMPARE(rows->at(1).size(), rows->at(0).size());
        if (include) {
            QCOMPARE(rows->at(0).mid(rows->at(0).size() - 2), (QStringList{u"created_by"_s, u"modified_by"_s}));
            QCOMPARE(rows->at(1).mid(rows->at(1).size() - 2), (QStringList{u"ann"_s, u"bob"_s}));
        }
    }

    void byteOrderMark()
    {
        const auto with = CsvExporter(true).render(documentWith(u"q"_s, {}));
        const auto without = CsvExporter(false).render(documentWith(u"q"_s, {}));
        QVERIFY(with && without);
        QVERIFY(with->startsWith("\xEF\xBB\xBFpost,date,"));
        QVERIFY(without->startsWith("post,date,"));
        QCOMPARE(with->mid(3), *without);
    }
};

QTEST_MAIN(TstCsvExporter)
#include "tst_csvexporter.moc"

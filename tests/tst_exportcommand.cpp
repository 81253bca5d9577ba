// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runExport(const QStringList &options)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = runExportCommand(QStringList{u"gloss export"_s} + options, out, err);
    return run;
}

Run runImport(const QStringList &options)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = runImportAnnotationsCommand(QStringList{u"gloss import-annotations"_s} + options, out, err);
    return run;
}

} // namespace

class TstExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.openLibrary());
        m_db = m_lib.path();
        const Run imported = runImport({QStringLiteral(GLOSS_TEST_DATA) + u"/export/fixture.json"_s, u"--database"_s, m_db});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(u"restored: 8"_s), qPrintable(imported.out));
        QVERIFY(imported.out.contains(u"orphaned: 1"_s));
        QVERIFY(imported.out.contains(u"refused: 0"_s));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{u"--colourful"_s} << u"colourful"_s;
        QTest::newRow("unknown format") << QStringList{u"--format"_s, u"pdf"_s} << u"pdf"_s;
        QTest::newRow("unknown arrangement") << QStringList{u"--by"_s, u"colour"_s} << u"colour"_s;
        QTest::newRow("post not a number") << QStringList{u"--post"_s, u"first"_s} << u"first"_s;
        QTest::newRow("post and tag") << QStringList{u"--post"_s, u"1"_s, u"--tag"_s, u"X"_s} << u"--post"_s;
        QTest::newRow("template with csv")
            << QStringList{u"--format"_s, u"csv"_s, u"--template"_s, u"t.md"_s} << u"--template"_s;
        QTest::newRow("stray argument") << QStringList{u"everything"_s} << u"everything"_s;
    }
    void badUsage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Run run = runExport(options + QStringList{u"--database"_s, m_db});
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"gloss export: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void stdoutWithoutOutputFile()
    {
        const Run run = runExport({u"--post"_s, u"1"_s, u"--database"_s, m_db});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.startsWith(u"---\ntitle: \"Dr. Kantor over at"_s));
        QVERIFY(run.out.contains(u"> What is needed is a sales and service focus throughout the entire organization."_s));
    }

    void outputFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("markdown") << u"markdown"_s << QByteArray("---\ntitle: \"Gloss notes\"");
        QTest::newRow("csv") << u"csv"_s << QByteArray("\xEF\xBB\xBFpost,date,quote,");
        QTest::newRow("json") << u"json"_s << QByteArray("{\n    \"@context\": \"http://www.w3.org/ns/anno.jsonld\"");
    }
    void outputFile()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.out"_s);
        QStringList options{u"--format"_s, format, u"-o"_s, path, u"--database"_s, m_db};
        if (format == u"csv"_s)
            options << u"--bom"_s;
        const Run run = runExport(options);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith(start), bytes.left(80).constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"notes.out"_s}); // no temporary left
    }

    void byArgumentForOneTag()
    {
        const Run run = runExport({u"--by"_s, u"argument"_s, u"--tag"_s,
                                   u"marketing belongs to everyone/organisation design"_s, u"--database"_s, m_db});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"# Marketing belongs to everyone/Organisation design\n"_s));
        QVERIFY(run.out.contains(u"No, the marketing organization should report into the customer service department."_s));
        QVERIFY(!run.out.contains(u"What is needed is a sales"_s));
    }

    void unwritableOutput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing-folder/notes.md"_s);
        const Run run = runExport({u"-o"_s, path, u"--database"_s, m_db});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void missingTemplate()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"notes.md"_s);
        const Run run = runExport({u"--template"_s, dir.filePath(u"nope.md"_s), u"-o"_s, out, u"--database"_s, m_db});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"nope.md"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void templateError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"broken.md"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# {{ title }}\n\n{% for post in posts %}\n{{ post.title }}\n");
        file.close();
        const QString out = dir.filePath(u"notes.md"_s);
        const Run run = runExport({u"--template"_s, file.fileName(), u"-o"_s, out, u"--database"_s, m_db});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"broken.md"_s) && run.err.contains(u"line 3"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void unknownPostAndTag()
    {
        QCOMPARE(runExport({u"--post"_s, u"999"_s, u"--database"_s, m_db}).code, 1);
        const Run run = runExport({u"--tag"_s, u"No such argument"_s, u"--database"_s, m_db});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"No such argument"_s));
    }

    void importMissingFile()
    {
        const Run run = runImport({u"/nonexistent/annotations.json"_s, u"--database"_s, m_db});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(u"annotations.json"_s));
        QCOMPARE(runImport({u"--database"_s, m_db}).code, 2);
    }

private:
    TestLibrary m_lib;
    QString m_db;
};

QTEST_MAIN(TstExportCommand)
#include "tst_exportcommand.moc"

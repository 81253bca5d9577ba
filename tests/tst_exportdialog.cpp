// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "tag.h"
#include "testlibrary.h"
#include "webannotationimporter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class TstExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.openLibrary());
        QFile fixture(QStringLiteral(GLOSS_TEST_DATA) + u"/export/fixture.json"_s);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QVERIFY(WebAnnotationImporter(*m_lib.library).import(fixture.readAll()));
    }

    void previewShowsCurrentPost()
    {
        ExportDialog dialog(*m_lib.library, m_repository, 2, nullptr);
        const QString text = dialog.preview()->toPlainText();
        QVERIFY2(text.startsWith(u"---\ntitle: \"Marketing goes on outside of the marketing department\"\n"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"# Marketing goes on outside of the marketing department\n"_s));
        QVERIFY(text.contains(u"> Marketing is a role that the marketing department"_s));
        QVERIFY(!text.contains(u"What is needed is a sales"_s)); // another post's
        QVERIFY(dialog.preview()->isReadOnly());
        QVERIFY(dialog.problemLabel()->isHidden());
    }

    void highlighterFollowsFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("definition");
        QTest::newRow("markdown") << u"markdown"_s << u"---\n"_s << u"Markdown"_s;
        QTest::newRow("csv") << u"csv"_s << u"post,date,quote,note,"_s << u"CSV"_s;
        QTest::newRow("json") << u"json"_s << u"{\n    \"@context\""_s << u"JSON"_s;
    }
    void highlighterFollowsFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, start);
        QFETCH(QString, definition);
        ExportDialog dialog(*m_lib.library, m_repository, 2, nullptr);
        dialog.setFormat(u"json"_s == format ? u"csv"_s : u"json"_s); // start elsewhere so the switch is real
        dialog.setFormat(format);
        QVERIFY2(dialog.preview()->toPlainText().startsWith(start), qPrintable(dialog.preview()->toPlainText().left(80)));
        QCOMPARE(dialog.highlighter()->document(), dialog.preview()->document());
        const KSyntaxHighlighting::Definition expected = m_repository.definitionForName(definition);
        if (expected.isValid())
            QCOMPARE(dialog.highlighter()->definition().name(), expected.name());
        QVERIFY(dialog.highlighter()->theme().isValid());
    }

    void scopeAndArrangement()
    {
        ExportDialog dialog(*m_lib.library, m_repository, 2, nullptr);
        const auto codebook = m_lib.library->tags().codebook();
        QVERIFY(codebook);
        const Tag *design = codebook->byPath(u"Marketing belongs to everyone/Organisation design"_s);
        QVERIFY(design);
        dialog.setArrangement(ExportArrangement::ByArgument);
        dialog.setScope(ExportDialog::Scope::Argument, design->id);
        const QString text = dialog.preview()->toPlainText();
        QVERIFY2(text.contains(u"# Marketing belongs to everyone/Organisation design\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"### Marketing should report into service\n"_s));
        QVERIFY(!text.contains(u"Marketing is a role"_s));

        dialog.setScope(ExportDialog::Scope::AllPosts);
        QVERIFY(dialog.preview()->toPlainText().contains(u"Marketing is a role"_s));
        QVERIFY(dialog.preview()->toPlainText().contains(u"What is needed is a sales"_s));
    }

    void templateProblemIsShown()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"broken.md"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ok\n{% if title %}\n");
        file.close();
        ExportDialog dialog(*m_lib.library, m_repository, 2, nullptr);
        dialog.setTemplateFile(file.fileName());
        QVERIFY(!dialog.problemLabel()->isHidden());
        QVERIFY2(dialog.problemLabel()->text().contains(u"line 2"_s), qPrintable(dialog.problemLabel()->text()));
        dialog.setTemplateFile({});
        QVERIFY(dialog.problemLabel()->isHidden());
        QVERIFY(dialog.preview()->toPlainText().startsWith(u"---\n"_s));
    }

    void saveWritesWholeFile()
    {
        QTemporaryDir dir;
        ExportDialog dialog(*m_lib.library, m_repository, 2, nullptr);
        const QString path = dir.filePath(u"notes.md"_s);
        QVERIFY(dialog.saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), dialog.preview()->toPlainText());

        const QString unwritable = dir.filePath(u"no-such-folder/notes.md"_s);
        const Status failed = dialog.saveTo(unwritable);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(unwritable));
        QVERIFY(!QFile::exists(unwritable));
    }

private:
    TestLibrary m_lib;
    KSyntaxHighlighting::Repository m_repository;
};

QTEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"

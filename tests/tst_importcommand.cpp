// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "testlibrary.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(GLOSS_TEST_DATA "/import/") + name;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runImportCommand(QStringList{u"gloss import"_s} + arguments, out, err);
    return r;
}

} // namespace

class TstImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryAndExitCodes()
    {
        TestLibrary lib;
        const QStringList database{u"--database"_s, lib.path()};

        Run first = run(database + QStringList{dataFile(u"post.md"_s), dataFile(u"rss.xml"_s)});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(u"Imported: 3\n"_s), qPrintable(first.out));
        QVERIFY(first.out.contains(u"Unchanged: 0\n"_s));
        QVERIFY(first.out.contains(u"Refused: 0\n"_s));
        QVERIFY(first.err.isEmpty());

        // Again, with a file that cannot be read: exit 1, and the summary says which and why.
        Run second = run(database + QStringList{dataFile(u"post.md"_s), dataFile(u"binary.bin"_s)});
        QCOMPARE(second.code, 1);
        QVERIFY2(second.out.contains(u"Imported: 0\n"_s), qPrintable(second.out));
        QVERIFY(second.out.contains(u"Unchanged: 1\n"_s));
        QVERIFY(second.out.contains(u"Refused: 1\n"_s));
        QVERIFY(second.out.contains(dataFile(u"binary.bin"_s) + u": "_s));
        QVERIFY(second.out.contains(u"binary file"_s));
    }

    void updatedPostsAreCounted()
    {
        TestLibrary lib;
        const QString path = lib.dir.filePath(u"post.md"_s);
        const auto write = [&](const QByteArray &text) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
        };
        QVERIFY(write("# T\n\nFirst version of the text.\n"));
        QCOMPARE(run({u"--database"_s, lib.path(), path}).code, 0);
        QVERIFY(write("# T\n\nSecond version of the text.\n"));
        const Run r = run({u"--database"_s, lib.path(), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Updated: 1\n"_s), qPrintable(r.out));
    }

    void sizeLimitOption()
    {
        TestLibrary lib;
        const Run r = run({u"--database"_s, lib.path(), u"--max-size"_s, u"0.0001"_s, dataFile(u"article.html"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"larger than"_s), qPrintable(r.out));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no paths") << QStringList{};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"x.txt"_s};
        QTest::newRow("size not a number") << QStringList{u"--max-size"_s, u"big"_s, u"x.txt"_s};
        QTest::newRow("size zero") << QStringList{u"--max-size"_s, u"0"_s, u"x.txt"_s};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        TestLibrary lib;
        const Run r = run(QStringList{u"--database"_s, lib.path()} + arguments);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(u"gloss import: "_s));
        QVERIFY(r.out.isEmpty());
    }

    void unusableLibrary()
    {
        const Run r = run({u"--database"_s, dataFile(u"plain.txt"_s), dataFile(u"post.md"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void help()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"Usage: gloss import"_s));
        QVERIFY(r.out.contains(u"--max-size"_s));
    }
};

QTEST_MAIN(TstImportCommand)
#include "tst_importcommand.moc"

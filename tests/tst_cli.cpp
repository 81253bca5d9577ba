// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    Cli cli(o, e);
    const int code = cli.run(QStringList{u"gloss"_s} + args);
    o.flush();
    e.flush();
    return {code, out, err};
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(u"library.sqlite"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"gloss"_s);
        QCoreApplication::setApplicationVersion(u"1.2.3"_s);
    }

    void listJson()
    {
        const Run r = run({u"list"_s, u"--database"_s, db(), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonArray posts = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(posts.size(), 5);
        bool sawWordPressPost = false;
        for (const QJsonValue &v : posts) {
            const QJsonObject p = v.toObject();
            for (const auto &key : {u"id"_s, u"date"_s, u"title"_s, u"author"_s, u"categories"_s, u"words"_s,
                                    u"comments"_s, u"highlights"_s}) {
                QVERIFY2(p.contains(key), qPrintable(key));
            }
            QVERIFY(!p[u"title"_s].toString().isEmpty());
            QVERIFY(p[u"words"_s].toInt() > 100);
            if (p[u"author"_s].toString() == u"Sean"_s) {
                sawWordPressPost = true;
                QCOMPARE(p[u"date"_s].toString(), u"2007-07-13T11:34:00"_s);
                QCOMPARE(p[u"categories"_s].toArray().size(), 3);
            }
        }
        QVERIFY(sawWordPressPost);
    }

    void listTsvIsDefault()
    {
        const Run r = run({u"--database"_s, db(), u"list"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first(), u"id\tdate\ttitle\tauthor\tcategories\twords\tcomments\thighlights"_s);
        for (const QString &line : lines)
            QCOMPARE(line.count(u'\t'), 7);
        QVERIFY(r.out.contains(u"\t2009-09-24\tMarketing goes on outside of the marketing department\t"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
        QTest::newRow("bad format") << QStringList{u"list"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"--colour"_s} << u"colour"_s;
        QTest::newRow("missing value") << QStringList{u"list"_s, u"--format"_s} << u"format"_s;
        QTest::newRow("stray argument") << QStringList{u"list"_s, u"extra"_s} << u"extra"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        const Run r = run(args + QStringList{u"--database"_s, db()});
        QCOMPARE(r.exitCode, int(Cli::Usage));
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void badDatabaseIsAClearFailure()
    {
        const QString path = m_dir.filePath(u"notes.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("my notes, not a database\n");
        f.close();
        const Run r = run({u"list"_s, u"--database"_s, path});
        QCOMPARE(r.exitCode, int(Cli::Failure));
        QVERIFY2(r.err.contains(u"not a Gloss library"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("my notes, not a database\n"));
    }

    void helpAndVersion()
    {
        Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"gloss 1.2.3"_s);
        r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"list"_s));
        QVERIFY(r.out.contains(u"--database"_s));
        r = run({u"list"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--format"_s));
    }

    void wantsCli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("cli");
        QTest::newRow("nothing: window") << QStringList{} << false;
        QTest::newRow("database only: window") << QStringList{u"--database"_s, u"x.sqlite"_s} << false;
        QTest::newRow("command") << QStringList{u"list"_s} << true;
        QTest::newRow("database then command") << QStringList{u"--database"_s, u"x"_s, u"list"_s} << true;
        QTest::newRow("help") << QStringList{u"--help"_s} << true;
        QTest::newRow("version") << QStringList{u"-v"_s} << true;
    }

    void wantsCli()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, cli);
        QCOMPARE(Cli::wantsCli(QStringList{u"gloss"_s} + args), cli);
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"

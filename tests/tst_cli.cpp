// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "library.h"
#include "searchstore.h"

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

QJsonArray jsonArray(const Run &r)
{
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(r.out));
    return array;
}

const auto parentTag = u"Marketing belongs to everyone"_s;
const auto childTag = u"Marketing belongs to everyone/Customer service is marketing"_s;
const auto designTag = u"Marketing belongs to everyone/Organisation design"_s;
const auto silosTag = u"Marketing belongs to everyone/Organisation design/Departmental silos"_s;

// Quotes that occur once in their post.
const auto post3Quote = u"merry way spruiking"_s;
const auto post2Quote = u"outside of the marketing department"_s;

// A library of its own for a test that writes, so the counts it checks are its own.
class ScratchLibrary
{
public:
    QString path() const { return m_dir.filePath(u"library.sqlite"_s); }

    Run gloss(const QStringList &args) const { return run(args + QStringList{u"--database"_s, path()}); }

    // Adds a highlight through the command line and returns its id (0 on failure).
    qint64 highlight(const QStringList &args) const
    {
        const Run r = gloss(QStringList{u"highlight"_s} + args);
        return r.exitCode == 0 ? r.out.trimmed().toLongLong() : 0;
    }

    QJsonArray annotations(const QStringList &args = {}) const
    {
        return jsonArray(gloss(QStringList{u"annotations"_s, u"--format"_s, u"json"_s} + args));
    }

    QString anchorText(qint64 postId) const
    {
        auto library = Library::openSqlite(path());
        if (!library)
            return {};
        const auto post = (*library)->posts().post(postId);
        return post ? post->anchorText() : QString();
    }

private:
    QTemporaryDir m_dir;
};

QStringList quotesOf(const QJsonArray &annotations)
{
    QStringList quotes;
    for (const QJsonValue &v : annotations)
        quotes << v[u"quote"_s].toString();
    return quotes;
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
        // Commands record the computer's account as the author of what they write.
        qputenv("USER", "ann");
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

    void importExportAndRestoreRunFromTheSameCommand()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"own.sqlite"_s);
        const QString post = dir.filePath(u"post.txt"_s);
        QFile file(post);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Friday, May 1, 2015\n\nThe help desk is the brand\n\nEvery call to the help desk is marketing.\n");
        file.close();

        Run r = run({u"import"_s, post, u"--database"_s, library});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"1"_s), qPrintable(r.out));
        r = run({u"list"_s, u"--database"_s, library});
        QVERIFY(r.out.contains(u"The help desk is the brand"_s));

        r = run({u"highlight"_s, u"--database"_s, library, u"--post"_s, u"6"_s, u"--quote"_s,
                 u"Every call to the help desk"_s, u"--note"_s, u"*the* point"_s});
        QCOMPARE(r.exitCode, 0);
        r = run({u"export"_s, u"--database"_s, library, u"--format"_s, u"markdown"_s, u"--post"_s, u"6"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"---"_s));
        QVERIFY(r.out.contains(u"Every call to the help desk"_s));

        const QString json = dir.filePath(u"notes.json"_s);
        r = run({u"export"_s, u"--database"_s, library, u"--format"_s, u"json"_s, u"-o"_s, json});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(json));
        const QString fresh = dir.filePath(u"fresh.sqlite"_s);
        QCOMPARE(run({u"import"_s, post, u"--database"_s, fresh}).exitCode, 0);
        r = run({u"import-annotations"_s, json, u"--database"_s, fresh});
        QCOMPARE(r.exitCode, 0);
        r = run({u"annotations"_s, u"--database"_s, fresh, u"--format"_s, u"json"_s});
        QVERIFY(r.out.contains(u"*the* point"_s));
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
        QTest::newRow("annotations: bad format") << QStringList{u"annotations"_s, u"--format"_s, u"csv"_s}
                                                 << u"csv"_s;
        QTest::newRow("annotations: post not a number") << QStringList{u"annotations"_s, u"--post"_s, u"three"_s}
                                                        << u"three"_s;
        QTest::newRow("tags: bad format") << QStringList{u"tags"_s, u"--format"_s, u"yaml"_s} << u"yaml"_s;
        QTest::newRow("tags: stray argument") << QStringList{u"tags"_s, u"all"_s} << u"all"_s;
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
        r = run({u"--help"_s});
        for (const auto &command : {u"highlight"_s, u"annotations"_s, u"tags"_s})
            QVERIFY2(r.out.contains(u"\n  "_s + command), qPrintable(command));
        r = run({u"highlight"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Usage: gloss highlight"_s));
        QVERIFY(r.out.contains(u"--occurrence"_s));
        r = run({u"tags"_s, u"--help"_s});
        QVERIFY(r.out.contains(u"flat"_s));
    }

    void highlightThenAnnotations()
    {
        const ScratchLibrary library;
        const Run added = library.gloss({u"highlight"_s, u"--post"_s, u"3"_s, u"--quote"_s, post3Quote, u"--tag"_s,
                                         childTag.toUpper(), u"--stance"_s, u"challenges"_s, u"--note"_s,
                                         u"Selling, not serving.\nSee post 2."_s, u"--colour"_s, u"Teal"_s});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
        // Just the id, for scripts.
        bool isNumber = false;
        const qint64 id = added.out.chopped(1).toLongLong(&isNumber);
        QVERIFY2(isNumber && added.out.endsWith(u'\n'), qPrintable(added.out));

        const QJsonArray annotations = library.annotations();
        QCOMPARE(annotations.size(), 1);
        const QJsonObject h = annotations.first().toObject();
        QCOMPARE(h[u"id"_s].toInteger(), id);
        QCOMPARE(h[u"post"_s].toInt(), 3);
        QCOMPARE(h[u"post_title"_s].toString(), u"The new division of marketing labour"_s);
        QCOMPARE(h[u"quote"_s].toString(), post3Quote);
        const QJsonObject anchor = h[u"anchor"_s].toObject();
        const int start = anchor[u"start"_s].toInt();
        const int end = anchor[u"end"_s].toInt();
        const QString text = library.anchorText(3);
        QCOMPARE(text.mid(start, end - start), post3Quote);
        QVERIFY(text.left(start).endsWith(anchor[u"prefix"_s].toString()));
        QVERIFY(text.mid(end).startsWith(anchor[u"suffix"_s].toString()));
        QCOMPARE(h[u"orphaned"_s].toBool(), false);
        QCOMPARE(h[u"note"_s].toString(), u"Selling, not serving.\nSee post 2."_s);
        const QJsonArray tags = h[u"tags"_s].toArray();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags[0][u"path"_s].toString(), childTag); // the codebook's spelling, whatever case was typed
        QCOMPARE(tags[0][u"stance"_s].toString(), u"challenges"_s);
        QCOMPARE(h[u"colour"_s].toString(), u"#5bc8af"_s);
        QCOMPARE(h[u"style"_s].toString(), u"background"_s);
        QVERIFY(h[u"created"_s].toString().endsWith(u'Z'));
        QCOMPARE(h[u"created_by"_s].toString(), u"ann"_s); // the account that ran the command
        QCOMPARE(h[u"modified_by"_s].toString(), u"ann"_s);

        for (const QJsonValue &post : jsonArray(library.gloss({u"list"_s, u"--format"_s, u"json"_s})))
            QCOMPARE(post[u"highlights"_s].toInt(), post[u"id"_s].toInt() == 3 ? 1 : 0);
    }

    void annotationsTsvKeepsOneHighlightALine()
    {
        const ScratchLibrary library;
        QVERIFY(library.highlight({u"--post"_s, u"3"_s, u"--quote"_s, post3Quote, u"--tag"_s, childTag,
                                   u"--note"_s, u"two\nlines\tand a tab"_s}));
        const Run r = library.gloss({u"annotations"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], u"id\tpost\tpost_title\tstart\tend\torphaned\tquote\tnote\ttags\tcolour\tstyle\t"
                           "created\tmodified\tcreated_by\tmodified_by"_s);
        const QStringList fields = lines[1].split(u'\t');
        QCOMPARE(fields.size(), 15);
        QCOMPARE(fields[13], u"ann"_s);
        QCOMPARE(fields[6], post3Quote);
        QCOMPARE(fields[7], u"two lines and a tab"_s);
        QCOMPARE(fields[8], childTag + u" (supports)"_s);
        QCOMPARE(fields[9], u"#57e389"_s); // no colour of its own: its tag's
    }

    void highlightErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("messageParts");

        const auto post3 = [](const QString &quote) { return QStringList{u"--post"_s, u"3"_s, u"--quote"_s, quote}; };
        QTest::newRow("quote not in post") << post3(u"the marketing of cheese"_s) << int(Cli::Failure)
                                           << QStringList{u"not in post 3"_s};
        QTest::newRow("ambiguous quote") << post3(u"the"_s) << int(Cli::Failure)
                                         << QStringList{u"%count(the)"_s, u"--occurrence"_s};
        QTest::newRow("occurrence out of range") << post3(u"the"_s) + QStringList{u"--occurrence"_s, u"1000"_s}
                                                 << int(Cli::Failure) << QStringList{u"1000"_s, u"%count(the)"_s};
        QTest::newRow("unknown tag, after a good one")
            << post3(post3Quote) + QStringList{u"--tag"_s, parentTag, u"--tag"_s, parentTag + u"/Pricing"_s}
            << int(Cli::Failure) << QStringList{u"Pricing"_s, u"Nothing was written"_s};
        QTest::newRow("unknown post") << QStringList{u"--post"_s, u"99"_s, u"--quote"_s, u"the"_s}
                                      << int(Cli::Failure) << QStringList{u"99"_s};
        QTest::newRow("bad stance") << post3(post3Quote) + QStringList{u"--stance"_s, u"agrees"_s}
                                    << int(Cli::Usage) << QStringList{u"agrees"_s};
        QTest::newRow("bad colour name") << post3(post3Quote) + QStringList{u"--colour"_s, u"mauve"_s}
                                         << int(Cli::Usage) << QStringList{u"mauve"_s, u"yellow"_s};
        QTest::newRow("short hex colour") << post3(post3Quote) + QStringList{u"--colour"_s, u"#abc"_s}
                                          << int(Cli::Usage) << QStringList{u"#abc"_s};
        QTest::newRow("bad style") << post3(post3Quote) + QStringList{u"--style"_s, u"bold"_s} << int(Cli::Usage)
                                   << QStringList{u"bold"_s};
        QTest::newRow("occurrence zero") << post3(u"the"_s) + QStringList{u"--occurrence"_s, u"0"_s}
                                         << int(Cli::Usage) << QStringList{u"--occurrence"_s};
        QTest::newRow("missing quote") << QStringList{u"--post"_s, u"3"_s} << int(Cli::Usage)
                                       << QStringList{u"--quote"_s};
        QTest::newRow("empty quote") << post3(QString()) << int(Cli::Usage) << QStringList{u"--quote"_s};
        QTest::newRow("missing post") << QStringList{u"--quote"_s, post3Quote} << int(Cli::Usage)
                                      << QStringList{u"--post"_s};
    }

    void highlightErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, messageParts);
        const ScratchLibrary library;
        const Run r = library.gloss(QStringList{u"highlight"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.startsWith(u"gloss highlight: "_s), qPrintable(r.err));
        for (QString part : messageParts) {
            // "%count(the)": how many times "the" occurs in post 3, which the message must tell.
            if (part == u"%count(the)"_s)
                part = u" %1 "_s.arg(library.anchorText(3).count(u"the"_s));
            QVERIFY2(r.err.contains(part), qPrintable(r.err + u" lacks "_s + part));
        }
        QCOMPARE(library.annotations().size(), 0);
        for (const QJsonValue &post : jsonArray(library.gloss({u"list"_s, u"--format"_s, u"json"_s})))
            QCOMPARE(post[u"highlights"_s].toInt(), 0);
    }

    void occurrencePicksTheNthMatch()
    {
        const ScratchLibrary library;
        const QString text = library.anchorText(3);
        const int first = int(text.indexOf(u"the"_s));
        const int second = int(text.indexOf(u"the"_s, first + 3));
        QVERIFY(first >= 0 && second > first);

        QVERIFY(library.highlight({u"--post"_s, u"3"_s, u"--quote"_s, u"the"_s, u"--occurrence"_s, u"2"_s}));
        QVERIFY(library.highlight({u"--post"_s, u"3"_s, u"--quote"_s, u"the"_s, u"--occurrence"_s, u"1"_s}));
        const QJsonArray annotations = library.annotations(); // in text order
        QCOMPARE(annotations.size(), 2);
        QCOMPARE(annotations[0][u"anchor"_s][u"start"_s].toInt(), first);
        QCOMPARE(annotations[1][u"anchor"_s][u"start"_s].toInt(), second);
        QCOMPARE(annotations[1][u"anchor"_s][u"end"_s].toInt(), second + 3);
    }

    void annotationsFilter_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("quotes");
        QTest::newRow("all") << QStringList{} << QStringList{post2Quote, u"marketing"_s, post3Quote};
        QTest::newRow("parent tag takes in children and grandchildren")
            << QStringList{u"--tag"_s, parentTag} << QStringList{post2Quote, post3Quote};
        QTest::newRow("child tag, any case") << QStringList{u"--tag"_s, designTag.toLower()}
                                             << QStringList{post2Quote};
        QTest::newRow("post") << QStringList{u"--post"_s, u"2"_s} << QStringList{post2Quote, u"marketing"_s};
        QTest::newRow("post and tag") << QStringList{u"--post"_s, u"3"_s, u"--tag"_s, parentTag}
                                      << QStringList{post3Quote};
        QTest::newRow("post without highlights") << QStringList{u"--post"_s, u"4"_s} << QStringList{};
        QTest::newRow("author") << QStringList{u"--author"_s, u"ann"_s}
                                << QStringList{post2Quote, u"marketing"_s, post3Quote};
        QTest::newRow("someone else") << QStringList{u"--author"_s, u"bob"_s} << QStringList{};
    }

    void annotationsFilter()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, quotes);
        const ScratchLibrary library;
        QVERIFY(library.highlight({u"--post"_s, u"3"_s, u"--quote"_s, post3Quote, u"--tag"_s, childTag}));
        QVERIFY(library.highlight({u"--post"_s, u"2"_s, u"--quote"_s, post2Quote, u"--tag"_s, silosTag}));
        QVERIFY(library.highlight({u"--post"_s, u"2"_s, u"--quote"_s, u"marketing"_s, u"--occurrence"_s, u"3"_s}));
        QCOMPARE(quotesOf(library.annotations(args)), quotes);
    }

    void annotationsUnknownTagOrPost_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("tag") << QStringList{u"--tag"_s, u"Pricing"_s} << u"Pricing"_s;
        QTest::newRow("post") << QStringList{u"--post"_s, u"42"_s} << u"42"_s;
    }

    void annotationsUnknownTagOrPost()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        const ScratchLibrary library;
        const Run r = library.gloss(QStringList{u"annotations"_s} + args);
        QCOMPARE(r.exitCode, int(Cli::Failure));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"gloss annotations: "_s) && r.err.contains(messagePart), qPrintable(r.err));
    }

    void tagsListTheCodebook()
    {
        const ScratchLibrary library;
        QVERIFY(library.highlight({u"--post"_s, u"3"_s, u"--quote"_s, post3Quote, u"--tag"_s, childTag}));
        QVERIFY(library.highlight({u"--post"_s, u"2"_s, u"--quote"_s, post2Quote, u"--tag"_s, childTag,
                                   u"--tag"_s, silosTag}));
        const QJsonArray tags = jsonArray(library.gloss({u"tags"_s, u"--format"_s, u"json"_s}));
        QVERIFY(tags.size() >= 10);

        QHash<QString, int> row;
        QHash<qint64, int> rowOfId;
        for (int i = 0; i < tags.size(); ++i) {
            const QJsonObject t = tags[i].toObject();
            const qint64 parent = t[u"parent"_s].toInteger();
            // Parents come first, so a program can build the tree in one pass.
            QVERIFY2(parent == 0 || rowOfId.contains(parent), qPrintable(t[u"path"_s].toString()));
            if (parent != 0) {
                const QString parentPath = tags[rowOfId[parent]][u"path"_s].toString();
                QVERIFY(t[u"path"_s].toString().startsWith(parentPath + u'/'));
            }
            rowOfId.insert(t[u"id"_s].toInteger(), i);
            row.insert(t[u"path"_s].toString(), i);
        }
        QVERIFY(row.contains(parentTag) && row.contains(childTag));
        QCOMPARE(tags[row[parentTag]][u"parent"_s].toInt(), 0);
        QCOMPARE(tags[row[childTag]][u"parent"_s].toInteger(), tags[row[parentTag]][u"id"_s].toInteger());
        QCOMPARE(tags[row[childTag]][u"colour"_s].toString(), u"#57e389"_s);
        QVERIFY(!tags[row[childTag]][u"description"_s].toString().isEmpty());
        // Depth-first: Organisation design's children right after it, before its next sibling.
        QCOMPARE(row[silosTag], row[designTag] + 2);

        QCOMPARE(tags[row[childTag]][u"highlights"_s].toInt(), 2);
        QCOMPARE(tags[row[silosTag]][u"highlights"_s].toInt(), 1);
        QCOMPARE(tags[row[parentTag]][u"highlights"_s].toInt(), 0);

        const Run tsv = library.gloss({u"tags"_s});
        QCOMPARE(tsv.exitCode, 0);
        const QStringList lines = tsv.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), tags.size() + 1);
        QCOMPARE(lines[0], u"id\tparent\tpath\tcolour\tdescription\thighlights"_s);
        QVERIFY(lines[row[childTag] + 1].endsWith(u"\t2"_s));
    }

    void searchTsv()
    {
        const Run r = run({u"search"_s, u"receptionist"_s, u"--database"_s, db()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines[0], u"post\thighlight\tkind\tscore\ttitle\tsnippet"_s);
        const QStringList fields = lines[1].split(u'\t');
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields[0], u"4"_s);
        QCOMPARE(fields[1], u"0"_s);
        QCOMPARE(fields[2], u"post"_s);
        QCOMPARE(fields[4], u"How many people are there in your marketing department?"_s);
        QVERIFY2(fields[5].contains(u"**receptionist**"_s, Qt::CaseInsensitive), qPrintable(fields[5]));
        QVERIFY(!r.out.contains(QChar(SearchHit::markStart)));
    }

    void searchJsonWithHighlights()
    {
        const ScratchLibrary library;
        const qint64 id = library.highlight({u"--post"_s, u"3"_s, u"--quote"_s, post3Quote, u"--note"_s,
                                             u"Quokkas spruik nothing"_s});
        QVERIFY(id > 0);
        // Words must all match: several arguments are one query.
        const Run r = library.gloss({u"search"_s, u"--format"_s, u"json"_s, u"spruiking"_s, u"merry"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = jsonArray(r);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0][u"kind"_s].toString(), u"post"_s);
        QCOMPARE(hits[0][u"post"_s].toInt(), 3);
        QCOMPARE(hits[1][u"kind"_s].toString(), u"highlight"_s);
        QCOMPARE(hits[1][u"highlight"_s].toInteger(), id);
        QCOMPARE(hits[1][u"post"_s].toInt(), 3);
        const int start = hits[1][u"start"_s].toInt();
        QCOMPARE(library.anchorText(3).mid(start, hits[1][u"end"_s].toInt() - start), post3Quote);
        QVERIFY(hits[1][u"snippet"_s].toString().contains(u"**spruiking**"_s));
        QVERIFY(hits[0][u"score"_s].toDouble() > 0);

        const QJsonArray notes = jsonArray(library.gloss({u"search"_s, u"--format"_s, u"json"_s, u"note:quokka*"_s}));
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes[0][u"snippet"_s].toString(), u"**Quokkas** spruik nothing"_s);
    }

    void searchLimitAndExclusions()
    {
        Run r = run({u"search"_s, u"--limit"_s, u"1"_s, u"marketing"_s, u"--database"_s, db()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
        // After "--", a -word is the query's, not an option; --database before the command still applies.
        r = run({u"--database"_s, db(), u"search"_s, u"--"_s, u"marketing"_s, u"-receptionist"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header and the four posts without the word
        for (const QString &line : lines.mid(1))
            QVERIFY2(!line.startsWith(u"4\t"_s), qPrintable(line));
    }

    void searchUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unbalanced quote") << QStringList{u"\"customer service"_s} << u"quotation mark"_s;
        QTest::newRow("NEAR(") << QStringList{u"NEAR(a"_s} << u"Parentheses"_s;
        QTest::newRow("star alone") << QStringList{u"*"_s} << u"*"_s;
        QTest::newRow("only excludes") << QStringList{u"--"_s, u"-marketing"_s} << u"not only"_s;
        QTest::newRow("no query") << QStringList{} << u"search for"_s;
        QTest::newRow("bad limit") << QStringList{u"--limit"_s, u"none"_s, u"marketing"_s} << u"none"_s;
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"marketing"_s} << u"xml"_s;
    }

    void searchUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        const Run r = run(QStringList{u"--database"_s, db(), u"search"_s} + args);
        QCOMPARE(r.exitCode, int(Cli::Usage));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"gloss search: "_s) && r.err.contains(messagePart), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"database reported"_s));
    }

    void searchHelp()
    {
        Run r = run({u"--help"_s});
        QVERIFY(r.out.contains(u"\n  search"_s));
        r = run({u"search"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Usage: gloss search"_s));
        for (const auto &part : {u"**"_s, u"--limit"_s, u"tag:"_s, u"prefix*"_s, u"-exclude"_s})
            QVERIFY2(r.out.contains(part), qPrintable(part));
    }

    void copyUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        const QString from = m_dir.filePath(u"library.sqlite"_s);
        const QString to = m_dir.filePath(u"copy-usage.sqlite"_s);
        QTest::newRow("nothing") << QStringList{} << u"--from"_s;
        QTest::newRow("no --to") << QStringList{u"--from"_s, from} << u"--to"_s;
        QTest::newRow("no --from") << QStringList{u"--to"_s, to} << u"--from"_s;
        QTest::newRow("bad format") << QStringList{u"--from"_s, from, u"--to"_s, to, u"--format"_s, u"xml"_s}
                                    << u"xml"_s;
        QTest::newRow("bad batch size") << QStringList{u"--from"_s, from, u"--to"_s, to, u"--batch-size"_s, u"0"_s}
                                        << u"--batch-size"_s;
        QTest::newRow("stray argument") << QStringList{u"--from"_s, from, u"--to"_s, to, u"extra"_s} << u"extra"_s;
    }

    void copyUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        const Run r = run(QStringList{u"copy"_s} + args);
        QCOMPARE(r.exitCode, int(Cli::Usage));
        QVERIFY2(r.err.startsWith(u"gloss copy: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"copy-usage.sqlite"_s)));
    }

    void copyPrintsTheVerifiedSummary()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(u"from.sqlite"_s);
        const QString to = dir.filePath(u"to.sqlite"_s);
        QCOMPARE(run({u"list"_s, u"--database"_s, from}).exitCode, 0); // the bundled library

        Run r = run({u"copy"_s, u"--from"_s, from, u"--to"_s, to});
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.takeFirst(), u"table\tsource_rows\ttarget_rows\tchecksum\tok"_s);
        QCOMPARE(lines.size(), 9);
        for (const QString &line : std::as_const(lines)) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 5);
            QCOMPARE(fields[1], fields[2]);
            QCOMPARE(fields[3].size(), 64);
            QCOMPARE(fields[4], u"true"_s);
        }
        QVERIFY2(r.out.contains(u"\npost\t5\t5\t"_s), qPrintable(r.out));
        // Not a terminal: a line per table, then what was done.
        QVERIFY2(r.err.contains(u"gloss copy: copying post: 5 of 5 rows\n"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"every table matches"_s), qPrintable(r.err));
        r = run({u"list"_s, u"--database"_s, to});
        QCOMPARE(r.out.count(u'\n'), 6); // the five posts, not ten

        r = run({u"copy"_s, u"--from"_s, from, u"--to"_s, to, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"already was a complete copy"_s), qPrintable(r.err));
        const QJsonArray tables = jsonArray(r);
        QCOMPARE(tables.size(), 9);
        for (const QJsonValue &t : tables) {
            QVERIFY(t[u"ok"_s].toBool());
            QCOMPARE(t[u"source_checksum"_s], t[u"target_checksum"_s]);
        }

        // A library with data of its own is refused.
        r = run({u"copy"_s, u"--from"_s, to, u"--to"_s, db()});
        QCOMPARE(r.exitCode, int(Cli::Failure));
        QVERIFY2(r.err.contains(u"already holds a library of its own"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = run({u"copy"_s, u"--from"_s, from, u"--to"_s, from});
        QCOMPARE(r.exitCode, int(Cli::Failure));
        QVERIFY2(r.err.contains(u"same library"_s), qPrintable(r.err));
        r = run({u"copy"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"Usage: gloss copy --from WHERE --to WHERE"_s));
        QVERIFY(!r.out.contains(u"--database"_s));
        QVERIFY(run({u"--help"_s}).out.contains(u"\n  copy"_s));
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "postimporter.h"

#include "anchorresolver.h"
#include "highlightstore.h"
#include "searchstore.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(GLOSS_TEST_DATA "/import/") + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int postCount(Library &library)
{
    return *library.posts().count();
}

Post postFor(Library &library, const QString &source)
{
    const auto id = library.posts().idForSource(source);
    if (!id || !id->has_value())
        return {};
    return *library.posts().post(**id);
}

QList<qint64> searchPosts(Library &library, const QString &query)
{
    QList<qint64> ids;
    const auto hits = library.search().search(query);
    if (!hits)
        return ids;
    for (const SearchHit &h : *hits) {
        if (h.kind == SearchHit::Kind::Post)
            ids << h.postId;
    }
    return ids;
}

// A highlight on the first occurrence of quote in the post's anchor text.
qint64 highlight(Library &library, const Post &post, const QString &quote)
{
    const QString text = post.anchorText();
    const int start = int(text.indexOf(quote));
    if (start < 0)
        return 0;
    Highlight h;
    h.postId = post.id;
    h.anchor = AnchorResolver::anchorFor(text, start, start + int(quote.size()));
    h.note = u"note on "_s + quote;
    const auto id = library.highlights().add(h);
    return id ? *id : 0;
}

// A small blog post that says its date, title, two paragraphs and two labels.
QByteArray numberedPost(int i)
{
    return QStringLiteral("Monday, March 2, 2009\n\nNumbered post %1\n\nThe first paragraph of post %1 says "
                          "something.\n\nThe second paragraph of post %1 says more.\n\nLabels: Alpha, Beta\n")
        .arg(i)
        .toUtf8();
}

const QByteArray alphaParagraph = "Alpha paragraph is long enough that its middle words stay here in full, with "
                                  "context on both sides of them.\n\n";
const QByteArray gammaParagraph = "Gamma paragraph is also long, and the highlighted phrase also stays in place with "
                                  "its context intact around it.\n";
const QByteArray editsBefore = "# Edits\n\n" + alphaParagraph
    + "Beta paragraph mentions quixotic plans soon.\n\n" + gammaParagraph;
const QByteArray editsAfter = "# Edits\n\nA brand new opening paragraph about zeppelins.\n\n" + alphaParagraph
    + gammaParagraph;

// Batches of a tenth of the usual size: the batch tests need a few of them, and each file costs time.
constexpr int testBatch = 100;

ImportOptions smallBatches()
{
    ImportOptions options;
    options.batchPosts = testBatch;
    return options;
}

} // namespace

class TstPostImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("posts");
        QTest::addColumn<QString>("source");   // of the first post; "file:" means the file's own
        QTest::addColumn<QString>("title");    // of the first post
        QTest::addColumn<QString>("contains"); // somewhere in the first post's text
        QTest::newRow("plain text") << u"plain.txt"_s << 1 << u"file:"_s << QString()
                                    << u"Driving the marketing discipline"_s;
        QTest::newRow("markdown") << u"post.md"_s << 1 << u"file:"_s << u"Gardens of the mind"_s
                                  << u"A garden is a place where ideas grow"_s;
        QTest::newRow("html") << u"article.html"_s << 1 << u"file:"_s << u"Compilers & people"_s
                              << u"why they matter"_s;
        QTest::newRow("rss") << u"rss.xml"_s << 2 << u"feed:tag:blog.example.com,2020:1"_s << u"First item"_s
                             << u"Can machines think?"_s;
        QTest::newRow("atom") << u"atom.xml"_s << 2 << u"feed:urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"_s
                              << u"Atom <entry> one"_s << u"XHTML paragraph one."_s;
        QTest::newRow("wordpress") << u"wordpress.xml"_s << 1 << u"feed:https://wp.example.com/?p=42"_s
                                   << u"A WordPress post"_s << u"Second paragraph with bold text."_s;
        QTest::newRow("windows-1252 text") << u"cp1252.txt"_s << 1 << u"file:"_s << QString()
                                           << u"It’s “quoted” – café — naïve… €5"_s;
        QTest::newRow("utf-16 text") << u"utf16le.txt"_s << 1 << u"file:"_s << QString() << u"Café “quoted”"_s;
    }

    void formats()
    {
        QFETCH(QString, file);
        QFETCH(int, posts);
        QFETCH(QString, source);
        QFETCH(QString, title);
        QFETCH(QString, contains);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Library &library = *lib.library;
        const int before = postCount(library);

        PostImporter importer(library);
        const ImportSummary summary = importer.importPaths({dataFile(file)});
        QCOMPARE(summary.refused, QList<ImportRefusal>{});
        QCOMPARE(summary.imported, posts);
        QCOMPARE(postCount(library), before + posts);

        if (source == u"file:"_s)
            source += QFileInfo(dataFile(file)).absoluteFilePath();
        const Post post = postFor(library, source);
        QVERIFY2(post.id > 0, qPrintable(source));
        if (!title.isEmpty())
            QCOMPARE(post.title, title);
        QVERIFY(!post.title.isEmpty());
        QVERIFY2(post.anchorText().contains(contains), qPrintable(post.anchorText()));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why"); // part of the reason the user reads
        QTest::newRow("binary") << dataFile(u"binary.bin"_s) << u"binary"_s;
        QTest::newRow("NUL bytes") << dataFile(u"nul.txt"_s) << u"NUL"_s;
        QTest::newRow("undecodable") << dataFile(u"undefined-1252.txt"_s) << u"neither UTF-8 nor Windows-1252"_s;
        QTest::newRow("JSON that is not annotations") << dataFile(u"notes.json"_s) << u"not Web Annotation"_s;
        QTest::newRow("entity declarations") << dataFile(u"entities.xml"_s) << u"entities"_s;
        QTest::newRow("missing") << dataFile(u"no-such-file.txt"_s) << u"no such file"_s;
        QTest::newRow("device") << u"/dev/zero"_s << u"not a regular file"_s;
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QString, why);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const int before = postCount(*lib.library);
        PostImporter importer(*lib.library);
        const ImportSummary summary = importer.importPaths({path});
        QCOMPARE(summary.refused.size(), 1);
        QCOMPARE(summary.refused.first().file, QFileInfo(path).absoluteFilePath());
        QVERIFY2(summary.refused.first().reason.contains(why, Qt::CaseInsensitive),
                 qPrintable(summary.refused.first().reason));
        QCOMPARE(summary.imported, 0);
        QCOMPARE(postCount(*lib.library), before);
    }

    void sizeLimit()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        ImportOptions options;
        options.maxFileSize = 100; // article.html is larger
        PostImporter importer(*lib.library, options);
        const ImportSummary summary = importer.importPaths({dataFile(u"article.html"_s), dataFile(u"utf8.txt"_s)});
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.refused.size(), 1);
        QVERIFY(summary.refused.first().file.endsWith(u"article.html"_s));
        QVERIFY2(summary.refused.first().reason.contains(u"larger than"_s), qPrintable(summary.refused.first().reason));
    }

    void foldersAreWalked()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const QString root = lib.dir.filePath(u"in"_s);
        QVERIFY(writeFile(root + u"/a/post.md"_s, "# One\n\nFirst.\n"));
        QVERIFY(writeFile(root + u"/a/b/page.html"_s, "<p>Second page text.</p>"));
        QVERIFY(writeFile(root + u"/a/b/picture.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
        QVERIFY(writeFile(root + u"/.hidden/secret.txt"_s, "Hidden text"));
        const int before = postCount(*lib.library);
        PostImporter importer(*lib.library);
        const ImportSummary summary = importer.importPaths({root});
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.refused, QList<ImportRefusal>{}); // the picture is not even tried
        QCOMPARE(postCount(*lib.library), before + 2);
    }

    void hostileHtmlTouchesNothingElse()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        // Files next to the page that it points at in every way a page can; none may find its way into the post.
        const QString folder = lib.dir.filePath(u"page"_s);
        QVERIFY(writeFile(folder + u"/secret.txt"_s, "SECRET-CONTENT-1"));
        QVERIFY(writeFile(folder + u"/style.css"_s, "p::before { content: 'SECRET-CONTENT-2' }"));
        const QString secret = QFileInfo(folder + u"/secret.txt"_s).absoluteFilePath();
        const QByteArray html = "<html><head><link rel=stylesheet href=style.css><link rel=import href=secret.txt>"
                                "<base href=\"file://" + secret.toUtf8() + "\"></head><body><article><h1>Page</h1>"
                                "<p>Visible.<img src=secret.txt alt=''><img src=\"file://" + secret.toUtf8() + "\">"
                                "<iframe src=secret.txt></iframe><object data=secret.txt></object>"
                                "<a href=\"javascript:document.write('SECRET')\" onclick=\"x()\">link</a></p>"
                                "</article></body></html>";
        QVERIFY(writeFile(folder + u"/page.html"_s, html));
        QVERIFY(QFile::copy(dataFile(u"hostile.html"_s), folder + u"/hostile.html"_s));

        PostImporter importer(*lib.library);
        const ImportSummary summary = importer.importPaths({folder + u"/page.html"_s, folder + u"/hostile.html"_s});
        QCOMPARE(summary.imported, 2);
        const Post page = postFor(*lib.library, u"file:"_s + folder + u"/page.html"_s);
        QCOMPARE(page.paragraphs, QStringList{u"Visible.link"_s});
        const Post hostile = postFor(*lib.library, u"file:"_s + folder + u"/hostile.html"_s);
        for (const Post *p : {&page, &hostile}) {
            const QString text = p->anchorText() + p->author + p->categories.join(u' ');
            QVERIFY(!text.contains(u"SECRET"_s));
            QVERIFY(!text.contains(u"root:"_s));
            QVERIFY(!text.contains(u"http"_s));
            QVERIFY(!text.contains(u"alert"_s));
        }
    }

    void identicalReimportIsANoOp()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        PostImporter importer(*lib.library);
        const QStringList files = {dataFile(u"post.md"_s), dataFile(u"rss.xml"_s)};
        QCOMPARE(importer.importPaths(files).imported, 3);
        const auto imported = lib.library->posts().summaries();
        QSqlQuery q(lib.library->database().connection());
        QVERIFY(q.exec(u"SELECT group_concat(imported_at) FROM post"_s) && q.next());
        const QString importedAt = q.value(0).toString();

        const ImportSummary again = importer.importPaths(files);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(postCount(*lib.library), int(imported->size()));
        QVERIFY(q.exec(u"SELECT group_concat(imported_at) FROM post"_s) && q.next());
        QCOMPARE(q.value(0).toString(), importedAt); // not even rewritten

        // A copy of a file elsewhere is the same post, not a second one.
        const QString copy = lib.dir.filePath(u"copy.md"_s);
        QVERIFY(QFile::copy(dataFile(u"post.md"_s), copy));
        const ImportSummary copied = importer.importPaths({copy});
        QCOMPARE(copied.unchanged, 1);
        QCOMPARE(copied.imported, 0);
    }

    void editedReimportKeepsHighlights()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        Library &library = *lib.library;
        const QString path = lib.dir.filePath(u"edits.md"_s);
        QVERIFY(writeFile(path, editsBefore));
        PostImporter importer(library);
        QCOMPARE(importer.importPaths({path}).imported, 1);
        const QString source = u"file:"_s + QFileInfo(path).absoluteFilePath();
        const Post before = postFor(library, source);
        const qint64 alpha = highlight(library, before, u"middle words stay here in full"_s);
        const qint64 beta = highlight(library, before, u"quixotic plans"_s);
        const qint64 gamma = highlight(library, before, u"highlighted phrase also stays"_s);
        QVERIFY(alpha && beta && gamma);
        QVERIFY(searchPosts(library, u"quixotic"_s).contains(before.id));

        QVERIFY(writeFile(path, editsAfter));
        const ImportSummary summary = importer.importPaths({path});
        QCOMPARE(summary.updated, 1);
        QCOMPARE(summary.imported, 0);
        QCOMPARE(summary.highlightsMoved, 2);
        QCOMPARE(summary.highlightsOrphaned, 1);

        const Post after = postFor(library, source);
        QCOMPARE(after.id, before.id); // the same post, its text replaced
        QVERIFY(after.anchorText().contains(u"zeppelins"_s));
        const QString text = after.anchorText();
        for (const qint64 id : {alpha, gamma}) {
            const Highlight h = *library.highlights().highlight(id);
            QVERIFY(!h.orphaned);
            QCOMPARE(text.mid(h.anchor.start, h.anchor.end - h.anchor.start), h.anchor.quote);
            QVERIFY(h.anchor.start != -1);
        }
        QVERIFY(library.highlights().highlight(alpha)->anchor.start
                > before.anchorText().indexOf(u"middle words stay here in full"_s));
        const Highlight orphan = *library.highlights().highlight(beta);
        QVERIFY(orphan.orphaned);
        QCOMPARE(orphan.anchor.quote, u"quixotic plans"_s);     // kept, to be placed by hand
        QCOMPARE(orphan.note, u"note on quixotic plans"_s);
        QCOMPARE(library.highlights().forPost(after.id)->size(), 3);

        // The search index follows the new text.
        QVERIFY(searchPosts(library, u"zeppelins"_s).contains(after.id));
        QVERIFY(!searchPosts(library, u"quixotic"_s).contains(after.id));
    }

    void feedItemsUpdateOneByOne()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const QString path = lib.dir.filePath(u"feed.xml"_s);
        QFile in(dataFile(u"rss.xml"_s));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray feed = in.readAll();
        QVERIFY(writeFile(path, feed));
        PostImporter importer(*lib.library);
        QCOMPARE(importer.importPaths({path}).imported, 2);
        // The channel changes and the second item is edited: only that item is updated.
        feed.replace("<title>Example Feed</title>", "<title>Renamed Feed</title>");
        feed.replace("Escaped &amp;amp; described.", "Edited description.");
        QVERIFY(writeFile(path, feed));
        const ImportSummary summary = importer.importPaths({path});
        QCOMPARE(summary.updated, 1);
        QCOMPARE(summary.unchanged, 1);
        QCOMPARE(postFor(*lib.library, u"feed:https://blog.example.com/second"_s).paragraphs,
                 QStringList{u"Edited description."_s});
    }

    void webAnnotationsAfterTheirPosts()
    {
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const QString folder = lib.dir.filePath(u"export"_s);
        QVERIFY(writeFile(folder + u"/post.md"_s, "# Annotated\n\nA place where ideas grow.\n"));
        const QString source = u"file:"_s + QFileInfo(folder + u"/post.md"_s).absoluteFilePath();
        // Named to sort first: the annotations still wait for the post.
        const QJsonObject annotation{
            {u"type"_s, u"Annotation"_s},
            {u"motivation"_s, u"highlighting"_s},
            {u"target"_s, QJsonObject{{u"source"_s, source},
                                      {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                                  {u"exact"_s, u"ideas grow"_s}}}}},
        };
        const QJsonObject collection{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
                                     {u"type"_s, u"AnnotationCollection"_s},
                                     {u"items"_s, QJsonArray{annotation}}};
        QVERIFY(writeFile(folder + u"/a-annotations.json"_s, QJsonDocument(collection).toJson()));
        PostImporter importer(*lib.library);
        const ImportSummary summary = importer.importPaths({folder});
        QCOMPARE(summary.refused, QList<ImportRefusal>{});
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.annotationsRestored, 1);
        const Post post = postFor(*lib.library, source);
        const auto highlights = lib.library->highlights().forPost(post.id);
        QCOMPARE(highlights->size(), 1);
        QCOMPARE(highlights->first().anchor.quote, u"ideas grow"_s);
    }

    void detection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("file");
        QTest::addColumn<PostImporter::Format>("format");
        QTest::newRow("html in a .txt") << u"<!DOCTYPE html><html><p>x</p>"_s << u"a.txt"_s
                                        << PostImporter::Format::Html;
        QTest::newRow("feed in a .txt") << u"<?xml version=\"1.0\"?><rss/>"_s << u"a.txt"_s
                                        << PostImporter::Format::Feed;
        QTest::newRow("markdown in a .txt") << u"# Title\n\nText"_s << u"a.txt"_s << PostImporter::Format::Markdown;
        QTest::newRow("text in a .md") << u"Plain words"_s << u"a.md"_s << PostImporter::Format::Markdown;
        QTest::newRow("json") << u"  {\"type\": \"Annotation\"}"_s << u"a"_s << PostImporter::Format::WebAnnotation;
        QTest::newRow("blog text") << u"Thursday, September 24, 2009\nTitle\nBody"_s << u"a.html.bak"_s
                                   << PostImporter::Format::PlainText;
    }

    void detection()
    {
        QFETCH(QString, text);
        QFETCH(QString, file);
        QFETCH(PostImporter::Format, format);
        QCOMPARE(PostImporter::detect(text, file), format);
    }

    // Posts are committed in batches; a cancel anywhere, at a batch's edge or inside one, keeps exactly the posts
    // done before it, each whole, and committed (seen from another connection).
    void cancelKeepsWholePostsAcrossBatches_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("before any post") << 0;
        QTest::newRow("inside the first batch") << 37;
        QTest::newRow("at a batch's edge") << testBatch;
        QTest::newRow("inside the second batch") << testBatch + 23;
    }

    void cancelKeepsWholePostsAcrossBatches()
    {
        QFETCH(int, cancelAt);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const int before = postCount(*lib.library);
        const int files = 2 * testBatch - 20;
        const QString folder = lib.dir.filePath(u"many"_s);
        for (int i = 0; i < files; ++i)
            QVERIFY(writeFile(folder + u"/post-%1.txt"_s.arg(i, 3, 10, QChar(u'0')), numberedPost(i)));

        int seen = 0;
        PostImporter importer(*lib.library, smallBatches());
        const ImportSummary summary = importer.importPaths(
            {folder}, [&] { return seen >= cancelAt; }, [&](int done, int, const QString &) { seen = done; });
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported, cancelAt);
        QVERIFY(summary.refused.isEmpty());

        auto other = Database::openSqlite(lib.path());
        QVERIFY(other.ok());
        PostStore posts(**other);
        QCOMPARE(*posts.count(), before + cancelAt);
        for (int i = 0; i < files; ++i) {
            const QString source = u"file:"_s + QFileInfo(folder + u"/post-%1.txt"_s.arg(i, 3, 10, QChar(u'0')))
                                                    .absoluteFilePath();
            const auto id = posts.idForSource(source);
            QVERIFY(id.ok());
            QCOMPARE(id->has_value(), i < cancelAt);
            if (i < cancelAt) {
                const Post post = *posts.post(**id);
                QCOMPARE(post.title, u"Numbered post %1"_s.arg(i));
                QCOMPARE(post.paragraphs.size(), 2);
                QCOMPARE(post.categories, (QStringList{u"Alpha"_s, u"Beta"_s}));
            }
        }
    }

    // A post the database refuses in the middle of a batch is refused alone: the posts before and after it in the
    // same batch are kept, also when the refusal rolls back the whole transaction.
    void failingPostKeepsTheOthers_data()
    {
        QTest::addColumn<QString>("raise");
        QTest::newRow("statement aborted") << u"ABORT"_s;
        QTest::newRow("transaction rolled back") << u"ROLLBACK"_s;
    }

    void failingPostKeepsTheOthers()
    {
        QFETCH(QString, raise);
        TestLibrary lib;
        QVERIFY(lib.openLibrary());
        const int before = postCount(*lib.library);
        const int files = testBatch + 10;
        const int poisoned = 42;
        const QString folder = lib.dir.filePath(u"many"_s);
        for (int i = 0; i < files; ++i)
            QVERIFY(writeFile(folder + u"/post-%1.txt"_s.arg(i, 3, 10, QChar(u'0')), numberedPost(i)));
        QSqlQuery q(lib.library->database().connection());
        QVERIFY2(q.exec(u"CREATE TEMP TRIGGER poison BEFORE INSERT ON post WHEN new.title = 'Numbered post %1' "
                        "BEGIN SELECT RAISE(%2, 'refused for the test'); END"_s.arg(poisoned).arg(raise)),
                 qPrintable(q.lastError().text()));

        PostImporter importer(*lib.library, smallBatches());
        const ImportSummary summary = importer.importPaths({folder});
        QCOMPARE(summary.imported, files - 1);
        QCOMPARE(summary.refused.size(), 1);
        QVERIFY(summary.refused.first().file.endsWith(u"post-%1.txt"_s.arg(poisoned, 3, 10, QChar(u'0'))));
        QVERIFY(!summary.cancelled);
        QCOMPARE(postCount(*lib.library), before + files - 1);
        QVERIFY(q.exec(u"DROP TRIGGER poison"_s));

        // The same files again: every stored post is unchanged, the refused one comes in now.
        const ImportSummary again = importer.importPaths({folder});
        QCOMPARE(again.unchanged, files - 1);
        QCOMPARE(again.imported, 1);
        QCOMPARE(postCount(*lib.library), before + files);
    }
};

QTEST_MAIN(TstPostImporter)
#include "tst_postimporter.moc"

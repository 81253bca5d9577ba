// SPDX-License-Identifier: GPL-3.0-or-later
// gloss_bench: Gloss's figures beside in-run baselines. `--quick` uses small sizes (CI); `--json` and `--markdown`
// write the results.

#include "annotationeditor.h"
#include "anchorresolver.h"
#include "annotationtreemodel.h"
#include "benchreport.h"
#include "database.h"
#include "library.h"
#include "mainwindow.h"
#include "markdownexporter.h"
#include "exportdocument.h"
#include "postdocument.h"
#include "postimporter.h"
#include "postparser.h"
#include "readerview.h"
#include "searchstore.h"
#include "settings.h"
#include "syntheticlibrary.h"
#include "teamlibrary.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextEdit>
#include <QThread>
#include <QUndoStack>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

struct Sizes
{
    int longPostBytes;
    int longPostHighlights;
    int libraryPosts;
    int bulkHighlights;
    int searchPassages;
    int runs;
};

// Resident memory of this process, in MB (Linux).
double residentMb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

QString tempPath(const QTemporaryDir &dir, const QString &name)
{
    return dir.filePath(name);
}

// Paints the widget once, as the screen would.
void paint(QWidget &w)
{
    (void)w.grab();
}

void openLongPost(BenchReport &report, const Sizes &sizes)
{
    SyntheticLibrary synth(1);
    Post post = synth.post(0, sizes.longPostBytes);
    post.id = 1;
    QList<Highlight> highlights = synth.highlights(post, 1, sizes.longPostHighlights);
    for (int i = 0; i < highlights.size(); ++i)
        highlights[i].id = i + 1;
    const Codebook codebook;

    ReaderView reader;
    reader.resize(1000, 800);
    const double ours = medianMs(sizes.runs, [&] {
        reader.setPost(post);
        reader.setHighlights(highlights, codebook);
        reader.document()->documentLayout()->documentSize();
        paint(reader);
    });
    QTextEdit plain;
    plain.resize(1000, 800);
    const QString text = post.anchorText();
    const double baseline = medianMs(sizes.runs, [&] {
        plain.setPlainText(text);
        plain.document()->documentLayout()->documentSize();
        paint(plain);
    });
    report.add(Figure{u"open_long_post"_s,
                      u"open a %1 KB post with %2 highlights, to painted"_s.arg(sizes.longPostBytes / 1024)
                          .arg(highlights.size()),
                      u"ms"_s, ours, 150.0, false, u"QTextEdit::setPlainText + layout"_s, baseline, {}});
}

// A library file with one long post and its highlights, as the window opens it.
std::unique_ptr<Library> longPostLibrary(const QString &path, const Sizes &sizes, qint64 *postId)
{
    auto library = Library::openSqlite(path);
    if (!library)
        qFatal("%s", qPrintable(library.error().message));
    SyntheticLibrary synth(2);
    Post post = synth.post(0, sizes.longPostBytes);
    post.source = u"synthetic:long"_s;
    *postId = (*library)->posts().add({post})->first();
    for (const Highlight &h : synth.highlights(post, *postId, sizes.longPostHighlights))
        (void)(*library)->highlights().add(h);
    return std::move(*library);
}

void addOneHighlight(BenchReport &report, const Sizes &sizes, const QTemporaryDir &dir)
{
    qint64 postId = 0;
    auto library = longPostLibrary(tempPath(dir, u"long.sqlite"_s), sizes, &postId);
    Settings settings(tempPath(dir, u"bench.conf"_s));
    settings.setLastPostId(postId);
    MainWindow window(*library, settings);
    window.resize(1400, 900);
    window.show();
    auto *reader = window.findChild<ReaderView *>(u"reader"_s);
    QAction *highlight = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == u"&Highlight"_s)
            highlight = a;
    }
    const QString text = reader->postDocument()->post().anchorText();
    int offset = 0;
    const double ours = medianMs(sizes.runs * 2, [&] {
        QTextCursor cursor(reader->document());
        cursor.setPosition(reader->postDocument()->documentPosition(offset + 100));
        cursor.setPosition(reader->postDocument()->documentPosition(offset + 140), QTextCursor::KeepAnchor);
        reader->setTextCursor(cursor);
        highlight->trigger();
        // What the screen needs next: the pending updates painted through the backing store, as a frame would.
        QCoreApplication::processEvents();
        offset = (offset + 997) % std::max(1, int(text.size()) - 200);
    });
    report.add(Figure{u"add_highlight"_s,
                      u"add one highlight to a post with %1, saved and painted"_s.arg(sizes.longPostHighlights),
                      u"ms"_s, ours, 16.0, false, {}, std::nullopt, {}});
}

void importAndStart(BenchReport &report, const Sizes &sizes, const QTemporaryDir &dir)
{
    SyntheticLibrary synth(3);
    QStringList raw;
    for (const Post &p : synth.posts(sizes.libraryPosts, 3000))
        raw << p.published.date().toString(u"dddd, MMMM d, yyyy"_s) + u"\n\n"_s + p.title + u"\n\n"_s
                   + p.paragraphs.join(u"\n\n"_s) + u"\n\nNo comments:\n\nPost a Comment"_s;
    // As a user imports a folder of posts: files read, decoded, parsed and written through PostImporter, in the
    // same batches and savepoints as `gloss import` and File ▸ Import.
    const QString folder = tempPath(dir, u"import"_s);
    QDir().mkpath(folder);
    for (int i = 0; i < raw.size(); ++i) {
        QFile file(u"%1/%2.txt"_s.arg(folder).arg(i, 5, 10, QChar(u'0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(raw[i].toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(file.fileName()));
    }
    const QString path = tempPath(dir, u"library.sqlite"_s);
    auto library = Library::openSqlite(path);
    if (!library)
        qFatal("%s", qPrintable(library.error().message));
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = PostImporter(**library).importPaths({folder});
    const double imported = timer.nsecsElapsed() / 1e6;
    if (summary.imported != raw.size() || summary.hasRefusals())
        qFatal("import wrote %d of %d posts", summary.imported, int(raw.size()));
    // For the note: the same files read and parsed on one thread, nothing written.
    timer.restart();
    const PostImporter reader(**library);
    for (const QString &file : PostImporter::filesIn({folder}, nullptr))
        if (!reader.read(file))
            qFatal("cannot parse %s", qPrintable(file));
    const double parsed = timer.nsecsElapsed() / 1e6;
    library->reset();
    report.add(Figure{u"import_posts"_s, u"import %1 files of one post of ~3 KB each"_s.arg(sizes.libraryPosts),
                      u"ms"_s, imported, 3000.0, false, {}, std::nullopt,
                      u"search index included; reading and parsing alone take %1 ms on one thread, and run on "
                      "%2 threads beside the writing"_s.arg(parsed, 0, 'f', 0).arg(QThread::idealThreadCount())});

    // As the app starts: with the fingerprint it recorded when it last closed the library.
    const QString cleanClose = Database::cleanCloseFingerprint(path);
    auto start = [&] {
        auto opened = Library::openSqlite(path, cleanClose);
        Settings settings(tempPath(dir, u"start.conf"_s));
        MainWindow window(**opened, settings);
        window.show();
        paint(window);
    };
    auto empty = [] {
        QMainWindow window;
        window.resize(1200, 760);
        window.show();
        paint(window);
    };
    const double baseline = medianMs(1, empty);
    const double first = medianMs(1, start);
    const double warm = medianMs(sizes.runs, start);
    report.add(Figure{u"start_first"_s,
                      u"start to usable window, %1 posts, first in this process"_s.arg(sizes.libraryPosts), u"ms"_s,
                      first, 400.0, false, u"empty QMainWindow"_s, baseline,
                      u"page cache is not dropped, so this is not a true cold start"_s});
    report.add(Figure{u"start_warm"_s, u"start to usable window, %1 posts, warm"_s.arg(sizes.libraryPosts), u"ms"_s,
                      warm, 150.0, false, u"empty QMainWindow"_s, medianMs(sizes.runs, empty), {}});
}

// The baseline for bulk writes: the SQLite C API, one transaction, one prepared statement, into a library of
// the same schema (search index triggers included), so the ratio is what Gloss's own layers cost.
double rawSqliteRowsPerSecond(const QString &path, const QList<Highlight> &rows)
{
    if (auto library = Library::openSqlite(path); !library)
        qFatal("%s", qPrintable(library.error().message));
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;", nullptr, nullptr,
                 nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO highlight (post_id, quote, prefix, suffix, start_offset, end_offset, orphaned,"
                       " colour, style, note, created_at, modified_at) VALUES (?,?,?,?,?,?,0,NULL,'background',?,?,?)",
                       -1, &insert, nullptr);
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    for (const Highlight &h : rows) {
        const QByteArray quote = h.anchor.quote.toUtf8(), prefix = h.anchor.prefix.toUtf8(),
                         suffix = h.anchor.suffix.toUtf8(), note = h.note.toUtf8();
        sqlite3_bind_int64(insert, 1, h.postId);
        sqlite3_bind_text(insert, 2, quote.constData(), int(quote.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, prefix.constData(), int(prefix.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, suffix.constData(), int(suffix.size()), SQLITE_STATIC);
        sqlite3_bind_int(insert, 5, h.anchor.start);
        sqlite3_bind_int(insert, 6, h.anchor.end);
        sqlite3_bind_text(insert, 7, note.constData(), int(note.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 8, now.constData(), int(now.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 9, now.constData(), int(now.size()), SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_close(db);
    return rows.size() / seconds;
}

void bulkWriteAndBrowse(BenchReport &report, const Sizes &sizes, const QTemporaryDir &dir)
{
    SyntheticLibrary synth(4);
    const Post post = synth.post(0, 100 * 1024);
    QList<Highlight> rows;
    while (rows.size() < sizes.bulkHighlights)
        rows << synth.highlights(post, 1, std::min<int>(5000, sizes.bulkHighlights - int(rows.size())));
    const double baseline = rawSqliteRowsPerSecond(tempPath(dir, u"raw.sqlite"_s), rows);

    auto library = Library::openSqlite(tempPath(dir, u"bulk.sqlite"_s));
    if (!library)
        qFatal("%s", qPrintable(library.error().message));
    QElapsedTimer timer;
    timer.start();
    if (auto added = (*library)->highlights().addMany(rows); !added)
        qFatal("%s", qPrintable(added.error().message));
    const double ours = rows.size() / (timer.nsecsElapsed() / 1e9);
    report.add(Figure{u"bulk_highlights"_s, u"bulk write of %1 highlights (with search index)"_s.arg(rows.size()),
                      u"rows/s"_s, ours, 0.75 * baseline, true, u"SQLite C API, one transaction, same schema"_s,
                      baseline, {}});

    // The browser opens on its groups and reads the first page of one; the rest waits for scrolling.
    const double rssBefore = residentMb();
    timer.restart();
    AnnotationTreeModel model(**library);
    if (Status loaded = model.reload(); !loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    const QModelIndex group = model.index(0, 0);
    if (model.canFetchMore(group))
        model.fetchMore(group);
    const double firstPage = timer.nsecsElapsed() / 1e6;
    const double rssAfter = residentMb();
    report.add(Figure{u"browser_first_page"_s,
                      u"annotation browser, first page over %1 highlights"_s.arg(rows.size()), u"ms"_s, firstPage,
                      50.0, false, {}, std::nullopt,
                      u"%1 rows loaded; +%2 MB resident (goal ≤ 20 MB)"_s.arg(model.rowCount(group))
                          .arg(rssAfter - rssBefore, 0, 'f', 1)});
}

void search(BenchReport &report, const Sizes &sizes, const QTemporaryDir &dir)
{
    SyntheticLibrary synth(6);
    auto library = Library::openSqlite(tempPath(dir, u"search.sqlite"_s));
    if (!library)
        qFatal("%s", qPrintable(library.error().message));
    // Passages are paragraphs; a rare word is planted in a few of them.
    const int perPost = 100;
    QElapsedTimer timer;
    timer.start();
    int passages = 0;
    int postIndex = 0;
    while (passages < sizes.searchPassages) {
        QList<Post> batch;
        for (int i = 0; i < 200 && passages < sizes.searchPassages; ++i, ++postIndex) {
            Post p;
            p.source = u"synthetic:%1"_s.arg(postIndex);
            p.title = synth.paragraph(30);
            for (int k = 0; k < perPost && passages < sizes.searchPassages; ++k, ++passages) {
                QString text = synth.paragraph(100);
                if (passages % 50000 == 7)
                    text += u" quokkaesque"_s;
                p.paragraphs << text;
            }
            p.originalText = p.paragraphs.join(u'\n');
            p.contentHash = QString::number(postIndex);
            batch << p;
        }
        if (auto added = (*library)->posts().add(batch); !added)
            qFatal("%s", qPrintable(added.error().message));
    }
    QList<Highlight> notes;
    const Post first = *(*library)->posts().post(6);
    while (notes.size() < sizes.searchPassages / 10)
        notes << synth.highlights(first, 6, std::min<int>(5000, sizes.searchPassages / 10 - int(notes.size())));
    for (Highlight &h : notes)
        h.note = synth.paragraph(60);
    if (auto added = (*library)->highlights().addMany(notes); !added)
        qFatal("%s", qPrintable(added.error().message));
    const double build = timer.nsecsElapsed() / 1e6;
    report.add(Figure{u"search_index_build"_s,
                      u"search index: %1 passages and %2 notes written"_s.arg(passages).arg(notes.size()), u"ms"_s,
                      build, std::nullopt, false, {}, std::nullopt, {}});

    const std::pair<QString, QStringList> kinds[] = {
        {u"rare"_s, {u"quokkaesque"_s, u"\"quokkaesque\""_s}},
        {u"common"_s, {u"receptionist"_s, u"billing"_s, u"\"customer service\""_s}},
        {u"very common"_s, {u"marketing"_s, u"the"_s, u"marketing customer"_s, u"\"of the\""_s}},
    };
    for (const auto &[kind, queries] : kinds) {
        QList<double> samples;
        for (int run = 0; run < sizes.runs * 4; ++run) {
            for (const QString &q : queries) {
                QElapsedTimer t;
                t.start();
                const auto hits = (*library)->search().search(q, 20);
                samples << t.nsecsElapsed() / 1e6;
                if (!hits)
                    qFatal("%s", qPrintable(hits.error().message));
            }
        }
        report.add(Figure{u"search_p95_"_s + QString(kind).replace(u' ', u'_'),
                          u"search top-20, %1 words, p95 over %2 passages"_s.arg(kind).arg(passages), u"ms"_s,
                          percentile(samples, 0.95), 20.0, false, {}, std::nullopt,
                          u"p50 %1 ms, max %2 ms (goal ≤ 100)"_s.arg(percentile(samples, 0.5), 0, 'f', 2)
                              .arg(percentile(samples, 1.0), 0, 'f', 2)});
    }
}

void exportMarkdown(BenchReport &report, const Sizes &sizes, const QTemporaryDir &dir)
{
    // The library addOneHighlight made, or a new one of the same shape when that group was not run.
    const QString path = tempPath(dir, u"long.sqlite"_s);
    if (!QFile::exists(path)) {
        qint64 postId = 0;
        (void)longPostLibrary(path, sizes, &postId);
    }
    auto library = Library::openSqlite(path);
    if (!library)
        qFatal("%s", qPrintable(library.error().message));
    const MarkdownExporter exporter;
    qsizetype bytes = 0;
    const double ours = medianMs(sizes.runs, [&] {
        const auto document = ExportDocument::build(**library, ExportScope::allPosts());
        const auto markdown = exporter.render(*document);
        bytes = markdown ? markdown->size() : 0;
    });
    report.add(Figure{u"export_markdown"_s,
                      u"Markdown export of %1 highlights"_s.arg(sizes.longPostHighlights), u"ms"_s, ours, 50.0, false,
                      {}, std::nullopt, u"%1 KB written"_s.arg(bytes / 1024)});
}

void reanchor(BenchReport &report, const Sizes &sizes)
{
    SyntheticLibrary synth(5);
    Post post = synth.post(0, sizes.longPostBytes);
    const QList<Highlight> highlights = synth.highlights(post, 1, sizes.longPostHighlights);
    const QString edited = synth.editWords(post.anchorText(), 0.02);
    int placed = 0;
    const double ours = medianMs(sizes.runs, [&] {
        const AnchorResolver resolver(edited);
        placed = 0;
        for (const Highlight &h : highlights)
            placed += resolver.resolve(h.anchor).placed() ? 1 : 0;
    });
    int found = 0;
    const double naive = medianMs(sizes.runs, [&] {
        found = 0;
        for (const Highlight &h : highlights)
            found += edited.indexOf(h.anchor.quote) >= 0 ? 1 : 0;
    });
    report.add(Figure{u"reanchor"_s,
                      u"re-anchor %1 highlights after 2 % of words changed"_s.arg(highlights.size()), u"ms"_s, ours,
                      50.0, false, u"QString::indexOf of each quote"_s, naive,
                      u"%1 placed; plain search finds %2"_s.arg(placed).arg(found)});
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gloss-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Gloss benchmarks: each figure beside a baseline measured in the same run."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"Small sizes, under a minute (CI)."_s);
    const QCommandLineOption json(u"json"_s, u"Write the results as JSON to <file>."_s, u"file"_s);
    const QCommandLineOption markdown(u"markdown"_s, u"Write a Markdown table to <file>."_s, u"file"_s);
    const QCommandLineOption only(u"only"_s,
                                  u"Run only these groups (comma-separated): open, add, start, bulk, reanchor, "
                                  u"export, search, team."_s,
                                  u"groups"_s);
    parser.addOptions({quick, json, markdown, only});
    parser.process(app);

    const bool isQuick = parser.isSet(quick);
    const Sizes sizes = isQuick ? Sizes{100 * 1024, 500, 1000, 10000, 20000, 3}
                                : Sizes{1024 * 1024, 5000, 10000, 100000, 1000000, 5};
    const QString mode = isQuick ? u"quick"_s : u"full"_s;

    const QStringList groups = parser.value(only).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&groups](const QString &group) { return groups.isEmpty() || groups.contains(group); };

    QTemporaryDir dir;
    BenchReport report;
    if (wanted(u"open"_s))
        openLongPost(report, sizes);
    if (wanted(u"add"_s))
        addOneHighlight(report, sizes, dir);
    if (wanted(u"start"_s))
        importAndStart(report, sizes, dir);
    if (wanted(u"bulk"_s))
        bulkWriteAndBrowse(report, sizes, dir);
    if (wanted(u"reanchor"_s))
        reanchor(report, sizes);
    if (wanted(u"export"_s))
        exportMarkdown(report, sizes, dir);
    if (wanted(u"search"_s))
        search(report, sizes, dir);
    if (wanted(u"team"_s))
        benchTeamLibrary(report, isQuick ? 4 : 20, isQuick ? 2 : 10);

    QTextStream out(stdout);
    report.print(out);
    if (parser.isSet(json) && !report.writeJson(parser.value(json), mode)) {
        QTextStream(stderr) << "gloss_bench: cannot write " << parser.value(json) << Qt::endl;
        return 1;
    }
    if (parser.isSet(markdown) && !report.writeMarkdown(parser.value(markdown), mode)) {
        QTextStream(stderr) << "gloss_bench: cannot write " << parser.value(markdown) << Qt::endl;
        return 1;
    }
    return 0;
}

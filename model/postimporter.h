// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"
#include "result.h"

#include <QList>
#include <QMetaType>
#include <QMultiHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class BackgroundCheckpoint;
class Library;

struct ImportOptions
{
    qint64 maxFileSize = 20 * 1024 * 1024; // bytes; larger files are refused unread
    int batchPosts = 1000; // posts per transaction at most (PostImporter::batchTime bounds it too)
};

// A file (or one post of it) that was not imported, and why, in words for the user.
struct ImportRefusal
{
    QString file;
    QString reason;
    friend bool operator==(const ImportRefusal &, const ImportRefusal &) = default;
};

// What an import did, post by post.
struct ImportSummary
{
    int imported = 0;           // new posts
    int updated = 0;            // posts whose text changed at their source; their highlights were placed again
    int unchanged = 0;          // posts already in the library with the same content: nothing written
    int highlightsMoved = 0;    // highlights of updated posts now at other offsets
    int highlightsOrphaned = 0; // highlights of updated posts whose passage is gone (kept, marked orphaned)
    int annotationsRestored = 0; // from Web Annotation files, orphans included
    int annotationsOrphaned = 0;
    QList<ImportRefusal> refused;
    bool cancelled = false;     // stopped between posts; what was written is whole
    QString failure;            // the library could not be opened: nothing was imported

    bool hasRefusals() const { return !refused.isEmpty() || !failure.isEmpty(); }
};
Q_DECLARE_METATYPE(ImportSummary)

// The synchronous core of importing posts, used by ImportJob (on a worker thread) and `gloss import`: finds the
// files, recognises the format by content (plain blog text, Markdown, HTML page, RSS/Atom/WordPress feed, Gloss's
// Web Annotation JSON), decodes, parses and writes through the library's stores.
//
// Posts are written in batches: one transaction for up to ImportOptions::batchPosts posts (or what batchTime allows, so the
// library is not held from other writers for long), each post in a savepoint of its own within it. A post that
// fails rolls back alone; a batch that cannot be committed is written again post by post. Cancelling commits the
// posts done so far, so what is written is always whole posts. The summary counts a post only once it is
// committed.
//
// A post's identity is its source ("file:" + absolute path, or "feed:" + item GUID). The same content again is left
// alone; changed content replaces the post's text and its highlights are placed again in the new text (orphans
// are kept, marked). Works on the calling thread's Library only.
class PostImporter
{
public:
    enum class Format { PlainText, Markdown, Html, Feed, WebAnnotation };

    static constexpr int batchTime = 100; // ms

    explicit PostImporter(Library &library, ImportOptions options = {});
    ~PostImporter();
    Q_DISABLE_COPY_MOVE(PostImporter)

    // The files paths name: a file as given; a folder's files with a known extension (.txt, .md, .html, .xml, .json,
    // …), recursively, hidden ones skipped, sorted; Web Annotation candidates (.json) last, so the posts they
    // annotate are in first. Paths that do not exist are added to missing.
    static QStringList filesIn(const QStringList &paths, QList<ImportRefusal> *missing);

    // The format of decoded text, by its content first and fileName's extension where content cannot tell.
    static Format detect(const QString &text, const QString &fileName);

    // Reads, decodes and parses one file without touching the library: its posts (sources, hashes and titles set),
    // or why it cannot be imported. Web Annotation files are an Error here: they are not posts.
    Result<QList<Post>> read(const QString &path) const;

    // Imports one file, adding what happened to summary; its posts are committed when it returns. cancelled is
    // asked between posts.
    void importFile(const QString &path, ImportSummary &summary, const std::function<bool()> &cancelled = {});

    // Imports every file under paths. progress(done, total, file) is called before each file. Files are read and
    // parsed on a pool of threads, up to 512 files or 16 MB ahead of the one being written; writing stays on the
    // calling thread, and a BackgroundCheckpoint copies its log into the file meanwhile.
    ImportSummary importPaths(const QStringList &paths, const std::function<bool()> &cancelled = {},
                              const std::function<void(int, int, const QString &)> &progress = {});

private:
    // What writing one post did.
    enum class Outcome { Added, Updated, Unchanged };
    struct Stored
    {
        Outcome outcome = Outcome::Unchanged;
        int highlightsMoved = 0;
        int highlightsOrphaned = 0;
    };
    // One post, in one transaction (a savepoint of the open batch): added, left unchanged, or its text replaced
    // and its highlights re-anchored.
    Result<Stored> store(const Post &post);

    struct Loaded;
    struct Prepared;
    struct Batch;
    // Reading, decoding and parsing touch no library and no shared state: they run on any thread.
    static Result<Loaded> load(const QString &path, const ImportOptions &options);
    static Result<QList<Post>> parse(const Loaded &loaded, const QString &path);
    static Prepared prepare(const QString &path, const ImportOptions &options);
    void importPrepared(const QString &path, Prepared prepared, ImportSummary &summary,
                        const std::function<bool()> &cancelled);
    void storeInBatch(const QString &path, const Post &post, ImportSummary &summary);
    void commitBatch(ImportSummary &summary);
    void count(const QString &path, const Post &post, const Result<Stored> &stored, ImportSummary &summary);
    Result<bool> hasContent(const QString &hash);

    Library &m_library;
    ImportOptions m_options;
    std::unique_ptr<Batch> m_batch;
    BackgroundCheckpoint *m_checkpoint = nullptr; // during importPaths()
    // Content hash → post id of the library, read once per import and kept up to date as posts are written,
    // instead of a query per post.
    std::optional<QMultiHash<QString, qint64>> m_contentIds;
};

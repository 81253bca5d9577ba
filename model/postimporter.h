// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"
#include "result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

class Library;

struct ImportOptions
{
    qint64 maxFileSize = 20 * 1024 * 1024; // bytes; larger files are refused unread
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
// Web Annotation JSON), decodes, parses and writes through the library's stores, one transaction per post.
//
// A post's identity is its source ("file:" + absolute path, or "feed:" + item GUID). The same content again is left
// alone; changed content replaces the post's text and its highlights are placed again in the new text (orphans
// are kept, marked). Works on the calling thread's Library only.
class PostImporter
{
public:
    enum class Format { PlainText, Markdown, Html, Feed, WebAnnotation };

    explicit PostImporter(Library &library, ImportOptions options = {});

    // The files paths name: a file as given; a folder's files with a known extension (.txt, .md, .html, .xml, .json,
    // …), recursively, hidden ones skipped, sorted; Web Annotation candidates (.json) last, so the posts they
    // annotate are in first. Paths that do not exist are added to missing.
    static QStringList filesIn(const QStringList &paths, QList<ImportRefusal> *missing);

    // The format of decoded text, by its content first and fileName's extension where content cannot tell.
    static Format detect(const QString &text, const QString &fileName);

    // Reads, decodes and parses one file without touching the library: its posts (sources, hashes and titles set),
    // or why it cannot be imported. Web Annotation files are an Error here: they are not posts.
    Result<QList<Post>> read(const QString &path) const;

    // Imports one file, adding what happened to summary. cancelled is asked between posts.
    void importFile(const QString &path, ImportSummary &summary, const std::function<bool()> &cancelled = {});

    // Imports every file under paths. progress(done, total, file) is called before each file.
    ImportSummary importPaths(const QStringList &paths, const std::function<bool()> &cancelled = {},
                              const std::function<void(int, int, const QString &)> &progress = {});

    // One post, in one transaction: added, left unchanged, or its text replaced and its highlights re-anchored.
    enum class Outcome { Added, Updated, Unchanged };
    Result<Outcome> store(const Post &post, ImportSummary &summary);

private:
    struct Loaded;
    Result<Loaded> load(const QString &path) const;
    Result<QList<Post>> parse(const Loaded &loaded, const QString &path) const;

    Library &m_library;
    ImportOptions m_options;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "postimporter.h"

#include "anchorresolver.h"
#include "backgroundcheckpoint.h"
#include "feedparser.h"
#include "highlightstore.h"
#include "htmlpostextractor.h"
#include "library.h"
#include "markdownpostparser.h"
#include "postparser.h"
#include "textdecoder.h"
#include "webannotationimporter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <deque>
#include <future>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PostImporter)
};

const QStringList knownSuffixes = {u"txt"_s,  u"text"_s,  u"md"_s,  u"markdown"_s, u"mdown"_s, u"mkd"_s,
                                   u"html"_s, u"htm"_s,   u"xhtml"_s, u"xml"_s,    u"rss"_s,   u"atom"_s,
                                   u"json"_s, u"jsonld"_s};

bool isAnnotationCandidate(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"json"_s || suffix == u"jsonld"_s;
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// "About eight words" of the body, for posts that give no title: the same rule as PostParser's.
QString derivedTitle(const QString &paragraph)
{
    constexpr int maxWords = 8;
    constexpr int maxChars = 70;
    QString title;
    int taken = 0;
    for (const QString &w : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        if (taken == maxWords || (taken > 0 && title.size() + 1 + w.size() > maxChars))
            break;
        title += (taken ? u" "_s : QString()) + w;
        ++taken;
    }
    static const QRegularExpression trailing(u"[\\s\\p{Pd}.,;:!?…(\\[{“‘«\"']+$"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
    title.remove(trailing);
    return title.isEmpty() ? paragraph.left(maxChars) : title + u"…"_s;
}

// A Web Annotation document, as WebAnnotationExporter writes it or as the model allows (a collection, a page, an
// array of annotations or one).
bool isWebAnnotation(const QJsonDocument &doc)
{
    const auto isAnnotationObject = [](const QJsonObject &o) {
        const QJsonValue context = o.value(u"@context"_s);
        const QString contextText = context.isArray() ? QString::fromUtf8(QJsonDocument(context.toArray()).toJson())
                                                      : context.toString();
        const QJsonValue type = o.value(u"type"_s);
        const QStringList types = type.isArray() ? type.toVariant().toStringList() : QStringList{type.toString()};
        return contextText.contains(u"w3.org/ns/anno"_s)
            || types.contains(u"Annotation"_s) || types.contains(u"AnnotationCollection"_s)
            || types.contains(u"AnnotationPage"_s);
    };
    if (doc.isObject())
        return isAnnotationObject(doc.object());
    const QJsonArray array = doc.array();
    return !array.isEmpty() && std::all_of(array.begin(), array.end(), [&](const QJsonValue &v) {
        return v.isObject() && isAnnotationObject(v.toObject());
    });
}

// Which declaration the decoder should look for, from the first bytes.
TextDecoder::Markup markupOf(const QByteArray &bytes, const QString &path)
{
    QByteArrayView head = QByteArrayView(bytes).left(512);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    if (head.startsWith("<?xml"))
        return TextDecoder::Markup::Xml;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("<") || suffix.startsWith(u"htm"_s) || suffix == u"xhtml"_s)
        return TextDecoder::Markup::Html;
    return TextDecoder::Markup::None;
}

} // namespace

struct PostImporter::Loaded
{
    QByteArray bytes;
    QString text;
    Format format = Format::PlainText;
};

// What a worker made of one file: its posts, a Web Annotation document's text, or why it is refused.
struct PostImporter::Prepared
{
    Format format = Format::PlainText;
    QString refusal;
    QString annotationText;
    QList<Post> posts;
};

struct PostImporter::Batch
{
    explicit Batch(Database &db)
        : transaction(db)
    {
        age.start();
    }

    struct Written
    {
        QString path;
        Post post;
        Stored stored;
    };

    Database::Transaction transaction;
    QList<Written> written; // kept to be counted once committed, or written again if the commit fails
    QElapsedTimer age;
};

PostImporter::PostImporter(Library &library, ImportOptions options)
    : m_library(library)
    , m_options(options)
{
}

PostImporter::~PostImporter() = default;

QStringList PostImporter::filesIn(const QStringList &paths, QList<ImportRefusal> *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (missing)
                *missing << ImportRefusal{path, Text::tr("There is no such file or folder.")};
            continue;
        }
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        QStringList found;
        // Symbolic links to folders are not followed, so a link cycle cannot make the walk endless.
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo f = it.nextFileInfo();
            if (f.isHidden() || f.absoluteFilePath().contains(u"/."_s))
                continue;
            if (knownSuffixes.contains(f.suffix().toLower()))
                found << f.absoluteFilePath();
        }
        found.sort();
        files << found;
    }
    files.removeDuplicates();
    std::stable_partition(files.begin(), files.end(), [](const QString &f) { return !isAnnotationCandidate(f); });
    return files;
}

PostImporter::Format PostImporter::detect(const QString &text, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QStringView head = QStringView(text).left(4096).trimmed();
    if (head.startsWith(u'{') || head.startsWith(u'['))
        return Format::WebAnnotation; // read() refuses JSON that is not Web Annotation
    if (head.startsWith(u'<')) {
        if (FeedParser::looksLikeFeed(text) || suffix == u"rss"_s || suffix == u"atom"_s)
            return Format::Feed;
        return Format::Html;
    }
    if (suffix == u"md"_s || suffix == u"markdown"_s || suffix == u"mdown"_s || suffix == u"mkd"_s
        || MarkdownPostParser::looksLikeMarkdown(text)) {
        return Format::Markdown;
    }
    if (suffix.startsWith(u"htm"_s) || suffix == u"xhtml"_s)
        return Format::Html;
    return Format::PlainText;
}

Result<PostImporter::Loaded> PostImporter::load(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, Text::tr("“%1” does not exist.").arg(name)};
    if (!info.isFile())
        return Error{Error::Code::Io, Text::tr("“%1” is not a regular file.").arg(name)};
    const auto tooLarge = [&] {
        return Error{Error::Code::InvalidArgument,
                     Text::tr("“%1” is larger than %2 MB; raise the limit to import it.")
                         .arg(name)
                         .arg(double(options.maxFileSize) / (1024 * 1024), 0, 'g', 3)};
    };
    if (info.size() > options.maxFileSize)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, Text::tr("Cannot read “%1”: %2").arg(name, file.errorString())};
    Loaded loaded;
    // A buffer of the file's size, not of the limit: allocating 20 MB for each 3 KB file was most of reading
    // thousands of them. One byte more tells a file that grew since it was measured; it is read on to one byte
    // over the limit.
    loaded.bytes = file.read(std::min(info.size(), options.maxFileSize) + 1);
    if (loaded.bytes.size() > info.size() && loaded.bytes.size() <= options.maxFileSize)
        loaded.bytes += file.read(options.maxFileSize + 1 - loaded.bytes.size());
    if (loaded.bytes.size() > options.maxFileSize)
        return tooLarge();
    if (loaded.bytes.trimmed().isEmpty())
        return Error{Error::Code::Parse, Text::tr("“%1” is empty.").arg(name)};

    auto decoded = TextDecoder::decode(loaded.bytes, name, markupOf(loaded.bytes, path));
    if (!decoded)
        return decoded.error();
    loaded.text = std::move(decoded->text);
    loaded.format = detect(loaded.text, path);
    return loaded;
}

Result<QList<Post>> PostImporter::read(const QString &path) const
{
    const auto loaded = load(path, m_options);
    if (!loaded)
        return loaded.error();
    return parse(*loaded, path);
}

Result<QList<Post>> PostImporter::parse(const Loaded &loaded, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QString fileSource = u"file:"_s + QFileInfo(path).absoluteFilePath();
    QList<Post> posts;
    switch (loaded.format) {
    case Format::WebAnnotation:
        return Error{Error::Code::InvalidArgument,
                     Text::tr("“%1” holds annotations, not posts.").arg(name)};
    case Format::PlainText:
        posts << PostParser::parse(loaded.text, fileSource);
        break;
    case Format::Markdown:
        posts << MarkdownPostParser::parse(loaded.text);
        break;
    case Format::Html: {
        auto post = HtmlPostExtractor::extract(loaded.text);
        if (!post)
            return Error{Error::Code::Parse, Text::tr("“%1”: %2").arg(name, post.error().message)};
        posts << *post;
        break;
    }
    case Format::Feed: {
        auto feed = FeedParser::parse(loaded.text);
        if (!feed)
            return Error{Error::Code::Parse, Text::tr("“%1”: %2").arg(name, feed.error().message)};
        if (feed->posts.isEmpty())
            return Error{Error::Code::Parse, Text::tr("“%1” is a feed without posts.").arg(name)};
        posts = feed->posts;
        break;
    }
    }

    for (Post &post : posts) {
        if (post.source.isEmpty())
            post.source = fileSource;
        if (post.originalText.isEmpty()) {
            post.originalText = loaded.text;
            post.contentHash.clear();
        }
        if (post.contentHash.isEmpty()) // PostParser hashes what it parsed; SHA-256 of a large file is not free
            post.contentHash = hashOf(post.originalText);
        if (post.title.isEmpty() && !post.paragraphs.isEmpty()) {
            post.title = derivedTitle(post.paragraphs.first());
            post.titleDerived = true;
        }
    }
    posts.removeIf([](const Post &p) { return p.title.isEmpty() && p.paragraphs.isEmpty(); });
    if (posts.isEmpty())
        return Error{Error::Code::Parse, Text::tr("“%1” holds no text to read.").arg(name)};
    return posts;
}

Result<bool> PostImporter::hasContent(const QString &hash)
{
    if (!m_contentIds) {
        auto ids = m_library.posts().idsByContentHash();
        if (!ids)
            return ids.error();
        m_contentIds = std::move(*ids);
    }
    return m_contentIds->contains(hash);
}

Result<PostImporter::Stored> PostImporter::store(const Post &post)
{
    Database::Transaction transaction(m_library.database());
    if (!transaction.begun())
        return transaction.begun().error();

    const auto existing = m_library.posts().storedForSource(post.source);
    if (!existing)
        return existing.error();
    if (!existing->has_value()) {
        // The same content under another name (a copied or moved file) is already here.
        const auto sameContent = hasContent(post.contentHash);
        if (!sameContent)
            return sameContent.error();
        if (*sameContent)
            return Stored{Outcome::Unchanged};
        const auto added = m_library.posts().add({post});
        if (!added)
            return added.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        m_contentIds->insert(post.contentHash, added->first());
        return Stored{Outcome::Added};
    }

    const StoredPost old = **existing;
    if (old.contentHash == post.contentHash)
        return Stored{Outcome::Unchanged};
    if (Status replaced = m_library.posts().replace(old.id, post); !replaced)
        return replaced.error();

    // The highlights follow the text: placed again where their passage now is, or kept as orphans.
    const auto highlights = m_library.highlights().forPost(old.id);
    if (!highlights)
        return highlights.error();
    const AnchorResolver resolver(post.anchorText());
    Stored stored{Outcome::Updated};
    for (Highlight h : *highlights) {
        const AnchorPlacement placement = resolver.resolve(h.anchor);
        const bool wasOrphaned = h.orphaned;
        if (placement.placed()) {
            const TextAnchor anchor = AnchorResolver::anchorFor(resolver.text(), placement.start, placement.end);
            if (anchor == h.anchor && !wasOrphaned)
                continue;
            if (anchor.start != h.anchor.start || anchor.end != h.anchor.end || wasOrphaned)
                ++stored.highlightsMoved;
            h.anchor = anchor;
            h.orphaned = false;
        } else {
            if (wasOrphaned)
                continue;
            h.orphaned = true; // the quote and its context stay, for the reader to place it by hand
            ++stored.highlightsOrphaned;
        }
        if (Status updated = m_library.highlights().update(h); !updated)
            return updated.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (m_contentIds) {
        m_contentIds->remove(old.contentHash, old.id);
        m_contentIds->insert(post.contentHash, old.id);
    }
    return stored;
}

void PostImporter::count(const QString &path, const Post &post, const Result<Stored> &stored, ImportSummary &summary)
{
    if (!stored) {
        summary.refused << ImportRefusal{path, Text::tr("“%1”: %2").arg(post.title, stored.error().message)};
        return;
    }
    switch (stored->outcome) {
    case Outcome::Added: ++summary.imported; break;
    case Outcome::Updated: ++summary.updated; break;
    case Outcome::Unchanged: ++summary.unchanged; break;
    }
    summary.highlightsMoved += stored->highlightsMoved;
    summary.highlightsOrphaned += stored->highlightsOrphaned;
}

void PostImporter::storeInBatch(const QString &path, const Post &post, ImportSummary &summary)
{
    if (!m_batch) {
        m_batch = std::make_unique<Batch>(m_library.database());
        if (!m_batch->transaction.begun()) {
            m_batch.reset();
            count(path, post, store(post), summary); // alone, and refused with the reason if that fails too
            return;
        }
    }
    const auto stored = store(post);
    if (!stored) {
        // The post rolled back alone. What came before it is committed now, apart from it: should the failure
        // have taken the whole transaction with it, those posts are written again one by one.
        commitBatch(summary);
        count(path, post, stored, summary);
        return;
    }
    m_batch->written << Batch::Written{path, post, *stored};
    if (m_batch->written.size() >= m_options.batchPosts || m_batch->age.elapsed() >= batchTime)
        commitBatch(summary);
}

void PostImporter::commitBatch(ImportSummary &summary)
{
    if (!m_batch)
        return;
    const std::unique_ptr<Batch> batch = std::move(m_batch);
    if (Status committed = batch->transaction.commit(); committed) {
        if (m_checkpoint)
            m_checkpoint->afterCommit();
        for (const Batch::Written &w : std::as_const(batch->written))
            count(w.path, w.post, w.stored, summary);
        return;
    }
    // Nothing of the batch is in the library, and the content ids noted for it are wrong: each post again, alone.
    m_contentIds.reset();
    for (const Batch::Written &w : std::as_const(batch->written))
        count(w.path, w.post, store(w.post), summary);
}

PostImporter::Prepared PostImporter::prepare(const QString &path, const ImportOptions &options)
{
    Prepared prepared;
    auto loaded = load(path, options);
    if (!loaded) {
        prepared.refusal = loaded.error().message;
        return prepared;
    }
    prepared.format = loaded->format;
    if (loaded->format == Format::WebAnnotation) {
        prepared.annotationText = std::move(loaded->text);
        return prepared;
    }
    auto posts = parse(*loaded, path);
    if (!posts)
        prepared.refusal = posts.error().message;
    else
        prepared.posts = std::move(*posts);
    return prepared;
}

void PostImporter::importPrepared(const QString &path, Prepared prepared, ImportSummary &summary,
                                  const std::function<bool()> &cancelled)
{
    // Reading, parsing or waiting for the file happened inside the open batch: keep the library from other
    // writers no longer than a batch is allowed.
    if (m_batch && m_batch->age.elapsed() >= batchTime)
        commitBatch(summary);
    if (!prepared.refusal.isEmpty()) {
        summary.refused << ImportRefusal{path, prepared.refusal};
        return;
    }
    if (prepared.format == Format::WebAnnotation) {
        // The posts it annotates must be in the library first; its own import is one transaction.
        commitBatch(summary);
        const QByteArray json = prepared.annotationText.toUtf8();
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (doc.isNull() || !isWebAnnotation(doc)) {
            summary.refused << ImportRefusal{
                path, Text::tr("“%1” is JSON, but not Web Annotation data (as Gloss exports highlights).")
                          .arg(QDir::toNativeSeparators(path))};
            return;
        }
        WebAnnotationImporter annotations(m_library);
        auto restored = annotations.import(json);
        if (!restored) {
            summary.refused << ImportRefusal{path, restored.error().message};
            return;
        }
        summary.annotationsRestored += restored->restored;
        summary.annotationsOrphaned += restored->orphaned;
        for (const QString &why : std::as_const(restored->refused))
            summary.refused << ImportRefusal{path, why};
        return;
    }
    for (const Post &post : std::as_const(prepared.posts)) {
        if (cancelled && cancelled()) {
            summary.cancelled = true;
            return;
        }
        storeInBatch(path, post, summary);
    }
}

void PostImporter::importFile(const QString &path, ImportSummary &summary, const std::function<bool()> &cancelled)
{
    m_contentIds.reset(); // read afresh: the library may have changed since the last import
    importPrepared(path, prepare(path, m_options), summary, cancelled);
    commitBatch(summary);
    m_contentIds.reset();
}

ImportSummary PostImporter::importPaths(const QStringList &paths, const std::function<bool()> &cancelled,
                                        const std::function<void(int, int, const QString &)> &progress)
{
    ImportSummary summary;
    m_contentIds.reset();
    const QStringList files = filesIn(paths, &summary.refused);
    // Copying the log back into the file, a fifth of a large import's writing, goes to another core.
    BackgroundCheckpoint checkpoint(m_library.database());
    m_checkpoint = &checkpoint;
    const auto noCheckpoint = qScopeGuard([this] { m_checkpoint = nullptr; });

    // Parsing is about a third of an import and needs no library: the pool parses the next files while this
    // thread writes. The pool runs well ahead, so that it keeps parsing while a batch commits (the batch's search
    // index is written then, tens of milliseconds); a bound on the bytes in flight keeps large files from piling up
    // in memory.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1)); // this thread is busy writing
    const qsizetype minAhead = 2 * qsizetype(std::max(1, pool.maxThreadCount()));
    constexpr qsizetype maxAhead = 512;
    constexpr qint64 maxBytesAhead = 16 * 1024 * 1024;
    struct Parsing
    {
        std::future<Prepared> prepared;
        qint64 bytes;
    };
    std::deque<Parsing> parsing;
    qint64 bytesAhead = 0;
    qsizetype queued = 0;
    const auto queueMore = [&] {
        while (queued < files.size() && qsizetype(parsing.size()) < maxAhead
               && (qsizetype(parsing.size()) < minAhead || bytesAhead < maxBytesAhead)) {
            const QString &path = files[queued++];
            const qint64 bytes = QFileInfo(path).size();
            auto task = std::make_shared<std::packaged_task<Prepared()>>(
                [path, options = m_options] { return prepare(path, options); });
            parsing.push_back(Parsing{task->get_future(), bytes});
            bytesAhead += bytes;
            pool.start([task] { (*task)(); });
        }
    };

    for (int i = 0; i < files.size(); ++i) {
        if (cancelled && cancelled()) {
            summary.cancelled = true;
            break;
        }
        if (progress)
            progress(i, int(files.size()), files[i]);
        queueMore();
        Prepared prepared = parsing.front().prepared.get();
        bytesAhead -= parsing.front().bytes;
        parsing.pop_front();
        importPrepared(files[i], std::move(prepared), summary, cancelled);
        if (summary.cancelled)
            break;
    }
    pool.clear(); // files not started are not needed after a cancel; the pool waits for the others
    // Also after a cancel: the posts done so far are whole and stay.
    commitBatch(summary);
    m_contentIds.reset();
    if (progress && !summary.cancelled)
        progress(int(files.size()), int(files.size()), QString());
    return summary;
}

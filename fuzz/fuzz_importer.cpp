// SPDX-License-Identifier: GPL-3.0-or-later
// Raw bytes through what PostImporter does with a file's content: decoding, format detection, parsing, and for
// Web Annotation JSON the import into an in-memory library, rolled back after every input.
//
// The first byte picks the file name (and so the suffix detection falls back on); the rest is the content.

#include "anchorresolver.h"
#include "feedparser.h"
#include "htmlpostextractor.h"
#include "library.h"
#include "markdownpostparser.h"
#include "postimporter.h"
#include "postparser.h"
#include "textdecoder.h"
#include "webannotationimporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

Library *library = nullptr;

// As PostImporter tells the decoder which declaration to look for.
TextDecoder::Markup markupOf(QByteArrayView head, const QString &suffix)
{
    head = head.left(512);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    head = head.trimmed();
    if (head.startsWith("<?xml"))
        return TextDecoder::Markup::Xml;
    if (head.startsWith("<") || suffix.startsWith(u"htm"_s))
        return TextDecoder::Markup::Html;
    return TextDecoder::Markup::None;
}

void use(const Post &post)
{
    // Every post the importer would store must give an anchor text highlights can be placed in.
    const QString anchorText = post.anchorText();
    if (!anchorText.isEmpty()) {
        const AnchorResolver resolver(anchorText);
        const int end = int(std::min<qsizetype>(anchorText.size(), 40));
        const TextAnchor anchor = AnchorResolver::anchorFor(resolver.text(), 0, end);
        if (!resolver.resolve(anchor).placed())
            std::abort(); // a passage just taken from the text must be found in it again
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    auto opened = Library::openSqlite(u":memory:"_s);
    if (!opened)
        qFatal("cannot open an in-memory library: %s", qPrintable(opened.error().message));
    library = opened->release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QString names[] = {u"post.txt"_s, u"post.md"_s, u"post.html"_s,
                                    u"feed.xml"_s, u"feed.rss"_s, u"notes.json"_s};
    const QString name = names[data[0] % std::size(names)];
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (bytes.trimmed().isEmpty())
        return 0;

    auto decoded = TextDecoder::decode(bytes, name, markupOf(bytes, QFileInfo(name).suffix()));
    if (!decoded)
        return 0;
    const QString &text = decoded->text;
    switch (PostImporter::detect(text, name)) {
    case PostImporter::Format::PlainText:
        use(PostParser::parse(text, u"file:/fuzz"_s));
        break;
    case PostImporter::Format::Markdown:
        use(MarkdownPostParser::parse(text));
        break;
    case PostImporter::Format::Html:
        if (auto post = HtmlPostExtractor::extract(text))
            use(*post);
        break;
    case PostImporter::Format::Feed:
        if (auto feed = FeedParser::parse(text)) {
            for (const Post &post : std::as_const(feed->posts))
                use(post);
        }
        break;
    case PostImporter::Format::WebAnnotation: {
        // Into the library and back out: the outer transaction is never committed.
        Database::Transaction transaction(library->database());
        WebAnnotationImporter importer(*library);
        (void)importer.import(text.toUtf8());
        break;
    }
    }
    return 0;
}

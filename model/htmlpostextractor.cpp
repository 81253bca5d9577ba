// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpostextractor.h"

#include "blogdate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <gumbo.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HtmlPostExtractor)
};

// --- Bounding the tree before Gumbo sees it ---------------------------------------------------------------------
//
// Gumbo has no depth limit, and the HTML5 tree builder's scope checks walk the stack of open elements, so a page of
// 100,000 nested <div>s would take hours. Parsing properly needs the depth to be known, so this is a rough
// tokenizer that only counts: start tags of elements that nest (not void ones, not those whose end tag is
// optional and that close their siblings, not self-closed ones) deeper than maxDepth are dropped along with as many
// matching end tags; their text stays. Raw-text elements (script, style, …) and comments are passed over whole.

bool isVoidOrSelfClosing(QByteArrayView name)
{
    static const QList<QByteArrayView> names = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "image", "basefont", "bgsound", "frame", "isindex", "spacer", "nextid",
        // Optional end tags: a new one closes the previous, so they never pile up.
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt",
        "rp", "rtc", "colgroup", "caption", "html", "head", "body"};
    return names.contains(name);
}

bool isRawText(QByteArrayView name)
{
    static const QList<QByteArrayView> names = {"script", "style", "textarea", "title", "xmp", "iframe",
                                                "noembed", "noframes", "noscript"};
    return names.contains(name);
}

qsizetype indexOfCaseInsensitive(const QByteArray &haystack, QByteArrayView needle, qsizetype from)
{
    // Needles are lower-case ASCII tag openers: look for '<' and compare the rest case-insensitively.
    for (qsizetype i = haystack.indexOf(needle.front(), from); i >= 0; i = haystack.indexOf(needle.front(), i + 1)) {
        if (i + needle.size() > haystack.size())
            return -1;
        if (QByteArrayView(haystack).sliced(i, needle.size()).compare(needle, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QByteArray limitNesting(const QByteArray &html, int maxDepth, bool *flattened)
{
    QByteArray out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    int depth = 0;
    int dropped = 0; // start tags dropped and not yet matched by a dropped end tag
    const auto isNameChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
    };
    while (i < n) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0) {
            out.append(QByteArrayView(html).sliced(i));
            break;
        }
        out.append(QByteArrayView(html).sliced(i, lt - i));
        if (QByteArrayView(html).sliced(lt).startsWith("<!--")) {
            const qsizetype end = html.indexOf("-->", lt + 4);
            const qsizetype stop = end < 0 ? n : end + 3;
            out.append(QByteArrayView(html).sliced(lt, stop - lt));
            i = stop;
            continue;
        }
        const bool closing = lt + 1 < n && html[lt + 1] == '/';
        qsizetype nameEnd = lt + 1 + (closing ? 1 : 0);
        const qsizetype nameStart = nameEnd;
        while (nameEnd < n && isNameChar(html[nameEnd]))
            ++nameEnd;
        if (nameEnd == nameStart) { // "<!DOCTYPE", "<?xml", or a lone '<' in text
            out.append('<');
            i = lt + 1;
            continue;
        }
        // The tag ends at the first '>' outside a quoted attribute value.
        qsizetype end = nameEnd;
        char quote = 0;
        for (; end < n; ++end) {
            const char c = html[end];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        const qsizetype stop = end < n ? end + 1 : n;
        const QByteArray name = html.sliced(nameStart, nameEnd - nameStart).toLower();
        const QByteArrayView tag = QByteArrayView(html).sliced(lt, stop - lt);
        i = stop;

        if (!closing && isRawText(name)) {
            // Its content is text up to its own end tag, however tag-like.
            const qsizetype close = indexOfCaseInsensitive(html, QByteArray("</" + name), i);
            const qsizetype contentEnd = close < 0 ? n : close;
            out.append(tag);
            out.append(QByteArrayView(html).sliced(i, contentEnd - i));
            i = contentEnd;
            continue;
        }
        if (!closing && name == "plaintext") {
            out.append(QByteArrayView(html).sliced(lt));
            break;
        }
        const bool nests = !isVoidOrSelfClosing(name) && !isRawText(name) && !tag.endsWith("/>");
        if (!nests) {
            out.append(tag);
        } else if (!closing) {
            if (depth >= maxDepth) {
                ++dropped;
                *flattened = true;
            } else {
                ++depth;
                out.append(tag);
            }
        } else if (dropped > 0) {
            --dropped;
        } else {
            depth = std::max(0, depth - 1);
            out.append(tag);
        }
    }
    return out;
}

// --- The parsed tree ----------------------------------------------------------------------------------------------

struct GumboDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboTree = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboTree parseHtml(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // broken pages are the norm; a list of their faults would only cost memory
    return GumboTree(gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
}

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT;
}

GumboTag tagOf(const GumboNode *node)
{
    // <template> content is its own node type, but an element all the same.
    return isElement(node) || node->type == GUMBO_NODE_TEMPLATE ? node->v.element.tag : GUMBO_TAG_LAST;
}

QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttribute(const GumboNode *node, const char *name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name);
}

// rel="category tag" holds several words.
bool relHas(const GumboNode *node, const QString &word)
{
    return attribute(node, "rel").split(u' ', Qt::SkipEmptyParts).contains(word, Qt::CaseInsensitive);
}

const GumboVector &childrenOf(const GumboNode *node)
{
    static const GumboVector none{nullptr, 0, 0};
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return node->v.document.children;
    return none;
}

// Nothing of these reaches the post: active content, embedded documents, forms, navigation and sidebars, and what
// is not text (media, vector graphics, the head).
bool isDropped(const GumboNode *node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_BASE: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_STYLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_EMBED: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_MAP: case GUMBO_TAG_AREA: case GUMBO_TAG_MATH: case GUMBO_TAG_SVG:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LABEL: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS: case GUMBO_TAG_METER: case GUMBO_TAG_MENU: case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_DIALOG: case GUMBO_TAG_SEARCH:
        return true;
    case GUMBO_TAG_LAST:
        return node->type == GUMBO_NODE_COMMENT;
    default:
        break;
    }
    return hasAttribute(node, "hidden") || attribute(node, "role").compare(u"navigation"_s, Qt::CaseInsensitive) == 0;
}

// Elements that end a paragraph before and after them.
bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_P:
    case GUMBO_TAG_HR: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_OL: case GUMBO_TAG_UL:
    case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DIV: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_DIR: case GUMBO_TAG_LEGEND: case GUMBO_TAG_BR:
        return true;
    default:
        return false;
    }
}

bool isPreformatted(GumboTag tag)
{
    return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT;
}

// Depth-first over root's subtree without recursion (the tree may be deep). enter(node) returns whether to go into
// its children; leave(node) follows its last child.
template<typename Enter, typename Leave>
void walk(const GumboNode *root, Enter enter, Leave leave)
{
    struct Frame { const GumboNode *node; unsigned int next; };
    QList<Frame> stack;
    if (!enter(root))
        return;
    stack.append({root, 0});
    while (!stack.isEmpty()) {
        Frame &top = stack.last();
        const GumboVector &children = childrenOf(top.node);
        if (top.next < children.length) {
            const auto *child = static_cast<const GumboNode *>(children.data[top.next++]);
            if (enter(child))
                stack.append({child, 0});
        } else {
            const GumboNode *done = top.node;
            stack.removeLast();
            leave(done);
        }
    }
}

template<typename Visit>
void forEachElement(const GumboNode *root, Visit visit)
{
    walk(root, [&](const GumboNode *n) { return visit(n); }, [](const GumboNode *) {});
}

// Plain paragraphs of a subtree: blocks and line breaks end paragraphs, white space collapses (but for lines of
// preformatted text), images give their alt text. skip is left out (the <h1> that became the title).
class ParagraphCollector
{
public:
    QStringList paragraphs;
    bool truncated = false;

    void collect(const GumboNode *root, const GumboNode *skip = nullptr, bool dropHeaderFooter = false)
    {
        walk(
            root,
            [&](const GumboNode *n) {
                if (n == skip || isDropped(n))
                    return false;
                if (dropHeaderFooter && n != root
                    && (tagOf(n) == GUMBO_TAG_HEADER || tagOf(n) == GUMBO_TAG_FOOTER)) {
                    return false;
                }
                switch (n->type) {
                case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA:
                    addText(QString::fromUtf8(n->v.text.text));
                    return false;
                case GUMBO_NODE_WHITESPACE:
                    addText(m_pre > 0 ? QString::fromUtf8(n->v.text.text) : u" "_s);
                    return false;
                case GUMBO_NODE_ELEMENT:
                    break;
                default:
                    return n->type == GUMBO_NODE_DOCUMENT;
                }
                const GumboTag tag = tagOf(n);
                if (isBlock(tag))
                    flush();
                if (isPreformatted(tag))
                    ++m_pre;
                if (tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_IMAGE) {
                    // Only the alt text: the source is never looked at, let alone fetched.
                    const QString alt = attribute(n, "alt").simplified();
                    if (!alt.isEmpty())
                        addText(u" "_s + alt + u" "_s);
                    return false;
                }
                if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
                    addText(u" "_s);
                return true;
            },
            [&](const GumboNode *n) {
                const GumboTag tag = tagOf(n);
                if (isPreformatted(tag))
                    --m_pre;
                if (isBlock(tag))
                    flush();
            });
        flush();
    }

private:
    void addText(const QString &text)
    {
        if (truncated)
            return;
        if (m_length + text.size() > HtmlPostExtractor::maxTextLength) {
            m_current += text.left(HtmlPostExtractor::maxTextLength - m_length);
            truncated = true;
            flush();
            return;
        }
        m_length += text.size();
        if (m_pre == 0) {
            m_current += text;
            return;
        }
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                flush();
            m_current += lines[i];
        }
    }

    void flush()
    {
        const QString p = m_current.simplified();
        if (!p.isEmpty())
            paragraphs << p;
        m_current.clear();
    }

    QString m_current;
    qsizetype m_length = 0;
    int m_pre = 0;
};

QString textOf(const GumboNode *node)
{
    ParagraphCollector c;
    c.collect(node);
    return c.paragraphs.join(u' ');
}

// The node holding the post: the <article> with the most paragraph text, else the element whose own <p> children
// hold the most text (the usual shape of a blog's content column), else <body>.
const GumboNode *articleNode(const GumboNode *root)
{
    QHash<const GumboNode *, qsizetype> ownParagraphText;
    QList<const GumboNode *> articles;
    QList<const GumboNode *> stack; // ancestors, to find a <p>'s parent
    const GumboNode *body = nullptr;
    walk(
        root,
        [&](const GumboNode *n) {
            if (!isElement(n))
                return n->type == GUMBO_NODE_DOCUMENT;
            if (isDropped(n))
                return false;
            const GumboTag tag = tagOf(n);
            if (tag == GUMBO_TAG_BODY)
                body = n;
            if (tag == GUMBO_TAG_ARTICLE)
                articles << n;
            if (tag == GUMBO_TAG_P) {
                if (!stack.isEmpty())
                    ownParagraphText[stack.last()] += textOf(n).size();
                return false;
            }
            stack << n;
            return true;
        },
        [&](const GumboNode *n) {
            if (isElement(n))
                stack.removeLast();
        });

    const auto subtreeText = [&](const GumboNode *top) {
        qsizetype sum = 0;
        forEachElement(top, [&](const GumboNode *n) {
            sum += ownParagraphText.value(n);
            return isElement(n) && !isDropped(n);
        });
        return sum;
    };
    if (!articles.isEmpty()) {
        const GumboNode *best = articles.first();
        qsizetype bestText = subtreeText(best);
        for (const GumboNode *a : std::as_const(articles).sliced(1)) {
            if (const qsizetype t = subtreeText(a); t > bestText) {
                best = a;
                bestText = t;
            }
        }
        return best;
    }
    const GumboNode *best = nullptr;
    qsizetype bestText = 0;
    for (auto it = ownParagraphText.cbegin(); it != ownParagraphText.cend(); ++it) {
        if (it.value() > bestText) {
            best = it.key();
            bestText = it.value();
        }
    }
    return best ? best : (body ? body : root);
}

const GumboNode *firstElement(const GumboNode *root, GumboTag tag)
{
    const GumboNode *found = nullptr;
    forEachElement(root, [&](const GumboNode *n) {
        if (found || (isElement(n) && isDropped(n) && tagOf(n) != GUMBO_TAG_HEAD))
            return false;
        if (tagOf(n) == tag) {
            found = n;
            return false;
        }
        return isElement(n) || n->type == GUMBO_NODE_DOCUMENT;
    });
    return found;
}

// <meta name|property|itemprop=key content=…>, first match of the keys in order.
QString metaContent(const QHash<QString, QString> &metas, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QString value = metas.value(QString::fromUtf16(key)).simplified();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

BlogDate::Parsed parseDate(const QString &text)
{
    return BlogDate::parse(text.simplified());
}

} // namespace

QStringList HtmlPostExtractor::paragraphs(const QString &html)
{
    bool flattened = false;
    const QByteArray utf8 = limitNesting(html.toUtf8(), maxDepth, &flattened);
    const GumboTree tree = parseHtml(utf8);
    ParagraphCollector collector;
    collector.collect(tree->document);
    return collector.paragraphs;
}

Result<Post> HtmlPostExtractor::extract(const QString &html)
{
    bool flattened = false;
    const QByteArray utf8 = limitNesting(html.toUtf8(), maxDepth, &flattened);
    const GumboTree tree = parseHtml(utf8);
    const GumboNode *document = tree->document;

    // What the head and the page's markup say about the post.
    QHash<QString, QString> metas;
    QString authorLink;
    QStringList tags;
    const GumboNode *titleElement = nullptr;
    forEachElement(document, [&](const GumboNode *n) {
        if (n->type == GUMBO_NODE_DOCUMENT)
            return true;
        if (!isElement(n))
            return false;
        const GumboTag tag = tagOf(n);
        if (tag == GUMBO_TAG_META) {
            for (const char *key : {"name", "property", "itemprop"}) {
                const QString k = attribute(n, key).toLower();
                if (!k.isEmpty() && !metas.contains(k))
                    metas.insert(k, attribute(n, "content"));
            }
            return false;
        }
        if (tag == GUMBO_TAG_TITLE && !titleElement)
            titleElement = n;
        if (tag == GUMBO_TAG_A && authorLink.isEmpty() && relHas(n, u"author"_s))
            authorLink = textOf(n);
        if (tag == GUMBO_TAG_A && (relHas(n, u"tag"_s) || relHas(n, u"category"_s))) {
            const QString t = textOf(n);
            if (!t.isEmpty() && !tags.contains(t))
                tags << t;
        }
        if (attribute(n, "itemprop") == u"author"_s && authorLink.isEmpty() && tag != GUMBO_TAG_LINK)
            authorLink = textOf(n);
        return tag == GUMBO_TAG_HEAD || !isDropped(n);
    });

    const GumboNode *article = articleNode(document);

    Post post;
    const GumboNode *h1 = firstElement(article, GUMBO_TAG_H1);
    const GumboNode *titleNode = h1;
    if (!titleNode)
        titleNode = firstElement(document, GUMBO_TAG_H1);
    if (titleNode)
        post.title = textOf(titleNode);
    if (post.title.isEmpty())
        post.title = metaContent(metas, {u"og:title", u"twitter:title"});
    if (post.title.isEmpty() && titleElement) {
        // <title> is raw text to Gumbo: one text child.
        const GumboVector &children = childrenOf(titleElement);
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *c = static_cast<const GumboNode *>(children.data[i]);
            if (c->type == GUMBO_NODE_TEXT)
                post.title += QString::fromUtf8(c->v.text.text);
        }
        post.title = post.title.simplified();
    }

    // Date: a <time datetime> in the article, the page's meta data, any <time datetime> on the page.
    const auto timeIn = [](const GumboNode *root) {
        BlogDate::Parsed found;
        forEachElement(root, [&](const GumboNode *n) {
            if (found.isValid() || !(isElement(n) || n->type == GUMBO_NODE_DOCUMENT) || isDropped(n))
                return false;
            if (tagOf(n) == GUMBO_TAG_TIME) {
                found = parseDate(hasAttribute(n, "datetime") ? attribute(n, "datetime") : textOf(n));
                return false;
            }
            return true;
        });
        return found;
    };
    BlogDate::Parsed date = timeIn(article);
    if (!date.isValid()) {
        date = parseDate(metaContent(metas, {u"article:published_time", u"datepublished", u"date", u"dc.date",
                                             u"dc.date.issued", u"dcterms.created", u"dcterms.date", u"pubdate",
                                             u"publishdate", u"og:published_time"}));
    }
    if (!date.isValid())
        date = timeIn(document);
    if (date.isValid()) {
        post.published = date.value;
        post.publishedHasTime = date.hasTime;
    }

    post.author = metaContent(metas, {u"author", u"dc.creator", u"article:author"});
    if (post.author.startsWith(u"http"_s, Qt::CaseInsensitive)) // article:author may be a profile URL
        post.author.clear();
    if (post.author.isEmpty())
        post.author = authorLink;
    if (post.author.isEmpty())
        post.author = metaContent(metas, {u"twitter:creator"});
    post.categories = tags;
    for (const QString &key : {u"article:section"_s}) {
        const QString section = metas.value(key).simplified();
        if (!section.isEmpty() && !post.categories.contains(section))
            post.categories << section;
    }

    ParagraphCollector collector;
    collector.collect(article, h1, true);
    post.paragraphs = collector.paragraphs;
    if (!post.paragraphs.isEmpty() && post.paragraphs.first() == post.title)
        post.paragraphs.removeFirst();
    if (collector.truncated)
        post.metadata.insert(u"truncated"_s, Text::tr("The page’s text was cut at %1 characters.").arg(maxTextLength));
    if (flattened)
        post.metadata.insert(u"flattened"_s, Text::tr("Markup nested deeper than %1 levels was flattened.").arg(maxDepth));

    if (post.paragraphs.isEmpty() && post.title.isEmpty())
        return Error{Error::Code::Parse, Text::tr("The page holds no readable text.")};
    return post;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "blogdate.h"
#include "htmlpostextractor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedParser)
};

const auto contentNs = u"http://purl.org/rss/1.0/modules/content/"_s;
const auto dcNs = u"http://purl.org/dc/elements/1.1/"_s;
const auto atomNs = u"http://www.w3.org/2005/Atom"_s;

bool isWordPressNs(QStringView ns)
{
    return ns.startsWith(u"http://wordpress.org/export/"_s);
}

// RSS dates are RFC 822 ("Thu, 24 Sep 2009 10:00:00 +0000"), Atom's RFC 3339; either way the wall-clock time as
// printed is kept, like every date in the library.
BlogDate::Parsed parseDate(const QString &text)
{
    const QString s = text.simplified();
    if (s.isEmpty())
        return {};
    QDateTime rfc = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!rfc.isValid()) {
        // RFC 822's zone names ("GMT", "EST"); the wall-clock time is what is kept, so the zone does not matter.
        static const QRegularExpression zoneName(u"\\s+[A-Za-z]{1,5}$"_s);
        rfc = QDateTime::fromString(QString(s).replace(zoneName, u" +0000"_s), Qt::RFC2822Date);
    }
    if (rfc.isValid())
        return {QDateTime(rfc.date(), rfc.time(), QTimeZone::UTC), true};
    return BlogDate::parse(s);
}

// RSS <author> is an e-mail address, often with the name in parentheses: "joe@example.com (Joe Bloggs)".
QString authorName(const QString &text)
{
    static const QRegularExpression parenthesised(u"^\\S+@\\S+\\s*\\((.+)\\)$"_s);
    const QString s = text.simplified();
    if (const auto m = parenthesised.match(s); m.hasMatch())
        return m.captured(1).trimmed();
    return s;
}

// WordPress stores text the way its editor wrote it: paragraphs by blank lines, HTML only where needed.
QStringList wordPressParagraphs(const QString &text)
{
    static const QRegularExpression blankLine(u"\\n\\s*\\n"_s);
    QString html;
    for (const QString &block : text.split(blankLine, Qt::SkipEmptyParts))
        html += u"<p>"_s + block + u"</p>\n"_s;
    return HtmlPostExtractor::paragraphs(html);
}

QString plainTitle(const QString &text, const QString &type)
{
    if (type == u"html"_s || type == u"xhtml"_s)
        return HtmlPostExtractor::paragraphs(text).join(u' ').simplified();
    return text.simplified();
}

class Reader
{
public:
    explicit Reader(const QString &xml)
        : m_xml(xml)
        , m_r(xml)
    {
        // Belt and braces: entity declarations are refused below; this bounds expansion should one slip through.
        m_r.setEntityExpansionLimit(64);
    }

    Result<FeedParser::Feed> run()
    {
        while (next()) {
            if (m_r.isDTD() && !m_r.entityDeclarations().isEmpty()) {
                return Error{Error::Code::Parse,
                             Text::tr("The feed declares entities of its own in its document type; Gloss does not read "
                                "such files.")};
            }
            if (!m_r.isStartElement())
                continue;
            const QStringView name = m_r.name();
            if (m_depth == 1) {
                if (name == u"rss"_s) {
                    m_feed.kind = FeedParser::Kind::Rss;
                    for (const QXmlStreamNamespaceDeclaration &ns : m_r.namespaceDeclarations()) {
                        if (isWordPressNs(ns.namespaceUri()))
                            m_feed.kind = FeedParser::Kind::WordPress;
                    }
                } else if (name == u"feed"_s) {
                    m_feed.kind = FeedParser::Kind::Atom;
                } else if (name != u"RDF"_s) {
                    return Error{Error::Code::Parse,
                                 Text::tr("This XML file is not an RSS or Atom feed (its root element is <%1>).")
                                     .arg(m_r.qualifiedName())};
                }
                continue;
            }
            if (name == u"item"_s || name == u"entry"_s) {
                if (Status s = readItem(); !s)
                    return s.error();
            } else if (name == u"title"_s && m_feed.title.isEmpty()) {
                m_feed.title = m_r.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                --m_depth;
            } else if (name == u"author"_s && m_feed.kind == FeedParser::Kind::Atom) {
                m_feedAuthor = readAtomAuthor();
            }
        }
        if (m_r.hasError()) {
            return Error{Error::Code::Parse,
                         Text::tr("The feed is not well-formed XML (line %1, column %2: %3).")
                             .arg(m_r.lineNumber())
                             .arg(m_r.columnNumber())
                             .arg(m_r.errorString())};
        }
        if (m_depth != 0 && m_feed.posts.isEmpty())
            return Error{Error::Code::Parse, Text::tr("The feed ends before it is complete.")};
        for (Post &p : m_feed.posts) {
            if (p.author.isEmpty())
                p.author = m_feedAuthor;
            if (!m_feed.title.isEmpty())
                p.metadata.insert(u"feed"_s, m_feed.title);
        }
        return m_feed;
    }

private:
    // Every token goes through here, so the depth and where the token began are known.
    bool next()
    {
        m_tokenStart = m_r.characterOffset();
        m_r.readNext();
        if (m_r.isStartElement())
            ++m_depth;
        else if (m_r.isEndElement())
            --m_depth;
        return !m_r.atEnd() && !m_r.hasError();
    }

    // Where the tag that began at about offset starts: the reader may have looked at its '<' already.
    qint64 tagStart(qint64 offset) const
    {
        const qsizetype lt = m_xml.lastIndexOf(u'<', offset);
        return lt < 0 ? offset : lt;
    }

    QString text()
    {
        const QString t = m_r.readElementText(QXmlStreamReader::IncludeChildElements);
        --m_depth; // readElementText consumed the end element
        return t;
    }

    // The markup inside the current element, as written (Atom's type="xhtml" content).
    QString innerXml()
    {
        const qint64 start = m_r.characterOffset();
        const int depth = m_depth;
        qint64 end = start;
        while (next()) {
            if (m_r.isEndElement() && m_depth == depth - 1) {
                end = tagStart(m_tokenStart);
                break;
            }
        }
        return m_xml.mid(start, end - start);
    }

    QString readAtomAuthor()
    {
        const int depth = m_depth;
        QString name;
        while (next() && m_depth >= depth) {
            if (m_r.isStartElement() && m_r.name() == u"name"_s)
                name = text().simplified();
        }
        return name;
    }

    Comment readWordPressComment(bool *approved)
    {
        const int depth = m_depth;
        Comment c;
        *approved = false;
        while (next() && m_depth >= depth) {
            if (!m_r.isStartElement())
                continue;
            const QString name = m_r.name().toString();
            if (name == u"comment_author"_s) {
                c.author = text().simplified();
            } else if (name == u"comment_date"_s) {
                c.published = parseDate(text()).value;
            } else if (name == u"comment_content"_s) {
                c.paragraphs = wordPressParagraphs(text());
            } else if (name == u"comment_approved"_s) {
                *approved = text().trimmed() == u"1"_s;
            } else if (name == u"comment_type"_s) {
                const QString type = text().trimmed();
                if (type == u"pingback"_s || type == u"trackback"_s)
                    c.kind = Comment::Kind::Trackback;
            }
        }
        return c;
    }

    Status readItem()
    {
        const bool atom = m_r.name() == u"entry"_s;
        const qint64 start = tagStart(m_tokenStart);
        const int depth = m_depth;
        Post post;
        QString guid, link, html, summary, wpType, wpStatus;
        BlogDate::Parsed date, wpDate, updated;
        bool contentIsText = false;
        qint64 end = -1;
        while (next()) {
            if (m_r.isEndElement() && m_depth == depth - 1) {
                end = m_xml.indexOf(u'>', std::max<qint64>(0, m_r.characterOffset() - 1)) + 1;
                break;
            }
            if (!m_r.isStartElement() || m_depth != depth + 1)
                continue;
            const QString name = m_r.name().toString();
            const QStringView ns = m_r.namespaceUri();
            const QString type = m_r.attributes().value(u"type"_s).toString();
            if (name == u"title"_s) {
                post.title = plainTitle(type == u"xhtml"_s ? innerXml() : text(), type);
            } else if (name == u"link"_s) {
                if (atom) {
                    const QString rel = m_r.attributes().value(u"rel"_s).toString();
                    if (link.isEmpty() && (rel.isEmpty() || rel == u"alternate"_s))
                        link = m_r.attributes().value(u"href"_s).toString().trimmed();
                    text();
                } else {
                    link = text().trimmed();
                }
            } else if (name == u"guid"_s || (atom && name == u"id"_s)) {
                guid = text().trimmed();
            } else if (name == u"pubDate"_s || name == u"published"_s || (name == u"date"_s && ns == dcNs)) {
                date = parseDate(text());
            } else if (name == u"updated"_s) {
                updated = parseDate(text());
            } else if (name == u"post_date"_s && isWordPressNs(ns)) {
                wpDate = parseDate(text());
            } else if (name == u"post_type"_s && isWordPressNs(ns)) {
                wpType = text().trimmed();
            } else if (name == u"status"_s && isWordPressNs(ns)) {
                wpStatus = text().trimmed();
            } else if (name == u"comment"_s && isWordPressNs(ns)) {
                bool approved = false;
                Comment c = readWordPressComment(&approved);
                if (approved && !c.paragraphs.isEmpty())
                    post.comments << c;
            } else if (name == u"author"_s && atom) {
                post.author = readAtomAuthor();
            } else if ((name == u"creator"_s && ns == dcNs) || name == u"author"_s) {
                const QString a = authorName(text());
                if (post.author.isEmpty())
                    post.author = a;
            } else if (name == u"category"_s) {
                // Atom names the category in an attribute; RSS and WordPress in the text.
                QString c = atom ? m_r.attributes().value(u"label"_s).toString() : QString();
                if (c.isEmpty() && atom)
                    c = m_r.attributes().value(u"term"_s).toString();
                const QString t = text().simplified();
                if (c.isEmpty())
                    c = t;
                c = c.simplified();
                if (!c.isEmpty() && !post.categories.contains(c))
                    post.categories << c;
            } else if ((name == u"encoded"_s && ns == contentNs) || (atom && name == u"content"_s)) {
                contentIsText = atom && (type.isEmpty() || type == u"text"_s);
                html = type == u"xhtml"_s ? innerXml() : text();
            } else if (name == u"description"_s || (atom && name == u"summary"_s)) {
                summary = type == u"xhtml"_s ? innerXml() : text();
            }
        }
        if (end < 0)
            return Ok{}; // the document ended inside the item; run() reports the error

        if (!wpType.isEmpty() && wpType != u"post"_s && wpType != u"page"_s) {
            ++m_feed.skipped;
            return Ok{};
        }
        if (wpStatus == u"trash"_s || wpStatus == u"auto-draft"_s || wpStatus == u"inherit"_s) {
            ++m_feed.skipped;
            return Ok{};
        }

        const bool wordPress = m_feed.kind == FeedParser::Kind::WordPress;
        const QString body = html.trimmed().isEmpty() ? summary : html;
        if (contentIsText && body == html) {
            for (const QString &p : html.split(u'\n'))
                if (!p.simplified().isEmpty())
                    post.paragraphs << p.simplified();
        } else {
            post.paragraphs = wordPress ? wordPressParagraphs(body) : HtmlPostExtractor::paragraphs(body);
        }
        if (post.title.isEmpty() && post.paragraphs.isEmpty()) {
            ++m_feed.skipped;
            return Ok{};
        }

        const BlogDate::Parsed when = wpDate.isValid() ? wpDate : (date.isValid() ? date : updated);
        post.published = when.value;
        post.publishedHasTime = when.hasTime;
        if (!link.isEmpty())
            post.metadata.insert(u"link"_s, link);
        if (!wpStatus.isEmpty() && wpStatus != u"publish"_s)
            post.metadata.insert(u"status"_s, wpStatus);
        post.originalText = m_xml.mid(start, end - start);

        QString identity = guid.isEmpty() ? link : guid;
        if (identity.isEmpty()) {
            // Nothing stable names the item: its feed and title will have to do.
            identity = QString::fromLatin1(
                QCryptographicHash::hash((m_feed.title + u'\n' + post.title).toUtf8(), QCryptographicHash::Sha256)
                    .toHex());
        }
        post.source = u"feed:"_s + identity;
        m_feed.posts << post;
        return Ok{};
    }

    const QString &m_xml;
    QXmlStreamReader m_r;
    FeedParser::Feed m_feed;
    QString m_feedAuthor;
    qint64 m_tokenStart = 0;
    int m_depth = 0;
};

} // namespace

Result<FeedParser::Feed> FeedParser::parse(const QString &xml)
{
    return Reader(xml).run();
}

bool FeedParser::looksLikeFeed(const QString &text)
{
    QXmlStreamReader r(QStringView(text).left(64 * 1024));
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QStringView name = r.name();
            return name == u"rss"_s || name == u"feed"_s || (name == u"RDF"_s);
        }
    }
    return false;
}

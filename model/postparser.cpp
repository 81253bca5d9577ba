// SPDX-License-Identifier: GPL-3.0-or-later
#include "postparser.h"

#include "blogdate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr QRegularExpression::PatternOptions patternOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// A capitalised word of a person's name: "Sean", "O'Brien", "Jean-Luc".
constexpr QStringView nameWord = u"\\p{Lu}[\\p{L}\\p{M}'’\\-]*";

QRegularExpression rx(const QString &pattern, QRegularExpression::PatternOptions options = patternOptions)
{
    return QRegularExpression(pattern, options);
}

// What a piece of page chrome tells, and whether comments follow it or it closes them.
struct Boilerplate
{
    enum class Effect { None, CommentsFollow, CommentsEnd };
    Effect effect = Effect::None;
    QString key;   // metadata key, when it tells something
    QString value;
    BlogDate::Parsed date;  // "This entry was posted on …"
    QStringList categories; // "… filed under A, B." or "Labels: A, B"
    QString author;         // Blogger's "Posted by NAME at TIME"
    QTime time;
};

QString countFromWord(const QString &word)
{
    static const QStringList words = {u"no"_s,  u"one"_s,   u"two"_s,  u"three"_s, u"four"_s,   u"five"_s,  u"six"_s,
                                      u"seven"_s, u"eight"_s, u"nine"_s, u"ten"_s,   u"eleven"_s, u"twelve"_s};
    const qsizetype n = words.indexOf(word.toLower());
    return n >= 0 ? QString::number(n) : word;
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',')) {
        const QString trimmed = item.simplified();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

// Whether p can be page chrome at all, from its first two words. Every expression in boilerplate() is anchored at
// the paragraph's start, so a paragraph that starts otherwise is body text and the expressions are not tried: they
// were the larger part of parsing a post, and almost every paragraph of a post is body text.
bool mayBeBoilerplate(const QString &p)
{
    // What the expressions below can start with (after one optional punctuation mark or symbol, for chrome such
    // as "• Categories"), and what can follow a count ("Seven responses to …").
    static const QSet<QString> firstWords{
        u"no"_s,     u"one"_s,        u"there"_s,    u"post"_s,     u"leave"_s,  u"add"_s,      u"comment"_s,
        u"comments"_s, u"popularity"_s, u"del"_s,     u"this"_s,     u"labels"_s, u"posted"_s,   u"why"_s,
        u"you"_s,    u"both"_s,       u"be"_s,       u"subscribe"_s, u"rss"_s,   u"categories"_s, u"archives"_s,
        u"blogroll"_s, u"recent"_s,   u"newer"_s,    u"older"_s,    u"home"_s};
    static const QSet<QString> countedWords{u"response"_s, u"responses"_s, u"comment"_s,   u"comments"_s,
                                            u"replies"_s,  u"trackback"_s, u"trackbacks"_s};
    qsizetype at = 0;
    if (at < p.size() && (p[at].isPunct() || p[at].isSymbol()))
        ++at;
    while (at < p.size() && p[at].isSpace())
        ++at;
    // A \w run, as PCRE counts it with Unicode properties.
    const auto word = [&p, &at] {
        const qsizetype start = at;
        while (at < p.size() && (p[at].isLetterOrNumber() || p[at].isMark() || p[at] == u'_'))
            ++at;
        return QStringView(p).mid(start, at - start).toString().toLower();
    };
    const QString first = word();
    if (first.isEmpty())
        return false;
    if (firstWords.contains(first) || std::all_of(first.cbegin(), first.cend(), [](QChar c) { return c.isDigit(); }))
        return true;
    if (at == p.size() || !p[at].isSpace())
        return false;
    while (at < p.size() && p[at].isSpace())
        ++at;
    return countedWords.contains(word());
}

// Blogger and WordPress page chrome. Only whole paragraphs (or whole lines) match, so body sentences that merely
// mention comments stay.
std::optional<Boilerplate> boilerplate(const QString &p)
{
    using Effect = Boilerplate::Effect;
    Boilerplate b;
    if (!mayBeBoilerplate(p))
        return std::nullopt;

    static const QRegularExpression commentCount = rx(u"^(no|one|\\d+)\\s+(?:comments?|responses?)\\s*:?$"_s);
    static const QRegularExpression responsesTo = rx(
        u"^(?:there\\s+(?:is|are)\\s+(?:currently\\s+)?)?(no|\\w+)\\s+(?:responses?|comments?|replies|trackbacks?)"
        u"\\s+(?:to|on)\\s+[“\"'‘«]"_s);
    if (const auto m = commentCount.match(p); m.hasMatch()) {
        b.effect = Effect::CommentsFollow;
        b.key = u"responses"_s;
        b.value = countFromWord(m.captured(1));
        return b;
    }
    if (const auto m = responsesTo.match(p); m.hasMatch()) {
        b.effect = Effect::CommentsFollow;
        b.key = u"responses"_s;
        b.value = countFromWord(m.captured(1));
        return b;
    }

    static const QRegularExpression closing =
        rx(u"^(?:post a comment|leave a (?:reply|comment|response)|add (?:a|your) comment|comments? (?:are )?closed)"
           u"[.!]?$"_s);
    if (closing.match(p).hasMatch()) {
        b.effect = Effect::CommentsEnd;
        return b;
    }

    static const QRegularExpression popularity = rx(u"^popularity:\\s*(\\d+(?:\\.\\d+)?\\s*%)\\s*(?:\\[\\?\\])?$"_s);
    if (const auto m = popularity.match(p); m.hasMatch()) {
        b.key = u"popularity"_s;
        b.value = m.captured(1).remove(u' ');
        return b;
    }

    static const QRegularExpression delicious = rx(u"^del\\.icio\\.us tags:(.*)$"_s);
    if (const auto m = delicious.match(p); m.hasMatch()) {
        const QStringList tags = splitList(m.captured(1));
        if (!tags.isEmpty()) {
            b.key = u"delicious_tags"_s;
            b.value = tags.join(u", "_s);
        }
        return b;
    }

    // WordPress: "This entry was posted on DATE at TIME and is filed under A, B, C. You can follow …"
    static const QRegularExpression entryFooter = rx(u"^this entry was posted\\b"_s);
    if (entryFooter.match(p).hasMatch()) {
        b.date = BlogDate::find(p);
        static const QRegularExpression filedUnder =
            rx(u"\\bfiled under\\s+(.+?)(?:\\s+and tagged\\s+(.+?))?\\.(?=\\s|$)"_s);
        if (const auto m = filedUnder.match(p); m.hasMatch()) {
            b.categories = splitList(m.captured(1));
            if (m.hasCaptured(2)) {
                b.key = u"tags"_s;
                b.value = splitList(m.captured(2)).join(u", "_s);
            }
        }
        return b;
    }

    static const QRegularExpression labels = rx(u"^labels:\\s*(.+)$"_s);
    if (const auto m = labels.match(p); m.hasMatch()) {
        b.categories = splitList(m.captured(1));
        return b;
    }

    static const QRegularExpression postedBy =
        rx(u"^posted by\\s+(\\S+(?:\\s+\\S+){0,3}?)"
           u"(?:\\s+at\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?))?$"_s);
    if (const auto m = postedBy.match(p); m.hasMatch()) {
        b.author = m.captured(1);
        // BlogDate reads times only after a date, so give it a placeholder one.
        if (m.hasCaptured(2))
            b.time = BlogDate::parse(QString(u"1 January 2000 "_s + m.captured(2))).value.time();
        return b;
    }

    // Calls to comment and feed links: nothing worth keeping.
    static const QRegularExpression callToComment =
        rx(u"^(?:why not let us know what you think|you can (?:follow any responses|leave a response|skip to the end)"
           u"|both comments and pings are|be the first to comment|subscribe to:\\s*post)"_s);
    static const QRegularExpression chrome =
        rx(u"^(?:[\\p{P}\\p{S}]\\s*)?(?:rss posts|rss comments|categories|archives|blogroll|recent posts"
           u"|recent comments)\\s*:?$|^(?:newer post|older post|home)(?:\\s+(?:newer post|older post|home))*$"_s);
    if (callToComment.match(p).hasMatch() || chrome.match(p).hasMatch())
        return b;

    return std::nullopt;
}

// A text block between blank lines, kept as lines so that chrome glued to it ("rss posts" / "• Categories") can be
// split off, then each part joined with spaces.
QStringList paragraphsOf(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');

    auto isBlank = [](const QString &line) { return line.trimmed().isEmpty(); };
    const auto first = std::find_if_not(lines.cbegin(), lines.cend(), isBlank);
    const auto last = std::find_if_not(lines.crbegin(), lines.crend(), isBlank).base();
    const bool hasBlankLines = first < last && std::any_of(first, last, isBlank);

    QList<QStringList> blocks;
    bool inBlock = false;
    for (const QString &line : lines) {
        if (isBlank(line)) {
            inBlock = false;
            continue;
        }
        if (!inBlock || !hasBlankLines)
            blocks.append(QStringList());
        blocks.last() << line;
        inBlock = true;
    }

    QStringList paragraphs;
    auto add = [&paragraphs](const QStringList &part) {
        // simplified() collapses every QChar::isSpace() run, NBSP included, and trims.
        const QString p = part.join(u' ').simplified();
        if (!p.isEmpty())
            paragraphs << p;
    };
    for (const QStringList &block : std::as_const(blocks)) {
        if (block.size() == 1 || boilerplate(block.join(u' ').simplified())) {
            add(block);
            continue;
        }
        QStringList run;
        for (const QString &line : block) {
            if (boilerplate(line.simplified())) {
                add(run);
                run.clear();
                add({line});
            } else {
                run << line;
            }
        }
        add(run);
    }
    return paragraphs;
}

qsizetype wordCount(const QString &p)
{
    return p.count(u' ') + 1; // paragraphs are simplified: one space between words
}

// Words that stand alone on a line without being anyone's name.
bool isCommonWord(const QString &text)
{
    static const QSet<QString> words = {
        u"thanks"_s,  u"cheers"_s,  u"regards"_s,  u"enjoy"_s,   u"update"_s,       u"updated"_s, u"note"_s,
        u"links"_s,   u"tags"_s,    u"share"_s,    u"comments"_s, u"categories"_s,  u"archives"_s, u"home"_s,
        u"yes"_s,     u"no"_s,      u"ok"_s,       u"okay"_s,    u"hello"_s,        u"hi"_s,      u"folks"_s,
        u"everyone"_s, u"everybody"_s, u"all"_s,   u"readers"_s, u"friends"_s,      u"guys"_s,    u"team"_s,
        u"best"_s,    u"love"_s,    u"sincerely"_s, u"conclusion"_s, u"summary"_s, u"introduction"_s,
        u"background"_s, u"question"_s, u"answer"_s, u"the"_s,   u"end"_s,          u"more"_s,    u"related"_s};
    return words.contains(text.section(u' ', 0, 0).toLower());
}

// 1–3 capitalised words and no sentence punctuation: "Sean", "Mary Ann Smith".
bool isNameLike(const QString &text)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(nameWord + u"(?: "_s + nameWord + u"){0,2}"_s),
        QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch() && !isCommonWord(text);
}

// "Fred," or "Hi Fred," alone on a line: the start of a reply to Fred. Returns the name.
QString salutationOnly(const QString &p)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"(?:(?:Hi|Hello|Hey|Dear)\\s+)?(?<name>"_s + nameWord + u"(?: "_s
                                            + nameWord + u"){0,2})\\s*,"_s),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(p);
    return m.hasMatch() && !isCommonWord(m.captured(u"name")) ? m.captured(u"name") : QString();
}

// "Andrew, It sounds as if…": the name a paragraph opens by addressing, if any.
QString addressee(const QString &p)
{
    static const QRegularExpression re(u"^(?:(?:Hi|Hello|Hey|Dear)\\s+)?(?<name>"_s + nameWord + u"(?: "_s
                                           + nameWord + u"){0,2})\\s*[,:!]\\s+\\S"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(p);
    return m.hasMatch() ? m.captured(u"name") : QString();
}

// CommentLuv appends "NAME’s last blog post..TITLE" to a comment: it ends the comment and names its author.
QString commentLuvAuthor(const QString &p)
{
    static const QRegularExpression re =
        rx(u"^(?<name>[^\\s.,!?:;]+(?:\\s+[^\\s.,!?:;]+){0,3})['’]s last blog post\\s*(?:\\.{2,}|…|:)"_s);
    // Most paragraphs have no such line, which a search for the words alone tells sooner than the expression. A
    // literal expression is searched by PCRE2's compiled code, four times as fast as a case-insensitive
    // QString::contains, which folds the case of every character it compares.
    static const QRegularExpression words(u"last blog post"_s, QRegularExpression::CaseInsensitiveOption);
    if (!words.match(p).hasMatch())
        return {};
    const auto m = re.match(p);
    return m.hasMatch() ? m.captured(u"name") : QString();
}

struct CommentHeader
{
    QString author;
    BlogDate::Parsed date;
    bool strong = false; // numbered or dated: a comment even where no comment section was announced
};

// "1. 1 On July 17th, 2007, NAME said:" (WordPress) or "NAME said..." / "NAME says: DATE" (Blogger, WordPress).
std::optional<CommentHeader> commentHeader(const QString &p)
{
    static const QRegularExpression saidOn = rx(u"^(?<num>(?:\\d+\\.?\\s+)*)On\\s+(?<rest>.+)$"_s);
    static const QRegularExpression afterDate =
        rx(u"^\\s*,?\\s*(?<author>.+?)\\s+(?:said|says|wrote)\\s*(?::|\\.{2,}|…)?$"_s);
    if (const auto m = saidOn.match(p); m.hasMatch()) {
        const QString rest = m.captured(u"rest");
        qsizetype start = -1;
        qsizetype length = 0;
        const BlogDate::Parsed date = BlogDate::find(rest, &start, &length);
        if (date.isValid() && start == 0) {
            if (const auto a = afterDate.match(rest.mid(length)); a.hasMatch())
                return CommentHeader{a.captured(u"author"), date, true};
        }
    }

    static const QRegularExpression saysDate =
        rx(u"^(?<num>(?:\\d+\\.?\\s+)*)(?<author>.+?)\\s+(?:said|says|wrote)\\s*(?::|\\.{2,}|…)"
           u"\\s*(?:on\\s+)?(?<date>.*)$"_s);
    // The expression tries every word of a paragraph as the end of an author's name; most paragraphs have none of
    // its verbs, which a plain search tells sooner.
    static const QRegularExpression verbs(u"said|says|wrote"_s, QRegularExpression::CaseInsensitiveOption);
    const bool hasVerb = verbs.match(p).hasMatch();
    if (const auto m = hasVerb ? saysDate.match(p) : QRegularExpressionMatch(); m.hasMatch()) {
        const QString author = m.captured(u"author");
        const QString dateText = m.captured(u"date");
        const BlogDate::Parsed date = BlogDate::parse(dateText);
        if (author.size() > 80 || wordCount(author) > 8 || (!dateText.isEmpty() && !date.isValid()))
            return std::nullopt;
        return CommentHeader{author, date, date.isValid() || !m.captured(u"num").isEmpty()};
    }
    return std::nullopt;
}

bool endsSentence(const QString &p)
{
    static const QRegularExpression re(u"[.!?…:;][\"”’')\\]]*$"_s);
    return re.match(p).hasMatch();
}

// A trackback shows the linking post's title, then an excerpt. A short unpunctuated first line alone is weak
// evidence ("Great post" happens), so also ask for a blog-like author or an excerpt cut off mid-sentence.
bool isTrackback(const Comment &c)
{
    if (c.paragraphs.size() < 2)
        return false;
    const QString &first = c.paragraphs.first();
    if (wordCount(first) > 15 || first.endsWith(u',') || endsSentence(first))
        return false;
    static const QRegularExpression truncated(u"(?:\\[(?:…|\\.\\.\\.)\\]|…|\\.\\.\\.)$"_s);
    const QString &excerpt = c.paragraphs.last();
    const bool cutOff = !endsSentence(excerpt) || truncated.match(excerpt).hasMatch();
    return (!c.author.isEmpty() && !isNameLike(c.author)) || cutOff;
}

// "About eight words" of the body, cut at a word boundary, for posts that have no title.
QString derivedTitle(const QString &body)
{
    constexpr int maxWords = 8;
    constexpr int maxChars = 70;
    const QStringList words = body.split(u' ', Qt::SkipEmptyParts);
    QString title;
    int taken = 0;
    for (const QString &w : words) {
        if (taken == maxWords || (taken > 0 && title.size() + 1 + w.size() > maxChars))
            break;
        title += (taken ? u" "_s : QString()) + w;
        ++taken;
    }
    static const QRegularExpression trailing(u"[\\s\\p{Pd}.,;:!?…(\\[{“‘«\"']+$"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
    title.remove(trailing);
    if (title.isEmpty())
        return {};
    return taken < words.size() ? title + u"…"_s : title;
}

class Parser
{
public:
    explicit Parser(Post &post)
        : m_post(post)
    {
    }

    void run(const QStringList &paragraphs)
    {
        qsizetype i = 0;
        BlogDate::Parsed headerDate;
        if (!paragraphs.isEmpty()) {
            headerDate = BlogDate::parse(paragraphs.first());
            if (headerDate.isValid())
                ++i;
        }
        if (i < paragraphs.size() - 1 && isTitle(paragraphs.at(i), headerDate.isValid()))
            m_post.title = paragraphs.at(i++);
        for (; i < paragraphs.size(); ++i)
            handle(paragraphs.at(i));
        finishComment();

        // The footer has the time; trust it unless its date contradicts the header.
        if (m_footerDate.isValid()
            && (!headerDate.isValid() || m_footerDate.value.date() == headerDate.value.date())) {
            m_post.published = m_footerDate.value;
            m_post.publishedHasTime = m_footerDate.hasTime;
        } else if (headerDate.isValid()) {
            m_post.published = headerDate.value;
            m_post.publishedHasTime = headerDate.hasTime;
        }
        if (m_post.published.isValid() && !m_post.publishedHasTime && m_footerTime.isValid()) {
            m_post.published.setTime(m_footerTime);
            m_post.publishedHasTime = true;
        }

        if (m_post.title.isEmpty()) {
            m_post.titleDerived = true;
            if (!m_post.paragraphs.isEmpty())
                m_post.title = derivedTitle(m_post.paragraphs.first());
            if (m_post.title.isEmpty())
                m_post.title = QCoreApplication::translate("PostParser", "Untitled");
        }
    }

private:
    enum class Mode { Body, Comments, AfterComments };

    bool isTitle(const QString &p, bool afterDate) const
    {
        if (p.size() > 150 || wordCount(p) > 20 || p.endsWith(u',') || p.endsWith(u':') || p.endsWith(u';'))
            return false;
        // Without a date to anchor the layout, a short opening sentence is more likely body than title.
        if (!afterDate && p.endsWith(u'.') && !p.endsWith(u".."_s))
            return false;
        return !boilerplate(p) && !commentHeader(p) && commentLuvAuthor(p).isEmpty();
    }

    void handle(const QString &p)
    {
        if (const auto b = boilerplate(p)) {
            applyBoilerplate(*b);
            return;
        }
        if (const auto h = commentHeader(p); h && (h->strong || m_mode != Mode::Body || m_footerSeen)) {
            startComment(true);
            m_current->author = h->author;
            if (h->date.isValid())
                m_current->published = h->date.value;
            m_known.insert(h->author);
            return;
        }
        if (const QString name = commentLuvAuthor(p); !name.isEmpty()) {
            endWithSignature(name);
            return;
        }
        // Replies without markup (CommentLuv-era Blogger): a salutation starts one, unless a header already did.
        const bool unheaded = !m_current || !m_currentHeaded;
        if (const QString name = salutationOnly(p); !name.isEmpty() && unheaded
            && (m_mode != Mode::Body || !m_post.paragraphs.isEmpty())) {
            startComment(false);
            m_current->paragraphs << p;
            m_known.insert(name);
            return;
        }
        if (m_mode == Mode::Comments) {
            const bool addressesParticipant = m_current && unheaded && !m_current->paragraphs.isEmpty()
                && m_known.contains(addressee(p));
            if (!m_current || addressesParticipant)
                startComment(false);
            // Blogger prints a comment's date on its own line under it.
            if (!m_current->published.isValid()) {
                if (const BlogDate::Parsed date = BlogDate::parse(p); date.isValid()) {
                    m_current->published = date.value;
                    return;
                }
            }
            m_current->paragraphs << p;
            return;
        }
        // The body, or text after the comments that we cannot place: kept rather than lost.
        m_post.paragraphs << p;
    }

    void applyBoilerplate(const Boilerplate &b)
    {
        if (!m_footerSeen && m_mode == Mode::Body)
            takeSignOff();
        m_footerSeen = true;
        if (!b.key.isEmpty())
            m_post.metadata.insert(b.key, b.value);
        if (b.date.isValid() && !m_footerDate.isValid())
            m_footerDate = b.date;
        for (const QString &c : b.categories) {
            if (!m_post.categories.contains(c))
                m_post.categories << c;
        }
        if (!b.author.isEmpty() && m_post.author.isEmpty())
            m_post.author = b.author;
        if (b.time.isValid())
            m_footerTime = b.time;
        if (b.effect == Boilerplate::Effect::CommentsFollow) {
            finishComment();
            m_mode = Mode::Comments;
        } else if (b.effect == Boilerplate::Effect::CommentsEnd) {
            finishComment();
            m_mode = Mode::AfterComments;
        }
    }

    // A name alone on the last line before the footer is the author signing off.
    void takeSignOff()
    {
        if (m_post.paragraphs.size() < 2 || !m_post.author.isEmpty())
            return;
        static const QRegularExpression dash(u"^[-–—~]+\\s*"_s);
        const QString name = QString(m_post.paragraphs.last()).remove(dash);
        if (isNameLike(name)) {
            m_post.author = name;
            m_post.paragraphs.removeLast();
        }
    }

    void endWithSignature(const QString &name)
    {
        m_known.insert(name);
        if (m_current) {
            if (m_current->author.isEmpty())
                m_current->author = name;
            finishComment();
        } else if (m_mode == Mode::Body && m_post.paragraphs.size() > 1) {
            // A signature with no announced comment: the paragraph above it is the comment it signs.
            startComment(false);
            m_current->author = name;
            m_current->paragraphs << m_post.paragraphs.takeLast();
            finishComment();
        }
        // Otherwise there is nothing to attach it to; the signature itself is chrome.
        m_mode = Mode::Comments;
    }

    void startComment(bool headed)
    {
        finishComment();
        m_current = Comment();
        m_currentHeaded = headed;
        m_mode = Mode::Comments;
    }

    void finishComment()
    {
        if (!m_current)
            return;
        Comment c = std::move(*m_current);
        m_current.reset();
        if (c.paragraphs.isEmpty() && c.author.isEmpty())
            return;
        if (isTrackback(c))
            c.kind = Comment::Kind::Trackback;
        m_post.comments << c;
    }

    Post &m_post;
    Mode m_mode = Mode::Body;
    bool m_footerSeen = false;
    BlogDate::Parsed m_footerDate;
    QTime m_footerTime;
    std::optional<Comment> m_current;
    bool m_currentHeaded = false;
    QSet<QString> m_known; // names seen in salutations, signatures and headers
};

} // namespace

Post PostParser::parse(const QString &text, const QString &source)
{
    Post post;
    post.source = source;
    post.originalText = text;
    post.contentHash =
        QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    Parser(post).run(paragraphsOf(text));
    return post;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)
};

std::optional<SearchQuery::Field> fieldFromName(const QString &name)
{
    const QString key = name.toLower();
    if (key == u"title"_s)
        return SearchQuery::Field::Title;
    if (key == u"author"_s)
        return SearchQuery::Field::Author;
    if (key == u"tag"_s)
        return SearchQuery::Field::Tag;
    if (key == u"note"_s)
        return SearchQuery::Field::Note;
    if (key == u"stance"_s)
        return SearchQuery::Field::Stance;
    return std::nullopt;
}

bool isPostField(SearchQuery::Field field)
{
    return field == SearchQuery::Field::Title || field == SearchQuery::Field::Author;
}

bool isHighlightOnlyField(SearchQuery::Field field)
{
    return field == SearchQuery::Field::Tag || field == SearchQuery::Field::Note
        || field == SearchQuery::Field::Stance;
}

bool hasWordCharacter(const QString &text)
{
    return std::ranges::any_of(text, [](QChar c) { return c.isLetterOrNumber(); });
}

// An FTS5 string: the text in double quotes, quotes inside doubled. FTS5 reads nothing inside one as syntax.
QString ftsString(const SearchQuery::Term &term)
{
    QString text = term.text;
    return u'"' + text.replace(u'"', u"\"\""_s) + u'"' + (term.prefix ? u"*"_s : QString());
}

// The term for ranking: a phrase as its words ANDed. Splitting at blanks only keeps every piece a whole token
// sequence for the tokenizer, so a row holding the phrase holds every piece.
QString rankString(const SearchQuery::Term &term)
{
    const QStringList words = term.text.split(u' ', Qt::SkipEmptyParts);
    if (!term.phrase || words.size() < 2)
        return ftsString(term);
    QStringList pieces;
    for (qsizetype i = 0; i < words.size(); ++i) {
        SearchQuery::Term piece;
        piece.text = words[i];
        piece.prefix = term.prefix && i == words.size() - 1;
        pieces << ftsString(piece);
    }
    return u'(' + pieces.join(u" AND "_s) + u')';
}

QString postColumns(SearchQuery::Field field)
{
    switch (field) {
    case SearchQuery::Field::Title:
        return u"title : "_s;
    case SearchQuery::Field::Author:
        return u"author : "_s;
    default:
        return {}; // every column: title, author, body, comments
    }
}

QString highlightColumns(SearchQuery::Field field)
{
    switch (field) {
    case SearchQuery::Field::Tag:
        return u"tags : "_s;
    case SearchQuery::Field::Note:
        return u"note : "_s;
    case SearchQuery::Field::Stance:
        return u"stances : "_s;
    default:
        return u"{quote note tags} : "_s; // the stance column only answers stance:
    }
}

// All of wanted, none of unwanted. FTS5's NOT needs something on its left, which the parser guarantees.
QString allButNone(const QStringList &wanted, const QStringList &unwanted)
{
    if (wanted.isEmpty())
        return {};
    QString expression = u'(' + wanted.join(u" AND "_s) + u')';
    if (!unwanted.isEmpty())
        expression += u" NOT ("_s + unwanted.join(u" OR "_s) + u')';
    return expression;
}

// A term as tsquery text: its words (runs of letters and digits: the pieces PostgreSQL's parser makes too) as
// quoted lexemes, several of them as a phrase (<->), each limited to weights ("" for every weight).
QString tsString(const SearchQuery::Term &term, const QString &weights)
{
    QStringList pieces;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            pieces << u'\'' + word + u'\''; // letters, digits and marks only: nothing to escape
        word.clear();
    };
    for (const QChar c : term.text) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QString suffix = (term.prefix && i == pieces.size() - 1 ? u"*"_s : QString()) + weights;
        if (!suffix.isEmpty())
            pieces[i] += u':' + suffix;
    }
    return pieces.size() == 1 ? pieces.first() : u'(' + pieces.join(u" <-> "_s) + u')';
}

QString postWeights(SearchQuery::Field field)
{
    switch (field) {
    case SearchQuery::Field::Title:
        return u"A"_s;
    case SearchQuery::Field::Author:
        return u"B"_s;
    default:
        return {}; // title, author, body and comments
    }
}

QString highlightWeights(SearchQuery::Field field)
{
    switch (field) {
    case SearchQuery::Field::Tag:
        return u"B"_s;
    case SearchQuery::Field::Note:
        return u"C"_s;
    case SearchQuery::Field::Stance:
        return u"D"_s;
    default:
        return u"ABC"_s; // quote, tags and note; the stances only answer stance:
    }
}

// All of wanted, none of unwanted, in tsquery's operators.
QString tsAllButNone(const QStringList &wanted, const QStringList &unwanted)
{
    if (wanted.isEmpty())
        return {};
    QString expression = u'(' + wanted.join(u" & "_s) + u')';
    if (!unwanted.isEmpty())
        expression += u" & !("_s + unwanted.join(u" | "_s) + u')';
    return expression;
}

} // namespace

SearchQuery SearchQuery::invalid(Problem problem, const QString &hint)
{
    SearchQuery query;
    query.m_problem = problem;
    query.m_hint = hint;
    return query;
}

SearchQuery SearchQuery::parse(const QString &input)
{
    if (input.size() > maxLength)
        return invalid(Problem::TooLong, Text::tr("The search is too long; try a few distinctive words."));
    if (input.count(u'"') % 2 != 0)
        return invalid(Problem::UnbalancedQuote, Text::tr("A quotation mark is missing its partner: \"like this\"."));

    // Control characters (a pasted tab, a NUL) separate terms like spaces.
    QString text = input;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }

    SearchQuery query;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (true) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;

        Term term;
        if (text[i] == u'-' && i + 1 < n && !text[i + 1].isSpace()) {
            term.excluded = true;
            ++i;
        }
        // A field is letters and a colon; an unknown one stays part of the word ("foo:bar", "http://…").
        qsizetype nameEnd = i;
        while (nameEnd < n && text[nameEnd].isLetter())
            ++nameEnd;
        if (nameEnd > i && nameEnd < n && text[nameEnd] == u':') {
            if (const auto field = fieldFromName(text.mid(i, nameEnd - i))) {
                if (nameEnd + 1 >= n || text[nameEnd + 1].isSpace()) {
                    return invalid(Problem::EmptyField,
                                   Text::tr("“%1” needs something to look for right after it, like tag:pricing.")
                                       .arg(text.mid(i, nameEnd + 1 - i)));
                }
                term.field = *field;
                i = nameEnd + 1;
            }
        }

        if (text[i] == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0) // a quotation mark inside an earlier word took its partner
                return invalid(Problem::UnbalancedQuote,
                               Text::tr("A quotation mark is missing its partner: \"like this\"."));
            term.phrase = true;
            term.text = text.mid(i + 1, close - i - 1).simplified();
            i = close + 1;
            if (i < n && text[i] == u'*') {
                term.prefix = true;
                ++i;
            }
            if (i < n && text[i] == u'*')
                return invalid(Problem::MisplacedWildcard, Text::tr("Put one * at the end of a word: market*."));
        } else {
            const qsizetype start = i;
            while (i < n && !text[i].isSpace())
                ++i;
            QString word = text.mid(start, i - start);
            if (word.contains(u'(') || word.contains(u')'))
                return invalid(Problem::Parenthesis,
                               Text::tr("Parentheses are not part of searches; use words, \"phrases\", prefix* and "
                                  "-exclusions."));
            if (word.endsWith(u'*')) {
                word.chop(1);
                term.prefix = true;
            }
            if (word.contains(u'*') || (term.prefix && !hasWordCharacter(word)))
                return invalid(Problem::MisplacedWildcard, Text::tr("Put one * at the end of a word: market*."));
            term.text = word;
        }

        if (!hasWordCharacter(term.text)) {
            return invalid(Problem::NoWordCharacters,
                           term.phrase ? Text::tr("The quotation marks hold no words to look for.")
                                       : Text::tr("“%1” has no letters or digits to look for.").arg(term.text));
        }
        if (term.field == Field::Stance) {
            term.text = term.text.toLower();
            if (term.phrase || term.prefix
                || (term.text != u"supports"_s && term.text != u"challenges"_s && term.text != u"example"_s)) {
                return invalid(Problem::UnknownStance, Text::tr("stance: is supports, challenges or example."));
            }
        }
        query.m_terms << term;
    }

    if (query.m_terms.size() > maxTerms)
        return invalid(Problem::TooLong, Text::tr("The search is too long; try a few distinctive words."));
    if (!query.m_terms.isEmpty() && std::ranges::all_of(query.m_terms, &Term::excluded))
        return invalid(Problem::OnlyExclusions, Text::tr("Say what to find, not only what to leave out: marketing -sales."));
    return query;
}

bool SearchQuery::searchesPosts() const
{
    const bool asksPost = std::ranges::any_of(m_terms, [](const Term &t) {
        return !t.excluded && !isHighlightOnlyField(t.field);
    });
    const bool asksHighlightOnly = std::ranges::any_of(m_terms, [](const Term &t) {
        return !t.excluded && isHighlightOnlyField(t.field);
    });
    return isValid() && asksPost && !asksHighlightOnly;
}

bool SearchQuery::searchesHighlights() const
{
    return isValid() && std::ranges::any_of(m_terms, [](const Term &t) {
               return !t.excluded && !isPostField(t.field);
           });
}

QString SearchQuery::postMatch() const
{
    if (!searchesPosts())
        return {};
    QStringList wanted, unwanted;
    for (const Term &t : m_terms) {
        if (isHighlightOnlyField(t.field))
            continue; // only -tag: and the like get here: posts have none of those anyway
        (t.excluded ? unwanted : wanted) << postColumns(t.field) + ftsString(t);
    }
    return allButNone(wanted, unwanted);
}

QString SearchQuery::highlightMatch() const
{
    if (!searchesHighlights())
        return {};
    QStringList wanted, unwanted;
    for (const Term &t : m_terms) {
        if (!isPostField(t.field))
            (t.excluded ? unwanted : wanted) << highlightColumns(t.field) + ftsString(t);
    }
    return allButNone(wanted, unwanted);
}

QString SearchQuery::highlightPostMatch() const
{
    if (!searchesHighlights())
        return {};
    QStringList wanted;
    for (const Term &t : m_terms) {
        if (isPostField(t.field) && !t.excluded)
            wanted << postColumns(t.field) + ftsString(t);
    }
    return allButNone(wanted, {});
}

QString SearchQuery::highlightPostExclusion() const
{
    if (!searchesHighlights())
        return {};
    QStringList unwanted;
    for (const Term &t : m_terms) {
        if (isPostField(t.field) && t.excluded)
            unwanted << postColumns(t.field) + ftsString(t);
    }
    return unwanted.isEmpty() ? QString() : u'(' + unwanted.join(u" OR "_s) + u')';
}

QString SearchQuery::postRankMatch() const
{
    if (!searchesPosts())
        return {};
    QStringList wanted;
    for (const Term &t : m_terms) {
        if (!t.excluded && !isHighlightOnlyField(t.field))
            wanted << postColumns(t.field) + rankString(t);
    }
    return allButNone(wanted, {});
}

QString SearchQuery::highlightRankMatch() const
{
    if (!searchesHighlights())
        return {};
    QStringList wanted;
    for (const Term &t : m_terms) {
        if (!t.excluded && !isPostField(t.field))
            wanted << highlightColumns(t.field) + rankString(t);
    }
    return allButNone(wanted, {});
}

QStringList SearchQuery::markTerms() const
{
    QStringList terms;
    for (const Term &t : m_terms) {
        if (!t.excluded && !isHighlightOnlyField(t.field) && !terms.contains(t.text, Qt::CaseInsensitive))
            terms << t.text;
    }
    return terms;
}

QString SearchQuery::postTsQuery() const
{
    if (!searchesPosts())
        return {};
    QStringList wanted, unwanted;
    for (const Term &t : m_terms) {
        if (!isHighlightOnlyField(t.field))
            (t.excluded ? unwanted : wanted) << tsString(t, postWeights(t.field));
    }
    return tsAllButNone(wanted, unwanted);
}

QString SearchQuery::highlightTsQuery() const
{
    if (!searchesHighlights())
        return {};
    QStringList wanted, unwanted;
    for (const Term &t : m_terms) {
        if (!isPostField(t.field))
            (t.excluded ? unwanted : wanted) << tsString(t, highlightWeights(t.field));
    }
    return tsAllButNone(wanted, unwanted);
}

QString SearchQuery::highlightPostTsQuery() const
{
    if (!searchesHighlights())
        return {};
    QStringList wanted;
    for (const Term &t : m_terms) {
        if (isPostField(t.field) && !t.excluded)
            wanted << tsString(t, postWeights(t.field));
    }
    return tsAllButNone(wanted, {});
}

QString SearchQuery::highlightPostTsExclusion() const
{
    if (!searchesHighlights())
        return {};
    QStringList unwanted;
    for (const Term &t : m_terms) {
        if (isPostField(t.field) && t.excluded)
            unwanted << tsString(t, postWeights(t.field));
    }
    return unwanted.isEmpty() ? QString() : u'(' + unwanted.join(u" | "_s) + u')';
}

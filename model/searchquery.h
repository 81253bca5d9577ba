// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What a reader typed into the search box, understood. The syntax:
//
//   word             every word must match (in any order, anywhere in the post or highlight)
//   "exact phrase"   the words in this order
//   market*          words starting with "market" (also "market*" after a phrase: "customer serv"*)
//   -word            leave out what has this word (needs at least one word to find)
//   title: author:   in the post's title / author (a highlight must be in such a post)
//   tag: note:       in a highlight's tag names / note (posts are then not searched)
//   stance:          supports, challenges or example: a highlight tagged with that stance
//
// Fields combine with the rest: -tag:pricing, title:"new division", note:price*. An unknown field such as
// "foo:bar" or "http://…" is searched as words, so pasted text still finds something.
// Case and diacritics never matter. AND, OR, NOT and NEAR are words like any other.
//
// Every term becomes a quoted FTS5 string; nothing the user typed reaches FTS5 as syntax. Input FTS5 could not
// take (a lone quotation mark, parentheses, a "*" that is not at the end of a word, only exclusions) gives a
// problem and a short hint instead.
class SearchQuery
{
public:
    enum class Field { Any, Title, Author, Tag, Note, Stance };
    enum class Problem {
        None,
        UnbalancedQuote,   // a quotation mark without its partner
        Parenthesis,       // ( or ) outside a phrase: grouping and NEAR(…) are not offered
        MisplacedWildcard, // "*" alone, inside a word, or doubled
        NoWordCharacters,  // a term of punctuation only ("--", ";")
        OnlyExclusions,    // nothing to find, only what to leave out
        EmptyField,        // "tag:" with nothing after it
        UnknownStance,     // stance: other than supports, challenges or example
        TooLong,
    };

    struct Term
    {
        Field field = Field::Any;
        QString text;          // as typed, without quotes, field, "-" or trailing "*"
        bool phrase = false;   // typed in quotation marks
        bool prefix = false;   // ended with "*"
        bool excluded = false; // typed with a leading "-"
        friend bool operator==(const Term &, const Term &) = default;
    };

    static constexpr int maxLength = 1000;
    static constexpr int maxTerms = 32;

    SearchQuery() = default;
    static SearchQuery parse(const QString &text);

    // Nothing typed but blanks: not a problem, and nothing to search.
    bool isEmpty() const { return m_problem == Problem::None && m_terms.isEmpty(); }
    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // One line for the reader saying what to change; empty when the query is fine.
    QString hint() const { return m_hint; }
    const QList<Term> &terms() const { return m_terms; }

    // Posts are searched when something is asked of their text and nothing only a highlight has (tag:, note:,
    // stance:); highlights when something is asked of a highlight's own text.
    bool searchesPosts() const;
    bool searchesHighlights() const;

    // FTS5 MATCH expressions (bind them as values). Empty when that kind is not searched.
    QString postMatch() const;
    QString highlightMatch() const;
    // For highlights, the title: and author: terms: the highlight's post must match the first (when not empty)
    // and must not match the second (when not empty). Both are MATCH expressions for the post index.
    QString highlightPostMatch() const;
    QString highlightPostExclusion() const;

    // Looser expressions for ranking what postMatch() / highlightMatch() found: each phrase becomes its words
    // (all of them, in any order), and exclusions are left out, so whatever the exact expression matches, these
    // match too. bm25() counts every phrase over the whole index before it ranks a row, and for a phrase of common
    // words that count reads every position of both words; a single word costs one pass over its row list.
    // Equal to the exact expression when there is no phrase of several words and no exclusion.
    QString postRankMatch() const;
    QString highlightRankMatch() const;

    // The same expressions for PostgreSQL (a team library): to_tsquery() input for the configuration "gloss" of
    // resources/schema/postgresql/0002_search.sql, fields as tsvector weights. Every word is a quoted lexeme, so
    // nothing the user typed reaches to_tsquery as syntax. Empty when that kind is not searched.
    QString postTsQuery() const;
    QString highlightTsQuery() const;
    QString highlightPostTsQuery() const;
    QString highlightPostTsExclusion() const;

    // The words and phrases to mark in a post's text when a result is opened: what was looked for there
    // (not exclusions, tags, notes or stances), prefixes as their stem.
    QStringList markTerms() const;

private:
    static SearchQuery invalid(Problem problem, const QString &hint);

    QList<Term> m_terms;
    Problem m_problem = Problem::None;
    QString m_hint;
};

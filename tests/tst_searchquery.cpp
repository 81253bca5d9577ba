// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Field = SearchQuery::Field;
using Problem = SearchQuery::Problem;
using Term = SearchQuery::Term;

namespace {

Term word(const QString &text, Field field = Field::Any)
{
    return Term{field, text, false, false, false};
}
Term phrase(const QString &text, Field field = Field::Any)
{
    return Term{field, text, true, false, false};
}
Term prefix(const QString &text, Field field = Field::Any)
{
    return Term{field, text, false, true, false};
}
Term excluded(Term term)
{
    term.excluded = true;
    return term;
}

} // namespace

class TstSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTerms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QList<Term>>("terms");
        QTest::newRow("words") << u"customer  service"_s << QList<Term>{word(u"customer"_s), word(u"service"_s)};
        QTest::newRow("phrase") << u"\"customer   service\" desk"_s
                                << QList<Term>{phrase(u"customer service"_s), word(u"desk"_s)};
        QTest::newRow("prefix") << u"market*"_s << QList<Term>{prefix(u"market"_s)};
        QTest::newRow("phrase prefix") << u"\"customer serv\"*"_s
                                       << QList<Term>{Term{Field::Any, u"customer serv"_s, true, true, false}};
        QTest::newRow("exclude") << u"marketing -sales"_s
                                 << QList<Term>{word(u"marketing"_s), excluded(word(u"sales"_s))};
        QTest::newRow("exclude phrase") << u"marketing -\"call centre\""_s
                                        << QList<Term>{word(u"marketing"_s), excluded(phrase(u"call centre"_s))};
        QTest::newRow("fields") << u"title:division Author:Sean tag:pricing note:\"too dear\" stance:Challenges"_s
                                << QList<Term>{word(u"division"_s, Field::Title), word(u"Sean"_s, Field::Author),
                                               word(u"pricing"_s, Field::Tag), phrase(u"too dear"_s, Field::Note),
                                               word(u"challenges"_s, Field::Stance)};
        QTest::newRow("excluded field") << u"marketing -tag:pricing"_s
                                        << QList<Term>{word(u"marketing"_s), excluded(word(u"pricing"_s, Field::Tag))};
        QTest::newRow("field prefix") << u"note:price*"_s << QList<Term>{prefix(u"price"_s, Field::Note)};
        // Decided: an unknown field is words, so pasted URLs and times still search.
        QTest::newRow("unknown field") << u"foo:bar"_s << QList<Term>{word(u"foo:bar"_s)};
        QTest::newRow("url") << u"http://example.com"_s << QList<Term>{word(u"http://example.com"_s)};
        QTest::newRow("boolean words are words") << u"cats AND dogs OR NOT NEAR"_s
                                                 << QList<Term>{word(u"cats"_s), word(u"AND"_s), word(u"dogs"_s),
                                                                word(u"OR"_s), word(u"NOT"_s), word(u"NEAR"_s)};
        QTest::newRow("quotes inside a word") << u"say\"hello\""_s << QList<Term>{word(u"say\"hello\""_s)};
        QTest::newRow("apostrophe") << u"marketing's"_s << QList<Term>{word(u"marketing's"_s)};
        QTest::newRow("hyphen inside a word") << u"e-mail"_s << QList<Term>{word(u"e-mail"_s)};
        QTest::newRow("tab and newline separate") << u"a\tb\nc"_s
                                                  << QList<Term>{word(u"a"_s), word(u"b"_s), word(u"c"_s)};
        QTest::newRow("blank") << u"   "_s << QList<Term>{};
    }

    void parsesTerms()
    {
        QFETCH(QString, input);
        QFETCH(QList<Term>, terms);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.hint()));
        QVERIFY(query.hint().isEmpty());
        QCOMPARE(query.terms(), terms);
        QCOMPARE(query.isEmpty(), terms.isEmpty());
    }

    void hostileInputGetsAHint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Problem>("problem");
        QTest::newRow("unbalanced quote") << u"\"customer service"_s << Problem::UnbalancedQuote;
        QTest::newRow("unbalanced quote at the end") << u"service\""_s << Problem::UnbalancedQuote;
        QTest::newRow("three quotes") << u"\"a\" \"b"_s << Problem::UnbalancedQuote;
        QTest::newRow("NEAR(") << u"NEAR(customer service)"_s << Problem::Parenthesis;
        QTest::newRow("stray parenthesis") << u"marketing )"_s << Problem::Parenthesis;
        QTest::newRow("grouping") << u"(a OR b)"_s << Problem::Parenthesis;
        QTest::newRow("star alone") << u"*"_s << Problem::MisplacedWildcard;
        QTest::newRow("star inside a word") << u"mark*et"_s << Problem::MisplacedWildcard;
        QTest::newRow("two stars") << u"market**"_s << Problem::MisplacedWildcard;
        QTest::newRow("star after -") << u"marketing -*"_s << Problem::MisplacedWildcard;
        QTest::newRow("only excludes") << u"-marketing -sales"_s << Problem::OnlyExclusions;
        QTest::newRow("only an excluded field") << u"-tag:pricing"_s << Problem::OnlyExclusions;
        QTest::newRow("sql") << u"'; DROP TABLE post; --"_s << Problem::NoWordCharacters;
        QTest::newRow("punctuation") << u"marketing ;"_s << Problem::NoWordCharacters;
        QTest::newRow("empty phrase") << u"marketing \"\""_s << Problem::NoWordCharacters;
        QTest::newRow("empty field") << u"tag: pricing"_s << Problem::EmptyField;
        QTest::newRow("field at the end") << u"marketing note:"_s << Problem::EmptyField;
        QTest::newRow("unknown stance") << u"stance:agrees"_s << Problem::UnknownStance;
        QTest::newRow("stance prefix") << u"stance:chall*"_s << Problem::UnknownStance;
        QTest::newRow("too long") << QString(u"a"_s).repeated(SearchQuery::maxLength + 1) << Problem::TooLong;
        QTest::newRow("too many terms") << QString(u"a "_s).repeated(SearchQuery::maxTerms + 1) << Problem::TooLong;
    }

    void hostileInputGetsAHint()
    {
        QFETCH(QString, input);
        QFETCH(Problem, problem);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY(!query.isValid());
        QCOMPARE(query.problem(), problem);
        QVERIFY(!query.hint().isEmpty());
        QVERIFY(query.hint().size() < 120); // a short hint, for a label
        QVERIFY(query.terms().isEmpty());
        QVERIFY(query.postMatch().isEmpty());
        QVERIFY(query.highlightMatch().isEmpty());
        QVERIFY(query.postTsQuery().isEmpty());
        QVERIFY(query.highlightTsQuery().isEmpty());
        QVERIFY(!query.searchesPosts() && !query.searchesHighlights());
    }

    // A team library's tsquery: words as quoted lexemes, fields as weights (posts: A title, B author; highlights:
    // A quote, B tags, C note, D stances), and nothing typed reaching to_tsquery as an operator.
    void tsQueryExpressions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("posts");
        QTest::addColumn<QString>("highlights");
        QTest::newRow("word") << u"receptionist"_s << u"('receptionist')"_s << u"('receptionist':ABC)"_s;
        QTest::newRow("phrase") << u"\"customer service\""_s << u"(('customer' <-> 'service'))"_s
                                << u"(('customer':ABC <-> 'service':ABC))"_s;
        QTest::newRow("prefix") << u"market*"_s << u"('market':*)"_s << u"('market':*ABC)"_s;
        QTest::newRow("phrase with prefix") << u"\"customer serv\"*"_s << u"(('customer' <-> 'serv':*))"_s
                                            << u"(('customer':ABC <-> 'serv':*ABC))"_s;
        QTest::newRow("exclusion") << u"marketing -sales"_s << u"('marketing') & !('sales')"_s
                                   << u"('marketing':ABC) & !('sales':ABC)"_s;
        QTest::newRow("title field") << u"title:division"_s << u"('division':A)"_s << QString();
        QTest::newRow("author field") << u"author:sean"_s << u"('sean':B)"_s << QString();
        QTest::newRow("tag field") << u"tag:pricing"_s << QString() << u"('pricing':B)"_s;
        QTest::newRow("note field") << u"note:price*"_s << QString() << u"('price':*C)"_s;
        QTest::newRow("stance field") << u"stance:supports"_s << QString() << u"('supports':D)"_s;
        QTest::newRow("apostrophe") << u"it's"_s << u"(('it' <-> 's'))"_s << u"(('it':ABC <-> 's':ABC))"_s;
        QTest::newRow("operators are text") << u"a&b|c!d:*"_s << u"(('a' <-> 'b' <-> 'c' <-> 'd':*))"_s
                                            << u"(('a':ABC <-> 'b':ABC <-> 'c':ABC <-> 'd':*ABC))"_s;
        QTest::newRow("accents kept for the configuration") << u"recéptionist"_s << u"('recéptionist')"_s
                                                            << u"('recéptionist':ABC)"_s;
    }

    void tsQueryExpressions()
    {
        QFETCH(QString, input);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.hint()));
        QTEST(query.postTsQuery(), "posts");
        QTEST(query.highlightTsQuery(), "highlights");
    }

    void tsQueryPostFieldsFilterHighlights()
    {
        const SearchQuery query = SearchQuery::parse(u"receptionist title:marketing -author:sean"_s);
        QCOMPARE(query.highlightTsQuery(), u"('receptionist':ABC)"_s);
        QCOMPARE(query.highlightPostTsQuery(), u"('marketing':A)"_s);
        QCOMPARE(query.highlightPostTsExclusion(), u"('sean':B)"_s);
    }

    void limitsAreInclusive()
    {
        QVERIFY(SearchQuery::parse(QString(u"a"_s).repeated(SearchQuery::maxLength)).isValid());
        QVERIFY(SearchQuery::parse(QString(u"a "_s).repeated(SearchQuery::maxTerms)).isValid());
    }

    // Every term reaches FTS5 as a quoted string: its own syntax never gets through.
    void matchExpressions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("postMatch");
        QTest::addColumn<QString>("highlightMatch");
        QTest::newRow("words") << u"customer service"_s << u"(\"customer\" AND \"service\")"_s
                               << u"({quote note tags} : \"customer\" AND {quote note tags} : \"service\")"_s;
        QTest::newRow("boolean words quoted") << u"NOT NEAR"_s << u"(\"NOT\" AND \"NEAR\")"_s
                                              << u"({quote note tags} : \"NOT\" AND {quote note tags} : \"NEAR\")"_s;
        QTest::newRow("quote doubled") << u"say\"hi\""_s << u"(\"say\"\"hi\"\"\")"_s
                                       << u"({quote note tags} : \"say\"\"hi\"\"\")"_s;
        QTest::newRow("prefix and exclusion") << u"market* -\"call centre\""_s
                                              << u"(\"market\"*) NOT (\"call centre\")"_s
                                              << u"({quote note tags} : \"market\"*) NOT ({quote note tags} : "
                                                 "\"call centre\")"_s;
        QTest::newRow("post field: no highlights") << u"title:division"_s << u"(title : \"division\")"_s
                                                   << QString();
        QTest::newRow("highlight field: no posts") << u"marketing tag:pricing stance:example"_s << QString()
                                                   << u"({quote note tags} : \"marketing\" AND tags : \"pricing\" AND "
                                                      "stances : \"example\")"_s;
        QTest::newRow("excluded highlight field still searches posts")
            << u"marketing -note:dull"_s << u"(\"marketing\")"_s
            << u"({quote note tags} : \"marketing\") NOT (note : \"dull\")"_s;
        QTest::newRow("column syntax typed is a word") << u"{title}:x"_s << u"(\"{title}:x\")"_s
                                                       << u"({quote note tags} : \"{title}:x\")"_s;
    }

    void matchExpressions()
    {
        QFETCH(QString, input);
        QFETCH(QString, postMatch);
        QFETCH(QString, highlightMatch);
        const SearchQuery query = SearchQuery::parse(input);
        QVERIFY2(query.isValid(), qPrintable(query.hint()));
        QCOMPARE(query.postMatch(), postMatch);
        QCOMPARE(query.highlightMatch(), highlightMatch);
        QCOMPARE(query.searchesPosts(), !postMatch.isEmpty());
        QCOMPARE(query.searchesHighlights(), !highlightMatch.isEmpty());
    }

    void postFieldsFilterHighlights()
    {
        const SearchQuery query = SearchQuery::parse(u"pricing title:division -author:sean"_s);
        QCOMPARE(query.highlightMatch(), u"({quote note tags} : \"pricing\")"_s);
        QCOMPARE(query.highlightPostMatch(), u"(title : \"division\")"_s);
        QCOMPARE(query.highlightPostExclusion(), u"(author : \"sean\")"_s);
        QCOMPARE(query.postMatch(), u"(\"pricing\" AND title : \"division\") NOT (author : \"sean\")"_s);
    }

    // The ranking expressions match whatever the exact ones match: phrases as their words, no exclusions.
    void rankExpressionsAreLooser_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("postRank");
        QTest::addColumn<QString>("highlightRank");
        QTest::newRow("word") << u"marketing"_s << u"(\"marketing\")"_s << u"({quote note tags} : \"marketing\")"_s;
        QTest::newRow("phrase") << u"\"of the\""_s << u"((\"of\" AND \"the\"))"_s
                                << u"({quote note tags} : (\"of\" AND \"the\"))"_s;
        QTest::newRow("prefix phrase") << u"\"customer serv\"*"_s << u"((\"customer\" AND \"serv\"*))"_s
                                       << u"({quote note tags} : (\"customer\" AND \"serv\"*))"_s;
        QTest::newRow("field phrase") << u"title:\"new division\" -sales"_s
                                      << u"(title : (\"new\" AND \"division\"))"_s << QString();
        QTest::newRow("note") << u"note:\"dear me\""_s << QString() << u"(note : (\"dear\" AND \"me\"))"_s;
    }

    void rankExpressionsAreLooser()
    {
        QFETCH(QString, query);
        QFETCH(QString, postRank);
        QFETCH(QString, highlightRank);
        const SearchQuery parsed = SearchQuery::parse(query);
        QCOMPARE(parsed.postRankMatch(), postRank);
        QCOMPARE(parsed.highlightRankMatch(), highlightRank);
        if (!query.contains(u'"') && !query.contains(u'-')) {
            QCOMPARE(parsed.postRankMatch(), parsed.postMatch());
            QCOMPARE(parsed.highlightRankMatch(), parsed.highlightMatch());
        }
    }

    void markTermsAreWhatToShowInThePost()
    {
        const SearchQuery query =
            SearchQuery::parse(u"receptionist \"customer service\" market* title:division -sales Receptionist"_s);
        QCOMPARE(query.markTerms(),
                 (QStringList{u"receptionist"_s, u"customer service"_s, u"market"_s, u"division"_s}));
        QVERIFY(SearchQuery::parse(u"tag:pricing note:dear"_s).markTerms().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSearchQuery)
#include "tst_searchquery.moc"

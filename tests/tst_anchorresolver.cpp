// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchorresolver.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using Kind = AnchorPlacement::Kind;

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Exact:
        return u"Exact"_s;
    case Kind::Moved:
        return u"Moved"_s;
    case Kind::Fuzzy:
        return u"Fuzzy"_s;
    case Kind::Orphan:
        return u"Orphan"_s;
    }
    return {};
}

// Start of the n-th (0-based) occurrence of needle, or -1.
qsizetype nthIndexOf(const QString &haystack, const QString &needle, int n)
{
    qsizetype at = haystack.indexOf(needle);
    while (at >= 0 && n-- > 0)
        at = haystack.indexOf(needle, at + 1);
    return at;
}

const QString kPost = u"Gloss keeps every highlight anchored to the words it covers. When a post is imported again, "
                      "the resolver looks for the quote where it was, then anywhere else, then for something close to "
                      "it. A reader who marked a sentence should find it marked again, even if the author fixed a "
                      "typo in it. Nothing is placed where it does not belong: what cannot be found is kept as an "
                      "orphan."_s;

const QString kRepeats = u"On Monday the team said yes to the plan after a long debate. On Friday the board "
                         "said yes to the plan without a word. Everyone was pleased."_s;

// The same sentence twice, with the same 32 characters around it each time.
const QString kTwins = u"Minutes, as usual. The board met and said yes to the plan, then left for lunch. More minutes "
                       "follow. The board met and said yes to the plan, then left for lunch. Nothing else."_s;

// Long enough to be placed on its own merits when its surroundings are all new.
const QString kLongPassage = u"re-anchoring has to survive the small edits authors make after publishing: a corrected "
                             "typo, a sentence added for clarity, a paragraph that moves elsewhere, and still never "
                             "put a reader's note on words it was not written for"_s;

// kRepeats with text inserted before both repeats, exactly as long as the distance between them, so that the
// second repeat's old offset now holds the first repeat.
QString repeatsShiftedByOneRepeat()
{
    const QString quote = u"said yes to the plan"_s;
    const qsizetype shift = nthIndexOf(kRepeats, quote, 1) - nthIndexOf(kRepeats, quote, 0);
    const QString opening = u"Minutes. "_s;
    return opening + QString(shift - opening.size() - 1, u'x') + u' ' + kRepeats;
}

struct Word
{
    qsizetype start;
    qsizetype end;
};

std::vector<Word> wordsOf(const QString &text)
{
    static const QRegularExpression word(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    std::vector<Word> words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        words.push_back({match.capturedStart(), match.capturedEnd()});
    }
    return words;
}

// A post edited at random: about `rate` of its words replaced, deleted or preceded by a new word, with each
// original word's place in the edited text (start -1 when deleted).
struct EditedText
{
    QString text;
    std::vector<Word> newWords;
};

EditedText editWords(const QString &text, const std::vector<Word> &words, const QStringList &vocabulary,
                     double rate, QRandomGenerator &rng)
{
    EditedText edited;
    edited.newWords.resize(words.size(), Word{-1, -1});
    edited.text.reserve(text.size() + text.size() / 10);
    edited.text += QStringView(text).first(words.empty() ? text.size() : words.front().start);
    const auto randomWord = [&] { return vocabulary.at(rng.bounded(int(vocabulary.size()))); };
    for (size_t i = 0; i < words.size(); ++i) {
        const qsizetype separatorEnd = i + 1 < words.size() ? words[i + 1].start : text.size();
        const QStringView separator = QStringView(text).sliced(words[i].end, separatorEnd - words[i].end);
        QStringView word = QStringView(text).sliced(words[i].start, words[i].end - words[i].start);
        QString replacement;
        if (rng.generateDouble() < rate) {
            switch (rng.bounded(3)) {
            case 0: // replace
                replacement = randomWord();
                word = replacement;
                break;
            case 1: // insert a word before this one
                edited.text += randomWord() + u' ';
                break;
            default: // delete, with the separator after it
                continue;
            }
        }
        edited.newWords[i].start = edited.text.size();
        edited.text += word;
        edited.newWords[i].end = edited.text.size();
        edited.text += separator;
    }
    return edited;
}

// A highlight of whole words first..last (indices into the post's words).
struct Highlight
{
    int first;
    int last;
    TextAnchor anchor;
};

std::vector<Highlight> randomHighlights(const QString &text, const std::vector<Word> &words, int count,
                                        QRandomGenerator &rng)
{
    std::vector<Highlight> highlights;
    for (int h = 0; h < count; ++h) {
        const int first = rng.bounded(int(words.size()) - 1);
        const int last = std::min(int(words.size()) - 1, first + 1 + rng.bounded(39)); // 2 to 40 words
        highlights.push_back({first, last, AnchorResolver::anchorFor(text, int(words[first].start),
                                                                     int(words[last].end))});
    }
    return highlights;
}

// Where the passage truly is after the edit: from its first surviving word to its last ({-1, -1} if none survived).
Word trueLocation(const EditedText &edited, const Highlight &h)
{
    Word location{-1, -1};
    for (int w = h.first; w <= h.last; ++w) {
        if (edited.newWords[w].start < 0)
            continue;
        if (location.start < 0)
            location.start = edited.newWords[w].start;
        location.end = edited.newWords[w].end;
    }
    return location;
}

struct Tally
{
    int total = 0;
    int exact = 0;
    int right = 0;
    int wrong = 0;
    int orphaned = 0;

    // Right: covers at least half of the passage's true place. Wrong: placed, but nowhere on it. Orphaning is
    // neither: it is the honest answer for a passage whose words mostly went.
    void count(const AnchorPlacement &p, Word truth)
    {
        ++total;
        if (!p.placed()) {
            ++orphaned;
            return;
        }
        const qsizetype overlap = truth.start < 0
            ? 0
            : std::min<qsizetype>(p.end, truth.end) - std::max<qsizetype>(p.start, truth.start);
        if (overlap <= 0)
            ++wrong;
        else if (2 * overlap >= truth.end - truth.start)
            ++right;
    }

    double percent(int n) const { return total ? 100.0 * n / total : 0.0; }
};

} // namespace

class TestAnchorResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchorFor_data();
    void anchorFor();
    void resolve_data();
    void resolve();
    void generatedEdits_data();
    void generatedEdits();
};

void TestAnchorResolver::anchorFor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("expectedStart");
    QTest::addColumn<int>("expectedEnd");

    const QString text = u"The quick brown fox jumps over the lazy dog."_s;
    QTest::newRow("middle") << text << 10 << 19 << 6 << u"brown fox"_s << u"quick "_s << u" jumps"_s << 10 << 19;
    QTest::newRow("default-sized context clamps to the text")
        << text << 4 << 9 << 32 << u"quick"_s << u"The "_s << u" brown fox jumps over the lazy d"_s << 4 << 9;
    QTest::newRow("start before the text") << text << -5 << 3 << 4 << u"The"_s << QString() << u" qui"_s << 0 << 3;
    QTest::newRow("end after the text") << text << 40 << 99 << 4 << u"dog."_s << u"azy "_s << QString() << 40 << 44;
    QTest::newRow("end before start") << text << 10 << 5 << 3 << QString() << u"ck "_s << u"bro"_s << 10 << 10;
    QTest::newRow("no context") << text << 4 << 9 << 0 << u"quick"_s << QString() << QString() << 4 << 9;
    QTest::newRow("empty text") << QString() << 0 << 5 << 32 << QString() << QString() << QString() << 0 << 0;
}

void TestAnchorResolver::anchorFor()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, context);

    const TextAnchor anchor = AnchorResolver::anchorFor(text, start, end, context);
    QTEST(anchor.quote, "quote");
    QTEST(anchor.prefix, "prefix");
    QTEST(anchor.suffix, "suffix");
    QTEST(anchor.start, "expectedStart");
    QTEST(anchor.end, "expectedEnd");
}

void TestAnchorResolver::resolve_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");   // which repeat of the quote in oldText was highlighted
    QTest::addColumn<QString>("newText");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("passage");  // where it should land in newText (empty for an orphan)
    QTest::addColumn<int>("passageOccurrence");

    const QString quote = u"the resolver looks for the quote"_s;
    const QString typo = u"even if the author fixed a typo in it"_s;
    const QString opening = u"An opening sentence was added later. "_s;

    QTest::newRow("unchanged") << kPost << quote << 0 << kPost << Kind::Exact << quote << 0;
    QTest::newRow("insertion before") << kPost << quote << 0 << opening + kPost << Kind::Moved << quote << 0;
    QTest::newRow("long insertion before")
        << kPost << quote << 0 << opening.repeated(40) + u'\n' + kPost << Kind::Moved << quote << 0;
    // A later copy of the passage does not draw it away from its old offset…
    QTest::newRow("copy of the post after it")
        << kPost << quote << 0 << kPost + u'\n' + kPost << Kind::Exact << quote << 0;
    // …but when the passage is rewritten where it was, an intact copy far away is where it went.
    QTest::newRow("rewritten here, intact far away")
        << kPost << quote << 0
        << QString(kPost).replace(quote, u"the parser reads the text"_s) + u'\n' + opening.repeated(40) + kPost
        << Kind::Moved << quote << 0;
    QTest::newRow("edit after the passage")
        << kPost << quote << 0 << QString(kPost).replace(u"orphan"_s, u"orphaned highlight"_s) << Kind::Exact
        << quote << 0;

    QString edited = QString(kPost).replace(u"typo"_s, u"mistake"_s);
    QTest::newRow("word changed inside") << kPost << typo << 0 << edited << Kind::Fuzzy
                                         << u"even if the author fixed a mistake in it"_s << 0;
    QTest::newRow("word changed inside, shifted")
        << kPost << typo << 0 << opening + edited << Kind::Fuzzy << u"even if the author fixed a mistake in it"_s << 0;
    QTest::newRow("word inserted inside")
        << kPost << typo << 0 << QString(kPost).replace(u"author fixed"_s, u"author quietly fixed"_s) << Kind::Fuzzy
        << u"even if the author quietly fixed a typo in it"_s << 0;

    const QString sentence = u"A reader who marked a sentence should find it marked again, " + typo + u". "_s;
    QTest::newRow("deleted passage")
        << kPost << sentence << 0 << QString(kPost).remove(sentence) << Kind::Orphan << QString() << 0;
    QTest::newRow("deleted short passage")
        << kPost << u"fixed a typo"_s << 0 << QString(kPost).replace(u" fixed a typo in it"_s, QString())
        << Kind::Orphan << QString() << 0;

    const QString plan = u"said yes to the plan"_s;
    QTest::newRow("repeat, first, unchanged") << kRepeats << plan << 0 << kRepeats << Kind::Exact << plan << 0;
    QTest::newRow("repeat, second, unchanged") << kRepeats << plan << 1 << kRepeats << Kind::Exact << plan << 1;
    QTest::newRow("repeat, first, shifted")
        << kRepeats << plan << 0 << opening + kRepeats << Kind::Moved << plan << 0;
    QTest::newRow("repeat, second, shifted")
        << kRepeats << plan << 1 << opening + kRepeats << Kind::Moved << plan << 1;
    // The old offset of the second repeat now holds the first: context must win over the offset.
    QTest::newRow("repeat, second, shifted onto the first")
        << kRepeats << plan << 1 << repeatsShiftedByOneRepeat() << Kind::Moved << plan << 1;
    // Context cannot tell identical surroundings apart: the repeat nearest the old offset wins.
    QTest::newRow("twins, second, shifted")
        << kTwins << plan << 1 << opening + kTwins << Kind::Moved << plan << 1;
    QTest::newRow("twins, first, shifted")
        << kTwins << plan << 0 << opening + kTwins << Kind::Moved << plan << 0;
    QTest::newRow("repeat, first, other repeat edited")
        << kRepeats << plan << 0 << QString(kRepeats).replace(u"the board said yes"_s, u"the board agreed"_s)
        << Kind::Exact << plan << 0;

    // New surroundings: a long quote is still placed, but only where it occurs once, as the context no longer agrees.
    const QString longOld = u"An introduction comes first, and then "_s + kLongPassage + u". A conclusion follows."_s;
    const QString longMoved = u"Completely different opening words stand here now; "_s + kLongPassage
        + u" - and after it an unrelated sentence about other things."_s;
    QTest::newRow("long passage, new surroundings")
        << longOld << kLongPassage << 0 << longMoved << Kind::Fuzzy << kLongPassage << 0;
    QTest::newRow("long passage twice, both in new surroundings")
        << longOld << kLongPassage << 0
        << longMoved + u"\nYet another unrelated lead-in appears over here, "_s + kLongPassage
            + u" while this ending is something else again."_s
        << Kind::Orphan << QString() << 0;

    const QString first = u"Gloss keeps every highlight"_s;
    const QString last = u"is kept as an orphan."_s;
    QTest::newRow("start of text, unchanged") << kPost << first << 0 << kPost << Kind::Exact << first << 0;
    QTest::newRow("start of text, text appended")
        << kPost << first << 0 << kPost + u" The end."_s << Kind::Exact << first << 0;
    QTest::newRow("start of text, text prepended")
        << kPost << first << 0 << opening + kPost << Kind::Moved << first << 0;
    QTest::newRow("end of text, unchanged") << kPost << last << 0 << kPost << Kind::Exact << last << 0;
    QTest::newRow("end of text, text prepended") << kPost << last << 0 << opening + kPost << Kind::Moved << last << 0;
    QTest::newRow("whole text") << kPost << kPost << 0 << kPost << Kind::Exact << kPost << 0;

    QTest::newRow("empty new text") << kPost << quote << 0 << QString() << Kind::Orphan << QString() << 0;
    QTest::newRow("empty quote") << kPost << QString() << 0 << kPost << Kind::Orphan << QString() << 0;

    QTest::newRow("whitespace changed before")
        << kPost << typo << 0 << QString(kPost).replace(u"it marked again"_s, u"it\nmarked again"_s)
        << Kind::Exact << typo << 0;
    QTest::newRow("whitespace doubled before")
        << kPost << typo << 0 << QString(kPost).replace(u"a sentence should"_s, u"a  sentence  should"_s)
        << Kind::Moved << typo << 0;
    QTest::newRow("whitespace changed inside")
        << kPost << typo << 0 << QString(kPost).replace(u"fixed a typo"_s, u"fixed  a\ntypo"_s) << Kind::Fuzzy
        << u"even if the author fixed  a\ntypo in it"_s << 0;
}

void TestAnchorResolver::resolve()
{
    QFETCH(QString, oldText);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, newText);
    QFETCH(Kind, kind);
    QFETCH(QString, passage);
    QFETCH(int, passageOccurrence);

    const qsizetype oldStart = quote.isEmpty() ? 10 : nthIndexOf(oldText, quote, occurrence);
    QVERIFY(oldStart >= 0);
    const TextAnchor anchor = AnchorResolver::anchorFor(oldText, int(oldStart), int(oldStart + quote.size()));
    QCOMPARE(anchor.quote, quote);

    const AnchorPlacement placement = AnchorResolver(newText).resolve(anchor);
    QCOMPARE(kindName(placement.kind), kindName(kind));
    if (kind == Kind::Orphan) {
        QCOMPARE(placement.start, -1);
        QCOMPARE(placement.end, -1);
        QCOMPARE(placement.placed(), false);
        return;
    }
    const qsizetype start = nthIndexOf(newText, passage, passageOccurrence);
    QVERIFY(start >= 0);
    const qsizetype end = start + passage.size();
    if (kind == Kind::Fuzzy) {
        // An approximate match may take or leave a character at an edge; the passage itself must be covered.
        QVERIFY2(std::abs(placement.start - start) <= 2 && std::abs(placement.end - end) <= 2,
                 qPrintable(u"placed at [%1, %2), expected [%3, %4)"_s.arg(placement.start).arg(placement.end)
                                .arg(start).arg(end)));
        QVERIFY(placement.score > 0.0 && placement.score < 1.0);
    } else {
        QCOMPARE(placement.start, start);
        QCOMPARE(placement.end, end);
        QCOMPARE(placement.score, 1.0);
    }
}

void TestAnchorResolver::generatedEdits_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {1u, 2u, 3u, 20240611u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestAnchorResolver::generatedEdits()
{
    QFETCH(quint32, seed);
    // Each round edits the post afresh, so that the highlights meet many different edits, not the same few.
    constexpr int kRoundsPerPost = 8;
    constexpr int kHighlightsPerRound = 50;
    constexpr double kEditRate = 0.02;

    const QDir posts(u":/posts"_s);
    const QStringList names = posts.entryList(QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 5, qPrintable(names.join(u", ")));

    QRandomGenerator rng(seed);
    Tally unchanged;
    Tally edited;
    for (const QString &name : names) {
        QFile file(posts.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const std::vector<Word> words = wordsOf(text);
        QVERIFY(words.size() > 40);
        QStringList vocabulary;
        for (const Word &w : words)
            vocabulary << text.sliced(w.start, w.end - w.start);
        const AnchorResolver same(text);
        for (int round = 0; round < kRoundsPerPost; ++round) {
            const std::vector<Highlight> highlights = randomHighlights(text, words, kHighlightsPerRound, rng);
            for (const Highlight &h : highlights) {
                const AnchorPlacement p = same.resolve(h.anchor);
                ++unchanged.total;
                if (p.kind == Kind::Exact && p.start == h.anchor.start && p.end == h.anchor.end)
                    ++unchanged.exact;
            }
            const EditedText changed = editWords(text, words, vocabulary, kEditRate, rng);
            const AnchorResolver resolver(changed.text);
            for (const Highlight &h : highlights)
                edited.count(resolver.resolve(h.anchor), trueLocation(changed, h));
        }
    }

    qInfo("seed %u, %d highlights: unchanged text %.2f %% exact; %.0f %% of words edited: %.2f %% right, %.2f %% "
          "wrong, %.2f %% orphaned",
          seed, unchanged.total, unchanged.percent(unchanged.exact), kEditRate * 100, edited.percent(edited.right),
          edited.percent(edited.wrong), edited.percent(edited.orphaned));
    QVERIFY(unchanged.percent(unchanged.exact) >= 99.9);
    QVERIFY(edited.percent(edited.right) >= 95.0);
    QVERIFY(edited.percent(edited.wrong) <= 0.5);
}

QTEST_GUILESS_MAIN(TestAnchorResolver)
#include "tst_anchorresolver.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchorresolver.h"

#include <QChar>
#include <QStringView>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <span>
#include <utility>
#include <vector>

// Hand-written approximate matching (Myers/Hyyrö bit-parallel edit distance on candidates from a word index, scored
// like Hypothesis's match-quote): Debian has no such library for Qt/C++.

#include <cstdio>
namespace {
long long gVotes=0,gWindows=0,gWinChars=0,gFuzzy=0,gCand=0,gBucket=0;
struct Dump{~Dump(){std::fprintf(stderr,"fuzzy %lld votes %lld windows %lld winchars %lld cands %lld bucketscan %lld\n",gFuzzy,gVotes,gWindows,gWinChars,gCand,gBucket);}} gDump;

using Kind = AnchorPlacement::Kind;
using Bits = quint64;
constexpr int kBitsPerBlock = 64;

// Hypothesis's weights: the quote decides, context tells repeats apart, distance only breaks ties.
constexpr double kQuoteWeight = 50.0;
constexpr double kPrefixWeight = 20.0;
constexpr double kSuffixWeight = 20.0;
constexpr double kPositionWeight = 2.0;
constexpr double kTotalWeight = kQuoteWeight + kPrefixWeight + kSuffixWeight + kPositionWeight;

// Context similarity of unrelated English text stays well below this; one changed word in 32 characters does not.
constexpr double kContextAgrees = 0.6;
// Exact repeats whose context scores this close count as equally good; the nearest one wins. One changed word in the
// prefix costs about 0.1: a far copy with intact context must not draw a highlight away from its slightly edited
// surroundings.
constexpr double kContextTie = 0.1;
// Fuzzy placements below this are guesses. A short quote needs its context to reach it, so that a phrase that merely
// recurs elsewhere is not mistaken for an edited highlight.
constexpr double kMinFuzzyScore = 0.75;
// Hypothesis's bound: at most half the quote may be in error.
constexpr double kMinQuoteSimilarity = 0.5;
// A quote this long is its own evidence: found once, or nearly intact, it needs no context.
constexpr qsizetype kDistinctiveLength = 32;
constexpr double kDistinctiveSimilarity = 0.75;
// Fuzzy candidates this close in score, with disagreeing context, are ambiguous.
constexpr double kAmbiguousScore = 0.01;

// Context is compared within one machine word; more than 64 characters adds nothing to telling places apart.
constexpr qsizetype kMaxContext = 64;
// Words rarer than this are looked up in the whole text; commoner ones only near the old offset.
constexpr qsizetype kRareWordOccurrences = 16;
constexpr qsizetype kNearReach = 4096;
// A word that still occurs this often near the old offset says nothing about where the quote went.
constexpr qsizetype kMaxVotesPerWord = 8;
constexpr qsizetype kMaxExactCandidates = 512;
constexpr qsizetype kMaxFuzzyWindows = 3;

bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    return QChar::isLetterOrNumber(char32_t(c));
}

// Calls fn(start, end, hash) for every maximal run of word characters.
template<typename Fn>
void forEachWord(QStringView s, Fn &&fn)
{
    const char16_t *d = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(d[i]))
            ++i;
        if (i == n)
            break;
        const qsizetype begin = i;
        quint32 hash = 2166136261u; // FNV-1a
        while (i < n && isWordChar(d[i])) {
            hash = (hash ^ d[i]) * 16777619u;
            ++i;
        }
        fn(begin, i, hash);
    }
}

// FNV's low bits alone make poor bucket numbers; a 64-bit finaliser spreads them.
quint32 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return quint32(x);
}

quint32 wordKey(quint32 hash)
{
    return mix(hash);
}

quint32 pairKey(quint32 first, quint32 second)
{
    return mix((quint64(first) << 32) | second);
}

struct Posting
{
    quint32 key;
    int word; // index into WordIndex::starts
};

// Buckets of word positions by key, in text order (counting sort into one array: fast to build, cache-friendly).
class GramIndex
{
public:
    void build(const std::vector<quint32> &keys)
    {
        quint32 buckets = 16;
        while (buckets < keys.size())
            buckets <<= 1;
        m_mask = buckets - 1;
        m_heads.assign(buckets + 1, 0);
        for (const quint32 key : keys)
            ++m_heads[(key & m_mask) + 1];
        for (quint32 b = 0; b < buckets; ++b)
            m_heads[b + 1] += m_heads[b];
        std::vector<int> next(m_heads.begin(), m_heads.end() - 1);
        m_postings.resize(keys.size());
        for (int w = 0; w < int(keys.size()); ++w)
            m_postings[next[keys[w] & m_mask]++] = {keys[w], w};
    }

    // Every posting whose key falls in the key's bucket (other keys included: callers compare keys).
    std::span<const Posting> bucket(quint32 key) const
    {
        if (m_heads.empty())
            return {};
        const quint32 b = key & m_mask;
        return std::span<const Posting>(m_postings).subspan(m_heads[b], m_heads[b + 1] - m_heads[b]);
    }

private:
    quint32 m_mask = 0;
    std::vector<int> m_heads;
    std::vector<Posting> m_postings;
};

struct WordIndex
{
    explicit WordIndex(QStringView text)
    {
        std::vector<quint32> hashes;
        forEachWord(text, [&](qsizetype begin, qsizetype end, quint32 hash) {
            starts.push_back(int(begin));
            ends.push_back(int(end));
            hashes.push_back(hash);
        });
        std::vector<quint32> keys(hashes.size());
        std::transform(hashes.begin(), hashes.end(), keys.begin(), wordKey);
        words.build(keys);
        keys.resize(hashes.empty() ? 0 : hashes.size() - 1);
        for (size_t w = 0; w < keys.size(); ++w)
            keys[w] = pairKey(hashes[w], hashes[w + 1]);
        pairs.build(keys);
    }

    std::vector<int> starts;
    std::vector<int> ends;
    GramIndex words; // single words
    GramIndex pairs; // a word and the next: far fewer repeats than single words
};

// One step of Myers's bit-vector edit distance for a 64-row block; carry is the horizontal delta entering the block's
// first row and the return value the delta leaving the row marked by `last`.
inline int advanceBlock(Bits &pv, Bits &mv, Bits eq, int carry, Bits last)
{
    const Bits xv = eq | mv;
    if (carry < 0)
        eq |= 1;
    const Bits xh = (((eq & pv) + pv) ^ pv) | eq;
    Bits ph = mv | ~(xh | pv);
    Bits mh = pv & xh;
    const int out = (ph & last) ? 1 : (mh & last) ? -1 : 0;
    ph <<= 1;
    mh <<= 1;
    if (carry < 0)
        mh |= 1;
    else if (carry > 0)
        ph |= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    return out;
}

// A pattern prepared for bit-parallel approximate matching (blocks of 64 characters, so any length works).
class BitPattern
{
public:
    BitPattern() = default;

    BitPattern(QStringView pattern, bool reversed)
        : m_size(pattern.size())
        , m_blocks(int((pattern.size() + kBitsPerBlock - 1) / kBitsPerBlock))
    {
        m_equal.assign(m_blocks, 0); // symbol 0: characters the pattern lacks
        int symbols = 1;
        for (qsizetype i = 0; i < m_size; ++i) {
            const char16_t c = pattern[reversed ? m_size - 1 - i : i].unicode();
            int symbol = symbolOf(c);
            if (symbol == 0) {
                symbol = symbols++;
                if (c < 0x80) {
                    m_ascii[c] = symbol;
                } else {
                    const auto at = std::lower_bound(m_other.begin(), m_other.end(), std::pair(c, 0));
                    m_other.insert(at, std::pair(c, symbol));
                }
                m_equal.resize(m_equal.size() + m_blocks, 0);
            }
            m_equal[size_t(symbol) * m_blocks + i / kBitsPerBlock] |= Bits(1) << (i % kBitsPerBlock);
        }
    }

    qsizetype size() const { return m_size; }

    // Feeds `text` (from its end when backward) and calls column(k, d) after the k-th character: d is the edit
    // distance between the whole pattern and the best text run ending there. Anchored, the run must start with the
    // first character fed; otherwise it may start anywhere.
    template<typename Column>
    void scan(QStringView text, bool backward, bool anchored, Column &&column) const
    {
        const qsizetype n = text.size();
        const char16_t *d = text.utf16();
        const int carryIn = anchored ? 1 : 0;
        const Bits last = Bits(1) << ((m_size - 1) % kBitsPerBlock);
        int distance = int(m_size);
        if (m_blocks == 1) {
            Bits pv = ~Bits(0);
            Bits mv = 0;
            for (qsizetype k = 0; k < n; ++k) {
                distance += advanceBlock(pv, mv, equalities(d[backward ? n - 1 - k : k])[0], carryIn, last);
                column(k, distance);
            }
            return;
        }
        std::vector<Bits> pv(m_blocks, ~Bits(0));
        std::vector<Bits> mv(m_blocks, 0);
        const Bits top = Bits(1) << (kBitsPerBlock - 1);
        for (qsizetype k = 0; k < n; ++k) {
            const Bits *eq = equalities(d[backward ? n - 1 - k : k]);
            int carry = carryIn;
            for (int b = 0; b < m_blocks; ++b)
                carry = advanceBlock(pv[b], mv[b], eq[b], carry, b + 1 == m_blocks ? last : top);
            distance += carry;
            column(k, distance);
        }
    }

private:
    int symbolOf(char16_t c) const
    {
        if (c < 0x80)
            return m_ascii[c];
        const auto at = std::lower_bound(m_other.begin(), m_other.end(), std::pair(c, 0));
        return at != m_other.end() && at->first == c ? at->second : 0;
    }

    const Bits *equalities(char16_t c) const { return m_equal.data() + size_t(symbolOf(c)) * m_blocks; }

    qsizetype m_size = 0;
    int m_blocks = 0;
    std::array<int, 0x80> m_ascii{};
    std::vector<std::pair<char16_t, int>> m_other; // sorted, for the few non-ASCII characters of a pattern
    std::vector<Bits> m_equal;                     // per symbol, one word per block
};

// A word of the anchor (prefix, quote and suffix together), at an offset from the quote's start.
struct AnchorWord
{
    qsizetype offset;
    qsizetype size;
    quint32 hash;
    bool whole; // bounded on both sides: its text counterpart is a word of the index too
};

struct Candidate
{
    qsizetype start;
    qsizetype end;
    int errors;
    double prefixSimilarity;
    double suffixSimilarity;
    double score;
};

struct Window
{
    qsizetype begin;
    qsizetype end;
    qsizetype expectedStart;
};

// One anchor being resolved against the indexed text.
class Resolution
{
public:
    Resolution(QStringView text, const WordIndex &index, const TextAnchor &anchor)
        : m_text(text)
        , m_index(index)
        , m_quote(anchor.quote)
        , m_prefix(QStringView(anchor.prefix).last(std::min(anchor.prefix.size(), kMaxContext)))
        , m_suffix(QStringView(anchor.suffix).first(std::min(anchor.suffix.size(), kMaxContext)))
        , m_hint(anchor.start < 0 ? -1 : std::min<qsizetype>(anchor.start, text.size()))
        , m_startIsBoundary(!anchor.prefix.isEmpty() || !anchor.suffix.isEmpty() || anchor.start == 0)
        , m_endIsBoundary(!anchor.prefix.isEmpty() || !anchor.suffix.isEmpty())
    {
    }

    AnchorPlacement run()
    {
        const qsizetype m = m_quote.size();
        if (m == 0 || m_text.isEmpty())
            return {};
        // Most highlights of a re-imported post have not moved: settle them without any search.
        if (m_hint >= 0 && m_hint + m <= m_text.size() && m_text.sliced(m_hint, m) == m_quote
            && contextMatchesExactly(m_hint, m_hint + m))
            return placed(Kind::Exact, m_hint, m_hint + m, 1.0);

        splitAnchorIntoWords();
        std::vector<Candidate> candidates;
        if (const auto exact = chooseAmongExact(exactOccurrences(), candidates))
            return *exact;
        addFuzzyCandidates(candidates);
        return chooseFuzzy(candidates);
    }

private:
    static AnchorPlacement placed(Kind kind, qsizetype start, qsizetype end, double score)
    {
        return {kind, int(start), int(end), score};
    }

    bool contextMatchesExactly(qsizetype start, qsizetype end) const
    {
        const qsizetype p = m_prefix.size();
        const qsizetype s = m_suffix.size();
        return (p == 0 || (start >= p && m_text.sliced(start - p, p) == m_prefix))
            && (s == 0 || (end + s <= m_text.size() && m_text.sliced(end, s) == m_suffix));
    }

    void prepareContextPatterns()
    {
        if (m_contextReady)
            return;
        m_contextReady = true;
        if (!m_prefix.isEmpty())
            m_prefixPattern = BitPattern(m_prefix, false);
        if (!m_suffix.isEmpty())
            m_suffixPattern = BitPattern(m_suffix, false);
    }

    // 1 - errors / length for the prefix ending right at `start`; what it began with may have gone.
    double prefixSimilarity(qsizetype start)
    {
        const qsizetype p = m_prefix.size();
        if (p == 0)
            return 1.0;
        prepareContextPatterns();
        const qsizetype begin = std::max<qsizetype>(0, start - p - p / 4 - 2);
        int errors = int(p);
        m_prefixPattern.scan(m_text.sliced(begin, start - begin), false, false,
                             [&errors](qsizetype, int d) { errors = d; });
        return 1.0 - double(errors) / double(p);
    }

    // 1 - errors / length for the suffix starting right at `end`; what it ended with may have gone.
    double suffixSimilarity(qsizetype end)
    {
        const qsizetype s = m_suffix.size();
        if (s == 0)
            return 1.0;
        prepareContextPatterns();
        const qsizetype stop = std::min(m_text.size(), end + s + s / 4 + 2);
        int errors = int(s);
        m_suffixPattern.scan(m_text.sliced(end, stop - end), false, true,
                             [&errors](qsizetype, int d) { errors = std::min(errors, d); });
        return 1.0 - double(errors) / double(s);
    }

    double contextSimilarity(double prefix, double suffix) const
    {
        const double p = double(m_prefix.size());
        const double s = double(m_suffix.size());
        return p + s == 0 ? 1.0 : (p * prefix + s * suffix) / (p + s);
    }

    double positionScore(qsizetype start) const
    {
        if (m_hint < 0)
            return 1.0;
        return 1.0 - double(std::abs(start - m_hint)) / double(std::max<qsizetype>(1, m_text.size()));
    }

    Candidate scored(qsizetype start, qsizetype end, int errors, double prefix, double suffix) const
    {
        const double quote = 1.0 - double(errors) / double(m_quote.size());
        const double score = (kQuoteWeight * quote + kPrefixWeight * prefix + kSuffixWeight * suffix
                              + kPositionWeight * positionScore(start))
            / kTotalWeight;
        return {start, end, errors, prefix, suffix, score};
    }

    Candidate scored(qsizetype start, qsizetype end, int errors)
    {
        return scored(start, end, errors, prefixSimilarity(start), suffixSimilarity(end));
    }

    void splitAnchorIntoWords()
    {
        // Prefix, quote and suffix are split as one string so that a word crossing the quote's edge is not taken
        // for a word of its own.
        const QString joined = m_prefix + m_quote + m_suffix;
        const qsizetype p = m_prefix.size();
        const qsizetype n = joined.size();
        forEachWord(joined, [&](qsizetype begin, qsizetype end, quint32 hash) {
            const bool startKnown = begin > 0 || (p == 0 && m_startIsBoundary);
            const bool endKnown = end < n || (m_suffix.isEmpty() && m_endIsBoundary);
            m_words.push_back({begin - p, end - begin, hash, startKnown && endKnown});
        });
    }

    bool insideQuote(const AnchorWord &w) const { return w.offset >= 0 && w.offset + w.size <= m_quote.size(); }

    // Every start of the exact quote, ascending, found through the rarest word or word pair it contains.
    std::vector<qsizetype> exactOccurrences() const
    {
        const qsizetype m = m_quote.size();
        std::vector<qsizetype> found;
        if (m > m_text.size())
            return found;
        std::span<const Posting> best;
        quint32 bestKey = 0;
        qsizetype bestOffset = 0;
        bool haveKey = false;
        const auto consider = [&](std::span<const Posting> bucket, quint32 key, qsizetype offset) {
            if (!haveKey || bucket.size() < best.size()) {
                best = bucket;
                bestKey = key;
                bestOffset = offset;
                haveKey = true;
            }
        };
        for (size_t i = 0; i < m_words.size(); ++i) {
            const AnchorWord &w = m_words[i];
            if (!w.whole || !insideQuote(w))
                continue;
            const quint32 key = wordKey(w.hash);
            consider(m_index.words.bucket(key), key, w.offset);
            if (i + 1 < m_words.size() && m_words[i + 1].whole && insideQuote(m_words[i + 1])) {
                const quint32 pair = pairKey(w.hash, m_words[i + 1].hash);
                consider(m_index.pairs.bucket(pair), pair, w.offset);
            }
        }
        if (!haveKey) {
            // No whole word to look up (a fragment of one, or punctuation): scan. Rare, so not worth an index.
            for (qsizetype at = m_text.indexOf(m_quote); at >= 0; at = m_text.indexOf(m_quote, at + 1))
                found.push_back(at);
            return found;
        }
        for (const Posting &posting : best) {
            if (posting.key != bestKey)
                continue;
            const qsizetype start = m_index.starts[posting.word] - bestOffset;
            if (start >= 0 && start + m <= m_text.size() && m_text.sliced(start, m) == m_quote)
                found.push_back(start);
        }
        return found;
    }

    // Settles the exact quote's repeats by context, then distance. What context cannot settle is left to the fuzzy
    // comparison, as candidates.
    std::optional<AnchorPlacement> chooseAmongExact(const std::vector<qsizetype> &found,
                                                    std::vector<Candidate> &candidates)
    {
        if (found.empty())
            return std::nullopt;
        const qsizetype m = m_quote.size();
        const qsizetype hint = std::max<qsizetype>(0, m_hint);
        // Nearest first, up to the first repeat with its whole context intact: no farther one can be better.
        qsizetype above = std::lower_bound(found.begin(), found.end(), hint) - found.begin();
        qsizetype below = above - 1;
        const qsizetype count = std::ssize(found);
        std::vector<Candidate> near;
        while (std::ssize(near) < kMaxExactCandidates && (below >= 0 || above < count)) {
            qsizetype start;
            if (below < 0 || (above < count && found[above] - hint < hint - found[below]))
                start = found[above++];
            else
                start = found[below--];
            if (contextMatchesExactly(start, start + m)) {
                near.push_back(scored(start, start + m, 0, 1.0, 1.0));
                break;
            }
            near.push_back(scored(start, start + m, 0));
        }
        double bestContext = 0.0;
        for (const Candidate &c : near)
            bestContext = std::max(bestContext, contextSimilarity(c.prefixSimilarity, c.suffixSimilarity));
        for (const Candidate &c : near) {
            const double context = contextSimilarity(c.prefixSimilarity, c.suffixSimilarity);
            if (context < bestContext - kContextTie)
                continue;
            // The nearest of the best, taken only if its context still agrees.
            if (context >= kContextAgrees)
                return placed(c.start == m_hint ? Kind::Exact : Kind::Moved, c.start, c.end, 1.0);
            break;
        }
        if (count == 1 && m >= kDistinctiveLength)
            return placed(Kind::Moved, found.front(), found.front() + m, 1.0);
        candidates.insert(candidates.end(), near.begin(), near.end());
        return std::nullopt;
    }

    // Where the anchor's words (context included) occur again, as quote start positions ("diagonals").
    std::vector<qsizetype> wordVotes() const
    {
        std::vector<qsizetype> votes;
        const qsizetype reach = kNearReach + 2 * m_quote.size();
        const auto vote = [&](const GramIndex &grams, quint32 key, qsizetype offset) {
            std::span<const Posting> bucket = grams.bucket(key);
            if (std::ssize(bucket) > kRareWordOccurrences) {
                if (m_hint < 0)
                    return;
                const qsizetype from = m_hint + offset - reach;
                const qsizetype to = m_hint + offset + reach;
                const auto first = std::partition_point(bucket.begin(), bucket.end(), [&](const Posting &posting) {
                    return m_index.starts[posting.word] < from;
                });
                const auto last = std::partition_point(first, bucket.end(), [&](const Posting &posting) {
                    return m_index.starts[posting.word] <= to;
                });
                bucket = std::span<const Posting>(first, last);
            }
            gBucket += bucket.size();
            const auto matching = std::count_if(bucket.begin(), bucket.end(),
                                                [key](const Posting &posting) { return posting.key == key; });
            if (matching == 0 || matching > kMaxVotesPerWord)
                return;
            for (const Posting &posting : bucket) {
                if (posting.key == key)
                    votes.push_back(m_index.starts[posting.word] - offset);
            }
        };
        for (size_t i = 0; i < m_words.size(); ++i) {
            const AnchorWord &w = m_words[i];
            if (!w.whole)
                continue;
            vote(m_index.words, wordKey(w.hash), w.offset);
            if (i + 1 < m_words.size() && m_words[i + 1].whole)
                vote(m_index.pairs, pairKey(w.hash, m_words[i + 1].hash), w.offset);
        }
        return votes;
    }

    // Text windows worth aligning the quote in: where many anchor words agree on the quote's start, and the old
    // offset itself.
    std::vector<Window> fuzzyWindows() const
    {
        const qsizetype m = m_quote.size();
        const qsizetype n = m_text.size();
        // Edits inside the quote spread its words' votes; edits may also stretch or shrink it by up to half.
        const qsizetype gap = 16 + m / 8;
        const qsizetype slack = 16 + m / 8;

        std::vector<qsizetype> votes = wordVotes(); gVotes += votes.size(); ++gFuzzy;
        std::sort(votes.begin(), votes.end());
        struct Cluster
        {
            qsizetype low;
            qsizetype high;
            qsizetype votes;
            qsizetype sum;
        };
        std::vector<Cluster> clusters;
        for (const qsizetype v : votes) {
            if (clusters.empty() || v - clusters.back().high > gap) {
                clusters.push_back({v, v, 1, v});
            } else {
                Cluster &c = clusters.back();
                c.high = v;
                ++c.votes;
                c.sum += v;
            }
        }
        const auto centre = [](const Cluster &c) { return c.sum / c.votes; };
        const qsizetype hint = std::max<qsizetype>(0, m_hint);
        const auto better = [&](const Cluster &a, const Cluster &b) {
            if (a.votes != b.votes)
                return a.votes > b.votes;
            return std::abs(centre(a) - hint) < std::abs(centre(b) - hint);
        };
        const qsizetype keep = std::min<qsizetype>(kMaxFuzzyWindows, std::ssize(clusters));
        std::partial_sort(clusters.begin(), clusters.begin() + keep, clusters.end(), better);
        clusters.resize(keep);

        std::vector<Window> windows;
        const auto add = [&](qsizetype low, qsizetype high, qsizetype expected) {
            const qsizetype begin = std::clamp<qsizetype>(low - slack, 0, n);
            const qsizetype end = std::clamp<qsizetype>(high + m + slack, 0, n);
            if (begin < end)
                windows.push_back({begin, end, expected});
        };
        for (const Cluster &c : clusters) {
            // A stray coincidence next to a well-supported place is not worth an alignment.
            if (c.votes * 3 < clusters.front().votes)
                continue;
            add(c.low, c.high, centre(c));
        }
        // No word of the anchor survived anywhere: the old offset is the only lead left.
        if (windows.empty() && m_hint >= 0)
            add(m_hint, m_hint, m_hint);
        return windows;
    }

    void addFuzzyCandidates(std::vector<Candidate> &candidates)
    {
        const qsizetype m = m_quote.size();
        const int maxErrors = int(double(m) * (1.0 - kMinQuoteSimilarity));
        const std::vector<Window> windows = fuzzyWindows();
        if (windows.empty())
            return;
        const BitPattern forward(m_quote, false);
        const BitPattern backward(m_quote, true);
        for (const Window &window : windows) { ++gWindows; gWinChars += window.end - window.begin;
            // Where the quote ends with fewest errors (semi-global: it may start anywhere in the window)…
            int errors = INT_MAX;
            qsizetype end = -1;
            const qsizetype expectedEnd = window.expectedStart + m;
            forward.scan(m_text.sliced(window.begin, window.end - window.begin), false, false,
                         [&](qsizetype k, int d) {
                             const qsizetype at = window.begin + k + 1;
                             if (d < errors || (d == errors && std::abs(at - expectedEnd) < std::abs(end - expectedEnd))) {
                                 errors = d;
                                 end = at;
                             }
                         });
            if (errors > maxErrors)
                continue;
            // …then where that match starts: the reversed quote, read backwards from its end.
            int backErrors = INT_MAX;
            qsizetype length = 0;
            backward.scan(m_text.sliced(window.begin, end - window.begin), true, true, [&](qsizetype k, int d) {
                if (d < backErrors || (d == backErrors && std::abs(k + 1 - m) < std::abs(length - m))) {
                    backErrors = d;
                    length = k + 1;
                }
            });
            const qsizetype start = end - length;
            const bool seen = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate &c) {
                return c.start == start && c.end == end;
            });
            if (!seen)
                candidates.push_back(scored(start, end, backErrors));
        }
    }

    AnchorPlacement chooseFuzzy(std::vector<Candidate> &candidates) const
    {
        gCand += candidates.size();
        if (candidates.empty())
            return {};
        const qsizetype hint = std::max<qsizetype>(0, m_hint);
        std::sort(candidates.begin(), candidates.end(), [hint](const Candidate &a, const Candidate &b) {
            if (a.score != b.score)
                return a.score > b.score;
            return std::abs(a.start - hint) < std::abs(b.start - hint);
        });
        const Candidate &best = candidates.front();
        const qsizetype m = m_quote.size();
        const double quote = 1.0 - double(best.errors) / double(m);
        const bool confident = quote >= kMinQuoteSimilarity
            && (best.score >= kMinFuzzyScore || (m >= kDistinctiveLength && quote >= kDistinctiveSimilarity));
        if (!confident)
            return {};
        if (contextSimilarity(best.prefixSimilarity, best.suffixSimilarity) < kContextAgrees) {
            // Equally good elsewhere, and no context to tell them apart: refuse to guess.
            for (auto c = candidates.begin() + 1; c != candidates.end(); ++c) {
                const bool overlaps = c->start < best.end && best.start < c->end;
                if (!overlaps && c->score >= best.score - kAmbiguousScore)
                    return {};
            }
        }
        return placed(Kind::Fuzzy, best.start, best.end, std::clamp(best.score, 0.0, 1.0));
    }

    QStringView m_text;
    const WordIndex &m_index;
    QStringView m_quote;
    QStringView m_prefix;
    QStringView m_suffix;
    qsizetype m_hint;        // the old start, or -1
    bool m_startIsBoundary;  // with no prefix: the quote began the text (a word there began there)
    bool m_endIsBoundary;    // with no suffix: the quote ended the text
    std::vector<AnchorWord> m_words;
    bool m_contextReady = false;
    BitPattern m_prefixPattern;
    BitPattern m_suffixPattern;
};

} // namespace

struct AnchorResolver::Index : WordIndex
{
    using WordIndex::WordIndex;
};

AnchorResolver::AnchorResolver(QString text)
    : m_text(std::move(text))
    , m_index(std::make_shared<const Index>(m_text))
{
}

TextAnchor AnchorResolver::anchorFor(const QString &text, int start, int end, int context)
{
    const qsizetype n = text.size();
    const qsizetype from = std::clamp<qsizetype>(start, 0, n);
    const qsizetype to = std::clamp<qsizetype>(end, from, n);
    const qsizetype reach = std::max(0, context);
    qsizetype before = std::max<qsizetype>(0, from - reach);
    qsizetype after = std::min(n, to + reach);
    // Context never begins or ends with half a surrogate pair.
    if (before > 0 && before < from && text.at(before).isLowSurrogate())
        ++before;
    if (after < n && after > to && text.at(after - 1).isHighSurrogate())
        --after;

    TextAnchor anchor;
    anchor.quote = text.sliced(from, to - from);
    anchor.prefix = text.sliced(before, from - before);
    anchor.suffix = text.sliced(to, after - to);
    anchor.start = int(from);
    anchor.end = int(to);
    return anchor;
}

AnchorPlacement AnchorResolver::resolve(const TextAnchor &anchor) const
{
    return Resolution(m_text, *m_index, anchor).run();
}

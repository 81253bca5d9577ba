// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchorresolver.h"

#include <QChar>
#include <QStringView>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

// Hand-written (Myers bit-vectors on word-index candidates, after Hypothesis): no Debian library does this for Qt/C++.

namespace {

using Kind = AnchorPlacement::Kind;
using Bits = quint64;
constexpr int kBitsPerBlock = 64;

// A candidate's score is the share of the anchor's characters (quote and context alike) that still match, so a short
// quote leans on its context and a long one on itself. Distance from the old offset takes a small share, fading over
// a few pages, to break ties between look-alikes.
constexpr double kPositionShare = 0.05;
constexpr double kPositionScale = 8192.0;

// Context agrees when about one word of it changed (a word in a 32-character prefix costs about 0.1); unrelated English
// text scores near 0.4. An exact quote whose context agrees less is weighed against fuzzy candidates instead.
constexpr double kContextAgrees = 0.85;
// Exact repeats whose context scores this close count as equally good, and the nearest wins: a far copy with intact
// context must not draw a highlight away from its slightly edited surroundings.
constexpr double kContextTie = 0.1;
// Fuzzy placements scoring less are guesses: a short quote reaches this only with its context, so a phrase that merely
// recurs elsewhere is not mistaken for an edited highlight.
constexpr double kMinFuzzyScore = 0.75;
// Hypothesis's bound: at most half the quote may be in error.
constexpr double kMinQuoteSimilarity = 0.5;
// Fuzzy candidates whose quotes match this equally (as a share of the quote), with context that neither agrees nor
// tells them apart, are ambiguous.
constexpr double kAmbiguousQuote = 0.02;

// Context is compared within one machine word; more than 64 characters adds nothing to telling places apart.
constexpr qsizetype kMaxContext = 64;
// Words (and word pairs) rarer than this are looked up in the whole text; commoner ones only near the old offset.
constexpr qsizetype kRareWordOccurrences = 16;
constexpr qsizetype kNearReach = 4096;
// A word that still occurs this often where it is looked up says nothing about where the quote went.
constexpr qsizetype kMaxVotesPerWord = 8;
// Word pairs looked up for one anchor: a sample spread over it places it as well as all of them would.
constexpr size_t kMaxVotingPairs = 16;
// Fewer votes than this from word pairs (most pairs edited, or a short anchor): single words vote too.
constexpr qsizetype kFewVotes = 4;
// An exact quote is looked up through its rarest word pair or word; a bucket this small ends the search for it.
constexpr size_t kSmallBucket = 2;
// How many exact repeats are compared by context, and how many index entries are checked to find them.
constexpr qsizetype kMaxExactCandidates = 256;
constexpr qsizetype kMaxExactExamined = 4096;
// Places (vote clusters) an approximate match is looked for in, at most.
constexpr qsizetype kMaxFuzzyWindows = 3;

// ASCII by table: word splitting runs over every anchor and the whole text.
constexpr std::array<bool, 0x80> kAsciiWordChars = [] {
    std::array<bool, 0x80> table{};
    for (int c = 0; c < 0x80; ++c)
        table[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return table;
}();

bool isWordChar(char16_t c)
{
    return c < 0x80 ? kAsciiWordChars[c] : QChar::isLetterOrNumber(char32_t(c));
}

// Calls fn(start, end, hash) for every maximal run of word characters, until fn returns false (if it returns bool).
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
        // Rotate-and-xor: a short dependency chain per character, and ASCII words up to nine characters hash
        // without loss. mix() spreads the result afterwards.
        quint64 hash = 0;
        while (i < n && isWordChar(d[i])) {
            hash = ((hash << 7) | (hash >> 57)) ^ d[i];
            ++i;
        }
        if constexpr (std::is_same_v<std::invoke_result_t<Fn &, qsizetype, qsizetype, quint64>, bool>) {
            if (!fn(begin, i, hash))
                return;
        } else {
            fn(begin, i, hash);
        }
    }
}

// A 64-bit finaliser (MurmurHash3's), so that any bits of a key make good bucket numbers.
quint32 mix(quint64 x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return quint32(x);
}

quint32 wordKey(quint64 hash)
{
    return mix(hash);
}

quint32 pairKey(quint64 first, quint64 second)
{
    return mix(first * 0x9e3779b97f4a7c15ULL + second);
}

// In a large text the index lookups of one anchor are cache misses; asking for them together overlaps them.
inline void prefetchLine(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

struct Posting
{
    quint32 key;
    int start; // where the word starts in the text: kept here to spare a lookup elsewhere in a large index
};

// Buckets of word positions by key, in text order (counting sort into one array: fast to build, cache-friendly).
class GramIndex
{
public:
    void build(std::span<const quint32> keys, std::span<const int> starts)
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
        m_postings = std::make_unique_for_overwrite<Posting[]>(keys.size());
        for (int w = 0; w < int(keys.size()); ++w)
            m_postings[next[keys[w] & m_mask]++] = {keys[w], starts[w]};
    }

    void prefetch(quint32 key) const
    {
        if (!m_heads.empty())
            prefetchLine(&m_heads[key & m_mask]);
    }

    // Every posting whose key falls in the key's bucket (other keys included: callers compare keys).
    std::span<const Posting> bucket(quint32 key) const
    {
        if (m_heads.empty())
            return {};
        const quint32 b = key & m_mask;
        return {m_postings.get() + m_heads[b], size_t(m_heads[b + 1] - m_heads[b])};
    }

private:
    quint32 m_mask = 0;
    std::vector<int> m_heads;
    std::unique_ptr<Posting[]> m_postings; // filled by position, so not value-initialised first
};

struct WordIndex
{
    explicit WordIndex(QStringView text)
    {
        std::vector<int> starts;
        std::vector<quint64> hashes;
        starts.reserve(size_t(text.size() / 5)); // English prose: about one word in six characters
        hashes.reserve(size_t(text.size() / 5));
        forEachWord(text, [&](qsizetype begin, qsizetype, quint64 hash) {
            starts.push_back(int(begin));
            hashes.push_back(hash);
        });
        std::vector<quint32> keys(hashes.size());
        std::transform(hashes.begin(), hashes.end(), keys.begin(), wordKey);
        words.build(keys, starts);
        keys.resize(hashes.empty() ? 0 : hashes.size() - 1);
        for (size_t w = 0; w < keys.size(); ++w)
            keys[w] = pairKey(hashes[w], hashes[w + 1]);
        pairs.build(keys, std::span<const int>(starts).first(keys.size()));
    }

    GramIndex words; // single words
    GramIndex pairs; // a word and the next: far fewer repeats than single words
};

// One step of Myers's bit-vector edit distance for a 64-row block; carry is the horizontal delta entering the block's
// first row and the return value the delta leaving the row marked by `last`. Branch-free: the deltas are random
// enough to defeat branch prediction.
inline int advanceBlock(Bits &pv, Bits &mv, Bits eq, int carry, Bits last)
{
    const Bits carryMinus = Bits(carry < 0);
    const Bits carryPlus = Bits(carry > 0);
    const Bits xv = eq | mv;
    eq |= carryMinus;
    const Bits xh = (((eq & pv) + pv) ^ pv) | eq;
    Bits ph = mv | ~(xh | pv);
    Bits mh = pv & xh;
    const int out = int((ph & last) != 0) - int((mh & last) != 0);
    ph = (ph << 1) | carryPlus;
    mh = (mh << 1) | carryMinus;
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
        m_equal.reserve(size_t(m_blocks) * size_t(std::min<qsizetype>(m_size, 80) + 1)); // prose: < 80 symbols
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

    // Feeds `text` (from its end when backward) and calls column(k, d) after the k-th character: d is the edit
    // distance between the whole pattern and the best text run ending there. Anchored, the run must start with the
    // first character fed; otherwise it may start anywhere. A column returning false ends the scan.
    template<typename Column>
    void scan(QStringView text, bool backward, bool anchored, Column &&column) const
    {
        // Fixed block counts keep the state in registers; they cover quotes up to 256 characters, nearly all.
        switch (m_blocks) {
        case 1:
            return scanBlocks<1>(text, backward, anchored, column);
        case 2:
            return scanBlocks<2>(text, backward, anchored, column);
        case 3:
            return scanBlocks<3>(text, backward, anchored, column);
        case 4:
            return scanBlocks<4>(text, backward, anchored, column);
        default:
            return scanBlocks<0>(text, backward, anchored, column);
        }
    }

private:
    // Blocks == 0: any number, state on the heap.
    template<int Blocks, typename Column>
    void scanBlocks(QStringView text, bool backward, bool anchored, Column &column) const
    {
        const int blocks = Blocks > 0 ? Blocks : m_blocks;
        std::conditional_t<(Blocks > 0), std::array<Bits, size_t(Blocks)>, std::vector<Bits>> pv{};
        std::conditional_t<(Blocks > 0), std::array<Bits, size_t(Blocks)>, std::vector<Bits>> mv{};
        if constexpr (Blocks == 0) {
            pv.resize(blocks);
            mv.resize(blocks);
        }
        std::fill_n(pv.begin(), blocks, ~Bits(0));
        std::fill_n(mv.begin(), blocks, Bits(0));
        const qsizetype n = text.size();
        const char16_t *d = text.utf16();
        const int carryIn = anchored ? 1 : 0;
        const Bits last = Bits(1) << ((m_size - 1) % kBitsPerBlock);
        constexpr Bits top = Bits(1) << (kBitsPerBlock - 1);
        int distance = int(m_size);
        for (qsizetype k = 0; k < n; ++k) {
            const Bits *eq = m_equal.data() + size_t(symbolOf(d[backward ? n - 1 - k : k])) * blocks;
            int carry = carryIn;
            for (int b = 0; b < blocks; ++b)
                carry = advanceBlock(pv[b], mv[b], eq[b], carry, b + 1 == blocks ? last : top);
            distance += carry;
            if constexpr (std::is_same_v<std::invoke_result_t<Column &, qsizetype, int>, bool>) {
                if (!column(k, distance))
                    return;
            } else {
                column(k, distance);
            }
        }
    }

    int symbolOf(char16_t c) const
    {
        if (c < 0x80)
            return m_ascii[c];
        const auto at = std::lower_bound(m_other.begin(), m_other.end(), std::pair(c, 0));
        return at != m_other.end() && at->first == c ? at->second : 0;
    }

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
    quint64 hash;
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

// Where to look for the end of an approximate match of the quote.
struct Window
{
    qsizetype begin;
    qsizetype end;
    qsizetype expectedEnd;
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

        std::vector<Candidate> candidates;
        if (const auto exact = chooseAmongExact(exactLookup(), candidates))
            return *exact;
        splitAnchorIntoWords();
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
        return 1.0 / (1.0 + double(std::abs(start - m_hint)) / kPositionScale);
    }

    Candidate scored(qsizetype start, qsizetype end, int errors, double prefix, double suffix) const
    {
        const double quote = 1.0 - double(errors) / double(m_quote.size());
        const double q = double(m_quote.size());
        const double p = double(m_prefix.size());
        const double s = double(m_suffix.size());
        const double text = (q * quote + p * prefix + s * suffix) / (q + p + s);
        const double score = (1.0 - kPositionShare) * text + kPositionShare * positionScore(start);
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
        QString joined;
        joined.reserve(m_prefix.size() + m_quote.size() + m_suffix.size());
        joined.append(m_prefix).append(m_quote).append(m_suffix);
        const qsizetype p = m_prefix.size();
        const qsizetype n = joined.size();
        m_words.reserve(size_t(n / 4));
        forEachWord(joined, [&](qsizetype begin, qsizetype end, quint64 hash) {
            const bool startKnown = begin > 0 || (p == 0 && m_startIsBoundary);
            const bool endKnown = end < n || (m_suffix.isEmpty() && m_endIsBoundary);
            m_words.push_back({begin - p, hash, startKnown && endKnown});
        });
    }

    // Where the exact quote may start: the index bucket of the rarest word pair or word it contains (its entries
    // still to be verified), or, for a quote without a whole word, every start found by a plain scan.
    struct ExactLookup
    {
        std::span<const Posting> bucket;
        quint32 key = 0;
        qsizetype offset = 0; // of the looked-up word in the quote
        std::vector<qsizetype> scanned;
        bool indexed = false;
    };

    ExactLookup exactLookup() const
    {
        const qsizetype m = m_quote.size();
        ExactLookup lookup;
        if (m > m_text.size())
            return lookup;
        // Returns true once the bucket is small enough that looking further costs more than it saves.
        const auto consider = [&](std::span<const Posting> bucket, quint32 key, qsizetype offset) {
            if (!lookup.indexed || bucket.size() < lookup.bucket.size())
                lookup = {bucket, key, offset, {}, true};
            return lookup.bucket.size() <= kSmallBucket;
        };
        // The quote's words, split only as far as needed: usually the first pair settles it. A word at the quote's
        // edge counts only if the context shows it is not part of a longer one.
        const bool startWhole = m_prefix.isEmpty() ? m_startIsBoundary : !isWordChar(m_prefix.back().unicode());
        const bool endWhole = m_suffix.isEmpty() ? m_endIsBoundary : !isWordChar(m_suffix.front().unicode());
        const auto whole = [&](qsizetype begin, qsizetype end) {
            return (begin > 0 || startWhole) && (end < m || endWhole);
        };
        bool settled = false;
        bool previousWhole = false;
        quint64 previousHash = 0;
        qsizetype previousBegin = 0;
        forEachWord(m_quote, [&](qsizetype begin, qsizetype end, quint64 hash) {
            const bool isWhole = whole(begin, end);
            if (isWhole && previousWhole) {
                const quint32 key = pairKey(previousHash, hash);
                settled = consider(m_index.pairs.bucket(key), key, previousBegin);
            }
            previousWhole = isWhole;
            previousHash = hash;
            previousBegin = begin;
            return !settled;
        });
        if (!settled) {
            forEachWord(m_quote, [&](qsizetype begin, qsizetype end, quint64 hash) {
                if (whole(begin, end)) {
                    const quint32 key = wordKey(hash);
                    settled = consider(m_index.words.bucket(key), key, begin);
                }
                return !settled;
            });
        }
        if (!lookup.indexed) {
            // No whole word to look up (a fragment of one, or punctuation): scan. Rare, so not worth an index.
            for (qsizetype at = m_text.indexOf(m_quote); at >= 0; at = m_text.indexOf(m_quote, at + 1))
                lookup.scanned.push_back(at);
        }
        return lookup;
    }

    // Settles the exact quote's repeats by context, then distance. What context cannot settle is left to the fuzzy
    // comparison, as candidates.
    std::optional<AnchorPlacement> chooseAmongExact(const ExactLookup &lookup, std::vector<Candidate> &candidates)
    {
        const qsizetype m = m_quote.size();
        const qsizetype hint = std::max<qsizetype>(0, m_hint);
        const qsizetype count = lookup.indexed ? std::ssize(lookup.bucket) : std::ssize(lookup.scanned);
        const auto startAt = [&](qsizetype i) {
            return lookup.indexed ? lookup.bucket[i].start - lookup.offset : lookup.scanned[i];
        };
        const auto isQuote = [&](qsizetype i) {
            if (!lookup.indexed)
                return true;
            const qsizetype start = startAt(i);
            return lookup.bucket[i].key == lookup.key && start >= 0 && start + m <= m_text.size()
                && m_text.sliced(start, m) == m_quote;
        };
        // Outwards from the old offset (starts ascend in both sources), up to the first repeat with its whole
        // context intact: no farther one can be better. Bounded, for a quote as common as "of the".
        qsizetype above = 0;
        for (qsizetype step = count; step > 0;) {
            const qsizetype half = step / 2;
            if (startAt(above + half) < hint) {
                above += half + 1;
                step -= half + 1;
            } else {
                step = half;
            }
        }
        qsizetype below = above - 1;
        std::vector<Candidate> near;
        for (qsizetype examined = 0; examined < kMaxExactExamined && (below >= 0 || above < count); ++examined) {
            const qsizetype i = below < 0 || (above < count && startAt(above) - hint < hint - startAt(below))
                ? above++
                : below--;
            if (!isQuote(i))
                continue;
            const qsizetype start = startAt(i);
            if (contextMatchesExactly(start, start + m)) {
                near.push_back(scored(start, start + m, 0, 1.0, 1.0));
                break;
            }
            near.push_back(scored(start, start + m, 0));
            if (std::ssize(near) == kMaxExactCandidates)
                break;
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
        candidates.insert(candidates.end(), near.begin(), near.end());
        return std::nullopt;
    }

    // Where the anchor's words (context included) occur again, as quote start positions ("diagonals").
    std::vector<qsizetype> wordVotes() const
    {
        std::vector<qsizetype> votes;
        const qsizetype reach = kNearReach + 2 * m_quote.size();
        const auto vote = [&](std::span<const Posting> bucket, quint32 key, qsizetype offset) {
            if (std::ssize(bucket) > kRareWordOccurrences) {
                if (m_hint < 0)
                    return;
                const qsizetype from = m_hint + offset - reach;
                const qsizetype to = m_hint + offset + reach;
                const auto first = std::partition_point(bucket.begin(), bucket.end(), [&](const Posting &posting) {
                    return posting.start < from;
                });
                const auto last = std::partition_point(first, bucket.end(), [&](const Posting &posting) {
                    return posting.start <= to;
                });
                bucket = std::span<const Posting>(first, last);
            }
            const auto matching = std::count_if(bucket.begin(), bucket.end(),
                                                [key](const Posting &posting) { return posting.key == key; });
            if (matching == 0 || matching > kMaxVotesPerWord)
                return;
            for (const Posting &posting : bucket) {
                if (posting.key == key)
                    votes.push_back(posting.start - offset);
            }
        };
        // Word pairs first: they repeat far less than single words, so they vote with less noise and less work.
        std::vector<size_t> pairs;
        for (size_t i = 0; i + 1 < m_words.size(); ++i) {
            if (m_words[i].whole && m_words[i + 1].whole)
                pairs.push_back(i);
        }
        const size_t sample = std::min(pairs.size(), kMaxVotingPairs);
        std::vector<quint32> keys(sample);
        std::vector<qsizetype> offsets(sample);
        for (size_t k = 0; k < sample; ++k) {
            const size_t i = pairs[k * pairs.size() / sample];
            keys[k] = pairKey(m_words[i].hash, m_words[i + 1].hash);
            offsets[k] = m_words[i].offset;
            m_index.pairs.prefetch(keys[k]);
        }
        std::vector<std::span<const Posting>> buckets(sample);
        for (size_t k = 0; k < sample; ++k) {
            buckets[k] = m_index.pairs.bucket(keys[k]);
            if (!buckets[k].empty())
                prefetchLine(buckets[k].data());
        }
        for (size_t k = 0; k < sample; ++k)
            vote(buckets[k], keys[k], offsets[k]);
        if (std::ssize(votes) < kFewVotes) {
            for (const AnchorWord &w : m_words) {
                if (w.whole)
                    vote(m_index.words.bucket(wordKey(w.hash)), wordKey(w.hash), w.offset);
            }
        }
        return votes;
    }

    // Text windows worth aligning the quote in: where many anchor words agree on the quote's start, or, when none
    // do, around the old offset.
    std::vector<Window> fuzzyWindows() const
    {
        const qsizetype m = m_quote.size();
        const qsizetype n = m_text.size();
        // Edits inside the quote spread its words' votes; edits may also stretch or shrink it by up to half.
        const qsizetype gap = 16 + m / 8;
        const qsizetype slack = 16 + m / 16;

        std::vector<qsizetype> votes = wordVotes();
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

        // Only the quote's end is searched for (by its last block; see addFuzzyCandidates), so a window covers the
        // ends its votes imply and the span of that last block before them.
        const qsizetype tail = std::min<qsizetype>(m, kBitsPerBlock);
        std::vector<Window> windows;
        const auto add = [&](qsizetype low, qsizetype high, qsizetype expected) {
            const qsizetype begin = std::clamp<qsizetype>(low + m - tail - slack, 0, n);
            const qsizetype end = std::clamp<qsizetype>(high + m + slack, 0, n);
            if (begin < end)
                windows.push_back({begin, end, expected + m});
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
        // The end is found by the quote's last block alone (semi-global: it may start anywhere in the window); the
        // whole quote, reversed and read backwards from that end, then gives the start and the errors. For a
        // typical highlight of two or three blocks that is a third of the work of aligning it whole twice.
        const QStringView tail = m_quote.last(std::min<qsizetype>(m, kBitsPerBlock));
        const int maxTailErrors = int(double(tail.size()) * (1.0 - kMinQuoteSimilarity));
        const BitPattern endFinder(tail, false);
        std::optional<BitPattern> whole;
        std::optional<BitPattern> backward;
        // The end of the pattern's best match in text[begin, window end), nearest the expected end among equals.
        const auto findEnd = [&](const BitPattern &pattern, qsizetype begin, const Window &window) {
            int fewest = INT_MAX;
            qsizetype end = -1;
            pattern.scan(m_text.sliced(begin, window.end - begin), false, false, [&](qsizetype k, int d) {
                const qsizetype at = begin + k + 1;
                if (d < fewest
                    || (d == fewest && std::abs(at - window.expectedEnd) < std::abs(end - window.expectedEnd))) {
                    fewest = d;
                    end = at;
                }
            });
            return std::pair(fewest, end);
        };
        for (const Window &window : windows) {
            auto [tailErrors, end] = findEnd(endFinder, window.begin, window);
            if (tailErrors > maxTailErrors) {
                if (tail.size() == m)
                    continue;
                // The quote's end itself was rewritten: align the whole quote after all.
                if (!whole)
                    whole.emplace(m_quote, false);
                const qsizetype begin = std::max<qsizetype>(0, window.begin - (m - tail.size()));
                const auto [wholeErrors, wholeEnd] = findEnd(*whole, begin, window);
                if (wholeErrors > maxErrors)
                    continue;
                end = wholeEnd;
            }
            int errors = INT_MAX;
            qsizetype length = 0;
            const qsizetype from = std::max<qsizetype>(0, end - m - maxErrors);
            if (!backward)
                backward.emplace(m_quote, true);
            backward->scan(m_text.sliced(from, end - from), true, true, [&](qsizetype k, int d) {
                if (d < errors || (d == errors && std::abs(k + 1 - m) < std::abs(length - m))) {
                    errors = d;
                    length = k + 1;
                }
                // Every character beyond the quote's length costs an error: no longer match can do better.
                return k + 1 - m < errors;
            });
            if (errors > maxErrors)
                continue;
            const qsizetype start = end - length;
            const bool seen = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate &c) {
                return c.start == start && c.end == end;
            });
            if (!seen)
                candidates.push_back(scored(start, end, errors));
        }
    }

    AnchorPlacement chooseFuzzy(std::vector<Candidate> &candidates) const
    {
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
        const bool confident = quote >= kMinQuoteSimilarity && best.score >= kMinFuzzyScore;
        if (!confident)
            return {};
        const double context = contextSimilarity(best.prefixSimilarity, best.suffixSimilarity);
        if (context < kContextAgrees) {
            // As good a match elsewhere, with context as far off: nearness alone is no reason to choose.
            for (auto c = candidates.begin() + 1; c != candidates.end(); ++c) {
                const bool overlaps = c->start < best.end && best.start < c->end;
                if (!overlaps && double(c->errors - best.errors) <= kAmbiguousQuote * double(m)
                    && contextSimilarity(c->prefixSimilarity, c->suffixSimilarity) >= context - kContextTie)
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

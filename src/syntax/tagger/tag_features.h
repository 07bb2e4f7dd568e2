#pragma once
// Feature extraction for the greedy averaged-perceptron tagger: the hot loop shared, byte
// for byte, by the trainer and by Tagger::tag, so training and inference cannot drift.
//
// Each word is hashed once per sentence (WordHashes: form, lowercased form, prefixes and
// suffixes of 1-4 bytes, a collapsed shape, spelling flags); the features of a position
// are then 64-bit mixes of a template id with those hashes and the two previously
// predicted classes. Nothing here allocates once the caller's vectors have grown.
//
// Thread-safety: pure functions over caller-owned buffers.

#include <cstdint>
#include <vector>

#include "core/document.h"
#include "core/enums.h"
#include "syntax/tagger/hash_index.h"
#include "syntax/tagger/wordnet_lexicon.h"

namespace dyad::syntax {

inline constexpr int kMaxTagFeatures = 80;
// The "class" of a position before the sentence start.
inline constexpr uint32_t kStartClass = 0xffff;
// The "class" of a position after the sentence end (second pass, see below).
inline constexpr uint32_t kEndClass = 0xfffe;
// Words of context on each side of the sentence that hash_sentence_words pads with.
inline constexpr int kTagPad = 2;

enum WordFlag : uint32_t {
  kHasDigit = 1,
  kHasHyphen = 2,
  kHasUpper = 4,
  kAllUpper = 8,
  kInitUpper = 16,
  kHasAlpha = 32,
  kHasNonAscii = 64,
  // Most words of the sentence start with a capital: a title or heading, where capitals
  // say little about proper nouns ("Coast Guard Development Sector").
  kTitleSentence = 128,
};

inline constexpr uint32_t kWordNetOff = 1u << 17;

// TagLexicon masks hold the XPOS set in bits 0..kXposCount-1 and, from kCasingShift up,
// how the word is capitalized in training away from the sentence start (casing_bucket).
inline constexpr int kCasingShift = 56;
inline constexpr uint64_t kXposBits = (uint64_t{1} << kCasingShift) - 1;

struct WordHashes {
  uint64_t exact = 0;  // the form as written
  uint64_t lower = 0;  // ASCII-lowercased form
  uint64_t prefix[4] = {};
  uint64_t suffix[4] = {};
  uint64_t shape = 0;      // "Xx", "dd.d", "x-x": character classes, runs collapsed
  uint64_t ambiguity = 0;  // the word's XPOS set in training (TagLexicon), 0 if unknown
  uint64_t casing = 0;     // its casing bucket in training (TagLexicon), 0 if unknown
  uint32_t flags = 0;
  // WordNetLexicon mask of the lowercased form, 0 if unknown; kWordNetOff when the model
  // has no WordNet table (its features are then left out, as in format-2 models).
  uint32_t wordnet = 0;
};

// The ambiguity class of frequent words: lowercased form -> bit set of the XPOS tags it had
// in training. It gives the greedy left-to-right tagger a view of what the next words can
// be ("to" + {VB, NN} vs "to" + {DT}) in the first pass (SVMTool's "may_be" features).
struct TagLexicon {
  std::vector<uint64_t> keys;  // lowercased-form hashes (WordHashes::lower)
  std::vector<uint64_t> masks;
  HashIndex index;

  void build_index() {
    std::vector<std::pair<uint64_t, uint32_t>> items;
    for (size_t i = 0; i < keys.size(); ++i) items.emplace_back(keys[i], i);
    index.build(items);
  }
  uint64_t lookup(uint64_t lower) const {
    uint32_t i = index.find(lower);
    return i == HashIndex::kMissing ? 0 : masks[i];
  }
};

// The casing of a word in training: of `n` occurrences not at a sentence start, `capitalized`
// began with a capital. Bucketed (with a bit for "seen often") so "Applause" heading a
// line can be told from "Beijing": the first is lowercase elsewhere, the second never.
uint64_t casing_bucket(int n, int capitalized);

// Resizes `words` to sentence.size() + 2 * kTagPad and fills it; the pads hold fixed
// start/end markers. Word i of the sentence is words[i + kTagPad]. `wordnet` may be null
// (a model trained without WordNet).
void hash_sentence_words(const Document& doc, const Sentence& sentence, const TagLexicon& lexicon,
                         const WordNetLexicon* wordnet, std::vector<WordHashes>& words);

// Clause context (format 4). A window of two words cannot tell "praised" VBD from VBN when
// a time phrase sits between subject and verb ("A top U.S. official today praised Haiti's
// efforts", "Germany on Wednesday lifted sanctions"): EWT rarely writes that, news writes
// it in every other sentence, and the greedy tagger then reads a participle and the whole
// parse falls apart. What decides it is further away: whether the stretch of words since
// the last clause break already has a finite verb, whether an auxiliary came just before
// ("has reportedly conceded"), and (second pass) whether a finite verb follows ("the
// weapons seized in the raid were destroyed"). Bits of a word's clause context:
enum ClauseBit : uint32_t {
  kFiniteBefore = 1,  // a finite verb or auxiliary since the last clause break
  kFiniteAfter = 2,   // a finite verb later in the sentence (second pass only)
  kAuxNear = 4,       // an auxiliary among the previous three words
  kSecondPass = 8,    // the after-bit is known
};
// No clause features: a model trained before format 4.
inline constexpr uint32_t kNoClause = 0xffffffffu;

// What a class counts as for the clause context, one byte per class.
enum ClassKind : uint8_t {
  kFiniteKind = 1,  // VBD, VBZ, VBP, MD (verbs and auxiliaries)
  kAuxKind = 2,     // UPOS AUX
  kBreakKind = 4,   // punctuation, prepositions and subordinators, wh-words, conjunctions
};
std::vector<uint8_t> class_kinds(const std::vector<Upos>& upos, const std::vector<Xpos>& xpos);

// The left clause context of a greedy left-to-right pass, fed each word's class in turn.
class ClauseTracker {
 public:
  // `kinds` null: the model has no clause features and bits() is kNoClause.
  explicit ClauseTracker(const uint8_t* kinds) : kinds_(kinds) {}
  uint32_t bits() const {
    if (kinds_ == nullptr) return kNoClause;
    return (finite_ ? kFiniteBefore : 0u) | (since_aux_ <= 3 ? kAuxNear : 0u);
  }
  void advance(uint32_t cls);

 private:
  const uint8_t* kinds_;
  bool finite_ = false;
  int since_aux_ = 100;
};

// How many of the padded first-pass classes first[kTagPad .. kTagPad + n) are finite.
uint32_t count_finite(const uint8_t* kinds, const uint32_t* first, uint32_t n);

// Writes the feature hashes of the word at `w` (a pointer into the padded vector, so
// w[-2] .. w[2] are valid) given the previous two predicted classes and the clause
// context (ClauseBit, or kNoClause); returns how many.
int extract_tag_features(const WordHashes* w, uint32_t prev1, uint32_t prev2, uint32_t clause,
                         uint64_t* out);

// The second pass's features: those above plus the first pass's classes around the word.
// `first` points at the first-pass class of the word in a vector padded like the words
// (kStartClass before, kEndClass after), so first[-2] .. first[2] are valid. The right
// context is what a greedy left-to-right pass cannot see: "that" before a verb vs a noun,
// "Sector" after a capitalized common noun.
int extract_second_features(const WordHashes* w, const uint32_t* first, uint32_t prev1,
                            uint32_t prev2, uint32_t clause, uint64_t* out);

}  // namespace dyad::syntax

#pragma once
// Feature extraction for the transition classifier and the arc labeller: the hot loop of
// the parser. Features are the Zhang & Nivre (2011) templates for arc-eager parsing (words,
// tags, distance, valency, second- and third-order children and heads, label sets) plus a
// few for the second stack word and universal tags, each hashed with its template id into
// one 64-bit key. Keys are looked up in the weight tables (weights.h); there is no feature
// dictionary.
//
// SentenceFeatures holds the per-word values of one sentence (hashed forms and lemmas,
// tags), indexed like ParseState (n = ROOT, n+1 = none). It lives in the workspace and
// keeps its capacity, so steady-state extraction allocates nothing.
//
// Thread-safety: free functions over caller-owned data.

#include <cstdint>
#include <span>
#include <vector>

#include "core/document.h"
#include "syntax/parser/transition_system.h"

namespace dyad::syntax {

// Which templates a model reads; recorded in its file (parser.cc). kLean leaves out the
// templates features.cc emits with full_only(): 61 of the 114 move templates and 21 of
// the 46 label ones, those whose removal from the trained full model cost the least on
// EWT dev (docs/RESULTS.md, "A lean parser"). A model retrained on the rest parses EWT dev
// as well and `dyad code` about 15% faster, with fewer cache lines touched per word.
enum class FeatureSet : uint8_t { kFull, kLean };

// Upper bounds on the number of keys written by the extractors below.
inline constexpr int kMaxMoveFeatures = 128;
inline constexpr int kMaxLabelFeatures = 64;

struct WordFeatures {
  uint64_t form = 0;    // hash of the lowercased form, digits folded to 0
  uint64_t lemma = 0;   // hash of the lemma (the form's hash when the lemma is missing)
  uint64_t suffix = 0;  // hash of the last three bytes of the lowercased form
  uint8_t xpos = 0;
  uint8_t upos = 0;
  uint8_t shape = 0;  // capitalization and digit class, see features.cc
  // Sentence-level context, so greedy decisions see what lies ahead: punctuation and verbs
  // before this word, and the next verb and punctuation after it (n+1 when none).
  uint16_t punct_before = 0;
  uint16_t verbs_before = 0;
  uint32_t next_verb = 0;
  uint32_t next_punct = 0;
};

class SentenceFeatures {
 public:
  // Reads forms, lemmas and tags of the sentence's words from `doc`. `reversed` numbers the
  // words from the last (the right-to-left parser's view): word i is the sentence's n-1-i,
  // and the look-ahead context (next verb, punctuation before) is computed in that order.
  void fill(const Document& doc, const Sentence& sentence, bool reversed = false);
  // For hand-built inputs (tests): words with tags only.
  std::span<WordFeatures> resize(uint32_t n);
  const WordFeatures& operator[](uint32_t i) const { return words_[i]; }
  uint32_t size() const { return n_; }

 private:
  uint32_t n_ = 0;
  std::vector<WordFeatures> words_;
};

uint64_t hash_word(std::string_view form);

// Writes the keys of the features for choosing the next move in `state`; returns how many.
int extract_move_features(const ParseState& state, const SentenceFeatures& words, uint64_t* keys,
                          FeatureSet set = FeatureSet::kFull);

// Writes the keys of the features for labelling the arc head -> dep that is being made in
// `state` (before the move is applied); returns how many.
int extract_label_features(const ParseState& state, const SentenceFeatures& words, uint32_t head,
                           uint32_t dep, uint64_t* keys, FeatureSet set = FeatureSet::kFull);

}  // namespace dyad::syntax

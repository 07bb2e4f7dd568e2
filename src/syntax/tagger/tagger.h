#pragma once
// Tagger: UPOS, XPOS, FEATS and lemma for the words of a sentence.
//
// A greedy, left-to-right averaged perceptron over joint (UPOS, XPOS) classes (the pairs
// seen in training, ~100 for EWT), with hashed sparse features (tag_features.h,
// tag_weights.h); frequent unambiguous words take their class from a tag dictionary
// without scoring. A second left-to-right pass, with its own weights, rescores the words
// the first pass was unsure of, now seeing the first pass's classes of the next words
// (format version 2; version-1 files have no second pass and still load). FEATS come from
// FeatsTable and lemmas from Lemmatizer, both keyed on the predicted tags. The tagger reads only
// the word forms: gold tags or lemmas present in the Document are overwritten, never consulted.
//
// Ownership and thread-safety: a Tagger is immutable after load() and shared as
// shared_ptr<const Tagger> across threads; each thread passes its own TaggerWorkspace.
// Strings are written into the Document's arena.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "syntax/tagger/feats_table.h"
#include "syntax/tagger/hash_index.h"
#include "syntax/tagger/lemma_memo.h"
#include "syntax/tagger/lemmatizer.h"
#include "syntax/tagger/tag_features.h"
#include "syntax/tagger/tag_weights.h"
#include "syntax/tagger/wordnet_lexicon.h"

namespace dyad::syntax {

inline constexpr std::string_view kTaggerArtifactKind = "dyad.tagger";
// Version 3 adds the optional "wordnet" section (wordnet_lexicon.h) and its features;
// version 4 the clause features (tag_features.h, ClauseBit), marked by a "clause" section.
inline constexpr uint32_t kTaggerFormatVersion = 4;

// For each scored word, how far its best finite-verb class (VBD, VBZ or VBP) trailed the
// class chosen, and which class that was: the evidence for reading the word as the clause's
// verb when the sentence came out without one.
struct FiniteVerbEvidence {
  std::vector<int32_t> gap;    // INT32_MAX: not scored (a tag-dictionary word)
  std::vector<uint32_t> best;  // the best finite-verb class
};

struct TagOptions {
  // A news sentence of several words that came out with no finite verb at all ("Israeli
  // army bulldozers demolished/JJ Palestinian homes") almost always has its verb misread
  // as a participle, adjective or noun; the word whose finite reading scored closest to
  // its chosen class, after some noun, is then read as the verb. For event coding only:
  // treebank text has many verbless fragments, and the trees' own models are scored on it.
  bool require_finite_verb = false;
  // Whether tag() writes each word's FEATS. Event coding reads tags and lemmas only, and
  // the FEATS lookup is about 1% of its time.
  bool write_feats = true;
};

// Per-thread scratch, reused across sentences so tagging allocates nothing once it has
// seen the longest sentence.
struct TaggerWorkspace {
  std::vector<WordHashes> words;
  std::vector<uint32_t> classes;  // the predicted class of each word of the last sentence
  std::vector<uint32_t> first;    // first-pass classes, padded like `words`
  std::vector<int32_t> margins;   // first-pass margins
  std::vector<int32_t> scores;
  std::string scratch;
  FiniteVerbEvidence finite;  // filled only when a finite verb is required (TagOptions)
  LemmaMemo lemmas;
};

// Everything a Tagger is made of; the trainer builds one, the loader reads one.
struct TaggerModel {
  std::vector<Upos> class_upos;  // class id -> tags
  std::vector<Xpos> class_xpos;
  TagWeights weights;
  // The second pass (empty: none) and the first-pass margin from which a word keeps its
  // first-pass class without being rescored, in the quantized units of `weights`.
  TagWeights second;
  int32_t second_margin = 0;
  std::vector<uint64_t> dict_keys;  // hash of an exact form -> its only class
  std::vector<uint32_t> dict_classes;
  TagLexicon lexicon;
  Lemmatizer lemmatizer;
  FeatsTable feats;
  WordNetLexicon wordnet;  // empty: trained without WordNet (no WordNet features)
  bool clause_features = false;
  std::string metadata_json = "{}";

  uint32_t num_classes() const { return static_cast<uint32_t>(class_upos.size()); }
  const WordNetLexicon* wordnet_or_null() const { return wordnet.empty() ? nullptr : &wordnet; }
};

// The kinds of `model`'s classes when it has clause features, else empty.
std::vector<uint8_t> clause_kinds_of(const TaggerModel& model);

// The greedy passes, shared by Tagger and the trainer. `words` is padded
// (hash_sentence_words). The first pass writes its classes to first[kTagPad + i] and
// the gap between its two best scores to margins[i] (INT32_MAX for tag-dictionary words);
// the second writes out[i], rescoring the words whose margin is below `margin_limit`.
// `scores` has room for num_classes. `kinds` (class_kinds) turns on the clause features;
// null for a model without them.
struct TagPassModel {
  const TagWeights* weights = nullptr;
  uint32_t num_classes = 0;
  const uint8_t* kinds = nullptr;
};
// `finite`, when given, gets each scored word's finite-verb evidence (FiniteVerbEvidence);
// `finite_classes` lists the model's finite-verb classes.
struct FiniteVerbScoring {
  FiniteVerbEvidence* out = nullptr;
  const std::vector<uint32_t>* finite_classes = nullptr;
};
void tagger_first_pass(const TagPassModel& model, const HashIndex& dict, const WordHashes* words,
                       uint32_t n, uint32_t* first, int32_t* margins, int32_t* scores,
                       FiniteVerbScoring finite = {});
void tagger_second_pass(const TagPassModel& model, const WordHashes* words, uint32_t n,
                        const uint32_t* first, const int32_t* margins, int32_t margin_limit,
                        uint32_t* out, int32_t* scores, FiniteVerbScoring finite = {});
// Resizes `first` to n + 2 * kTagPad with its start and end pads set.
void pad_first_pass(uint32_t n, std::vector<uint32_t>& first);

class Tagger {
 public:
  static Result<std::shared_ptr<const Tagger>> load(const std::string& path);
  // The same from an artifact's bytes; `name` is used in error messages.
  static Result<std::shared_ptr<const Tagger>> from_bytes(std::string_view bytes,
                                                          std::string_view name);
  // For the trainer: wraps a model built in memory.
  static std::shared_ptr<const Tagger> create(TaggerModel model);

  // Fills upos, xpos, feats and lemma (arena strings) of the words of `sentence`.
  void tag(Document& doc, const Sentence& sentence, TaggerWorkspace& ws,
           TagOptions options = {}) const;
  // Only predicts the classes, into ws.classes (the trainer's dev scoring).
  void predict(const Document& doc, const Sentence& sentence, TaggerWorkspace& ws,
               TagOptions options = {}) const;

  std::string metadata_json() const { return model_.metadata_json; }
  const TaggerModel& model() const { return model_; }

  // The artifact bytes, with `metadata_json` as its metadata.
  Result<std::string> serialize(const std::string& metadata_json) const;

 private:
  explicit Tagger(TaggerModel model);
  TagPassModel first_pass() const { return {&model_.weights, model_.num_classes(), kinds()}; }
  TagPassModel second_pass() const { return {&model_.second, model_.num_classes(), kinds()}; }
  const uint8_t* kinds() const { return kinds_.empty() ? nullptr : kinds_.data(); }
  // Reads the likeliest word as a finite verb when ws.classes has none (TagOptions).
  void supply_finite_verb(const Document& doc, const Sentence& sentence, TaggerWorkspace& ws) const;
  // Reads a word the model tagged as a gerund or present participle (VBG) without the
  // "-ing" every such form has ("Human rights watchdog Amnesty") as a singular noun.
  void repair_impossible_gerunds(const Document& doc, const Sentence& sentence,
                                 TaggerWorkspace& ws) const;
  // Whether word i may be read as the missing verb: 1, a participle or -ed adjective that
  // is not a modifier ("the besieged town") nor a reduced passive ("written by"); 2, a
  // plural noun between subject and complement ("plans to"); 0, not at all.
  int verb_candidate_rank(const Document& doc, const Sentence& sentence, const TaggerWorkspace& ws,
                          uint32_t i) const;
  // Where the clause that lacks a finite verb ends: the sentence's length when it has none,
  // the comma before a trailing "..., police said" when that is its first, else 0.
  uint32_t verbless_clause_end(const Document& doc, const Sentence& sentence,
                               const TaggerWorkspace& ws) const;

  TaggerModel model_;
  HashIndex dict_;
  std::vector<uint8_t> kinds_;
  std::vector<uint32_t> finite_classes_;  // VERB with VBD, VBZ or VBP
  uint32_t noun_class_ = UINT32_MAX;      // NOUN with NN
};

}  // namespace dyad::syntax

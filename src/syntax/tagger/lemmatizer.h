#pragma once
// Lemmatizer: (form, XPOS) -> lemma, learned from a treebank.
//
// Two parts, tried in order:
//   1. an exception table, (form, xpos) -> lemma, holding only the training words the rules
//      below get wrong ("was"/VBD -> "be", "n't"/RB -> "not", "children"/NNS -> "child");
//      a miss on the form as written is retried on its lowercased form ("Was" -> "be");
//   2. suffix-rewrite rules by XPOS for everything else: the rule of the longest matching
//      lowercased suffix ("-ied" under VBD -> strip 3, add "y"). A rule also says whether
//      to lowercase first, which carries EWT's casing convention: proper nouns keep their
//      case ("Beijing"), common words are lowercased ("Visited" -> "visit").
//   3. with a WordNet table (optional, the same at training and tagging): an inflected form
//      whose rule lemma is not a WordNet lemma takes WordNet's (morphy: "provoked" ->
//      "provoke" where the rule says "provok"), and a lowercase proper noun takes WordNet's
//      capitalization ("mexico" -> "Mexico"); training exceptions are computed after it.
// Rules are learned from word types, not tokens, because unseen words behave like rare
// types, not like "the".
//
// Thread-safety: immutable after train()/read(); lemmatize() is const and reentrant.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.h"
#include "model/byte_io.h"
#include "syntax/tagger/hash_index.h"
#include "syntax/tagger/wordnet_lexicon.h"

namespace dyad::syntax {

struct LemmaExample {
  std::string_view form;
  Xpos xpos = Xpos::kNone;
  std::string_view lemma;
};

struct LemmatizerOptions {
  int max_suffix = 6;      // longest suffix (bytes) a rule may be keyed on
  int min_rule_types = 2;  // word types needed before a suffix gets its own rule
};

class Lemmatizer {
 public:
  static Lemmatizer train(std::span<const LemmaExample> examples, const LemmatizerOptions& options,
                          const WordNetLexicon* wordnet = nullptr);

  // The lemma; it views the table, `wordnet` or `scratch`, valid until one changes.
  std::string_view lemmatize(std::string_view form, Xpos xpos, std::string& scratch,
                             const WordNetLexicon* wordnet = nullptr) const;

  size_t exception_count() const { return exc_keys_.size(); }
  size_t rule_count() const { return rule_keys_.size(); }

  void write(model::ByteWriter& out) const;
  bool read(model::ByteReader& in);

 private:
  struct Rule {
    uint8_t lower = 1;
    uint8_t strip = 0;
    uint32_t append_offset = 0;
    uint32_t append_size = 0;
  };
  std::string_view apply_rules(std::string_view form, Xpos xpos, std::string& scratch) const;
  std::string_view apply_wordnet(std::string_view form, Xpos xpos, std::string_view rule_lemma,
                                 const WordNetLexicon& wordnet, std::string& scratch) const;
  void index();

  int max_suffix_ = 6;
  std::string strings_;  // exception lemmas and rule suffixes
  std::vector<uint64_t> exc_keys_;
  std::vector<uint32_t> exc_offset_;
  std::vector<uint32_t> exc_size_;
  std::vector<uint64_t> rule_keys_;
  std::vector<Rule> rules_;
  HashIndex exceptions_;
  HashIndex rule_index_;
};

}  // namespace dyad::syntax

#pragma once
// The verb lexicon: dyad's verb-pattern tables (docs/formats/verbs.md; imported from
// CAMEO.2.0 and TABARI, then corrected) in the form the coder matches on a dependency
// tree.
//
// A verb belongs to a block; the block has a default code and patterns. A tree pattern
// ("* (FOR TALKS)", "* {HUMANITARIAN AID}", "PILGRIMS *") names phrases on the subject
// side (before "*") and on the object side (after it): a noun phrase is its head word
// and its modifiers, a prepositional phrase is the preposition and, optionally, a noun
// phrase. Linear (TABARI) patterns are read the same way, their words taken as a noun
// phrase on their side of the verb; TABARI's word order is not kept, since the tree
// gives the roles that word order stood for. TABARI's verb stems ("RESTOR") are kept and
// match any word they begin, when no whole word matches.
//
// Ownership and thread-safety: immutable once built; shared as shared_ptr<const
// VerbLexicon> across threads.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/import/verb_dictionary.h"
#include "core/event.h"
#include "core/status.h"
#include "events/word_signature.h"

namespace dyad::events {

// One word of a pattern: a literal (lowercase, spaces for "_") or a synonym set.
struct PatternTerm {
  std::string word;  // empty when `synset` is set
  uint32_t synset = UINT32_MAX;
  bool exact = false;  // "WORD_": no lemma match ("TALKS_" is not "talk")
  bool stem = false;   // TABARI: matches any word it begins ("ALLEVIAT")
};

// A noun phrase (head = the last term) or a prepositional phrase (preposition set, noun
// phrase possibly empty).
struct PatternPhrase {
  std::string preposition;
  // A linear pattern's synonym set of prepositions ("&PREPOSIT1"): any of them will do;
  // `preposition` is then "&" and the set's name.
  uint32_t preposition_synset = UINT32_MAX;
  std::vector<PatternTerm> terms;
};

// One word of a linear pattern as an engine reads it, in word order: a term, and whether
// the next word of the pattern must follow it directly ("NEW_&TIETYPES_RELATIONS", not
// "new global economic relations"; a blank lets other words come between).
struct LinearTerm {
  PatternTerm term;
  bool joined_next = false;
  // TABARI's reading of a synonym set: its members' words are stems, and a member's words
  // may have others between them unless "_" joins them ("AUSTRIAN FLORIN" fits "austrian
  // gold florin", "SWISS_FRANC" fits "swiss francs"). PETRARCH reads members as written.
  bool loose_members = false;
};

struct VerbPattern {
  std::vector<PatternPhrase> subject_side;
  std::vector<PatternPhrase> object_side;
  CameoCode code;       // empty: "---", the pattern says "no event"
  CameoCode reverse;    // "042:043": the target's event toward the source (hosting the visit)
  uint32_t row = 0;     // index into the lexicon's origins, for evidence
  int specificity = 0;  // number of terms and prepositions it constrains
  // A pattern that puts its target after a preposition says which phrase holds it:
  // "* EID AT ^ WITH +" and the tree pattern's "(WITH +)" the with-phrase, "* AT ^ +" the
  // noun phrase after the at-phrase's own, which each "^" skips. Empty when the pattern
  // does not say.
  std::string target_preposition;
  uint8_t target_skips = 0;
  // Engine reading of a pattern that names no word, only who is there: "$ *" (a source
  // before the verb), "% *" (a compound one: "Gondor and Osgiliath met"), "* +" (a
  // target after it). Such a pattern fits after every pattern that names words.
  bool linear = false;  // TABARI / PETRARCH 1 word-order syntax
  // Engine reading of a linear pattern (PETRARCH 1, TABARI): its words before and after the verb in
  // word order (linear_match.h), and whether the first word after it follows it directly
  // ("*_OUT"). Empty for every other pattern.
  std::vector<LinearTerm> words_before;
  std::vector<LinearTerm> words_after;
  bool verb_joined_after = false;
  // "+ * IN $", "+ HOSTING * TABASKI ^ $": the target is named before the verb and the
  // source after it, past `source_skips` actors ("^"), the roles reversed.
  bool reversed_roles = false;
  uint8_t source_skips = 0;
  // "NOTED + *": the target is named before the verb (its doer in the tree), the source
  // before that; not with a source after the verb (reversed_roles).
  bool target_before_verb = false;
  bool source_marked = false;
  bool compound_marked = false;
  bool target_marked = false;
  // Engine reading of a linear pattern: its elements in the pattern's word order, which
  // TABARI's own reading of a sentence matches on the words (linear_coder.h).
  std::vector<actors::import::PatternElement> elements;
};

struct VerbBlock {
  std::string name;
  CameoCode code;  // the block's default; empty for "---"
  CameoCode reverse;
  std::vector<uint32_t> patterns;  // into VerbLexicon::patterns(), most specific first
  // For each of `patterns`, the words a sentence must have for its tree phrases to fit
  // there: every term only a word of that spelling matches, as form or lemma (not a
  // synonym set, a stem or an engine phrase of several words), and every preposition
  // named by itself (at most four of them, RequiredWords). Empty for word-order patterns,
  // which read words their own way. Kept here, side by side, so the coder tests a block's
  // patterns without touching them.
  std::vector<RequiredWords> required_words;
};

// What a verb form finds: its block and the verb's own code (empty: the block's).
struct VerbEntry {
  uint32_t block = UINT32_MAX;
  CameoCode code;
  CameoCode reverse;
};

// Maps keyed by std::string that look up by std::string_view without building a string:
// the coder asks several of them per word of every sentence.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;

class VerbLexicon {
 public:
  // Builds from imported tables, in order; a verb listed twice keeps its first block.
  // `engine_reading`: read a linear pattern's "{ A | B }" as its alternatives, as the
  // engine does, for an engine suite's own dictionaries. dyad's layered tables keep the
  // first alternative: there the master file's word-order patterns sit under tree
  // patterns, and with every alternative its auxiliaries ("{ HAVE | HAS } *") fit news
  // verbs they were not written for.
  static Result<std::shared_ptr<const VerbLexicon>> build(
      std::span<const actors::import::VerbDictionary> tables, bool engine_reading = false);
  // Reads every *.verbs.tsv under `dir` and builds: curated tables (directly in `dir`)
  // first, then imported tree-pattern tables, then linear ones.
  static Result<std::shared_ptr<const VerbLexicon>> load_dir(const std::string& dir);

  // `key`: a lowercased verb form, or "form particle" for phrasal verbs ("back out").
  const VerbEntry* find(std::string_view key) const;
  bool synset_contains(uint32_t synset, std::string_view lowered_word) const;
  // A synonym set's members (lowercase, words joined by spaces), each with whether its
  // upstream spelling joined its words with "_" (TABARI: the member ends there).
  const StringMap<bool>& synset_members(uint32_t synset) const { return synsets_[synset]; }
  // Whether the member was spelled with a final "_" (TABARI: "KRONER_" is no stem).
  bool synset_member_exact(uint32_t synset, std::string_view member) const;
  // The synonym set a pattern names ("TIETYPES" for "&TIETYPES"); UINT32_MAX if none.
  uint32_t synset_named(std::string_view name) const;
  // Whether the member's words must follow each other in the text: an engine dictionary's
  // "ECONOMIC_MEMOS" (built with engine_reading), not "ECONOMIC MEMOS".
  bool synset_member_joined(uint32_t synset, std::string_view member) const;
  // The synset's members of several words ending in `lowered_head`, as their other
  // words ("swiss francs" -> {"swiss"} under "francs"); empty when none.
  std::span<const std::vector<std::string>> synset_phrases(uint32_t synset,
                                                           std::string_view lowered_head) const;

  const VerbBlock& block(uint32_t i) const { return blocks_[i]; }
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  std::string_view origin(uint32_t row) const { return origins_[row]; }
  size_t verb_count() const { return verbs_.size(); }
  // Built with build()'s engine_reading: an engine suite's own dictionaries.
  bool engine_reading() const { return engine_reading_; }
  size_t pattern_count() const { return patterns_.size(); }

 private:
  StringMap<VerbEntry> verbs_;
  std::vector<VerbBlock> blocks_;
  std::vector<VerbPattern> patterns_;
  std::vector<std::string> origins_;
  std::vector<StringMap<bool>> synsets_;
  // Per synset: last word of a multi-word member -> the members' other words.
  std::vector<StringMap<std::vector<std::vector<std::string>>>> phrases_;
  StringMap<VerbEntry> stems_;  // TABARI verb stems, matched as prefixes of a word
  StringMap<uint32_t> synset_names_;
  StringMap<bool> exact_members_;  // "<synset id>:<member>" of members spelled "WORD_"
  bool engine_reading_ = false;
};

// "bury the hatchet" -> "bury the hatchet"; "WIRE_+TAP" -> "wiretap"; "CASH_" -> "cash".
std::string lexicon_key(std::string_view upstream);

}  // namespace dyad::events

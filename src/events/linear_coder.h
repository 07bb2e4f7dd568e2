#pragma once
// TABARI's reading of a sentence, for TABARI's own dictionaries only.
//
// TABARI (the engine behind the tabari_validation and tabari_demo suites) parses no tree:
// it reads a sentence as a row of words. A word its verb dictionary knows is a verb unless
// a determiner comes before it or it is capitalized mid-sentence ("the accord", "To
// Restore"); a short stretch between commas, or after the last one, is a subordinate
// clause and is not read; "and" between actors makes a compound actor, and elsewhere
// starts a new clause. In each clause the first verb that codes an event wins: its
// patterns are matched on the word order ("- IN_ * [075]": "in" right before the verb),
// the source is the clause's first actor and the target the first actor after the verb;
// an agent next to an actor is composed with it ("ambassadors of Arnor": ARNGOV).
// The suites' gold is what TABARI makes of their sentences, so with TABARI's dictionaries
// this reading is the only one (Coder::code).
//
// Thread-safety: pure functions.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary.h"
#include "core/document.h"

namespace dyad::events {

class VerbLexicon;

// TABARI's options (its .options file, and the validation suite's OPTION records).
struct LinearOptions {
  // "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR": a sentence with that many verbs or
  // conjunctions, or no actor before its first verb, is left uncoded (0, false: no limit).
  int max_verbs = 0;
  int max_conjunctions = 0;
  bool actor_before_verb = false;
  // "SET: MINIMUM WORDS = 8": shorter sentences are left uncoded.
  int min_words = 8;
  // TABARI reads a verb with a regular ending its dictionary does not list ("departes").
  bool regular_verb_endings = true;
  // "SET: CODE BY CLAUSE | CODE BY SENTENCE | CODE ALL": the first event of each clause,
  // the first of the sentence, or every verb's.
  enum class CodeBy : uint8_t { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  // "COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0": how many words a
  // stretch between two commas, after the last one or before the first one has when it
  // is a subordinate clause.
  int comma_min = 2, comma_max = 10;
  int comma_end_min = 2, comma_end_max = 10;
  int comma_begin_min = 255, comma_begin_max = 0;
  // "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER": the codes an event gets when
  // it has no source or no target (PRIOR: a source must come before the verb; AFTER: a
  // target after it). Empty: none.
  std::string default_source, default_target;
  bool source_prior = false, target_after = false;
  // "SET: CONVERT AGENT = TRUE": an agent with no actor next to it is an actor ("Security
  // forces": ~MIL).
  bool convert_agents = false;
  // "FORWARD: ^^*****NNN*SSS": which characters of a record's id (after the blanks "^"
  // stands for) number its story ("N") and its sentence ("S"). A pronoun with no actor
  // before it stands for the first actor of the story's previous record. Empty: off.
  std::string forward_mask;
};

// What a record forwards to the next one of its story.
struct LinearMemory {
  std::string story;  // empty: nothing to forward
  std::string actor;  // the record's first actor's code (its country: TABARI forwards no agent)
};

// Applies one options line ("COMPLEX: ...", "SET: ...", "COMMA: ...", "DEFAULT: ...",
// with or without a leading "OPTION:"); lines it does not know leave `options` as is.
void apply_option(std::string_view line, LinearOptions& options);

// What TABARI made of a sentence.
enum class LinearVerdict : uint8_t {
  kCoded,    // events appended
  kNone,     // no event found: the tree reading may try
  kUncoded,  // too short or too complex: TABARI codes nothing in it
};

// Appends to doc.events what TABARI codes in sentence `s`, whose actors are doc.mentions
// (`mention_of_token`: each token's mention, or kNoIndex); may append mentions (an actor
// composed with an agent, a default or forwarded actor). `memory` carries what the
// FORWARD option forwards from one call to the next.
LinearVerdict code_linear(const VerbLexicon& lexicon, const actors::Dictionary& actors,
                          const LinearOptions& options, Document& doc, uint32_t s,
                          const std::vector<uint32_t>& mention_of_token, LinearMemory& memory);

}  // namespace dyad::events

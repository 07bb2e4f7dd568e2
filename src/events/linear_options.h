#pragma once
// TABARI's options, as its .options file and the validation suite's OPTION records set
// them, for the reading of TABARI's dictionaries (linear_coder.h).
//
// Thread-safety: pure functions.

#include <string>
#include <string_view>

namespace dyad::events {

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

}  // namespace dyad::events

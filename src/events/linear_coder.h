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
#include <vector>

#include "actors/dictionary.h"
#include "core/document.h"
#include "events/linear_options.h"

namespace dyad::events {

class VerbLexicon;

// What TABARI made of a sentence.
enum class LinearVerdict : uint8_t {
  kCoded,    // events appended
  kNone,     // no event found
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

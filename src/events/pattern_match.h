#pragma once
// Choosing a verb's CAMEO code: the most specific pattern of its block that fits the
// tree around the verb, else the verb's own code, else the block's default.
//
// How a pattern fits (verb_lexicon.h): each subject-side phrase must be found in the
// subject's subtree, each object-side phrase around the verb's complements (objects,
// passive subjects, open complements) or among its prepositional phrases. A noun
// phrase's head term must match a word there (form, or lemma unless the term is exact)
// and its modifier terms must match words under that head. A prepositional phrase
// needs a dependent of the verb or of its object whose case word is the preposition,
// and, when it names a noun phrase, that phrase inside it.
//
// Thread-safety: pure functions.

#include <cstdint>

#include "core/event.h"
#include "events/arguments.h"
#include "events/tree_view.h"
#include "events/verb_lexicon.h"

namespace dyad::events {

struct CodeChoice {
  CameoCode code;                 // empty: no event ("---")
  CameoCode reverse;              // the target's event toward the source, when upstream has one
  uint32_t pattern = UINT32_MAX;  // the pattern that fitted, or UINT32_MAX for a default
  // The pattern names the verb's own negation ("&NEGATVAUXVRB * OVER EFFORTS" on "didn't
  // clash over the efforts"): its code is the negated act, which did happen as coded.
  bool negation_in_pattern = false;
};

CodeChoice choose_code(const VerbLexicon& lexicon, const VerbEntry& entry, const TreeView& tree,
                       uint32_t verb, const PredicateFrame& frame);

// The verb-lexicon entry for a token: phrasal form ("back out") first, then the form,
// then the lemma. nullptr when the lexicon does not know the verb.
const VerbEntry* find_verb(const VerbLexicon& lexicon, const TreeView& tree, uint32_t verb,
                           std::string& scratch);

}  // namespace dyad::events

#pragma once
// Preparing force: "The Macedonian army prepared to resume shelling Albanian rebel-held
// territory", "Russia and its allies prepare a devastating military offensive in Idlib",
// "Turkey was preparing for a military offensive east of the Euphrates". Readying an
// attack is a show of force (CAMEO 150, demonstrate military power; PLOVER MOBILIZE), not
// an intent to cooperate (PREPARE's 030) nor, when the attack is named by a verb, a threat
// of it: no one is told what will happen to them unless they yield.
//
// Thread-safety: pure functions of the tree.

#include <cstdint>

#include "events/tree_view.h"

namespace dyad::events {

// What `verb` (a form of "prepare") readies: the verb at the end of its infinitive chain
// through verbs of beginning ("prepared to resume shelling": "shelling"), else its object
// or "for" phrase when that names an attack ("an offensive", "for an invasion");
// kNoIndex otherwise.
uint32_t prepared_deed(const TreeView& tree, uint32_t verb);

// Nouns that name an attack or a war: "offensive", "assault", "invasion", ...
bool attack_noun(std::string_view lemma);

}  // namespace dyad::events

#pragma once
// "cancelled restrictions on the use of the Russian language", "Spanish-language media":
// a country's adjective that only says which language is no party to the act, as a
// border's country is none (borders.h).
//
// Thread-safety: a pure function of the tree.

#include "core/document.h"
#include "events/tree_view.h"

namespace dyad::events {

// Whether `mention` is a country's adjective that only modifies a word for a language
// ("the Russian language", "Spanish-language"): its last word is an adjectival or
// compound modifier of "language", "tongue" or "dialect". Not a name: "echoing the White
// House language" is the White House's words.
bool names_a_language(const TreeView& tree, const Mention& mention);

}  // namespace dyad::events

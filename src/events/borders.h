#pragma once
// "captured part of a Karen guerrilla stronghold on the Thai border", "crossed the
// Lebanese border into Syria", "counter-smuggling operations along the Brazilian
// border": a country named only to say which border is a place, not a party to the act.
// Taken as a target it made most of the events whose target is such a word wrong (on the
// bench news, nearly every one: THA for Burma's fight with Karen rebels).
//
// Thread-safety: a pure function of the tree.

#include <cstdint>

#include "core/document.h"
#include "events/tree_view.h"

namespace dyad::events {

// Whether `mention` only modifies a word for a border ("the Thai border", "the
// US-Mexico border", "the Uruguay-Brazil border city"): its last word is an adjectival
// or compound modifier of "border", "frontier", "boundary" or "borderline", or of a noun
// those modify.
bool names_a_border(const TreeView& tree, const Mention& mention);

}  // namespace dyad::events

#pragma once
// Readings of a verb the lexicon codes that make it no event, whatever its entry says:
// the verb is used in a sense the political lexicon does not mean. CAMEO 2.0 codes a
// verb by its default whenever no pattern fits, so "asked to remain anonymous" was an
// appeal (020), "called it a record number" a phone call (041), and "insisted the
// ceasefire did not apply" a demand (100). Each reading is read off the tree around the
// verb.
//
// Thread-safety: pure functions of the tree.

#include <cstdint>

#include "events/tree_view.h"

namespace dyad::events {

// Whether `verb` is used, in its sentence, in a sense that codes no event.
bool reads_as_no_event(const TreeView& tree, uint32_t verb);

}  // namespace dyad::events

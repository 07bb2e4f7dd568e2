#pragma once
// Whom a threat is meant to move: "Russia has threatened to stop negotiations if the
// United States goes ahead with the deployment", "threatened to hold a general strike
// unless Israel rescinded its annexation". A threat's condition names the party whose
// act it answers; when the threat names no other target, that party is it.
//
// Thread-safety: a pure function of the tree.

#include <cstdint>

#include "events/tree_view.h"

namespace dyad::events {

// Does `clause` carry an "if" or "unless" clause? "would meet the mediator if he gave
// them a veto". A scan of the sentence, for callers that hold no TreeView (modality).
bool has_condition(const Document& doc, const Sentence& sentence, uint32_t clause);

// Whether `clause` is a condition on the clause above it: "if it is attacked", "unless
// President Oueddei arranged a ceasefire".
bool is_condition(const TreeView& tree, uint32_t clause);

// The subject of an "if" or "unless" clause hung on `clause`, or kNoIndex.
uint32_t condition_subject(const TreeView& tree, uint32_t clause);

}  // namespace dyad::events

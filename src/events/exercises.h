#pragma once
// Military exercises: "French and Egyptian warships on Monday launched 10 days of war
// games in the Mediterranean Sea". Held by one side, exercises show force (CAMEO 150, the
// curated "&NEWS_EXERCISE" patterns); held by the forces of two or more countries
// together they are joint, military cooperation (062), as "joint exercises" already is.
//
// Thread-safety: a pure function of the tree.

#include <cstdint>

#include "events/tree_view.h"

namespace dyad::events {

// Whether `verb`'s object names military exercises ("exercises", "drills", "manoeuvres",
// "war games"), itself or as the "of" phrase of a measure ("10 days of war games").
bool holds_exercises(const TreeView& tree, uint32_t verb);

}  // namespace dyad::events

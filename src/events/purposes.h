#pragma once
// What a deed is done for: "Gambian President Dawda Jawara will visit Mauritania and
// Senegal to mediate in a border dispute", "Czechia and China signed an agreement to
// increase trade", "Saudi Arabia has mobilized pressure groups to help support the rights
// of Palestinians". The CAMEO manual and the PLOVER GSR code the deed (the visit, the
// agreement, the mobilization); its purpose is only what the doer means by it. Coded as
// an event of its own the purpose adds an intention (03x) or a deed no one did.
//
// Thread-safety: a pure function of the tree.

#include <cstdint>

#include "events/tree_view.h"

namespace dyad::events {

// The verb whose purpose `verb` is: an infinitive with "to" hung as an adverbial clause
// on a verb ("visit ... to mediate"), or on that verb's object ("sent troops to help").
// kNoIndex when `verb` is no such infinitive (a complement, "agreed to lift", is not).
uint32_t purpose_of(const TreeView& tree, uint32_t verb);

}  // namespace dyad::events

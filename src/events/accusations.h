#pragma once
// CAMEO's accusation leaves (1121-1125) are read off what is alleged: "accused the United
// States of violating human rights" is 1122, "accused Darfur rebels of violating a
// ceasefire" 1123, "accused Russia of war crimes" 1124. The upstream patterns code most
// accusations as the general 112, whatever follows "of".
//
// Thread-safety: pure functions over constant tables.

#include <cstdint>

#include "core/event.h"
#include "events/tree_view.h"

namespace dyad::events {

// The leaf for an accusation whose allegation is the phrase headed by `allegation` (the
// gerund or noun after "of" or "for"), or 112 when its words name none of the codebook's
// kinds: crime or corruption (1121), human rights abuses (1122), aggression (1123), war
// crimes (1124), espionage or treason (1125). `deed` is the allegation's own code when it
// is a coded verb ("of violating a ceasefire", 196): force and its breaches are aggression.
CameoCode accusation_leaf(const TreeView& tree, uint32_t allegation, const CameoCode& deed);

}  // namespace dyad::events

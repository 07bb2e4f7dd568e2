#pragma once
// CAMEO codes some force by how it is done and to whom, not by its verb: a killing or a
// wounding done with a bomb is a bombing (183; suicide 1831, car 1832, roadside 1833), and
// the killing of a leader an assassination (186). The verb patterns upstream code
// "killed", "wounded" and "attacked" as force in general (190, 180) whatever the means:
// "wounded two British soldiers in a bomb attack", "a roadside bombing killed one U.S.
// soldier", "Hezbollah guerrillas killed the deputy chief of Israel's militia ally".
//
// Thread-safety: pure functions of the tree.

#include <cstdint>
#include <span>

#include "core/event.h"
#include "events/tree_view.h"

namespace dyad::events {

// The bombing leaf the phrases headed by `means` name (the act's non-actor subject or
// agent, "a roadside bombing", "suicide bombers", and its in/with/by phrases, "in a car
// bomb explosion"), from each head's lemma and its compound and adjective modifiers; empty
// when none names a bomb. Military ordnance ("mortar bomb", "cluster bombs", "air
// bombing") is no bombing in CAMEO's sense: shelling and air strikes have codes of their
// own (194, 195).
CameoCode bombing_leaf(const TreeView& tree, std::span<const uint32_t> means);

// Whether the phrase headed by `victim` names someone whose killing is an assassination:
// a leader or holder of high office ("the deputy chief", "the mayor of Kandahar"), not
// soldiers, police or civilians.
bool names_leader(const TreeView& tree, uint32_t victim);

}  // namespace dyad::events

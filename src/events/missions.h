#pragma once
// Missions sent to look into something: "The United Nations has sent 21 military and
// civilian personnel to Bosnia to investigate the feasibility of a peacekeeping force",
// "The IAEA has dispatched inspectors to Iran to monitor the resumption of nuclear work".
// The CAMEO codebook codes such a sentence as the investigation (its example for 090 is
// the first one), and PLOVER as INVESTIGATE: the sending is only how it is done. Coded as
// the sending it becomes material cooperation (SEND's 062, DESPATCH's 061) with the place
// investigated.
//
// Thread-safety: a pure function of the tree.

#include <cstdint>

#include "events/tree_view.h"

namespace dyad::events {

// The purpose infinitive of a verb of sending that names looking into something
// ("to investigate", "to monitor", "to inspect", ...), hung on the verb or on what is
// sent; kNoIndex when `verb` sends no such mission.
uint32_t investigative_purpose(const TreeView& tree, uint32_t verb);

}  // namespace dyad::events

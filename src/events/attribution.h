#pragma once
// The words of a sentence that say who reports it, not who takes part in it: the
// trailing speaker of news style ("Libya has offered to hand over …, a state-owned
// Egyptian newspaper said.") and an "according to" phrase ("… according to a press release
// by the Liberation Tigers"). The parser often hangs a trailing speaker under the main
// clause (as a conjunct or an oblique of its last verb), where target search would take
// the newspaper for whom Libya made its offer; the coder keeps such actors for the verb of
// saying alone.
//
// Thread-safety: a pure function of the tree.

#include <cstdint>
#include <vector>

#include "events/tree_view.h"

namespace dyad::events {

// The verb of saying whose speaker the marked words are, or kNoIndex (only "according
// to" phrases, or nothing, marked).
struct Attribution {
  uint32_t speaker_verb = kNoIndex;
  std::vector<bool> cited;  // per sentence token: part of whom the sentence cites
};

// Fills `out` for the tree's sentence (out.cited has one entry per sentence token).
void find_attribution(const TreeView& tree, Attribution& out);

}  // namespace dyad::events

#pragma once
// Actor phrases whose words the text spreads over a noun phrase: "Ithilen state-run
// television" names ITHILEN TELEVISION (ITHTV), as the engine suites' gold reads it (a
// blank in an engine's actor phrase lets other words in between; TABARI's reading does
// the same over a row of words, linear_coder.cc). In the tree reading only the words of
// one noun phrase count: the head and the compounds and modifiers before it.
//
// Thread-safety: a pure function of its arguments; writes only `doc` and
// `mention_of_token`.

#include <cstdint>
#include <vector>

#include "actors/dictionary.h"
#include "core/document.h"
#include "events/tree_view.h"

namespace dyad::events {

// Adds a mention for each actor phrase spread over a noun phrase of the sentence `tree`
// holds, longer (in letters) than the mentions already on its words, and points those
// words' `mention_of_token` at it.
void find_spread_names(const actors::Dictionary& dict, const TreeView& tree, Document& doc,
                       std::vector<uint32_t>& mention_of_token);

}  // namespace dyad::events

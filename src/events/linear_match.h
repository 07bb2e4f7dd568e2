#pragma once
// PETRARCH 1's and TABARI's reading of a linear pattern, for an engine suite's own
// dictionaries: the pattern's words after the verb are found, in their order, among the
// words of the verb's phrase that follow it, and its words before the verb among the
// sentence's words before it. Other words may come between two pattern words unless "_" joins them
// ("NEW_&TIETYPES_RELATIONS" fits "new economic relations", not "new global economic
// relations"; "RECENTLY_*" fits "recently allowed", not "recently did allow"). A word
// fits by its spelling, as the engine compares them: "* EFFORT" is not "abandoned
// efforts" (TABARI's words are stems: "RESTOR" fits "restored"). A synonym set's member
// of several words fits those words in a row (TABARI: in order, others between unless
// "_" joins them; LinearTerm::loose_members).
//
// dyad's own tables are read on the tree (pattern_match.h); this is only for
// VerbPattern::words_before / words_after, which the lexicon fills for engine reading.
//
// Thread-safety: pure functions.

#include <cstdint>
#include <vector>

#include "events/tree_view.h"
#include "events/verb_lexicon.h"

namespace dyad::events {

struct LinearFit {
  bool fits = false;
  int words = 0;          // text words the pattern covered; more is a closer fit
  bool negation = false;  // a word it covered before the verb negates it ("did n't")
};

// The words of the verb's phrase after it, punctuation left out, as PETRARCH 1 reads
// them: its subtree, less a particle and less a coordinated or parenthetical clause ("and
// promised aid", ", an official said"), which is a phrase of its own.
std::vector<uint32_t> phrase_after(const TreeView& tree, uint32_t verb);

LinearFit fit_linear_words(const VerbLexicon& lexicon, const TreeView& tree, uint32_t verb,
                           const VerbPattern& pattern);

}  // namespace dyad::events

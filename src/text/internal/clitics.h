#pragma once
// Multiword tokens of UD English EWT 2.15 (internal to text/): where a surface word splits
// into two syntactic words, each a slice of the surface ("don't" = do + n't, "can't" =
// ca + n't, "Bush's" = Bush + 's, "rebels'" = rebels + ', "cannot" = can + not,
// "gonna" = gon + na, "dont" = do + nt).
//
// Thread-safety: pure function.

#include <cstddef>
#include <string_view>

namespace dyad::text::internal {

// The byte offset inside `word` where its second word starts, or 0 when it is one word.
size_t clitic_split(std::string_view word);

}  // namespace dyad::text::internal

#pragma once
// Sentence boundaries over surface tokens (internal to text/). Rules, not a model: a
// blank line always ends a sentence (and, by default, so does a single line break: news
// feeds put one paragraph per line); otherwise a sentence ends after . ! ? (with any
// closing quotes or brackets glued to them) when the next token can open a sentence, and
// after an abbreviation only when a typical sentence opener follows ("... with the U.S.
// The talks" splits, "U.S. President Joe Biden" and "John F. Kennedy" do not).
//
// Thread-safety: pure function.

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "text/internal/scanner.h"

namespace dyad::text::internal {

struct SplitRules {
  bool line_break_ends_sentence = true;
};

// Appends to `starts` the index of the first surface token of every sentence (0 first).
void find_sentence_starts(std::string_view text, std::span<const SurfaceToken> tokens,
                          const SplitRules& rules, std::vector<uint32_t>& starts);

}  // namespace dyad::text::internal

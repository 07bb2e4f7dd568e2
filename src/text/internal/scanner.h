#pragma once
// The surface scanner (internal to text/): cuts normalized text into surface tokens,
// following UD English EWT 2.15 conventions. Multiword-token splitting ("don't" -> do +
// n't) and sentence boundaries come after, from these tokens.
//
// One pass, left to right, no backtracking beyond a few characters, so time is linear in
// the text even for a 10 MB line without spaces.
//
// Thread-safety: pure function; the output vector is the caller's.

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::text::internal {

enum class TokenKind : uint8_t {
  kWord,      // letters and/or digits, possibly with inner . , : / - ' &
  kAbbrev,    // a word that keeps its final period: "Sen.", "U.S.", "F."
  kUrl,       // URLs and e-mail addresses
  kPeriod,    // "."
  kTerminal,  // runs of . ! ? other than a single "." ("?!", "!!")
  kEllipsis,  // "..", "...", "…"
  kQuote,     // " “ ” ‘ « » and standalone ' ’ `
  kOpen,      // ( [ {
  kClose,     // ) ] }
  kComma,     // , ; :
  kOther,     // everything else: dashes, symbols, emoticons
};

struct SurfaceToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kOther;
  // White space before the token: 0 none, 1 spaces, 2 one line break, 3 a blank line.
  uint8_t gap = 0;
};

// Appends the surface tokens of `text` (valid UTF-8) to `out`.
void scan(std::string_view text, std::vector<SurfaceToken>& out);

}  // namespace dyad::text::internal

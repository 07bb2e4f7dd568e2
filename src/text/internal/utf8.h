#pragma once
// UTF-8 decoding helpers shared by the normalizer and the tokenizer (internal to text/).
//
// The tokenizer only ever sees normalized text, which is valid UTF-8, so decode() there
// can trust its input; the normalizer uses decode_checked() to find the bad sequences.
// Everything here is a pure function: thread-safe, no allocation.

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::text::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;
inline constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// Length of a UTF-8 sequence from its lead byte (1 for ASCII and for stray bytes, so a
// walk over arbitrary bytes always advances).
inline int sequence_length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Decodes the code point at s[i] from valid UTF-8; sets `len` to its byte length.
inline char32_t decode(std::string_view s, size_t i, int& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  len = sequence_length(b0);
  if (i + len > s.size()) {  // cannot happen on valid text; stay safe anyway
    len = 1;
    return kReplacementChar;
  }
  char32_t cp = b0 & (0x7F >> len);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// Decodes the code point at s[i] from untrusted bytes. Returns the number of bytes of a
// well-formed sequence (rejecting overlong forms, surrogates and values over U+10FFFF), or
// 0 when s[i] starts an ill-formed one; `bad_len` is then the length of the maximal
// ill-formed subpart to replace by one U+FFFD (the Unicode "substitution of maximal
// subparts" practice, which is what browsers and Python do).
int decode_checked(std::string_view s, size_t i, char32_t& cp, int& bad_len);

// Copies `bytes` to `out` with every ill-formed sequence replaced by U+FFFD (maximal
// subparts, as decode_checked). Returns the offset of the first bad byte, or npos when
// `bytes` was valid (then `out` is an exact copy).
size_t repair_utf8(std::string_view bytes, std::string& out);

// Appends the UTF-8 encoding of `cp`; returns the number of bytes written.
int encode(char32_t cp, char* out);

// Whether the byte at s[i] begins a code point (is not a continuation byte).
inline bool is_boundary(std::string_view s, size_t i) {
  return i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

}  // namespace dyad::text::internal

#pragma once
// Character classes for the tokenizer (internal to text/): one small enum per code point,
// from a 128-entry table for ASCII and utf8proc's general category for the rest, plus the
// handful of non-ASCII punctuation marks English tokenization cares about by name.
//
// Thread-safety: pure functions.

#include <array>
#include <cstdint>

namespace dyad::text::internal {

enum class CharClass : uint8_t {
  kSpace,
  kLetter,  // letters, combining marks, and other word characters (_)
  kDigit,
  kApostrophe,  // ' and U+2019 (also a closing single quote), and `
  kHyphen,      // -
  kPeriod,      // .
  kComma,
  kColon,     // : ;
  kSlash,     // / and backslash
  kTerminal,  // ! ?  (sentence-final besides the period)
  kEllipsis,  // U+2026
  kQuote,     // " and typographic double quotes, U+2018, guillemets
  kOpen,      // ( [ {
  kClose,     // ) ] }
  kDash,      // U+2012..U+2015, U+2212
  kAmpersand,
  kAt,
  kCurrency,  // $ and Unicode Sc
  kOther,     // other punctuation and symbols
};

namespace detail {
constexpr std::array<CharClass, 128> make_ascii_table() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kOther;
    if (c <= ' ') k = CharClass::kSpace;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') k = CharClass::kLetter;
    if (c >= '0' && c <= '9') k = CharClass::kDigit;
    t[c] = k;
  }
  t['\''] = t['`'] = CharClass::kApostrophe;
  t['-'] = CharClass::kHyphen;
  t['.'] = CharClass::kPeriod;
  t[','] = CharClass::kComma;
  t[':'] = t[';'] = CharClass::kColon;
  t['/'] = t['\\'] = CharClass::kSlash;
  t['!'] = t['?'] = CharClass::kTerminal;
  t['"'] = CharClass::kQuote;
  t['('] = t['['] = t['{'] = CharClass::kOpen;
  t[')'] = t[']'] = t['}'] = CharClass::kClose;
  t['&'] = CharClass::kAmpersand;
  t['@'] = CharClass::kAt;
  t['$'] = CharClass::kCurrency;
  t[127] = CharClass::kSpace;
  return t;
}

inline constexpr std::array<CharClass, 128> kAsciiClass = make_ascii_table();
}  // namespace detail

CharClass classify_non_ascii(char32_t cp);

// Inline so the ASCII case, nearly every byte of English text, is a table load.
inline CharClass classify(char32_t cp) {
  return cp < 128 ? detail::kAsciiClass[cp] : classify_non_ascii(cp);
}

inline bool is_alnum_class(CharClass c) {
  return c == CharClass::kLetter || c == CharClass::kDigit;
}

// Upper/lower case of a letter (false for non-letters); ASCII inline, utf8proc otherwise.
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

}  // namespace dyad::text::internal

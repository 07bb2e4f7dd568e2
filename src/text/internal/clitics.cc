#include "text/internal/clitics.h"

#include <array>
#include <cstdint>

namespace dyad::text::internal {
namespace {

using namespace std::string_view_literals;

struct Fused {
  std::string_view word;  // lower case
  uint8_t split;
};

// Contractions written without an apostrophe, as EWT splits them. Left out on purpose:
// "its" (nearly always the possessive in news), "lets", "your", "hes"/"ill"/"well"
// (ordinary words), though EWT's web text sometimes means "it's" or "you're" by them.
constexpr auto kFused = std::to_array<Fused>({
    {"aint"sv, 2},     {"arent"sv, 3},  {"cannot"sv, 3}, {"cant"sv, 2},    {"couldnt"sv, 5},
    {"didnt"sv, 3},    {"doesnt"sv, 4}, {"dont"sv, 2},   {"gonna"sv, 3},   {"gotta"sv, 3},
    {"hasnt"sv, 3},    {"havent"sv, 4}, {"im"sv, 1},     {"isnt"sv, 2},    {"ive"sv, 1},
    {"shouldnt"sv, 6}, {"thats"sv, 4},  {"theres"sv, 5}, {"wanna"sv, 3},   {"wasnt"sv, 3},
    {"werent"sv, 4},   {"whats"sv, 4},  {"wont"sv, 2},   {"wouldnt"sv, 5}, {"youre"sv, 3},
});

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of the apostrophe ending at `end` (exclusive): ' or ` is 1 byte, U+2019 is 3.
size_t apostrophe_before(std::string_view w, size_t end) {
  if (end >= 1 && (w[end - 1] == '\'' || w[end - 1] == '`')) return 1;
  if (end >= 3 && w.substr(end - 3, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

// The start of the letters before position `at`, or `at` when there are none (so "'s"
// alone, "60's" and "#'s" do not split).
bool letters_before(std::string_view w, size_t at) {
  if (at == 0) return false;
  const unsigned char c = static_cast<unsigned char>(w[at - 1]);
  return ascii_letter(static_cast<char>(c)) || c >= 0x80;
}

}  // namespace

size_t clitic_split(std::string_view w) {
  const size_t n = w.size();
  if (n < 2) return 0;
  // Final apostrophe: the plural possessive (the scanner only keeps it after an s).
  if (size_t a = apostrophe_before(w, n); a > 0) {
    return n > a && letters_before(w, n - a) ? n - a : 0;
  }
  const char last = lower(w[n - 1]);
  const char last2 = n >= 2 ? lower(w[n - 2]) : 0;
  // n't
  if (last == 't' && n >= 2) {
    if (size_t a = apostrophe_before(w, n - 1); a > 0 && n >= a + 2 && lower(w[n - 2 - a]) == 'n') {
      const size_t at = n - 2 - a;
      return letters_before(w, at) ? at : 0;
    }
  }
  // 's 'm 'd
  if (last == 's' || last == 'm' || last == 'd') {
    if (size_t a = apostrophe_before(w, n - 1); a > 0) {
      const size_t at = n - 1 - a;
      return letters_before(w, at) ? at : 0;
    }
  }
  // 're 've 'll
  if ((last2 == 'r' && last == 'e') || (last2 == 'v' && last == 'e') ||
      (last2 == 'l' && last == 'l')) {
    if (size_t a = apostrophe_before(w, n - 2); a > 0) {
      const size_t at = n - 2 - a;
      return letters_before(w, at) ? at : 0;
    }
  }
  if (n > 8) return 0;
  char buf[8];
  for (size_t i = 0; i < n; ++i) buf[i] = lower(w[i]);
  const std::string_view lw(buf, n);
  for (const Fused& f : kFused) {
    if (f.word == lw) return f.split;
  }
  return 0;
}

}  // namespace dyad::text::internal

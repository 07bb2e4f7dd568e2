#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad::text {
namespace {

using namespace std::string_view_literals;

// Sorted for binary search. Case matters: "No." is an abbreviation, "no." ends a sentence.
constexpr auto kTitles = std::to_array<std::string_view>({
    "Adm"sv, "Amb"sv,    "Brig"sv, "Capt"sv, "Cmdr"sv, "Col"sv,  "Cpl"sv,  "Det"sv,
    "Dr"sv,  "Fr"sv,     "Ft"sv,   "Gen"sv,  "Gov"sv,  "Hon"sv,  "Insp"sv, "Lt"sv,
    "Maj"sv, "Messrs"sv, "Mme"sv,  "Mr"sv,   "Mrs"sv,  "Ms"sv,   "Msgr"sv, "Mt"sv,
    "No"sv,  "Nos"sv,    "Pres"sv, "Prof"sv, "Pvt"sv,  "Rep"sv,  "Reps"sv, "Rev"sv,
    "Sen"sv, "Sens"sv,   "Sgt"sv,  "Sr"sv,   "St"sv,   "Supt"sv, "vs"sv,
});

constexpr auto kGeneral = std::to_array<std::string_view>({
    "Apr"sv, "Ariz"sv,   "Assn"sv, "Aug"sv,   "Ave"sv,  "Bhd"sv,  "Blvd"sv, "Bros"sv, "Calif"sv,
    "Co"sv,  "Colo"sv,   "Conn"sv, "Corp"sv,  "Dec"sv,  "Del"sv,  "Dept"sv, "Feb"sv,  "Fla"sv,
    "Fri"sv, "Ga"sv,     "Inc"sv,  "Jan"sv,   "Jr"sv,   "Jul"sv,  "Jun"sv,  "Kan"sv,  "Ky"sv,
    "La"sv,  "Ltd"sv,    "Md"sv,   "Mich"sv,  "Minn"sv, "Mo"sv,   "Mon"sv,  "Nev"sv,  "Nov"sv,
    "Oct"sv, "Okla"sv,   "Pa"sv,   "Plc"sv,   "Sat"sv,  "Sep"sv,  "Sept"sv, "Sun"sv,  "Tenn"sv,
    "Tex"sv, "Thu"sv,    "Thur"sv, "Thurs"sv, "Tue"sv,  "Tues"sv, "Va"sv,   "Vt"sv,   "Wed"sv,
    "Wis"sv, "approx"sv, "ca"sv,   "cf"sv,    "dept"sv, "est"sv,  "etc"sv,  "fig"sv,  "govt"sv,
    "inc"sv, "mln"sv,    "oz"sv,   "pp"sv,    "viz"sv,  "vol"sv,
});

constexpr auto kOpeners = std::to_array<std::string_view>({
    "A"sv,         "According"sv, "After"sv,  "Also"sv, "An"sv,    "And"sv,    "Another"sv,
    "As"sv,        "At"sv,        "Before"sv, "But"sv,  "By"sv,    "During"sv, "Earlier"sv,
    "For"sv,       "From"sv,      "He"sv,     "Her"sv,  "His"sv,   "How"sv,    "However"sv,
    "I"sv,         "If"sv,        "In"sv,     "It"sv,   "Its"sv,   "Last"sv,   "Later"sv,
    "Meanwhile"sv, "Mr"sv,        "Mrs"sv,    "Ms"sv,   "My"sv,    "No"sv,     "Now"sv,
    "On"sv,        "One"sv,       "Our"sv,    "She"sv,  "Since"sv, "So"sv,     "Some"sv,
    "That"sv,      "The"sv,       "Their"sv,  "Then"sv, "There"sv, "These"sv,  "They"sv,
    "This"sv,      "Those"sv,     "Under"sv,  "We"sv,   "What"sv,  "When"sv,   "While"sv,
    "Why"sv,       "With"sv,      "Yet"sv,    "You"sv,
});

template <size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (word.empty()) return AbbreviationKind::kNone;
  // Initials: "John F. Kennedy", "George W. Bush".
  if (word.size() == 1) {
    return (word[0] >= 'A' && word[0] <= 'Z') ? AbbreviationKind::kTitle : AbbreviationKind::kNone;
  }
  if (contains(kTitles, word)) return AbbreviationKind::kTitle;
  if (contains(kGeneral, word)) return AbbreviationKind::kGeneral;
  // Dotted letter groups: U.S, U.N, a.m, p.m, e.g, i.e, Ph.D, D.C.
  if (word.find('.') != std::string_view::npos) {
    size_t part = 0;
    for (char c : word) {
      if (c == '.') {
        if (part == 0) return AbbreviationKind::kNone;
        part = 0;
      } else if (is_ascii_letter(c) && ++part <= 3) {
        continue;
      } else {
        return AbbreviationKind::kNone;
      }
    }
    return part > 0 ? AbbreviationKind::kGeneral : AbbreviationKind::kNone;
  }
  return AbbreviationKind::kNone;
}

bool is_sentence_opener(std::string_view word) { return contains(kOpeners, word); }

}  // namespace dyad::text

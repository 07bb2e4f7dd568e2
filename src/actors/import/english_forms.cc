#include "actors/import/english_forms.h"

namespace dyad::actors::import {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_vowel(char c) {
  c = lower(c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True when the word's last letter is upper case (the dictionaries are mostly capitals).
bool upper(std::string_view w) {
  for (size_t i = w.size(); i > 0; --i) {
    if (is_letter(w[i - 1])) return w[i - 1] >= 'A' && w[i - 1] <= 'Z';
  }
  return true;
}

std::string cased(std::string_view suffix, bool up) {
  std::string out(suffix);
  if (up) {
    for (char& c : out) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return out;
}

bool ends_with_ci(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (lower(w[w.size() - suffix.size() + i]) != suffix[i]) return false;
  }
  return true;
}

bool consonant_y(std::string_view w) {
  return w.size() >= 2 && lower(w.back()) == 'y' && !is_vowel(w[w.size() - 2]);
}

}  // namespace

std::string noun_plural(std::string_view w) {
  if (w.empty()) return {};
  const bool up = upper(w);
  if (ends_with_ci(w, "s") || ends_with_ci(w, "x") || ends_with_ci(w, "z") ||
      ends_with_ci(w, "ch") || ends_with_ci(w, "sh")) {
    return std::string(w) + cased("es", up);
  }
  if (consonant_y(w)) return std::string(w.substr(0, w.size() - 1)) + cased("ies", up);
  return std::string(w) + cased("s", up);
}

std::string verb_third_person(std::string_view w) { return noun_plural(w); }

std::string verb_past(std::string_view w) {
  if (w.empty()) return {};
  const bool up = upper(w);
  if (ends_with_ci(w, "e")) return std::string(w) + cased("d", up);
  if (consonant_y(w)) return std::string(w.substr(0, w.size() - 1)) + cased("ied", up);
  return std::string(w) + cased("ed", up);
}

std::string verb_gerund(std::string_view w) {
  if (w.empty()) return {};
  const bool up = upper(w);
  if (ends_with_ci(w, "ie")) return std::string(w.substr(0, w.size() - 2)) + cased("ying", up);
  if (ends_with_ci(w, "e") && w.size() >= 3 && !is_vowel(w[w.size() - 2])) {
    return std::string(w.substr(0, w.size() - 1)) + cased("ing", up);
  }
  return std::string(w) + cased("ing", up);
}

}  // namespace dyad::actors::import

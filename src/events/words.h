#pragma once
// Word tests the coder's rules share. The rules compare lemmas and forms with short
// literal lists, for every word of every sentence, so none of these allocates.

#include <algorithm>
#include <initializer_list>
#include <span>
#include <string_view>

namespace dyad::events {

inline bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

inline bool one_of(std::string_view word, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// `form` is `lowered` (all lowercase ASCII) but for the case of its letters: "It", "IT".
inline bool equals_lower(std::string_view form, std::string_view lowered) {
  if (form.size() != lowered.size()) return false;
  for (size_t i = 0; i < form.size(); ++i) {
    char c = form[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lowered[i]) return false;
  }
  return true;
}

inline bool one_of_lower(std::string_view form, std::initializer_list<std::string_view> lowered) {
  return std::any_of(lowered.begin(), lowered.end(),
                     [form](std::string_view w) { return equals_lower(form, w); });
}

}  // namespace dyad::events

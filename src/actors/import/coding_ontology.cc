#include "actors/import/coding_ontology.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <utility>

namespace dyad::actors::import {
namespace {

constexpr int64_t kNegation = 0xFFFF;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "0x1000-0xFFFF", "-0xFFFF+0x2040+0x300": the sum, or nothing for anything else.
std::optional<int64_t> sum_of_terms(std::string_view s) {
  int64_t sum = 0;
  bool any = false;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
      continue;
    }
    int sign = 1;
    if (s[i] == '+' || s[i] == '-') {
      sign = s[i] == '-' ? -1 : 1;
      ++i;
    }
    if (i + 2 > s.size() || s[i] != '0' || (s[i + 1] != 'x' && s[i + 1] != 'X')) return {};
    i += 2;
    int64_t term = 0;
    size_t digits = 0;
    for (; i < s.size() && hex_digit(s[i]) >= 0; ++i, ++digits) term = term * 16 + hex_digit(s[i]);
    if (digits == 0) return {};
    sum += sign * term;
    any = true;
  }
  if (!any) return {};
  return sum;
}

}  // namespace

std::vector<NegatedCode> negations_from_coding_ontology(std::string_view text) {
  std::vector<std::pair<std::string, int64_t>> codes;
  std::unordered_map<int64_t, std::string> code_of_value;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon < 2 || colon > 4) continue;
    const std::string_view code = line.substr(0, colon);
    bool digits = true;
    for (char c : code) digits = digits && is_digit(c);
    if (!digits) continue;
    std::string_view terms = line.substr(colon + 1);
    terms = terms.substr(0, terms.find('#'));
    const std::optional<int64_t> value = sum_of_terms(terms);
    if (!value) continue;
    codes.emplace_back(std::string(code), *value);
    code_of_value.emplace(*value, std::string(code));
  }
  std::vector<NegatedCode> out;
  for (const auto& [code, value] : codes) {
    auto it = code_of_value.find(value - kNegation);
    if (it != code_of_value.end()) out.push_back({code, it->second});
  }
  return out;
}

}  // namespace dyad::actors::import

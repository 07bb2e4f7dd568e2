#include "events/linear_options.h"

#include <string>
#include <string_view>

namespace dyad::events {
namespace {

// The number after `name` in `line` ("VERBS[5]", "MIN = 4"); `fallback` when absent.
int number_after(std::string_view line, std::string_view name, int fallback) {
  const size_t p = line.find(name);
  if (p == std::string_view::npos) return fallback;
  size_t i = p + name.size();
  while (i < line.size() && (line[i] == ' ' || line[i] == '=' || line[i] == '[')) ++i;
  if (i == line.size() || line[i] < '0' || line[i] > '9') return fallback;
  int n = 0;
  for (; i < line.size() && line[i] >= '0' && line[i] <= '9'; ++i) n = n * 10 + (line[i] - '0');
  return n;
}

// The code in brackets after `name` ("SOURCE [DEFSRC]"); empty when absent.
std::string code_after(std::string_view line, std::string_view name) {
  const size_t p = line.find(name);
  if (p == std::string_view::npos) return {};
  const size_t open = line.find('[', p), close = line.find(']', p);
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return {};
  std::string code(line.substr(open + 1, close - open - 1));
  std::erase(code, ' ');
  return code;
}

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

}  // namespace

void apply_option(std::string_view line, LinearOptions& o) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  if (line.starts_with("OPTION:")) line.remove_prefix(7);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  if (line.starts_with("COMPLEX:")) {
    o.max_verbs = number_after(line, "VERBS", 0);
    o.max_conjunctions = number_after(line, "CONJ", 0);
    o.actor_before_verb = contains(line, "NOACTPRIOR");
  } else if (line.starts_with("SET:")) {
    if (contains(line, "MINIMUM WORDS")) o.min_words = number_after(line, "WORDS", o.min_words);
    if (contains(line, "CODE BY CLAUSE")) o.code_by = LinearOptions::CodeBy::kClause;
    if (contains(line, "CODE BY SENTENCE")) o.code_by = LinearOptions::CodeBy::kSentence;
    if (contains(line, "CODE ALL")) o.code_by = LinearOptions::CodeBy::kAll;
    if (contains(line, "CONVERT AGENT")) o.convert_agents = contains(line, "TRUE");
  } else if (line.starts_with("COMMA:")) {
    if (contains(line, "OFF")) {
      o.comma_min = o.comma_end_min = o.comma_begin_min = 255;
      o.comma_max = o.comma_end_max = o.comma_begin_max = 0;
      return;
    }
    o.comma_min = number_after(line, " MIN", o.comma_min);
    o.comma_max = number_after(line, " MAX", o.comma_max);
    o.comma_end_min = number_after(line, "EMIN", o.comma_end_min);
    o.comma_end_max = number_after(line, "EMAX", o.comma_end_max);
    o.comma_begin_min = number_after(line, "BMIN", o.comma_begin_min);
    o.comma_begin_max = number_after(line, "BMAX", o.comma_begin_max);
  } else if (line.starts_with("FORWARD:")) {
    o.forward_mask.clear();
    if (contains(line, "OFF")) return;
    std::string_view rest = line.substr(8);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    o.forward_mask = std::string(rest.substr(0, rest.find(' ')));
  } else if (line.starts_with("DEFAULT:")) {
    if (contains(line, "OFF")) {
      o.default_source.clear();
      o.default_target.clear();
      o.source_prior = o.target_after = false;
    }
    if (std::string c = code_after(line, "SOURCE"); !c.empty()) {
      o.default_source = c;
      o.source_prior = contains(line.substr(line.find("SOURCE")), "PRIOR");
    }
    if (std::string c = code_after(line, "TARGET"); !c.empty()) {
      o.default_target = c;
      o.target_after = contains(line.substr(line.find("TARGET")), "AFTER");
    }
  }
}

}  // namespace dyad::events

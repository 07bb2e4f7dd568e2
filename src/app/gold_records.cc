#include "app/gold_records.h"

#include <array>
#include <chrono>
#include <fstream>

#include <nlohmann/json.hpp>

#include "events/words.h"

namespace dyad::app {
namespace {

constexpr std::array<std::string_view, kExpectCount> kExpectNames = {
    "events",     "no_events",   "discard",
    "label_only", "complex",     "option_record",
    "error",      "unspecified", "disabled_expectation_only"};

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// The scheme of a code as written: two leading digits are CAMEO (and WEIS-style codes
// such as "174K" or "023?"), capital letters a PLOVER type.
Scheme scheme_of_code(std::string_view code) {
  if (code.size() >= 2 && code[0] >= '0' && code[0] <= '9' && code[1] >= '0' && code[1] <= '9')
    return Scheme::kCameo;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return Scheme::kNone;
  }
  return code.empty() ? Scheme::kNone : Scheme::kPlover;
}

std::string string_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

// "---" is the engines' own code for "no actor" (TABARI's and PETRARCH's null actor), so
// "BREGOV --- 023" is a statement with no target, the same as an empty target.
std::string actor_field(const nlohmann::json& j, const char* key) {
  std::string code = string_field(j, key);
  if (code == "---") code.clear();
  return code;
}

}  // namespace

std::optional<Expect> expect_from_name(std::string_view name) {
  for (size_t i = 0; i < kExpectNames.size(); ++i) {
    if (kExpectNames[i] == name) return static_cast<Expect>(i);
  }
  return std::nullopt;
}

std::string_view expect_name(Expect expect) { return kExpectNames[static_cast<size_t>(expect)]; }

ScoredAs scored_as(Expect expect) {
  switch (expect) {
    case Expect::kEvents:
    case Expect::kNoEvents:
    case Expect::kDiscard:
      return ScoredAs::kDyad;
    case Expect::kLabelOnly:
      return ScoredAs::kLabelOnly;
    default:
      return ScoredAs::kSkipped;
  }
}

std::string_view scheme_name(Scheme scheme) {
  switch (scheme) {
    case Scheme::kNone:
      return "none";
    case Scheme::kCameo:
      return "cameo";
    case Scheme::kPlover:
      return "plover";
    case Scheme::kFiveClass:
      return "five_class";
  }
  return "?";
}

std::optional<std::string> parse_gold_date(std::string_view d) {
  if (d.empty()) return std::string();
  std::string y, m, day;
  if (d.size() == 10 && d[4] == '-' && d[7] == '-') {
    y = d.substr(0, 4), m = d.substr(5, 2), day = d.substr(8, 2);
  } else if (d.size() == 8) {
    y = d.substr(0, 4), m = d.substr(4, 2), day = d.substr(6, 2);
  } else if (d.size() == 6) {
    const std::string_view yy = d.substr(0, 2);
    if (!all_digits(yy)) return std::nullopt;
    y = (to_int(yy) >= 69 ? "19" : "20") + std::string(yy);
    m = d.substr(2, 2), day = d.substr(4, 2);
  } else {
    return std::nullopt;
  }
  if (!all_digits(y) || !all_digits(m) || !all_digits(day)) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year(to_int(y)),
                                        std::chrono::month(static_cast<unsigned>(to_int(m))),
                                        std::chrono::day(static_cast<unsigned>(to_int(day)))};
  if (!ymd.ok()) return std::nullopt;
  return y + "-" + m + "-" + day;
}

Result<GoldRecord> parse_gold_record(std::string_view line, const std::string& where) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return parse_error(where + ": not a JSON object (" + e.what() + ")");
  }
  if (!j.is_object()) return parse_error(where + ": expected a JSON object");
  GoldRecord r;
  r.id = string_field(j, "id");
  r.dataset = string_field(j, "dataset");
  r.text = string_field(j, "text");
  const std::string date = string_field(j, "date");
  std::optional<std::string> parsed = parse_gold_date(date);
  if (!parsed) {
    return parse_error(where + ": date '" + date +
                       "' is not a day written YYYYMMDD, YYMMDD or YYYY-MM-DD");
  }
  r.date = std::move(*parsed);
  const std::string expect = string_field(j, "expect");
  std::optional<Expect> e = expect_from_name(expect);
  if (!e) {
    std::string names;
    for (std::string_view n : kExpectNames) names += (names.empty() ? "" : ", ") + std::string(n);
    return parse_error(where + ": expect '" + expect + "' is not one of " + names);
  }
  r.expect = *e;
  if (auto it = j.find("events"); it != j.end() && it->is_array()) {
    for (const auto& ev : *it) {
      if (!ev.is_object()) return parse_error(where + ": an event is not a JSON object");
      GoldEvent g{actor_field(ev, "source"), actor_field(ev, "target"), string_field(ev, "code")};
      const Scheme s = scheme_of_code(g.code);
      if (s == Scheme::kNone) {
        return parse_error(where + ": event code '" + g.code +
                           "' is neither a CAMEO code nor a PLOVER type");
      }
      if (r.scheme != Scheme::kNone && r.scheme != s) {
        return parse_error(where + ": the record mixes CAMEO codes and PLOVER types");
      }
      r.scheme = s;
      r.events.push_back(std::move(g));
    }
  }
  if (auto it = j.find("dictionaries"); it != j.end() && it->is_array()) {
    for (const auto& d : *it) {
      if (d.is_string()) r.dictionaries.push_back(d.get<std::string>());
    }
  }
  if (auto it = j.find("config"); it != j.end() && it->is_object()) {
    const std::string value = string_field(*it, "require_dyad");
    r.require_dyad = !events::equals_lower(value, "false");
  }
  if (auto it = j.find("options"); it != j.end() && it->is_array()) {
    for (const auto& o : *it) {
      if (o.is_string()) r.options.push_back(o.get<std::string>());
    }
  }
  // Some TABARI option records keep their command in the comment only ("{ OPTION: SET:
  // MINIMUM WORDS = 4").
  if (auto it = j.find("comment");
      r.options.empty() && r.expect == Expect::kOptionRecord && it != j.end() && it->is_string()) {
    const std::string comment = it->get<std::string>();
    if (const size_t at = comment.find("OPTION:"); at != std::string::npos) {
      r.options.push_back(comment.substr(at));
    }
  }
  if (auto it = j.find("penta_label"); it != j.end() && !it->is_null()) {
    const std::string p = it->is_string()           ? it->get<std::string>()
                          : it->is_number_integer() ? std::to_string(it->get<int>())
                                                    : std::string("?");
    if (p.size() != 1 || p[0] < '0' || p[0] > '4') {
      return parse_error(where + ": penta_label '" + p + "' is not a class 0 to 4");
    }
    r.five_class = p[0] - '0';
    if (r.events.empty()) r.scheme = Scheme::kFiveClass;
  }
  return r;
}

Result<std::vector<GoldRecord>> read_gold_file(const std::string& path, size_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found(path + ": cannot open the gold file");
  std::vector<GoldRecord> records;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    Result<GoldRecord> r = parse_gold_record(line, path + ":" + std::to_string(number));
    if (!r.ok()) return r.status();
    r->line = number;
    records.push_back(std::move(r).value());
    if (limit != 0 && records.size() >= limit) break;
  }
  return records;
}

}  // namespace dyad::app

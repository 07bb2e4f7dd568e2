#include "app/event_scores.h"

#include <algorithm>
#include <set>

namespace dyad::app {
namespace {

constexpr std::string_view kNoLabel = "--";

int root_number(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

std::string first3(const std::string& code) {
  return code.substr(0, std::min<size_t>(3, code.size()));
}

// The quad class; for a code with none (the engine suites' WEIS codes 21-99, a PLOVER
// type the ontology lacks), its root, else the code itself: such codes then match at the
// quad level only what they match at the root level, never each other by a shared "0".
std::string quad_key(const LabelledEvent& e) {
  if (e.quad > 0) return std::to_string(e.quad);
  return e.root.empty() ? "code:" + e.code : "root:" + e.root;
}

std::string five_key(const LabelledEvent& e) {
  if (e.five >= 0) return std::to_string(e.five);
  return e.root.empty() ? "code:" + e.code : "root:" + e.root;
}

// The triple of `e` at `level`, as one string key.
std::string key(const LabelledEvent& e, Level level) {
  const bool country =
      level == Level::kCountry || level == Level::kCountryExact || level == Level::kCountryRoot;
  std::string k = country ? first3(e.source) : e.source;
  k += '\t';
  k += country ? first3(e.target) : e.target;
  k += '\t';
  switch (level) {
    case Level::kExact:
    case Level::kCountryExact:
      k += e.code;
      break;
    case Level::kRoot:
    case Level::kCountryRoot:
      k += e.root;
      break;
    case Level::kQuad:
    case Level::kCountry:
      k += quad_key(e);
      break;
  }
  return k;
}

std::set<std::string> key_set(const std::vector<LabelledEvent>& events, Level level) {
  std::set<std::string> s;
  for (const LabelledEvent& e : events) s.insert(key(e, level));
  return s;
}

// The label the confusion matrix shows for `e` under `scheme`.
std::string coarse(const LabelledEvent& e, Scheme scheme) {
  switch (scheme) {
    case Scheme::kPlover:
      return e.code.empty() ? std::string("?") : e.code;
    case Scheme::kFiveClass:
      return e.five < 0 ? std::string("?") : std::to_string(e.five);
    default:
      return e.root.empty() ? std::string("?") : e.root;
  }
}

bool has_actors(const LabelledEvent& e) { return !e.source.empty() || !e.target.empty(); }

// Distinct events by exact triple, first occurrence kept.
std::vector<const LabelledEvent*> distinct(const std::vector<LabelledEvent>& events) {
  std::set<std::string> seen;
  std::vector<const LabelledEvent*> out;
  for (const LabelledEvent& e : events) {
    if (seen.insert(key(e, Level::kExact)).second) out.push_back(&e);
  }
  return out;
}

void dyad_confusion(const RecordInput& in, RecordScore& out) {
  const auto gold = distinct(in.gold);
  const auto emitted = distinct(in.emitted);
  std::vector<bool> used(emitted.size(), false);
  std::vector<int> pair(gold.size(), -1);
  auto match = [&](auto&& same) {
    for (size_t g = 0; g < gold.size(); ++g) {
      if (pair[g] >= 0) continue;
      for (size_t e = 0; e < emitted.size(); ++e) {
        if (used[e] || !same(*gold[g], *emitted[e])) continue;
        used[e] = true;
        pair[g] = static_cast<int>(e);
        break;
      }
    }
  };
  match([](const LabelledEvent& a, const LabelledEvent& b) {
    return key(a, Level::kExact) == key(b, Level::kExact);
  });
  match([](const LabelledEvent& a, const LabelledEvent& b) {
    return a.source == b.source && a.target == b.target;
  });
  match([](const LabelledEvent&, const LabelledEvent&) { return true; });
  for (size_t g = 0; g < gold.size(); ++g) {
    out.confusion.emplace_back(
        coarse(*gold[g], in.scheme),
        pair[g] >= 0 ? coarse(*emitted[pair[g]], in.scheme) : std::string(kNoLabel));
  }
  for (size_t e = 0; e < emitted.size(); ++e) {
    if (!used[e]) out.confusion.emplace_back(std::string(kNoLabel), coarse(*emitted[e], in.scheme));
  }
}

void label_confusion(const RecordInput& in, RecordScore& out) {
  std::string gold;
  if (in.scheme == Scheme::kFiveClass) {
    gold = std::to_string(in.gold_five);
  } else {
    gold = coarse(in.gold.front(), in.scheme);
  }
  std::string emitted(kNoLabel);
  for (const LabelledEvent& e : in.emitted) {
    const std::string c = coarse(e, in.scheme);
    if (c == gold) {
      emitted = c;
      break;
    }
    if (emitted == kNoLabel) emitted = c;
  }
  out.confusion.emplace_back(std::move(gold), std::move(emitted));
}

void score_labels(const RecordInput& in, RecordScore& out) {
  const bool labelled = in.scheme == Scheme::kFiveClass ? in.gold_five >= 0 : !in.gold.empty();
  if (!labelled || in.scheme == Scheme::kNone) return;
  for (size_t l = 0; l < kLabelLevelCount; ++l) {
    const LabelLevel level = static_cast<LabelLevel>(l);
    if (!label_level_applies(in.scheme, level)) continue;
    bool hit = false;
    for (const LabelledEvent& e : in.emitted) {
      if (level == LabelLevel::kFive && in.scheme == Scheme::kFiveClass) {
        hit |= e.five >= 0 && e.five == in.gold_five;
        continue;
      }
      for (const LabelledEvent& g : in.gold) {
        switch (level) {
          case LabelLevel::kExact:
            hit |= !e.code.empty() && e.code == g.code;
            break;
          case LabelLevel::kRoot:
            hit |= !e.root.empty() && e.root == g.root;
            break;
          case LabelLevel::kQuad:
            hit |= !e.code.empty() && quad_key(e) == quad_key(g);
            break;
          case LabelLevel::kFive:
            hit |= !e.code.empty() && five_key(e) == five_key(g);
            break;
        }
      }
    }
    out.label[l] = hit ? 1 : 0;
  }
}

}  // namespace

std::string_view level_name(Level level) {
  switch (level) {
    case Level::kExact:
      return "exact";
    case Level::kRoot:
      return "root";
    case Level::kQuad:
      return "quad";
    case Level::kCountry:
      return "country";
    case Level::kCountryExact:
      return "country+exact";
    case Level::kCountryRoot:
      return "country+root";
  }
  return "?";
}

std::string_view label_level_name(LabelLevel level) {
  switch (level) {
    case LabelLevel::kExact:
      return "exact";
    case LabelLevel::kRoot:
      return "root";
    case LabelLevel::kQuad:
      return "quad";
    case LabelLevel::kFive:
      return "five_class";
  }
  return "?";
}

std::string cameo_root(std::string_view code) {
  return root_number(code) == 0 ? std::string() : std::string(code.substr(0, 2));
}

int cameo_quad_class(std::string_view code) {
  const int r = root_number(code);
  if (r < 1 || r > 20) return 0;
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

int cameo_five_class(std::string_view code) {
  const int r = root_number(code);
  if (r < 1 || r > 20) return -1;
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r == 16) return 3;
  return 4;
}

std::string_view current_plover_type(std::string_view name) {
  if (name == "DEMAND") return "REQUEST";
  if (name == "DISAPPROVE" || name == "INVESTIGATE") return "ACCUSE";
  if (name == "FIGHT") return "ASSAULT";
  return name;
}

LabelledEvent cameo_event(std::string source, std::string target, std::string_view code) {
  LabelledEvent e;
  e.source = std::move(source);
  e.target = std::move(target);
  e.code = std::string(code);
  e.root = cameo_root(code);
  e.quad = cameo_quad_class(code);
  e.five = cameo_five_class(code);
  e.shown = e.code;
  return e;
}

LabelledEvent plover_event(std::string source, std::string target, std::string_view type,
                           int quad) {
  LabelledEvent e;
  e.source = std::move(source);
  e.target = std::move(target);
  e.code = std::string(current_plover_type(type));
  e.quad = quad;
  e.shown = e.code == type ? e.code : std::string(type) + "=" + e.code;
  return e;
}

bool level_applies(Scheme scheme, Level level) {
  switch (scheme) {
    case Scheme::kCameo:
      return true;
    case Scheme::kPlover:
      return level != Level::kRoot && level != Level::kCountryRoot;
    default:
      return false;
  }
}

bool label_level_applies(Scheme scheme, LabelLevel level) {
  switch (scheme) {
    case Scheme::kCameo:
      return true;
    case Scheme::kPlover:
      return level == LabelLevel::kExact || level == LabelLevel::kQuad;
    case Scheme::kFiveClass:
      return level == LabelLevel::kFive;
    default:
      return false;
  }
}

RecordScore score_record(const RecordInput& in) {
  RecordScore out;
  if (in.scored == ScoredAs::kSkipped) return out;
  score_labels(in, out);
  if (in.scored == ScoredAs::kLabelOnly) {
    const bool labelled = in.scheme == Scheme::kFiveClass ? in.gold_five >= 0 : !in.gold.empty();
    if (labelled) {
      const size_t main = in.scheme == Scheme::kFiveClass ? static_cast<size_t>(LabelLevel::kFive)
                                                          : static_cast<size_t>(LabelLevel::kExact);
      out.errors = out.label[main] == 1 ? 0 : 1;
      label_confusion(in, out);
    }
    return out;
  }
  out.dyad = true;
  if (in.expects_none || in.gold.empty()) {
    const long n = static_cast<long>(in.emitted.size());
    for (Score& s : out.levels) s.system = n;
    out.pass = n == 0;
    out.errors = static_cast<int>(n);
    for (const LabelledEvent& e : in.emitted)
      out.confusion.emplace_back(kNoLabel, coarse(e, in.scheme));
    return out;
  }
  for (size_t l = 0; l < kLevelCount; ++l) {
    const Level level = static_cast<Level>(l);
    const std::set<std::string> gold = key_set(in.gold, level);
    const std::set<std::string> emitted = key_set(in.emitted, level);
    Score& s = out.levels[l];
    s.gold = static_cast<long>(gold.size());
    s.system = static_cast<long>(emitted.size());
    for (const std::string& k : emitted) s.correct += gold.count(k) ? 1 : 0;
    if (level == Level::kExact) {
      out.pass = gold == emitted;
      out.errors = static_cast<int>(s.gold + s.system - 2 * s.correct);
    }
  }
  const bool any_actors = std::any_of(in.gold.begin(), in.gold.end(), has_actors);
  if (any_actors) {
    dyad_confusion(in, out);
  } else {
    label_confusion(in, out);
  }
  return out;
}

void EventScores::add(const RecordInput& in, const RecordScore& score) {
  if (score.dyad) {
    ++dyad_records;
    passed += score.pass ? 1 : 0;
    for (size_t l = 0; l < kLevelCount; ++l) {
      levels[l].gold += score.levels[l].gold;
      levels[l].system += score.levels[l].system;
      levels[l].correct += score.levels[l].correct;
      if (!in.gold.empty() && level_applies(in.scheme, static_cast<Level>(l))) {
        levels_used[l] = true;
      }
    }
  }
  for (size_t l = 0; l < kLabelLevelCount; ++l) {
    if (score.label[l] < 0) continue;
    ++label[l].records;
    label[l].hits += score.label[l];
    if (in.scored == ScoredAs::kLabelOnly) {
      ++label_only[l].records;
      label_only[l].hits += score.label[l];
    }
  }
  for (const auto& [g, e] : score.confusion) ++confusion[g][e];
}

}  // namespace dyad::app

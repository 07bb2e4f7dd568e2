#include "ontology/ontology.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <utility>

#include "ontology/tsv.h"

namespace dyad::ontology {
namespace {

constexpr std::array<std::string_view, 6> kCameoColumns = {"code",       "label",      "root",
                                                           "quad_class", "five_class", "goldstein"};
constexpr std::array<std::string_view, 5> kTypeColumns = {
    "event_type", "quad_class", "requires_recipient", "intensity", "gloss"};
constexpr std::array<std::string_view, 4> kModeColumns = {"event_type", "mode", "intensity",
                                                          "gloss"};
constexpr std::array<std::string_view, 2> kContextColumns = {"context", "gloss"};
constexpr std::array<std::string_view, 5> kMapColumns = {"code", "event_type", "mode", "contexts",
                                                         "basis"};

std::string join_path(const std::string& dir, std::string_view file) {
  if (dir.empty() || dir.back() == '/') return dir + std::string(file);
  return dir + "/" + std::string(file);
}

// A score on the Goldstein / PLOVER scale. from_chars, not strtod: no locale, no leading
// space, and the whole field must be the number.
std::optional<double> parse_score(std::string_view s) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < -10 || v > 10) return std::nullopt;
  return v;
}

std::optional<int> parse_small_int(std::string_view s, int lo, int hi) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi) return std::nullopt;
  return v;
}

bool is_cameo_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  if (!std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  int root = (s[0] - '0') * 10 + (s[1] - '0');
  return root >= 1 && root <= 20;
}

// Names of modes, types and contexts: lower/upper ASCII, digits, '_' and '-'. Guards
// against stray spaces, which the 2021 map had ("access ").
bool is_name(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

std::vector<std::string> split_semicolons(std::string_view s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  while (true) {
    size_t semi = s.find(';', start);
    out.emplace_back(s.substr(start, semi == std::string_view::npos ? semi : semi - start));
    if (semi == std::string_view::npos) break;
    start = semi + 1;
  }
  return out;
}

// Keeps the tables sorted and free of duplicates, so diffs stay small and lookups can
// binary-search. An empty `previous` means `key` is the first row.
Status check_ascending(const TsvTable& t, const TsvRow& row, std::string_view previous,
                       std::string_view key) {
  if (previous.empty() || previous < key) return Status::ok_status();
  std::string found = "'" + std::string(key) + "' after '" + std::string(previous) + "'";
  return t.row_error(row, previous == key ? "expected each key once, found " + found
                                          : "expected rows in ascending order, found " + found);
}

}  // namespace

Result<std::shared_ptr<const Ontology>> Ontology::load(const std::string& dir) {
  // make_shared cannot reach the private constructor.
  std::shared_ptr<Ontology> o(new Ontology());
  DYAD_RETURN_IF_ERROR(o->load_plover(dir));
  DYAD_RETURN_IF_ERROR(o->load_cameo(dir));
  DYAD_RETURN_IF_ERROR(o->load_map(dir));
  return std::shared_ptr<const Ontology>(std::move(o));
}

Status Ontology::load_plover(const std::string& dir) {
  auto types = read_tsv(join_path(dir, "plover_event_types.tsv"), kTypeColumns);
  if (!types.ok()) return types.status();
  for (const TsvRow& row : types->rows) {
    const auto& f = row.fields;
    if (!is_name(f[0])) return types->field_error(row, 0, "an event type name");
    auto quad = parse_small_int(f[1], 1, 4);
    if (!quad) return types->field_error(row, 1, "a quad class 1-4");
    if (f[2] != "yes" && f[2] != "no") return types->field_error(row, 2, "'yes' or 'no'");
    auto score = parse_score(f[3]);
    if (!score) return types->field_error(row, 3, "a number in [-10, 10]");
    DYAD_RETURN_IF_ERROR(
        check_ascending(*types, row, event_types_.empty() ? "" : event_types_.back().name, f[0]));
    event_types_.push_back({f[0], static_cast<QuadClass>(*quad), f[2] == "yes", *score, f[4]});
  }

  auto modes = read_tsv(join_path(dir, "plover_modes.tsv"), kModeColumns);
  if (!modes.ok()) return modes.status();
  for (const TsvRow& row : modes->rows) {
    const auto& f = row.fields;
    if (!find_event_type(f[0]))
      return modes->field_error(row, 0, "an event type from plover_event_types.tsv");
    if (!is_name(f[1])) return modes->field_error(row, 1, "a mode name");
    auto score = parse_score(f[2]);
    if (!score) return modes->field_error(row, 2, "a number in [-10, 10]");
    // " " sorts below every name character, so this orders as (event_type, mode) does.
    DYAD_RETURN_IF_ERROR(check_ascending(
        *modes, row, modes_.empty() ? "" : modes_.back().event_type + " " + modes_.back().name,
        f[0] + " " + f[1]));
    modes_.push_back({f[0], f[1], *score, f[3]});
  }

  auto contexts = read_tsv(join_path(dir, "plover_contexts.tsv"), kContextColumns);
  if (!contexts.ok()) return contexts.status();
  for (const TsvRow& row : contexts->rows) {
    const auto& f = row.fields;
    if (!is_name(f[0])) return contexts->field_error(row, 0, "a context name");
    DYAD_RETURN_IF_ERROR(
        check_ascending(*contexts, row, contexts_.empty() ? "" : contexts_.back().name, f[0]));
    contexts_.push_back({f[0], f[1]});
  }
  return Status::ok_status();
}

Status Ontology::load_cameo(const std::string& dir) {
  auto t = read_tsv(join_path(dir, "cameo.tsv"), kCameoColumns);
  if (!t.ok()) return t.status();
  for (const TsvRow& row : t->rows) {
    const auto& f = row.fields;
    if (!is_cameo_code(f[0]))
      return t->field_error(row, 0, "a CAMEO code of 2-4 digits, root 01-20");
    if (f[1].empty()) return t->field_error(row, 1, "a label");
    if (f[2] != std::string_view(f[0]).substr(0, 2)) {
      return t->field_error(row, 2, "the code's first two digits");
    }
    auto quad = parse_small_int(f[3], 1, 4);
    if (!quad) return t->field_error(row, 3, "a quad class 1-4");
    auto five = parse_small_int(f[4], 0, 4);
    if (!five) return t->field_error(row, 4, "a 5-way class 0-4");
    auto goldstein = parse_score(f[5]);
    if (!goldstein) return t->field_error(row, 5, "a Goldstein value in [-10, 10]");
    DYAD_RETURN_IF_ERROR(check_ascending(*t, row, codes_.empty() ? "" : codes_.back().code, f[0]));
    // Sorted order puts a root before its children, so the root row must already be here.
    if (f[0].size() > 2 && !find(f[2])) {
      return t->row_error(row, "expected root " + f[2] + " to have its own row above, found none");
    }
    CameoCode c;
    c.code = f[0];
    c.label = f[1];
    c.root = f[2];
    c.quad_class = static_cast<QuadClass>(*quad);
    c.five_class = static_cast<FiveClass>(*five);
    c.goldstein = *goldstein;
    codes_.push_back(std::move(c));
  }
  if (codes_.empty()) return parse_error(t->path + ": expected CAMEO codes, found no rows");
  return Status::ok_status();
}

Status Ontology::load_map(const std::string& dir) {
  auto t = read_tsv(join_path(dir, "cameo_to_plover.tsv"), kMapColumns);
  if (!t.ok()) return t.status();
  std::vector<bool> mapped(codes_.size(), false);
  std::string previous;
  for (const TsvRow& row : t->rows) {
    const auto& f = row.fields;
    auto it = std::lower_bound(codes_.begin(), codes_.end(), f[0],
                               [](const CameoCode& c, const std::string& k) { return c.code < k; });
    if (it == codes_.end() || it->code != f[0])
      return t->field_error(row, 0, "a code from cameo.tsv");
    DYAD_RETURN_IF_ERROR(check_ascending(*t, row, previous, f[0]));
    previous = f[0];
    const PloverEventType* type = find_event_type(f[1]);
    if (!type) return t->field_error(row, 1, "an event type from plover_event_types.tsv");
    PloverCoding p;
    p.event_type = f[1];
    p.intensity = type->intensity;
    if (!f[2].empty()) {
      const PloverMode* mode = find_mode(f[1], f[2]);
      if (!mode)
        return t->field_error(row, 2, "empty or a " + f[1] + " mode from plover_modes.tsv");
      p.mode = f[2];
      p.intensity = mode->intensity;
    }
    for (std::string& c : split_semicolons(f[3])) {
      if (!find_context(c)) {
        return t->field_error(row, 3, "';'-separated contexts from plover_contexts.tsv");
      }
      p.contexts.push_back(std::move(c));
    }
    static constexpr std::pair<std::string_view, PloverBasis> kBases[] = {
        {"map2021", PloverBasis::kMap2021},
        {"fixed", PloverBasis::kFixed},
        {"inherited", PloverBasis::kInherited},
        {"dyad", PloverBasis::kDyad}};
    auto basis = std::find_if(std::begin(kBases), std::end(kBases),
                              [&](const auto& b) { return b.first == f[4]; });
    if (basis == std::end(kBases)) {
      return t->field_error(row, 4, "one of map2021, fixed, inherited, dyad");
    }
    p.basis = basis->second;
    it->plover = std::move(p);
    mapped[it - codes_.begin()] = true;
  }
  for (size_t i = 0; i < codes_.size(); ++i) {
    if (!mapped[i]) {
      return parse_error(t->path + ": expected a row for every code in cameo.tsv, found none for " +
                         codes_[i].code);
    }
  }
  return Status::ok_status();
}

const CameoCode* Ontology::find(std::string_view code) const {
  auto it = std::lower_bound(codes_.begin(), codes_.end(), code,
                             [](const CameoCode& c, std::string_view k) { return c.code < k; });
  return it != codes_.end() && it->code == code ? &*it : nullptr;
}

const PloverEventType* Ontology::find_event_type(std::string_view name) const {
  auto it =
      std::lower_bound(event_types_.begin(), event_types_.end(), name,
                       [](const PloverEventType& t, std::string_view k) { return t.name < k; });
  return it != event_types_.end() && it->name == name ? &*it : nullptr;
}

const PloverMode* Ontology::find_mode(std::string_view event_type, std::string_view mode) const {
  auto key = std::make_pair(event_type, mode);
  auto it =
      std::lower_bound(modes_.begin(), modes_.end(), key, [](const PloverMode& m, const auto& k) {
        return std::make_pair(std::string_view(m.event_type), std::string_view(m.name)) < k;
      });
  return it != modes_.end() && it->event_type == event_type && it->name == mode ? &*it : nullptr;
}

const PloverContext* Ontology::find_context(std::string_view name) const {
  auto it = std::lower_bound(contexts_.begin(), contexts_.end(), name,
                             [](const PloverContext& c, std::string_view k) { return c.name < k; });
  return it != contexts_.end() && it->name == name ? &*it : nullptr;
}

}  // namespace dyad::ontology

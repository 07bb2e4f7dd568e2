#pragma once
// EventScores: how `dyad eval` scores coded events against a gold set, exactly as
// ../shared/eval/README.md "How to score" says, on plain values so the rules can be unit
// tested without a pipeline (tests/unit/app/event_scores_test.cc).
//
// Dyad level (records with expect events, no_events, and discard scored as no_events; see
// gold_records.h). Per record, the set of (source, target, label) triples of the gold
// events and the set of the emitted ones are compared, and precision, recall and F1 are
// micro-averaged over the records, at the README's four strictness levels:
//   exact    the code (CAMEO code, or PLOVER type);
//   root     the CAMEO root, its first two digits;
//   quad     the quad class (01-05, 06-08, 09-13, 14-20; a PLOVER type's own class);
//   country  the quad class, with actors matched only on their first three characters.
// A code with no quad class (the engine suites' WEIS-style roots 21-99) is compared by its
// root at the quad level, and likewise for the 5-way class, so the levels stay nested.
// The README lists the levels from strictest to loosest, so the fourth keeps the third's
// code level and loosens the actors too. Because "country-level actors" is also read as
// a level of its own, the same actor matching is reported with the exact code and with
// the root ("country+exact", "country+root"): every combination is there, and the
// acceptance figures can be read off whichever reading one takes. A no_events record
// scores a false positive for every event emitted (not every distinct triple).
//
// Label accuracy: the share of labelled records where some emitted event carries the gold
// label (any of the record's gold labels), at exact code, root, quad class and 5-way
// class. The 5-way class follows the README (0 = roots 01-02, 1 = 03-05, 2 = 06-08, 3 =
// 09-13 and 16, 4 = 14, 15, 17-20). Counted over every record with a gold label
// (events and label_only), and separately over label_only records alone.
//
// Pass: a dyad-level record passes when its emitted triple set equals the gold set at
// the exact level (a no_events record: nothing emitted). The engine suites' acceptance
// figure is the share of records that pass.
//
// Confusion: gold label (rows) against emitted label (columns) of the set's coarse label:
// CAMEO root, PLOVER type or 5-way class, "--" for none. Gold and emitted triples are
// paired by identical triple, then by identical actors, then in order; what is left is a
// miss (column "--") or a spurious event (row "--"). A record without gold actors gives
// one pair: its label against the emitted label that matches it, else the first emitted.
//
// PLOVER. Emitted events are CAMEO codes; a PLOVER set compares the PLOVER type the
// ontology gives the code (what dyad's PLOVER output would say). Gold sets written with
// PLOVER's older category names are mapped to the current ones first
// (current_plover_type).
//
// Thread-safety: pure functions and plain values.

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/gold_records.h"
#include "app/syntax_scores.h"

namespace dyad::app {

enum class Level : uint8_t { kExact, kRoot, kQuad, kCountry, kCountryExact, kCountryRoot };
inline constexpr size_t kLevelCount = 6;
std::string_view level_name(Level level);  // "exact", "root", "quad", "country", ...

enum class LabelLevel : uint8_t { kExact, kRoot, kQuad, kFive };
inline constexpr size_t kLabelLevelCount = 4;
std::string_view label_level_name(LabelLevel level);  // "exact", "root", "quad", "five_class"

// ---- Code levels -------------------------------------------------------------------

// "0431" -> "04"; "" when the code does not start with two digits.
std::string cameo_root(std::string_view code);
// 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13), 4 material conflict (14-20); 0 when the root is not 01-20.
int cameo_quad_class(std::string_view code);
// ConfliBERT's 5-way class by root (see above); -1 when the root is not 01-20.
int cameo_five_class(std::string_view code);
// PLOVER's older category names, as in the PLOVER GSR, to the current event types,
// after the PLOVER manual's CAMEO translation table (roots 09, 10, 11, 19): DEMAND ->
// REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT. Other names are
// returned unchanged.
std::string_view current_plover_type(std::string_view name);

// ---- One event, labelled at every level --------------------------------------------

struct LabelledEvent {
  std::string source;
  std::string target;
  std::string code;   // exact label: CAMEO code or current PLOVER type; empty: none known
  std::string root;   // CAMEO root; empty for PLOVER
  int quad = 0;       // 1..4; 0 unknown
  int five = -1;      // 0..4; -1 unknown or not applicable
  std::string shown;  // how the event is printed ("064", "036 (AGREE)")
};

LabelledEvent cameo_event(std::string source, std::string target, std::string_view code);
// `type` is mapped with current_plover_type; `quad` is its quad class (0 when unknown).
LabelledEvent plover_event(std::string source, std::string target, std::string_view type, int quad);

// ---- One record --------------------------------------------------------------------

struct RecordInput {
  Scheme scheme = Scheme::kCameo;  // of the gold labels (kNone: a no_events record)
  ScoredAs scored = ScoredAs::kDyad;
  bool expects_none = false;  // no_events or discard: every emitted event is false
  std::vector<LabelledEvent> gold;
  std::vector<LabelledEvent> emitted;
  int gold_five = -1;  // the 5-way class of a kFiveClass record
};

struct RecordScore {
  std::array<Score, kLevelCount> levels{};
  bool dyad = false;  // scored at the dyad level
  bool pass = false;
  // -1 not applicable, 0 missed, 1 hit.
  std::array<int8_t, kLabelLevelCount> label{-1, -1, -1, -1};
  int errors = 0;  // for ranking: missed + spurious triples (exact), or 1 for a missed label
  std::vector<std::pair<std::string, std::string>> confusion;  // (gold, emitted)
};

RecordScore score_record(const RecordInput& in);

// Which levels mean something for a scheme (root is not defined for PLOVER types).
bool level_applies(Scheme scheme, Level level);
bool label_level_applies(Scheme scheme, LabelLevel level);

// ---- A set -------------------------------------------------------------------------

struct Tally {
  long records = 0;
  long hits = 0;
  double rate() const { return records ? static_cast<double>(hits) / records : 0.0; }
};

struct EventScores {
  std::array<Score, kLevelCount> levels{};
  std::array<bool, kLevelCount> levels_used{};  // some labelled record the level applies to
  long dyad_records = 0;
  long passed = 0;
  std::array<Tally, kLabelLevelCount> label{};                   // every record with a gold label
  std::array<Tally, kLabelLevelCount> label_only{};              // expect label_only records alone
  std::map<std::string, std::map<std::string, long>> confusion;  // gold -> emitted -> n

  void add(const RecordInput& in, const RecordScore& score);
  double pass_rate() const {
    return dyad_records ? static_cast<double>(passed) / dyad_records : 0.0;
  }
};

}  // namespace dyad::app

#pragma once
// The event ontology: every CAMEO 1.1b3 code with its short label, root, quad class,
// 5-way class, Goldstein value and reconciled PLOVER coding (event type, mode, contexts,
// intensity), plus the PLOVER inventories themselves. Loaded from dyad's own editable
// tables in data/src/ontology/ (built by tools/import_ontology.py; the decisions behind
// every value are in data/src/ontology/DECISIONS.md).
//
// The loader checks the tables against each other (every CAMEO code has a PLOVER coding,
// every mode belongs to its event type, every context exists), so a loaded Ontology is
// complete: find() on a known code never yields a half-filled record.
//
// Ownership and thread-safety: an Ontology is immutable once loaded and shared as
// shared_ptr<const Ontology> across threads. Pointers and spans it returns stay valid
// while it lives.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad::ontology {

// GDELT's QuadClass, by CAMEO root: 01-05, 06-08, 09-13, 14-20.
enum class QuadClass : uint8_t {
  kVerbalCooperation = 1,
  kMaterialCooperation = 2,
  kVerbalConflict = 3,
  kMaterialConflict = 4,
};

// ConfliBERT's 5-way "CAMEO PentaClass", by root: 01-02, 03-05, 06-08, 09-13 and 16,
// 14-15 and 17-20.
enum class FiveClass : uint8_t {
  kStatement = 0,
  kVerbalCooperation = 1,
  kMaterialCooperation = 2,
  kVerbalConflict = 3,
  kMaterialConflict = 4,
};

// Where a code's PLOVER coding came from, so writers can tell PLOVER's own mapping from
// dyad's additions (PLOVER drops CAMEO 01 and 02; a POLECAT-faithful writer skips kDyad
// and kInherited codes under those roots).
enum class PloverBasis : uint8_t {
  kMap2021,    // CAMEO2PLOVER-2021 as is
  kFixed,      // that map's line, corrected to the v2.0 manual
  kInherited,  // code missing from the map: its parent's (or root's) coding
  kDyad,       // code missing from the map: dyad's own mapping
};

struct PloverEventType {
  std::string name;  // "ASSAULT"
  QuadClass quad_class = QuadClass::kVerbalCooperation;
  bool requires_recipient = false;
  double intensity = 0;  // default conflict-cooperation score, -10..10
  std::string gloss;
};

struct PloverMode {
  std::string event_type;
  std::string name;  // "firearms"
  double intensity = 0;
  std::string gloss;
};

struct PloverContext {
  std::string name;  // "military"
  std::string gloss;
};

struct PloverCoding {
  std::string event_type;
  std::string mode;                   // empty when none applies
  std::vector<std::string> contexts;  // usually zero or one
  double intensity = 0;               // the mode's score, else the event type's default
  PloverBasis basis = PloverBasis::kMap2021;
};

struct CameoCode {
  std::string code;   // "0231"; roots are two digits ("02")
  std::string label;  // short CAMEO 1.1b3 label
  std::string root;   // "02"
  QuadClass quad_class = QuadClass::kVerbalCooperation;
  FiveClass five_class = FiveClass::kStatement;
  double goldstein = 0;
  PloverCoding plover;
};

class Ontology {
 public:
  // Reads cameo.tsv, cameo_to_plover.tsv and plover_{event_types,modes,contexts}.tsv from
  // `dir`. Errors name the file and line and say what was expected and what was found.
  static Result<std::shared_ptr<const Ontology>> load(const std::string& dir);

  // The code's record, or nullptr when the code is not in CAMEO 1.1b3.
  const CameoCode* find(std::string_view code) const;
  const PloverEventType* find_event_type(std::string_view name) const;
  const PloverMode* find_mode(std::string_view event_type, std::string_view mode) const;
  const PloverContext* find_context(std::string_view name) const;

  // All records, sorted by code / name.
  std::span<const CameoCode> codes() const { return codes_; }
  std::span<const PloverEventType> event_types() const { return event_types_; }
  std::span<const PloverMode> modes() const { return modes_; }
  std::span<const PloverContext> contexts() const { return contexts_; }

 private:
  Ontology() = default;
  Status load_plover(const std::string& dir);
  Status load_cameo(const std::string& dir);
  Status load_map(const std::string& dir);

  std::vector<CameoCode> codes_;
  std::vector<PloverEventType> event_types_;
  std::vector<PloverMode> modes_;
  std::vector<PloverContext> contexts_;
};

}  // namespace dyad::ontology

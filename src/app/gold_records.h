#pragma once
// The gold event sets of ../shared/eval/dev (schema: ../shared/eval/README.md), read into
// plain values for `dyad eval` (app/evaluate_events.h).
//
// One JSON object a line: id, dataset, date, text, events [{source, target, code}],
// expect, and optionally dictionaries (paths relative to the gold file's folder) and
// penta_label (ConfliBERT's 5-way class), and config.require_dyad (an engine option the
// record sets, as the engine read it; events/coder.h). Other fields (parse, comment, markup, ...)
// are ignored: dyad codes from `text` alone.
//
// Which scheme a record's labels are in is read from its data, never from the file name:
// a penta_label makes it a 5-way class record; codes that start with two digits are CAMEO
// ("064", and the engine suites' WEIS-style "174K"); codes in capital letters are PLOVER
// event types ("AGREE", and the older "DEMAND").
//
// Errors: a malformed line, an unknown `expect` or a date that is not a calendar day is a
// kParseError naming path:line; the gold set is a resource, so it is not half-read.
//
// Thread-safety: pure functions and plain values.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad::app {

// What the record expects of a coder (README "expect").
enum class Expect : uint8_t {
  kEvents,                   // exactly these events
  kNoEvents,                 // none
  kDiscard,                  // TABARI {###}: the sentence is discarded, so none
  kLabelOnly,                // a code (or class) for the sentence, no actors
  kComplex,                  // TABARI {+++}: informational
  kOptionRecord,             // TABARI .options command: informational
  kError,                    // an upstream input error test (bad parse, dateline)
  kUnspecified,              // the upstream test states no expectation
  kDisabledExpectationOnly,  // the upstream test is switched off
};

std::optional<Expect> expect_from_name(std::string_view name);
std::string_view expect_name(Expect expect);
inline constexpr int kExpectCount = 9;

// How a record is scored. kEvents and kNoEvents records are scored at the dyad level, and
// so are kDiscard records, as kNoEvents: TABARI's {###} means the sentence yields no event
// record at all (dictionaries/tabari/Validate.text.raw, DISCARD-1 to -05), so an event
// emitted there is as false as one emitted for a no_events record. kLabelOnly records
// count for label accuracy only; the rest are skipped and counted.
enum class ScoredAs : uint8_t { kDyad, kLabelOnly, kSkipped };
ScoredAs scored_as(Expect expect);

enum class Scheme : uint8_t {
  kNone,       // no label (a no_events record)
  kCameo,      // CAMEO codes (and the engine suites' own codes)
  kPlover,     // PLOVER event types
  kFiveClass,  // ConfliBERT's 5-way CAMEO class, penta_label
};
std::string_view scheme_name(Scheme scheme);

struct GoldEvent {
  std::string source;  // actor code; empty when the set gives none
  std::string target;
  std::string code;  // CAMEO code or PLOVER type, as written
};

struct GoldRecord {
  int line = 0;  // 1-based line in the gold file
  std::string id;
  std::string dataset;
  std::string date;  // publication date as YYYY-MM-DD; empty when the record has none
  std::string text;
  Expect expect = Expect::kEvents;
  Scheme scheme = Scheme::kNone;
  std::vector<GoldEvent> events;
  std::vector<std::string> dictionaries;  // as written: relative to the gold file's folder
  // TABARI options lines the record sets ("OPTION: SET: CODE ALL"); they hold for the
  // records after it in the file, as when TABARI reads its validation file.
  std::vector<std::string> options;
  int five_class = -1;                    // penta_label, 0..4; -1 when absent
  // The engine's require_dyad option as the record's "config" sets it (the engine suites
  // turn it off for some records, to test one-sided events); true when not set.
  bool require_dyad = true;
};

// "19950104", "950104" or "1995-01-04" -> "1995-01-04"; "" -> "". Two-digit years follow
// POSIX strptime %y: 69-99 are 19xx, 00-68 are 20xx (TABARI's 950101 is 1995, 000101 is
// 2000). nullopt for anything else, including days that are not on the calendar.
std::optional<std::string> parse_gold_date(std::string_view date);

// One record from one JSON line; `where` ("path:line") prefixes error messages.
Result<GoldRecord> parse_gold_record(std::string_view line, const std::string& where);

// Every non-blank line of the file, in order. `limit` > 0 stops after that many records.
Result<std::vector<GoldRecord>> read_gold_file(const std::string& path, size_t limit = 0);

}  // namespace dyad::app

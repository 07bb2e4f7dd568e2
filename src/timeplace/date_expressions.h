#pragma once
// Time expressions in news sentences ("on Monday", "in February", "last week",
// "November 2022", "yesterday", "three days ago", "March 5, 2023") and their resolution
// against the publication date.
//
// Finding and resolving are two steps on purpose: "on Friday" means the Friday before
// the report in "met on Friday" and the Friday after it in "will meet on Friday", and
// only the event coder, which knows the event's modality and tense, can tell which. So
// find_date_expressions() returns unresolved DateSpecs with their token ranges, and
// resolve_date() turns a spec into a calendar value given the publication date and a
// direction.
//
// Thread-safety: pure functions. Views into the Document are not kept.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "core/status.h"

namespace dyad::timeplace {

std::string_view precision_name(DatePrecision p);  // "day", "month", "year"

// A resolved date. For month and year precision `day` is the first day of the period.
struct DateValue {
  std::chrono::sys_days day;
  DatePrecision precision = DatePrecision::kDay;
  // True for spans reduced to one day ("last week" is the publication date minus seven
  // days): the value is the best single day, not a stated one.
  bool approximate = false;

  friend bool operator==(const DateValue&, const DateValue&) = default;
};

// "2023-03-21", "2022-11", "2022".
std::string format_date(const DateValue& value);

// Strict YYYY-MM-DD (also the 8-digit YYYYMMDD of the gold sets); names the problem.
Result<std::chrono::sys_days> parse_iso_date(std::string_view text);

// Which way an underspecified expression points from the publication date.
enum class TimeDirection : uint8_t { kPast, kFuture };

// What a time expression says, before the publication date is applied.
struct DateSpec {
  enum class Kind : uint8_t {
    kAbsoluteDay,    // March 5, 2023 / 5 March 2023 / 2023-03-05
    kAbsoluteMonth,  // November 2022
    kAbsoluteYear,   // in 2022
    kMonthDay,       // March 5 (year from the publication date and direction)
    kMonth,          // in February
    kWeekday,        // on Monday
    kDayOffset,      // yesterday (-1), today (0), tomorrow (+1), three days ago (-3)
    kWeekOffset,     // last week (-1), next week (+1), two weeks ago (-2)
    kMonthOffset,    // last month (-1), this month (0)
    kYearOffset,     // last year (-1), this year (0)
  };
  Kind kind = Kind::kDayOffset;
  int year = 0;     // absolute kinds
  int month = 0;    // 1..12
  int day = 0;      // 1..31
  int weekday = 0;  // 0 = Sunday .. 6 = Saturday
  int offset = 0;   // offset kinds
  // "last Monday", "next February": the text fixes the direction.
  std::optional<TimeDirection> direction;

  friend bool operator==(const DateSpec&, const DateSpec&) = default;
};

struct DateExpression {
  uint32_t token_begin = 0;  // document token indices [begin, end)
  uint32_t token_end = 0;
  DateSpec spec;
};

// The time expressions of one sentence, left to right, not overlapping.
std::vector<DateExpression> find_date_expressions(const Document& doc, const Sentence& sentence);

// `direction` is used when the spec does not fix one. A weekday or month equal to the
// publication's own counts as that day or month in either direction ("China's Foreign
// Ministry on Tuesday expressed…" in a Tuesday report is that Tuesday). Returns nothing
// for impossible dates (February 30).
std::optional<DateValue> resolve_date(const DateSpec& spec, std::chrono::sys_days publication,
                                      TimeDirection direction);

}  // namespace dyad::timeplace

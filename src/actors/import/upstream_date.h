#pragma once
// Dates in TABARI and PETRARCH dictionaries (and CountryInfo, which the Phoenix actor files
// were generated from), converted to dyad's Day and half-open intervals.
//
// - A date is YYYYMMDD or YYMMDD; the two are mixed freely, even within one entry. A
//   six-digit year 00-30 is 2000-2030 and 31-99 is 1931-1999: the KEDS/TABARI pivot,
//   which PETRARCH kept, so the Phoenix files mean what they meant to those programs.
// - Anything else is refused with a message saying what was expected: other lengths
//   (CountryInfo's "199008223"), impossible days ("20050431": April has 30 days).
// - A restriction is "<date" (up to and including date), ">date" (from date on) or
//   "date-date" (both included), blanks allowed around the signs. TABARI's bounds include
//   the end day; dyad's intervals are half-open (from <= day < to), so `to` is the day
//   after the upstream end.
// - A bare "date" is not upstream syntax; it is read as ">date" (what it says in the two
//   Phoenix lines that have it) and flagged so the caller can warn.
//
// Thread-safety: pure functions.

#include <string_view>

#include "actors/actor_source.h"
#include "core/status.h"

namespace dyad::actors::import {

inline constexpr int kCenturyPivot = 30;  // YY <= 30 -> 20YY, else 19YY

// The error message says what was expected and what was found; no file or line (the
// caller adds them).
Result<Day> parse_upstream_date(std::string_view text);

struct DateInterval {
  Day from = kOpenStart;
  Day to = kOpenEnd;  // exclusive
  bool bare = false;  // written as a bare date, read as ">date"
};

Result<DateInterval> parse_date_restriction(std::string_view text);

}  // namespace dyad::actors::import

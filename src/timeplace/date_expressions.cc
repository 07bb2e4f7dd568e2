#include "timeplace/date_expressions.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace dyad::timeplace {
namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::months;
using std::chrono::sys_days;
using std::chrono::weekday;
using std::chrono::year;
using std::chrono::year_month_day;
using std::chrono::years;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_capitalized(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

std::optional<int> parse_int(std::string_view s) {
  int value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

// 1..12 for "January", "Jan", "Jan.", "Sept."; 0 otherwise. `abbreviated` says which.
int month_number(std::string_view lowered, bool* abbreviated) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int m = 0; m < 12; ++m) {
    if (lowered == kFull[m]) {
      *abbreviated = false;
      return m + 1;
    }
  }
  if (!lowered.empty() && lowered.back() == '.') lowered.remove_suffix(1);
  if (lowered == "sept") lowered = "sep";
  for (int m = 0; m < 12; ++m) {
    if (lowered == kShort[m]) {
      *abbreviated = true;
      return m + 1;
    }
  }
  return 0;
}

// 0 = Sunday .. 6 = Saturday, or -1.
int weekday_number(std::string_view lowered) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (int d = 0; d < 7; ++d) {
    if (lowered == kNames[d]) return d;
  }
  return -1;
}

// "5", "5th", "21st" -> 5, 21 when a plausible day of the month.
std::optional<int> day_number(std::string_view lowered) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (lowered.size() > suffix.size() && lowered.ends_with(suffix)) {
      lowered.remove_suffix(suffix.size());
      break;
    }
  }
  if (lowered.empty() || lowered.size() > 2) return std::nullopt;
  auto n = parse_int(lowered);
  if (!n || *n < 1 || *n > 31) return std::nullopt;
  return n;
}

// Years news reports talk about as dates; other four-digit numbers are counts.
std::optional<int> year_number(std::string_view s) {
  if (s.size() != 4) return std::nullopt;
  auto n = parse_int(s);
  if (!n || *n < 1900 || *n > 2100) return std::nullopt;
  return n;
}

// "three" in "three days ago"; "a" in "a week ago".
std::optional<int> count_number(std::string_view lowered) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "zero",  "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  if (lowered == "a" || lowered == "an") return 1;
  for (int n = 0; n < static_cast<int>(kWords.size()); ++n) {
    if (lowered == kWords[n]) return n;
  }
  auto n = parse_int(lowered);
  if (n && *n >= 0 && *n <= 1000) return n;
  return std::nullopt;
}

// Words after which a bare year or a lone month name is a time expression.
bool is_time_preposition(std::string_view lowered) {
  for (std::string_view w :
       {"in",   "since",  "until",   "till",       "by",      "during", "of",   "from",
        "to",   "before", "after",   "early",      "late",    "mid",    "mid-", "last",
        "next", "this",   "through", "throughout", "between", "and",    "or"}) {
    if (lowered == w) return true;
  }
  return false;
}

enum class Unit : uint8_t { kNone, kDay, kWeek, kMonth, kYear };

Unit unit_of(std::string_view lowered) {
  if (lowered == "day" || lowered == "days") return Unit::kDay;
  if (lowered == "week" || lowered == "weeks") return Unit::kWeek;
  if (lowered == "month" || lowered == "months") return Unit::kMonth;
  if (lowered == "year" || lowered == "years") return Unit::kYear;
  return Unit::kNone;
}

DateSpec offset_spec(Unit unit, int offset) {
  DateSpec spec;
  spec.offset = offset;
  switch (unit) {
    case Unit::kDay:
      spec.kind = DateSpec::Kind::kDayOffset;
      break;
    case Unit::kWeek:
      spec.kind = DateSpec::Kind::kWeekOffset;
      break;
    case Unit::kMonth:
      spec.kind = DateSpec::Kind::kMonthOffset;
      break;
    case Unit::kYear:
    case Unit::kNone:
      spec.kind = DateSpec::Kind::kYearOffset;
      break;
  }
  return spec;
}

bool valid_day(int y, int m, int d) {
  return year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}
      .ok();
}

// The words of one sentence, lowered, with their original forms for case tests.
struct Words {
  std::vector<std::string> lowered;
  std::vector<std::string_view> forms;
  size_t size() const { return lowered.size(); }
  std::string_view at(size_t i) const {
    return i < lowered.size() ? std::string_view(lowered[i]) : std::string_view();
  }
};

// Whether the word after a number makes it a count: a word that is no function word.
// (`lowered` is "" past the sentence's end, and punctuation is no word.)
bool counts_something(std::string_view lowered) {
  if (lowered.empty() || !(lowered[0] >= 'a' && lowered[0] <= 'z')) return false;
  static constexpr std::array<std::string_view, 24> kFunctionWords = {
      "when", "and",  "after", "before", "as",   "while", "that", "the", "a",  "an", "in",   "on",
      "to",   "with", "but",   "until",  "from", "for",   "of",   "by",  "at", "it", "they", "he"};
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), lowered) == kFunctionWords.end();
}

struct Match {
  size_t length = 0;
  DateSpec spec;
};

// Month-led forms: "March 5, 2023", "March 5", "November 2022", "February".
std::optional<Match> match_month_first(const Words& w, size_t i) {
  bool abbreviated = false;
  const int m = month_number(w.at(i), &abbreviated);
  if (m == 0 || !is_capitalized(w.forms[i])) return std::nullopt;
  DateSpec spec;
  spec.month = m;
  if (auto d = day_number(w.at(i + 1))) {
    size_t next = i + 2;
    if (w.at(next) == ",") ++next;
    if (auto y = year_number(w.at(next)); y && valid_day(*y, m, *d)) {
      spec.kind = DateSpec::Kind::kAbsoluteDay;
      spec.year = *y;
      spec.day = *d;
      return Match{next + 1 - i, spec};
    }
    spec.kind = DateSpec::Kind::kMonthDay;
    spec.day = *d;
    return Match{2, spec};
  }
  // "November 2022", and "November, 2015" as some styles write it (but "In March, 2000
  // soldiers crossed" counts soldiers).
  const bool comma = w.at(i + 1) == "," && !counts_something(w.at(i + 3));
  const size_t year_at = comma ? i + 2 : i + 1;
  if (auto y = year_number(w.at(year_at))) {
    spec.kind = DateSpec::Kind::kAbsoluteMonth;
    spec.year = *y;
    return Match{year_at + 1 - i, spec};
  }
  // A lone month name: abbreviations and "May" (a modal verb too) need a time word
  // before them; full names stand alone ("talks resumed in February").
  const bool after_time_word = i > 0 && is_time_preposition(w.at(i - 1));
  if ((abbreviated || m == 5) && !after_time_word) return std::nullopt;
  spec.kind = DateSpec::Kind::kMonth;
  return Match{1, spec};
}

// Day-led forms: "5 March 2023", "5th March".
std::optional<Match> match_day_first(const Words& w, size_t i) {
  auto d = day_number(w.at(i));
  if (!d || i + 1 >= w.size()) return std::nullopt;
  bool abbreviated = false;
  const int m = month_number(w.at(i + 1), &abbreviated);
  if (m == 0 || !is_capitalized(w.forms[i + 1])) return std::nullopt;
  DateSpec spec;
  spec.month = m;
  spec.day = *d;
  if (auto y = year_number(w.at(i + 2)); y && valid_day(*y, m, *d)) {
    spec.kind = DateSpec::Kind::kAbsoluteDay;
    spec.year = *y;
    return Match{3, spec};
  }
  spec.kind = DateSpec::Kind::kMonthDay;
  return Match{2, spec};
}

// "2023-03-21" as one token.
std::optional<Match> match_iso(const Words& w, size_t i) {
  std::string_view s = w.at(i);
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto parsed = parse_iso_date(s);
  if (!parsed.ok()) return std::nullopt;
  year_month_day ymd{parsed.value()};
  DateSpec spec;
  spec.kind = DateSpec::Kind::kAbsoluteDay;
  spec.year = static_cast<int>(ymd.year());
  spec.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  spec.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  return Match{1, spec};
}

// "yesterday", "today", "tomorrow", "tonight", "last night", "this morning".
std::optional<Match> match_deictic_day(const Words& w, size_t i) {
  const std::string_view s = w.at(i), next = w.at(i + 1);
  DateSpec spec;
  spec.kind = DateSpec::Kind::kDayOffset;
  if (s == "yesterday" || s == "today" || s == "tonight" || s == "tomorrow") {
    spec.offset = s == "yesterday" ? -1 : s == "tomorrow" ? 1 : 0;
    return Match{1, spec};
  }
  if (s == "last" && next == "night") {
    spec.offset = -1;
    return Match{2, spec};
  }
  if (s == "this" && (next == "morning" || next == "afternoon" || next == "evening")) {
    return Match{2, spec};
  }
  return std::nullopt;
}

// "last week", "next month", "this year", "earlier this month", "last Monday",
// "next February".
std::optional<Match> match_relative(const Words& w, size_t i) {
  size_t start = i;
  if (w.at(i) == "earlier" || w.at(i) == "later") ++i;
  std::string_view rel = w.at(i);
  int offset = 0;
  if (rel == "last" || rel == "past" || rel == "previous")
    offset = -1;
  else if (rel == "next" || rel == "coming")
    offset = 1;
  else if (rel == "this")
    offset = 0;
  else
    return std::nullopt;
  // "earlier" only goes with "this" ("earlier this month"), else it is an adverb.
  if (start != i && rel != "this") return std::nullopt;
  const std::string_view what = w.at(i + 1);
  if (Unit unit = unit_of(what); unit != Unit::kNone && unit != Unit::kDay) {
    if (what.ends_with('s')) return std::nullopt;  // "last three weeks" is a span
    return Match{i + 2 - start, offset_spec(unit, offset)};
  }
  if (rel == "past" || rel == "previous") return std::nullopt;
  if (int wd = weekday_number(what); wd >= 0) {
    DateSpec spec;
    spec.kind = DateSpec::Kind::kWeekday;
    spec.weekday = wd;
    if (offset != 0) spec.direction = offset < 0 ? TimeDirection::kPast : TimeDirection::kFuture;
    return Match{i + 2 - start, spec};
  }
  bool abbreviated = false;
  if (int m = month_number(what, &abbreviated); m != 0 && is_capitalized(w.forms[i + 1])) {
    DateSpec spec;
    spec.kind = DateSpec::Kind::kMonth;
    spec.month = m;
    if (offset != 0) spec.direction = offset < 0 ? TimeDirection::kPast : TimeDirection::kFuture;
    return Match{i + 2 - start, spec};
  }
  return std::nullopt;
}

// "three days ago", "a week ago", "two years ago".
std::optional<Match> match_ago(const Words& w, size_t i) {
  auto n = count_number(w.at(i));
  if (!n) return std::nullopt;
  Unit unit = unit_of(w.at(i + 1));
  if (unit == Unit::kNone || w.at(i + 2) != "ago") return std::nullopt;
  return Match{3, offset_spec(unit, -*n)};
}

std::optional<Match> match_weekday(const Words& w, size_t i) {
  int wd = weekday_number(w.at(i));
  if (wd < 0 || !is_capitalized(w.forms[i])) return std::nullopt;
  DateSpec spec;
  spec.kind = DateSpec::Kind::kWeekday;
  spec.weekday = wd;
  return Match{1, spec};
}

// "in 2022", "since 2014", "early 2023".
std::optional<Match> match_year(const Words& w, size_t i) {
  auto y = year_number(w.at(i));
  if (!y || i == 0 || !is_time_preposition(w.at(i - 1))) return std::nullopt;
  DateSpec spec;
  spec.kind = DateSpec::Kind::kAbsoluteYear;
  spec.year = *y;
  return Match{1, spec};
}

std::optional<Match> match_at(const Words& w, size_t i) {
  for (auto matcher : {match_iso, match_relative, match_deictic_day, match_ago, match_month_first,
                       match_day_first, match_weekday, match_year}) {
    if (auto m = matcher(w, i)) return m;
  }
  return std::nullopt;
}

sys_days first_of_month(year_month_day ymd) { return sys_days{ymd.year() / ymd.month() / 1}; }

// The year in which month/day (day 0: the whole month) falls, nearest the publication in
// `direction`; the publication's own month or day counts as itself.
int year_toward(year_month_day pub, int m, int d, TimeDirection direction, bool strict) {
  const int py = static_cast<int>(pub.year());
  const int pm = static_cast<int>(static_cast<unsigned>(pub.month()));
  const int pd = d == 0 ? 0 : static_cast<int>(static_cast<unsigned>(pub.day()));
  const int here = pm * 32 + pd, there = m * 32 + d;
  if (direction == TimeDirection::kPast) {
    return (there < here || (there == here && !strict)) ? py : py - 1;
  }
  return (there > here || (there == here && !strict)) ? py : py + 1;
}

}  // namespace

std::string_view precision_name(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
  }
  return "day";
}

std::string format_date(const DateValue& value) {
  const year_month_day ymd{value.day};
  char buf[16];
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  switch (value.precision) {
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", y);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
      break;
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
      break;
  }
  return buf;
}

Result<sys_days> parse_iso_date(std::string_view text) {
  std::string digits;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    digits = std::string(text.substr(0, 4)) + std::string(text.substr(5, 2)) +
             std::string(text.substr(8, 2));
  } else if (text.size() == 8) {
    digits = std::string(text);
  } else {
    return invalid_argument("date '" + std::string(text) + "': expected YYYY-MM-DD");
  }
  auto y = parse_int(std::string_view(digits).substr(0, 4));
  auto m = parse_int(std::string_view(digits).substr(4, 2));
  auto d = parse_int(std::string_view(digits).substr(6, 2));
  if (!y || !m || !d) {
    return invalid_argument("date '" + std::string(text) + "': expected YYYY-MM-DD");
  }
  const year_month_day ymd{year{*y}, month{static_cast<unsigned>(*m)},
                           day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) {
    return invalid_argument("date '" + std::string(text) + "': no such day in the calendar");
  }
  return sys_days{ymd};
}

std::vector<DateExpression> find_date_expressions(const Document& doc, const Sentence& sentence) {
  Words w;
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    w.forms.push_back(doc.form(t));
    w.lowered.push_back(lower_ascii(doc.form(t)));
  }
  std::vector<DateExpression> out;
  for (size_t i = 0; i < w.size();) {
    if (auto m = match_at(w, i)) {
      out.push_back({sentence.token_begin + static_cast<uint32_t>(i),
                     sentence.token_begin + static_cast<uint32_t>(i + m->length), m->spec});
      i += m->length;
    } else {
      ++i;
    }
  }
  return out;
}

std::optional<DateValue> resolve_date(const DateSpec& spec, sys_days publication,
                                      TimeDirection direction) {
  const year_month_day pub{publication};
  const bool explicit_direction = spec.direction.has_value();
  const TimeDirection dir = spec.direction.value_or(direction);
  using K = DateSpec::Kind;
  switch (spec.kind) {
    case K::kAbsoluteDay: {
      year_month_day ymd{year{spec.year}, month{static_cast<unsigned>(spec.month)},
                         day{static_cast<unsigned>(spec.day)}};
      if (!ymd.ok()) return std::nullopt;
      return DateValue{sys_days{ymd}, DatePrecision::kDay};
    }
    case K::kAbsoluteMonth:
      return DateValue{sys_days{year{spec.year} / month{static_cast<unsigned>(spec.month)} / 1},
                       DatePrecision::kMonth};
    case K::kAbsoluteYear:
      return DateValue{sys_days{year{spec.year} / 1 / 1}, DatePrecision::kYear};
    case K::kMonthDay: {
      const int y = year_toward(pub, spec.month, spec.day, dir, false);
      year_month_day ymd{year{y}, month{static_cast<unsigned>(spec.month)},
                         day{static_cast<unsigned>(spec.day)}};
      if (!ymd.ok()) return std::nullopt;
      return DateValue{sys_days{ymd}, DatePrecision::kDay};
    }
    case K::kMonth: {
      const int y = year_toward(pub, spec.month, 0, dir, explicit_direction);
      return DateValue{sys_days{year{y} / month{static_cast<unsigned>(spec.month)} / 1},
                       DatePrecision::kMonth};
    }
    case K::kWeekday: {
      const int today = static_cast<int>(weekday{publication}.c_encoding());
      int delta = dir == TimeDirection::kPast ? (today - spec.weekday + 7) % 7
                                              : (spec.weekday - today + 7) % 7;
      // "last Monday" said on a Monday is a week ago; plain "Monday" is today.
      if (delta == 0 && explicit_direction) delta = 7;
      const sys_days d =
          dir == TimeDirection::kPast ? publication - days{delta} : publication + days{delta};
      return DateValue{d, DatePrecision::kDay};
    }
    case K::kDayOffset:
      return DateValue{publication + days{spec.offset}, DatePrecision::kDay};
    case K::kWeekOffset:
      return DateValue{publication + days{7 * spec.offset}, DatePrecision::kDay,
                       /*approximate=*/true};
    case K::kMonthOffset: {
      const year_month_day first{first_of_month(pub)};
      return DateValue{sys_days{first + months{spec.offset}}, DatePrecision::kMonth};
    }
    case K::kYearOffset:
      return DateValue{sys_days{(pub.year() + years{spec.offset}) / 1 / 1}, DatePrecision::kYear};
  }
  return std::nullopt;
}

}  // namespace dyad::timeplace

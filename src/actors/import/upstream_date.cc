#include "actors/import/upstream_date.h"

#include <string>

#include "actors/actors_tsv.h"

namespace dyad::actors::import {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string without_blanks(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

}  // namespace

Result<Day> parse_upstream_date(std::string_view text) {
  if (!all_digits(text) || (text.size() != 6 && text.size() != 8)) {
    return invalid_argument("expected a date YYMMDD or YYYYMMDD, found '" + std::string(text) +
                            "'");
  }
  const std::string original(text);
  std::string iso;
  if (text.size() == 6) {
    const int yy = (text[0] - '0') * 10 + (text[1] - '0');
    iso = (yy <= kCenturyPivot ? "20" : "19") + std::string(text.substr(0, 2));
    text.remove_prefix(2);
  } else {
    iso = std::string(text.substr(0, 4));
    text.remove_prefix(4);
  }
  iso += "-" + std::string(text.substr(0, 2)) + "-" + std::string(text.substr(2, 2));
  std::optional<Day> day = parse_day(iso);
  if (!day) {
    return invalid_argument("expected a date YYMMDD or YYYYMMDD, found '" + original + "' (" + iso +
                            " is not a day of the calendar)");
  }
  return *day;
}

Result<DateInterval> parse_date_restriction(std::string_view text) {
  const std::string s = without_blanks(text);
  DateInterval out;
  if (s.empty()) return invalid_argument("expected a date restriction, found nothing");
  if (s[0] == '<' || s[0] == '>') {
    Result<Day> d = parse_upstream_date(std::string_view(s).substr(1));
    if (!d.ok()) return d.status();
    if (s[0] == '<') {
      out.to = *d + 1;
    } else {
      out.from = *d;
    }
    return out;
  }
  if (const size_t dash = s.find('-'); dash != std::string::npos) {
    Result<Day> a = parse_upstream_date(std::string_view(s).substr(0, dash));
    if (!a.ok()) return a.status();
    Result<Day> b = parse_upstream_date(std::string_view(s).substr(dash + 1));
    if (!b.ok()) return b.status();
    if (*b < *a) {
      return invalid_argument("expected a range whose end is not before its start, found '" + s +
                              "' (" + format_day(*a) + " to " + format_day(*b) + ")");
    }
    out.from = *a;
    out.to = *b + 1;
    return out;
  }
  Result<Day> d = parse_upstream_date(s);
  if (!d.ok()) {
    return invalid_argument("expected '<date', '>date' or 'date-date', found '" + s + "'");
  }
  out.from = *d;
  out.bare = true;
  return out;
}

}  // namespace dyad::actors::import

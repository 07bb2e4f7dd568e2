// Upstream dates: YYMMDD and YYYYMMDD, the century pivot, inclusive ends to half-open
// intervals, and CountryInfo's impossible dates refused with file:line.

#include <gtest/gtest.h>

#include "actors/actors_tsv.h"
#include "actors/import/actor_dictionary.h"
#include "actors/import/upstream_date.h"
#include "import_test_util.h"

namespace dyad::actors::import {
namespace {

Day day(const char* iso) { return *parse_day(iso); }

TEST(ImportDate, SixAndEightDigitsWithThePivot) {
  EXPECT_EQ(parse_upstream_date("20121115").value(), day("2012-11-15"));
  EXPECT_EQ(parse_upstream_date("121115").value(), day("2012-11-15"));
  EXPECT_EQ(parse_upstream_date("300101").value(), day("2030-01-01"));  // 00-30: 20YY
  EXPECT_EQ(parse_upstream_date("310101").value(), day("1931-01-01"));  // 31-99: 19YY
  EXPECT_EQ(parse_upstream_date("000101").value(), day("2000-01-01"));
  EXPECT_EQ(parse_upstream_date("18970101").value(), day("1897-01-01"));
  EXPECT_EQ(parse_upstream_date("120229").value(), day("2012-02-29"));
}

// CountryInfo's faults: a nine-digit date and a 31st of April are refused, saying what was
// expected.
TEST(ImportDate, CountryInfoImpossibleDatesAreRefused) {
  Result<Day> nine = parse_upstream_date("199008223");
  ASSERT_FALSE(nine.ok());
  EXPECT_EQ(nine.status().message(), "expected a date YYMMDD or YYYYMMDD, found '199008223'");
  Result<Day> april = parse_upstream_date("20050431");
  ASSERT_FALSE(april.ok());
  EXPECT_EQ(april.status().message(),
            "expected a date YYMMDD or YYYYMMDD, found '20050431' (2005-04-31 is not a day of "
            "the calendar)");
  EXPECT_FALSE(parse_upstream_date("2004017").ok());
  EXPECT_FALSE(parse_upstream_date("130229").ok());
  EXPECT_FALSE(parse_upstream_date("12a115").ok());
}

TEST(ImportDate, CountryInfoDatesInAFileAreReportedWithFileAndLine) {
  Diagnostics d;
  Result<SourceFile> src =
      read_source(testing::fixture("countryinfo_dates.actors.txt"), CommentStyle::kPetrarch, d);
  ASSERT_TRUE(src.ok());
  UpstreamActorFile f = parse_actor_dictionary(*src, Format::kPetrarch, d);
  EXPECT_TRUE(testing::has_warning(d, "countryinfo_dates.actors.txt", 4, "found '199008223'"));
  EXPECT_TRUE(testing::has_warning(d, "countryinfo_dates.actors.txt", 7,
                                   "2005-04-31 is not a day of the calendar"));
  ASSERT_EQ(f.actors.size(), 2u);
  EXPECT_EQ(f.actors[0].roles.size(), 2u);  // the bad restriction is dropped, the rest kept
  EXPECT_EQ(d.all().front().to_string().rfind(
                testing::fixture("countryinfo_dates.actors.txt") + ":4: expected a date", 0),
            0u);
}

TEST(ImportDate, RestrictionsBecomeHalfOpen) {
  DateInterval r = parse_date_restriction("950601-990815").value();
  EXPECT_EQ(r.from, day("1995-06-01"));
  EXPECT_EQ(r.to, day("1999-08-16"));  // the upstream end day is included
  r = parse_date_restriction("< 950601").value();
  EXPECT_EQ(r.from, kOpenStart);
  EXPECT_EQ(r.to, day("1995-06-02"));
  r = parse_date_restriction(">20121115").value();
  EXPECT_EQ(r.from, day("2012-11-15"));
  EXPECT_EQ(r.to, kOpenEnd);
  r = parse_date_restriction("19950601 - 990815").value();  // mixed lengths, blanks
  EXPECT_EQ(r.from, day("1995-06-01"));
  r = parse_date_restriction("20121204").value();
  EXPECT_TRUE(r.bare);
  EXPECT_EQ(r.from, day("2012-12-04"));
  Result<DateInterval> reversed = parse_date_restriction("20121207-20120802");
  ASSERT_FALSE(reversed.ok());
  EXPECT_NE(reversed.status().message().find("end is not before its start"), std::string::npos);
}

}  // namespace
}  // namespace dyad::actors::import

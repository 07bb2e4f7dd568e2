#include "timeplace/date_expressions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace dyad::timeplace {
namespace {

using std::chrono::sys_days;

Document analyze(std::string_view source) {
  Document doc;
  doc.source = std::string(source);
  text::normalize(doc);
  text::tokenize(doc);
  return doc;
}

sys_days day_of(std::string_view iso) { return parse_iso_date(iso).value(); }

struct Found {
  std::string words;  // the expression's words joined by spaces
  std::string date;   // resolved against the publication date
  std::string precision;
};

// Every expression of the first sentence of `text`, resolved toward `direction`.
std::vector<Found> find(std::string_view text, std::string_view publication,
                        TimeDirection direction = TimeDirection::kPast) {
  Document doc = analyze(text);
  std::vector<Found> out;
  for (const DateExpression& e : find_date_expressions(doc, doc.sentences.at(0))) {
    Found f;
    for (uint32_t t = e.token_begin; t < e.token_end; ++t) {
      if (!f.words.empty()) f.words += ' ';
      f.words += doc.form(t);
    }
    if (auto v = resolve_date(e.spec, day_of(publication), direction)) {
      f.date = format_date(*v);
      f.precision = std::string(precision_name(v->precision));
    }
    out.push_back(f);
  }
  return out;
}

// The example article: published Tuesday 2023-03-21.
TEST(DateExpressions, WeekdayIsTheMostRecentOneForPastEvents) {
  auto found =
      find("John Kirby told reporters on Monday that a call would take place.", "2023-03-21");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].words, "Monday");
  EXPECT_EQ(found[0].date, "2023-03-20");
  EXPECT_EQ(found[0].precision, "day");
}

TEST(DateExpressions, TheReportsOwnWeekdayIsThatDay) {
  auto found = find("China's Foreign Ministry on Tuesday expressed firm opposition.", "2023-03-21");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-03-21");
}

TEST(DateExpressions, WeekdayPointsForwardForFutureEvents) {
  auto found =
      find("The ministers will travel to Beijing on Friday.", "2023-03-21", TimeDirection::kFuture);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-03-24");
}

TEST(DateExpressions, LastMondaySaidOnAMondayIsAWeekAgo) {
  auto found = find("The talks ended last Monday.", "2023-03-20");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].words, "last Monday");
  EXPECT_EQ(found[0].date, "2023-03-13");
}

TEST(DateExpressions, MonthAndYearGivesMonthPrecision) {
  auto found = find("Biden held his first meeting with Xi in November 2022 in Bali.", "2023-03-21");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].words, "November 2022");
  EXPECT_EQ(found[0].date, "2022-11");
  EXPECT_EQ(found[0].precision, "month");
}

// "November, 2015" is the month of 2015, not a lone November near the report and a year.
TEST(DateExpressions, MonthCommaYearIsOneDate) {
  auto found =
      find("The two countries came to blows in November, 2015 when Turkey shot down a jet.",
           "2018-01-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2015-11");
  EXPECT_EQ(found[0].precision, "month");
  // A comma before a number that is no year ends the date at the month.
  found = find("In March, 2000 soldiers crossed the border.", "2018-06-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2018-03");
}

TEST(DateExpressions, LoneMonthIsTheMostRecentOne) {
  auto found = find("In February, the secretary of state backed out of his visit.", "2023-03-21");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-02");
  // A month later in the year than the report is last year's.
  found = find("In November, the two presidents met in Bali.", "2023-03-21");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2022-11");
}

TEST(DateExpressions, FullDatesInBothOrders) {
  auto found = find("The ceasefire took effect on March 5, 2023, and collapsed on 9 April 2023.",
                    "2023-06-01");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date, "2023-03-05");
  EXPECT_EQ(found[1].date, "2023-04-09");
  EXPECT_EQ(found[1].precision, "day");
}

TEST(DateExpressions, DeicticDays) {
  auto found = find("Russia said yesterday that it would respond tomorrow.", "2023-03-21");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date, "2023-03-20");
  EXPECT_EQ(found[1].date, "2023-03-22");
}

TEST(DateExpressions, RelativeWeeksMonthsYears) {
  auto found = find("Officials met last week, again last month and first last year.", "2023-03-21");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].date, "2023-03-14");
  EXPECT_EQ(found[1].date, "2023-02");
  EXPECT_EQ(found[2].date, "2022");
  EXPECT_EQ(found[2].precision, "year");
}

TEST(DateExpressions, LastMonthInJanuaryIsDecemberOfLastYear) {
  auto found = find("The envoy arrived last month.", "2024-01-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-12");
}

TEST(DateExpressions, AgoCountsBack) {
  auto found = find("Israel struck the camp three days ago and two years ago.", "2023-03-21");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date, "2023-03-18");
  EXPECT_EQ(found[1].date, "2021");
}

TEST(DateExpressions, YearNeedsATimeWord) {
  auto found = find("Sanctions imposed in 2014 hit 2000 companies.", "2023-03-21");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].words, "2014");
  EXPECT_EQ(found[0].date, "2014");
}

TEST(DateExpressions, ModalMayIsNotAMonth) {
  EXPECT_TRUE(find("Beijing may retaliate against the sanctions.", "2023-03-21").empty());
  auto found = find("Elections were held in May.", "2023-06-21");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, "2023-05");
}

TEST(DateExpressions, ThisMorningAndEarlierThisMonth) {
  auto found = find("Troops withdrew this morning after clashes earlier this month.", "2023-03-21");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date, "2023-03-21");
  EXPECT_EQ(found[1].words, "earlier this month");
  EXPECT_EQ(found[1].date, "2023-03");
}

TEST(DateExpressions, NoTimeInPlainSentence) {
  EXPECT_TRUE(find("Washington is following Xi's visit to Russia.", "2023-03-21").empty());
}

TEST(DateExpressions, ParseIsoDateNamesTheProblem) {
  EXPECT_TRUE(parse_iso_date("2023-03-21").ok());
  EXPECT_TRUE(parse_iso_date("20230321").ok());
  auto bad = parse_iso_date("2005-04-31");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("2005-04-31"), std::string::npos);
  EXPECT_FALSE(parse_iso_date("March 2023").ok());
}

}  // namespace
}  // namespace dyad::timeplace

// Reading gold event records (app/gold_records.h) and choosing the format of an upstream
// dictionary set from its file names (app/upstream_dictionaries.h).

#include "app/gold_records.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "app/upstream_dictionaries.h"

namespace dyad::app {
namespace {

TEST(GoldDate, AcceptsTheThreeSpellings) {
  EXPECT_EQ(parse_gold_date("19950104"), "1995-01-04");
  EXPECT_EQ(parse_gold_date("1995-01-04"), "1995-01-04");
  EXPECT_EQ(parse_gold_date("950104"), "1995-01-04");
  EXPECT_EQ(parse_gold_date("000101"), "2000-01-01");  // TABARI's START-00
  EXPECT_EQ(parse_gold_date("680101"), "2068-01-01");  // POSIX %y pivot
  EXPECT_EQ(parse_gold_date("690101"), "1969-01-01");
  EXPECT_EQ(parse_gold_date(""), "");  // no date: the record has none
}

TEST(GoldDate, RejectsWhatIsNotACalendarDay) {
  EXPECT_FALSE(parse_gold_date("19950230"));
  EXPECT_FALSE(parse_gold_date("950230"));
  EXPECT_FALSE(parse_gold_date("2023-13-01"));
  EXPECT_FALSE(parse_gold_date("2023/03/21"));
  EXPECT_FALSE(parse_gold_date("9501"));
  EXPECT_FALSE(parse_gold_date("1995-1-04"));
  EXPECT_EQ(parse_gold_date("20000229"), "2000-02-29");
  EXPECT_FALSE(parse_gold_date("19000229"));
}

TEST(GoldRecord, ReadsAnEngineSuiteRecord) {
  auto r = parse_gold_record(
      R"J({"id": "DEMO-00", "dataset": "petrarch2_unittest", "date": "19950101",
          "text": "Arnor is about to restore full diplomatic ties with Gondor.",
          "events": [{"source": "ARN", "target": "GON", "code": "064"}], "expect": "events",
          "dictionaries": ["dictionaries/petrarch2/PETR.Validate.verbs.txt"],
          "parse": "(ROOT ...)"})J",
      "t.jsonl:1");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->id, "DEMO-00");
  EXPECT_EQ(r->date, "1995-01-01");
  EXPECT_EQ(r->expect, Expect::kEvents);
  EXPECT_EQ(r->scheme, Scheme::kCameo);
  ASSERT_EQ(r->events.size(), 1u);
  EXPECT_EQ(r->events[0].target, "GON");
  EXPECT_EQ(r->dictionaries.size(), 1u);
}

TEST(GoldRecord, TheEnginesNullActorIsNoActor) {
  auto r = parse_gold_record(
      R"J({"id": "COMMA-08", "date": "19950101", "text": "t", "expect": "events",
          "events": [{"source": "BREGOV", "target": "---", "code": "023"},
                     {"source": "---GOV", "target": "GON", "code": "023"}]})J",
      "t.jsonl:1");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->events.size(), 2u);
  EXPECT_EQ(r->events[0].target, "");
  EXPECT_EQ(r->events[1].source, "---GOV");  // an unknown country's government is an actor
}

TEST(GoldRecord, TellsTheLabelSchemeFromTheData) {
  auto plover = parse_gold_record(
      R"J({"id": "P", "date": "2000-01-01", "text": "t", "expect": "events",
          "events": [{"code": "DEMAND", "source": "PSE", "target": "ISR", "context": "x"}]})J",
      "t:1");
  ASSERT_TRUE(plover.ok());
  EXPECT_EQ(plover->scheme, Scheme::kPlover);
  auto five = parse_gold_record(
      R"J({"id": "C", "text": "t", "events": [], "expect": "label_only", "penta_label": "3"})J",
      "t:2");
  ASSERT_TRUE(five.ok());
  EXPECT_EQ(five->scheme, Scheme::kFiveClass);
  EXPECT_EQ(five->five_class, 3);
  EXPECT_EQ(five->date, "");
  auto weis = parse_gold_record(
      R"J({"id": "W", "text": "t", "expect": "events", "events": [{"source": "A", "target": "B", "code": "174K"}]})J",
      "t:3");
  ASSERT_TRUE(weis.ok());
  EXPECT_EQ(weis->scheme, Scheme::kCameo);
  auto none = parse_gold_record(
      R"J({"id": "N", "text": "t", "expect": "no_events", "events": []})J", "t:4");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->scheme, Scheme::kNone);
}

TEST(GoldRecord, ReadsTheEnginesRequireDyadOption) {
  auto off = parse_gold_record(
      R"J({"id": "COMMA-10", "text": "t", "expect": "events", "events": [],
          "config": {"new_actor_length": "0", "require_dyad": "FALSE"}})J",
      "t:1");
  ASSERT_TRUE(off.ok()) << off.status().message();
  EXPECT_FALSE(off->require_dyad);
  auto on = parse_gold_record(
      R"J({"id": "DEMO-01", "text": "t", "expect": "events", "events": []})J", "t:2");
  ASSERT_TRUE(on.ok());
  EXPECT_TRUE(on->require_dyad);
}

TEST(GoldRecord, ErrorsNameThePlace) {
  auto bad_json = parse_gold_record("{\"id\": ", "gold.jsonl:7");
  ASSERT_FALSE(bad_json.ok());
  EXPECT_NE(bad_json.status().message().find("gold.jsonl:7"), std::string::npos);
  auto bad_expect = parse_gold_record(R"J({"id": "x", "expect": "maybe"})J", "gold.jsonl:8");
  ASSERT_FALSE(bad_expect.ok());
  EXPECT_NE(bad_expect.status().message().find("'maybe'"), std::string::npos);
  auto bad_date =
      parse_gold_record(R"J({"id": "x", "expect": "events", "date": "19951301"})J", "g:9");
  ASSERT_FALSE(bad_date.ok());
  EXPECT_NE(bad_date.status().message().find("19951301"), std::string::npos);
  auto mixed = parse_gold_record(
      R"J({"id": "x", "expect": "events", "events": [{"code": "042"}, {"code": "AGREE"}]})J",
      "g:10");
  EXPECT_FALSE(mixed.ok());
}

TEST(GoldRecord, WhatIsScoredHow) {
  EXPECT_EQ(scored_as(Expect::kEvents), ScoredAs::kDyad);
  EXPECT_EQ(scored_as(Expect::kNoEvents), ScoredAs::kDyad);
  EXPECT_EQ(scored_as(Expect::kDiscard), ScoredAs::kDyad);  // TABARI {###}: no events
  EXPECT_EQ(scored_as(Expect::kLabelOnly), ScoredAs::kLabelOnly);
  for (Expect e : {Expect::kComplex, Expect::kOptionRecord, Expect::kError, Expect::kUnspecified,
                   Expect::kDisabledExpectationOnly}) {
    EXPECT_EQ(scored_as(e), ScoredAs::kSkipped) << expect_name(e);
  }
  for (int i = 0; i < kExpectCount; ++i) {
    const Expect e = static_cast<Expect>(i);
    EXPECT_EQ(expect_from_name(expect_name(e)), e);
  }
}

TEST(GoldFile, ReadsEveryNonBlankLineWithItsNumber) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "dyad_gold_records_test.jsonl").string();
  {
    std::ofstream out(path);
    out << R"J({"id": "a", "expect": "no_events", "events": []})J"
        << "\n\n"
        << R"J({"id": "b", "expect": "complex", "events": []})J"
        << "\r\n"
        << R"J({"id": "c", "expect": "error", "events": []})J"
        << "\n";
  }
  auto all = read_gold_file(path);
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[1].id, "b");
  EXPECT_EQ((*all)[1].line, 3);
  auto two = read_gold_file(path, 2);
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->size(), 2u);
  std::remove(path.c_str());
  EXPECT_FALSE(read_gold_file(path).ok());
}

TEST(UpstreamDictionaries, FileKindsFromNames) {
  EXPECT_EQ(upstream_file_kind("d/PETR.Validate.actors.txt"), UpstreamFileKind::kActors);
  EXPECT_EQ(upstream_file_kind("TABARI.Demo.actors"), UpstreamFileKind::kActors);
  EXPECT_EQ(upstream_file_kind("Validate.agents"), UpstreamFileKind::kAgents);
  EXPECT_EQ(upstream_file_kind("PETR.Validate.verbs.2.0.txt"), UpstreamFileKind::kVerbs);
  EXPECT_EQ(upstream_file_kind("CAMEO.2.0.txt"), UpstreamFileKind::kVerbs);
  EXPECT_EQ(upstream_file_kind("CAMEO.verbpatterns.150430.txt"), UpstreamFileKind::kVerbs);
  EXPECT_EQ(upstream_file_kind("PETR.Validate.discards.txt"), UpstreamFileKind::kIgnored);
  EXPECT_EQ(upstream_file_kind("Validate.options"), UpstreamFileKind::kIgnored);
  EXPECT_EQ(upstream_file_kind("PETR.Internal.Coding.Ontology.txt"), UpstreamFileKind::kIgnored);
  EXPECT_EQ(upstream_file_kind("notes.md"), UpstreamFileKind::kUnknown);
}

TEST(UpstreamDictionaries, FormatGuessFromNames) {
  using actors::import::Format;
  auto petr = guess_upstream_format({"dictionaries/petrarch2/PETR.Validate.verbs.txt",
                                     "dictionaries/petrarch2/PETR.Validate.actors.txt"});
  ASSERT_TRUE(petr.ok());
  EXPECT_EQ(*petr, Format::kPetrarch);
  auto petr2 =
      guess_upstream_format({"up/PETR.Validate.verbs.2.0.txt", "up/PETR.Validate.actors.txt"});
  ASSERT_TRUE(petr2.ok());
  EXPECT_EQ(*petr2, Format::kPetrarch2);
  auto phoenix = guess_upstream_format({"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt"});
  ASSERT_TRUE(phoenix.ok());
  EXPECT_EQ(*phoenix, Format::kPetrarch2);
  auto tabari = guess_upstream_format(
      {"tabari/TABARI.Demo.actors", "tabari/TABARI.Demo.verbs", "tabari/Validate.agents"});
  ASSERT_TRUE(tabari.ok());
  EXPECT_EQ(*tabari, Format::kTabari);
  // Never a default: an unknown name or a mixed set is an error.
  EXPECT_FALSE(guess_upstream_format({"my_actors.txt"}).ok());
  EXPECT_FALSE(guess_upstream_format({"TABARI.Demo.verbs", "PETR.Validate.actors.txt"}).ok());
  EXPECT_FALSE(guess_upstream_format({}).ok());
}

}  // namespace
}  // namespace dyad::app

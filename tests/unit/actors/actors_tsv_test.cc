#include "actors/actors_tsv.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad::actors {
namespace {

constexpr std::string_view kHeader = "entry\tkind\tvalue\tfrom\tto\tnote\n";

TEST(ParseDay, AcceptsRealDatesOnly) {
  EXPECT_EQ(parse_day("1970-01-01"), 0);
  EXPECT_EQ(parse_day("1970-01-02"), 1);
  EXPECT_EQ(parse_day("1969-12-31"), -1);
  EXPECT_TRUE(parse_day("2024-02-29"));
  EXPECT_TRUE(parse_day("2000-02-29"));
  EXPECT_FALSE(parse_day("2023-02-29"));
  EXPECT_FALSE(parse_day("1900-02-29"));
  EXPECT_FALSE(parse_day("2021-04-31"));
  EXPECT_FALSE(parse_day("2021-13-01"));
  EXPECT_FALSE(parse_day("2021-00-10"));
  EXPECT_FALSE(parse_day("2021-1-10"));
  EXPECT_FALSE(parse_day("20210110"));
  EXPECT_FALSE(parse_day(""));
  for (const char* d : {"2021-01-20", "1800-03-01", "2099-12-31", "0001-01-01"}) {
    EXPECT_EQ(format_day(*parse_day(d)), d);
  }
  EXPECT_EQ(format_day(kOpenStart), "");
  EXPECT_EQ(format_day(kOpenEnd), "");
}

TEST(ActorTsv, ReadsTheDocumentedExample) {
  std::string text =
      std::string("# people\n") + std::string(kHeader) +
      "JOE_BIDEN\tname\tJoe Biden\n"
      "JOE_BIDEN\tname\tBiden\n"
      "\n"
      "JOE_BIDEN\trole\tUSAGOV\t2021-01-20\t2025-01-20\tPresident of the United States\n"
      "JOE_BIDEN\trole\tUSAELI\t\t\tout of office\n"
      "CHN\tadjective\tChinese\n";
  auto entries = parse_actor_tsv(text, "people.actors.tsv");
  ASSERT_TRUE(entries.ok()) << entries.status().message();
  ASSERT_EQ(entries->size(), 2u);
  const ActorEntry& biden = (*entries)[0];
  EXPECT_EQ(biden.id, "JOE_BIDEN");
  ASSERT_EQ(biden.names.size(), 2u);
  EXPECT_EQ(biden.names[1].phrase, "Biden");
  EXPECT_EQ(biden.names[1].origin, "people.actors.tsv:4");
  ASSERT_EQ(biden.roles.size(), 2u);
  EXPECT_EQ(biden.roles[0].from, *parse_day("2021-01-20"));
  EXPECT_EQ(biden.roles[0].note, "President of the United States");
  EXPECT_TRUE(biden.roles[1].is_default());
  EXPECT_EQ((*entries)[1].names[0].kind, NameKind::kAdjective);
}

std::string error_of(std::string_view row) {
  auto r = parse_actor_tsv(std::string(kHeader) + std::string(row) + "\n", "x.actors.tsv");
  return r.ok() ? "" : r.status().message();
}

TEST(ActorTsv, ErrorsNameFileLineAndWhatWasExpected) {
  EXPECT_EQ(error_of("JOE_BIDEN\trole\tUSAGOV\t2021-02-30"),
            "x.actors.tsv:2: column 'from': expected a date YYYY-MM-DD (or empty), found "
            "'2021-02-30'");
  EXPECT_EQ(error_of("Joe_Biden\tname\tBiden"),
            "x.actors.tsv:2: column 'entry': expected an UPPER_SNAKE id ([A-Z0-9_]+), found "
            "'Joe_Biden'");
  EXPECT_EQ(error_of("JOE_BIDEN\tnickname\tJoe"),
            "x.actors.tsv:2: column 'kind': expected 'name', 'role' or 'adjective', found "
            "'nickname'");
  EXPECT_EQ(error_of("JOE_BIDEN\tname\tJoe  Biden"),
            "x.actors.tsv:2: column 'value': expected a phrase of words separated by single "
            "spaces, found 'Joe  Biden'");
  EXPECT_EQ(error_of("JOE_BIDEN\trole\tusagov"),
            "x.actors.tsv:2: column 'value': expected a CAMEO code of 3 or more [A-Z0-9], "
            "found 'usagov'");
  EXPECT_EQ(error_of("JOE_BIDEN\tname\tBiden\t2020-01-01"),
            "x.actors.tsv:2: column 'from': expected no date on a name row, found "
            "'2020-01-01'");
  EXPECT_EQ(error_of("JOE_BIDEN\trole\tUSAGOV\t2025-01-20\t2021-01-20"),
            "x.actors.tsv:2: column 'to': expected a date after 'from' (2025-01-20; the "
            "interval is from <= date < to), found '2021-01-20'");
  EXPECT_EQ(error_of("JOE_BIDEN\tname"),
            "x.actors.tsv:2: expected 3 to 6 tab-separated fields, found 2 in "
            "'JOE_BIDEN\\tname'");
  EXPECT_EQ(error_of("A\trole\tUSA\t\t\tnote\textra"),
            "x.actors.tsv:2: expected 3 to 6 tab-separated fields, found 7 in "
            "'A\\trole\\tUSA\\t\\t\\tnote\\textra'");
  auto bad_header = parse_actor_tsv("entry\tkind\tvalue\n", "y.actors.tsv");
  EXPECT_EQ(bad_header.status().message(),
            "y.actors.tsv:1: expected the header 'entry\\tkind\\tvalue\\tfrom\\tto\\tnote', "
            "found 'entry\\tkind\\tvalue'");
  auto crlf = parse_actor_tsv(std::string(kHeader) + "A\tname\tA\r\n", "z.actors.tsv");
  EXPECT_EQ(crlf.status().message(), "z.actors.tsv:2: expected LF line ends, found CR LF");
  auto empty = parse_actor_tsv("", "e.actors.tsv");
  EXPECT_EQ(empty.status().message(),
            "e.actors.tsv:1: expected the header 'entry\\tkind\\tvalue\\tfrom\\tto\\tnote', found "
            "end of file");
}

TEST(AgentsTsv, ReadsAndChecks) {
  auto agents = parse_agents_tsv(
      "phrase\tcode\tattach\tnote\nForeign Ministry\tGOV\tsuffix\tministry\ntroops\tMIL\tsuffix\n"
      "aid workers\tNGO\tprefix\n",
      "agents.tsv");
  ASSERT_TRUE(agents.ok()) << agents.status().message();
  ASSERT_EQ(agents->size(), 3u);
  EXPECT_EQ((*agents)[0].note, "ministry");
  EXPECT_EQ((*agents)[2].attach, AgentAttach::kPrefix);
  auto bad = parse_agents_tsv("phrase\tcode\tattach\tnote\ntroops\tMIL\tafter\n", "agents.tsv");
  EXPECT_EQ(bad.status().message(),
            "agents.tsv:2: column 'attach': expected 'suffix' or 'prefix', found 'after'");
}

TEST(ActorTsv, WriteThenReadGivesTheSameData) {
  std::vector<ActorEntry> entries(2);
  entries[0].id = "ZED";
  entries[0].names = {{"Zed", NameKind::kName, ""}};
  entries[0].roles = {{"USAGOV", *parse_day("2001-01-01"), kOpenEnd, "a note", ""}};
  entries[1].id = "CHN";
  entries[1].names = {{"China", NameKind::kName, ""}, {"Chinese", NameKind::kAdjective, ""}};
  entries[1].roles = {{"CHN", kOpenStart, kOpenEnd, "", ""}};
  auto text = format_actor_tsv(entries, "made by a test\n\nsecond line");
  ASSERT_TRUE(text.ok()) << text.status().message();
  EXPECT_EQ(*text,
            "# made by a test\n#\n# second line\n"
            "entry\tkind\tvalue\tfrom\tto\tnote\n"
            "CHN\tname\tChina\nCHN\tadjective\tChinese\nCHN\trole\tCHN\n"
            "ZED\tname\tZed\nZED\trole\tUSAGOV\t2001-01-01\t\ta note\n");
  auto back = parse_actor_tsv(*text, "t");
  ASSERT_TRUE(back.ok()) << back.status().message();
  ASSERT_EQ(back->size(), 2u);
  EXPECT_EQ((*back)[1].roles[0].from, entries[0].roles[0].from);
  EXPECT_EQ((*back)[1].roles[0].to, kOpenEnd);

  entries[0].roles[0].code = "us";
  EXPECT_FALSE(format_actor_tsv(entries).ok());
  entries[0].roles[0].code = "USA";
  entries[0].names[0].phrase = "Zed\tZ";
  EXPECT_FALSE(format_actor_tsv(entries).ok());
}

}  // namespace
}  // namespace dyad::actors

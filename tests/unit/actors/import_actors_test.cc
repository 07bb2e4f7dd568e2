// Actor dictionaries: PETRARCH and TABARI syntax, and the fixes of the Phoenix faults
// (mixed date lengths, duplicated entries, overlapping ranges).

#include <gtest/gtest.h>

#include <map>

#include "actors/actors_tsv.h"
#include "actors/dictionary.h"
#include "actors/import/actor_dictionary.h"
#include "actors/resolver.h"
#include "actors_test_util.h"
#include "import_test_util.h"

namespace dyad::actors::import {
namespace {

using testing::fixture;
using testing::has_warning;

struct Imported {
  Diagnostics d;
  ActorImportStats stats;
  std::map<std::string, ActorEntry> by_id;
};

Imported import(const std::vector<std::string>& names, Format format,
                const ActorImportOptions& options = {}) {
  Imported out;
  std::vector<UpstreamActorFile> files;
  for (const std::string& name : names) {
    Result<SourceFile> src = read_source(fixture(name), comment_style(format), out.d);
    EXPECT_TRUE(src.ok());
    files.push_back(parse_actor_dictionary(*src, format, out.d));
  }
  for (auto& file : build_actor_entries(files, out.d, out.stats, options)) {
    for (ActorEntry& e : file) out.by_id[e.id] = e;
  }
  return out;
}

// "CODE from to" per role, ISO dates, "" for open bounds.
std::vector<std::string> roles(const ActorEntry& e) {
  std::vector<std::string> out;
  for (const RoleRow& r : e.roles) {
    out.push_back(r.code + " " + format_day(r.from) + " " + format_day(r.to));
  }
  return out;
}

std::vector<std::string> names(const ActorEntry& e) {
  std::vector<std::string> out;
  for (const NameRow& n : e.names) out.push_back(n.phrase);
  return out;
}

TEST(ImportActors, EntriesSynonymsAndDefaults) {
  Imported im = import({"petrarch.actors.txt"}, Format::kPetrarch);
  const ActorEntry& e = im.by_id.at("NORTH_ARNOR");
  EXPECT_EQ(names(e), (std::vector<std::string>{"NORTH ARNOR", "NORTHERN ARNOR", "FORNOST ERAIN"}));
  EXPECT_EQ(roles(e), (std::vector<std::string>{"NAR  "}));
  EXPECT_EQ(e.origin, "petrarch.actors.txt:6");
  // Comments and <!-- --> blocks are not entries.
  EXPECT_EQ(im.by_id.count("ONE"), 0u);
}

// Phoenix fault: dates mix YYMMDD and YYYYMMDD within one entry.
TEST(ImportActors, MixedDateLengths) {
  Imported im = import({"petrarch.actors.txt"}, Format::kPetrarch);
  EXPECT_EQ(roles(im.by_id.at("ELENDIL_THE_TALL")),
            (std::vector<std::string>{"ARNELI 1950-01-01 2006-01-01",
                                      "ARNGOV 2006-01-01 2011-01-01", "ARNELI  "}));
}

// Phoenix fault: synonyms written without their '+' (BORIS_YELTSIN_ upstream). A primary
// line after an entry with no codes yet joins it; after [---] or codes it does not.
TEST(ImportActors, PrimaryLinesBeforeAnyCodeAreSynonyms) {
  Imported im = import({"../actors/import_missing_plus.actors.txt"}, Format::kPetrarch);
  const ActorEntry& aragorn = im.by_id.at("ARAGORN");
  EXPECT_EQ(names(aragorn),
            (std::vector<std::string>{"ARAGORN", "STRIDER", "KING ELESSAR", "ELESSAR TELCONTAR"}));
  EXPECT_EQ(roles(aragorn), (std::vector<std::string>{"ARNELI 1950-01-01 1996-01-01",
                                                      "ARNGOV 1996-01-01 2011-01-01"}));
  EXPECT_EQ(im.by_id.count("STRIDER"), 0u);
  EXPECT_EQ(im.by_id.count("KING_ELESSAR"), 0u);
  EXPECT_EQ(roles(im.by_id.at("FARAMIR")), (std::vector<std::string>{"GONGOV  "}));
  EXPECT_EQ(names(im.by_id.at("BOROMIR")), (std::vector<std::string>{"BOROMIR"}));
  EXPECT_EQ(roles(im.by_id.at("BOROMIR")), (std::vector<std::string>{"GONMIL  "}));
  EXPECT_EQ(names(im.by_id.at("DENETHOR")), (std::vector<std::string>{"DENETHOR"}));
}

// Phoenix fault: XI_JINPING is listed twice, with different dates; one entry holds both.
TEST(ImportActors, DuplicateEntriesAreMerged) {
  Imported im = import({"petrarch.actors.txt"}, Format::kPetrarch);
  const ActorEntry& xi = im.by_id.at("XI_JINPING");
  EXPECT_EQ(names(xi), (std::vector<std::string>{"XI JINPING", "PRESIDENT XI JINPING"}));
  EXPECT_EQ(roles(xi), (std::vector<std::string>{"CHNGOV 2008-04-01 "}));
  EXPECT_EQ(im.stats.duplicates, 1u);
  EXPECT_TRUE(testing::has(im.d, Severity::kNote, "petrarch.actors.txt", 18,
                           "duplicate entry XI_JINPING (first at petrarch.actors.txt:15)"));
}

TEST(ImportActors, DuplicatesAcrossFilesStayInTheFirstFile) {
  Imported im = import({"petrarch.actors.txt", "petrarch.actors.txt"}, Format::kPetrarch);
  EXPECT_EQ(im.stats.entries, im.by_id.size());
  EXPECT_EQ(
      roles(im.by_id.at("ARAGORN")),
      (std::vector<std::string>{"ARNELI 1931-01-01 1931-11-08", "ARNGOV 1931-11-08 1973-07-18"}));
}

// A term ending on the day the next begins: the incoming role holds that day, no warning.
TEST(ImportActors, HandoverDayGoesToTheIncomingRole) {
  Imported im = import({"petrarch.actors.txt"}, Format::kPetrarch);
  EXPECT_EQ(
      roles(im.by_id.at("ARAGORN")),
      (std::vector<std::string>{"ARNELI 1931-01-01 1931-11-08", "ARNGOV 1931-11-08 1973-07-18"}));
  EXPECT_GE(im.stats.role_stats.handovers, 1u);
}

// Phoenix fault: overlapping ranges. The later start holds the common days; reported with
// both lines.
TEST(ImportActors, OverlapsAreResolvedAndReported) {
  Imported im = import({"petrarch.actors.txt"}, Format::kPetrarch);
  EXPECT_EQ(
      roles(im.by_id.at("BOUTEFLIKA")),
      (std::vector<std::string>{"DZAELI 1955-01-01 1999-04-27", "DZAGOV 1999-04-27 ", "DZAELI  "}));
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 26,
                          "overlaps DZAGOV [1999-04-27, open) (petrarch.actors.txt:27), which "
                          "starts later"));
  EXPECT_EQ(
      roles(im.by_id.at("SAM_GAMGEE")),
      (std::vector<std::string>{"HOBMIL 2008-01-20 2010-01-09", "ORCHOB 2010-01-09 2010-01-13",
                                "HOBMIL 2010-01-13 2012-11-10", "HOB  "}));
  // No two dated roles of one entry overlap.
  for (const auto& [id, e] : im.by_id) {
    for (size_t i = 0; i < e.roles.size(); ++i) {
      for (size_t j = i + 1; j < e.roles.size(); ++j) {
        const RoleRow& a = e.roles[i];
        const RoleRow& b = e.roles[j];
        if (a.is_default() || b.is_default()) continue;
        EXPECT_FALSE(a.from < b.to && b.from < a.to) << id;
      }
    }
  }
}

TEST(ImportActors, NullCodeAndSecondDefault) {
  Imported im = import({"petrarch.actors.txt"}, Format::kPetrarch);
  // [--- <950630] [DOL]: nothing before 1995-07-01, DOL after, and no default left to fill
  // the null days.
  EXPECT_EQ(roles(im.by_id.at("DOL_AMROTH_PRINCE")), (std::vector<std::string>{"DOL 1995-07-01 "}));
  EXPECT_EQ(roles(im.by_id.at("TWO_DEFAULTS")), (std::vector<std::string>{"AAA  "}));
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 38, "second default [BBB] dropped"));
}

TEST(ImportActors, BadLinesAreReportedWithFileAndLine) {
  Imported im = import({"petrarch.actors.txt"}, Format::kPetrarch);
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 41, "found '201005011'"));
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 42, "2005-04-31 is not a day"));
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 43, "end is not before its start"));
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 44, "bare date"));
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 45, "expected a code before the date"));
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 46, "lower-case code 'gbr' read as 'GBR'"));
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 49, "kept 'ELR'"));
  EXPECT_TRUE(has_warning(im.d, "petrarch.actors.txt", 50, "read as a new entry"));
  EXPECT_EQ(roles(im.by_id.at("BAD_DATES")),
            (std::vector<std::string>{"GBRGOV 2014-01-01 ", "GBR  "}));
}

TEST(ImportActors, IdsAreAsciiUpperSnake) {
  EXPECT_EQ(entry_id_for("MANFRED W\xC3\x96RNER"), "MANFRED_WORNER");
  EXPECT_EQ(entry_id_for("U.S.S.R"), "U_S_S_R");
  EXPECT_EQ(entry_id_for("AL-QAEDA"), "AL_QAEDA");
  Imported im = import({"petrarch.actors.txt"}, Format::kPetrarch);
  EXPECT_EQ(names(im.by_id.at("MANFRED_WORNER")),
            (std::vector<std::string>{"MANFRED W\xC3\x96RNER"}));
}

TEST(ImportActors, TabariSyntax) {
  Imported im = import({"tabari.actors"}, Format::kTabari);
  EXPECT_EQ(im.by_id.count("BEES"), 0u);           // <NOUN> list
  EXPECT_EQ(im.by_id.count("AFTER_THE_END"), 0u);  // after ~~FINISH
  EXPECT_EQ(im.by_id.count("ALBRIGHZ"), 0u);       // "#" at line start
  EXPECT_EQ(roles(im.by_id.at("ALBRIGHT")),
            (std::vector<std::string>{"USAGOV 1999-12-01 2001-01-15"}));  // [---]: no default
  EXPECT_EQ(roles(im.by_id.at("GOLLUM")),
            (std::vector<std::string>{"HOB  1995-06-01", "HOBGOV 1995-06-01 1999-08-16",
                                      "HOBREB 1999-08-16 "}));
  EXPECT_EQ(names(im.by_id.at("GOLLUM")), (std::vector<std::string>{"GOLLUM", "SMEAGOL"}));
  EXPECT_TRUE(roles(im.by_id.at("NASGUL")).empty());
  EXPECT_TRUE(has_warning(im.d, "tabari.actors", 9, "discard code [###]"));
  EXPECT_TRUE(has_warning(im.d, "tabari.actors", 10, "complex-event code [+++]"));
  EXPECT_TRUE(has_warning(im.d, "tabari.actors", 17, "'=' after 'MOUSE='"));
  EXPECT_TRUE(
      testing::has(im.d, Severity::kNote, "tabari.actors", 0, "3 TABARI phrases end without"));
}

// Engine-suite dictionaries coded in memory keep what dyad's TSV cannot say: "[FRO/BIL/SAM]"
// is three default codes of one actor (the coder writes an event per code), and a TABARI
// phrase without a final "_" stays a stem. `dyad data import` (no options) keeps one code.
TEST(ImportActors, JointCodesAndStemsForEngineRules) {
  Imported plain = import({"tabari.actors"}, Format::kTabari);
  EXPECT_EQ(roles(plain.by_id.at("THE_SHIRE")), (std::vector<std::string>{"FRO  "}));
  EXPECT_FALSE(plain.by_id.at("THE_SHIRE").joint_codes);
  EXPECT_FALSE(plain.by_id.at("ARGENTIN").names[0].stem);

  ActorImportOptions options;
  options.stems = true;
  options.joint_codes = true;
  Imported im = import({"tabari.actors"}, Format::kTabari, options);
  EXPECT_EQ(roles(im.by_id.at("THE_SHIRE")), (std::vector<std::string>{"FRO  ", "BIL  ", "SAM  "}));
  EXPECT_TRUE(im.by_id.at("THE_SHIRE").joint_codes);
  EXPECT_FALSE(im.by_id.at("AARDVARK").joint_codes);
  EXPECT_TRUE(im.by_id.at("ARGENTIN").names[0].stem);
  EXPECT_FALSE(im.by_id.at("GOLLUM").names[0].stem);  // "GOLLUM_"

  // The stem matches the longer words TABARI matches; whole names still match themselves.
  ActorSources sources;
  for (auto& [id, e] : im.by_id) sources.entries.push_back(e);
  auto dict = Dictionary::build(sources);
  ASSERT_TRUE(dict.ok());
  EXPECT_TRUE((*dict)->has_stems());
  EXPECT_EQ(actors::testing::resolve(**dict, "Argentinian troops entered Smeagolia.", "").summary(),
            "ARG:Argentinian");
  EXPECT_EQ(actors::testing::resolve(**dict, "Argentin said so.", "").summary(), "ARG:Argentin");
  const uint32_t shire = (*dict)->find_entry("THE_SHIRE");
  EXPECT_TRUE((*dict)->entry(shire).flags & CompiledEntry::kJointCodes);
  // The first code is the mention's own; the coder adds the others.
  EXPECT_EQ(actors::testing::resolve(**dict, "The Shire protested.", "").summary(),
            "FRO:The Shire");
}

// Phoenix fault: the files stop at 2015-02-17, so "[CODE >date]" only says the role was held
// then. --valid-until ends a person's open-ended roles on that day; places, defaults,
// null restrictions and entries without dates keep theirs.
TEST(ImportActors, ValidUntilClosesOpenEndedRolesOfPersons) {
  ActorImportOptions options;
  options.valid_until = *parse_day("2015-02-17");
  Imported im = import({"valid_until.actors.txt"}, Format::kPetrarch, options);
  EXPECT_EQ(roles(im.by_id.at("DENETHOR_STEWARD")),
            (std::vector<std::string>{"GONGOVMIL 2000-01-01 2010-01-01",
                                      "GONGOV 2010-01-01 2015-02-17"}));
  EXPECT_EQ(roles(im.by_id.at("FARAMIR_STEWARD")),
            (std::vector<std::string>{"GONGOV 2012-03-01 2015-02-17", "GONELI  "}));
  EXPECT_EQ(roles(im.by_id.at("BOROMIR_CAPTAIN")),
            (std::vector<std::string>{"GONMIL 2005-01-01 2011-07-01"}));
  // Unchanged: a place (it holds the bare country code GON), an entry without dates, a
  // null restriction.
  EXPECT_EQ(roles(im.by_id.at("GONDOR")),
            (std::vector<std::string>{"ARN  1950-01-01", "GON 1950-01-01 "}));
  EXPECT_EQ(roles(im.by_id.at("MINAS_TIRITH")), (std::vector<std::string>{"GONGOV  "}));
  EXPECT_EQ(roles(im.by_id.at("PRINCE_IMRAHIL")), (std::vector<std::string>{"DOL  2013-01-01"}));
  // An open-ended role with the default's code gives the same code after the day: kept.
  EXPECT_EQ(roles(im.by_id.at("HURIN_WARDEN")),
            (std::vector<std::string>{"GONGOV 2010-01-01 ", "GONGOV  "}));
  // A term that starts on or after the dictionary's last day holds no day: dropped, warned.
  EXPECT_EQ(roles(im.by_id.at("ELESSAR_KING")),
            (std::vector<std::string>{"GONGOV 2011-03-01 2012-01-01"}));
  EXPECT_TRUE(has_warning(im.d, "valid_until.actors.txt", 24,
                          "starts on or after the --valid-until day 2015-02-17"));
  EXPECT_EQ(im.stats.close_stats.dropped, 1u);
  EXPECT_EQ(im.stats.close_stats.closed, 2u);
  EXPECT_EQ(im.stats.close_stats.persons, 2u);
  EXPECT_EQ(im.stats.close_stats.places, 1u);

  // Resolved: in office before the day, out of office (<country>ELI) after it.
  std::vector<ActorEntry> entries;
  for (auto& [id, e] : im.by_id) entries.push_back(e);
  Result<std::shared_ptr<const Dictionary>> dict = Dictionary::build(ActorSources{entries, {}});
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  using actors::testing::resolve;
  EXPECT_EQ(resolve(**dict, "Denethor Steward", "2014-06-01").summary(), "GONGOV:Denethor Steward");
  EXPECT_EQ(resolve(**dict, "Denethor Steward", "2023-03-21").summary(), "GONELI:Denethor Steward");
  EXPECT_EQ(resolve(**dict, "Faramir Steward", "2023-03-21").summary(), "GONELI:Faramir Steward");
  EXPECT_EQ(resolve(**dict, "Gondor", "2023-03-21").summary(), "GON:Gondor");
}

// Without the day, open-ended roles stay open (what the Phoenix import did before).
TEST(ImportActors, OpenEndedRolesStayOpenByDefault) {
  Imported im = import({"valid_until.actors.txt"}, Format::kPetrarch);
  EXPECT_EQ(roles(im.by_id.at("DENETHOR_STEWARD")),
            (std::vector<std::string>{"GONGOVMIL 2000-01-01 2010-01-01", "GONGOV 2010-01-01 "}));
  EXPECT_EQ(im.stats.close_stats.closed, 0u);
}

TEST(ImportActors, WrittenTablesReadBack) {
  Imported im = import({"petrarch.actors.txt", "tabari.actors"}, Format::kPetrarch);
  std::vector<ActorEntry> all;
  for (auto& [id, e] : im.by_id) all.push_back(e);
  Result<std::string> text = format_actor_tsv(all, "test");
  ASSERT_TRUE(text.ok()) << text.status().message();
  Result<std::vector<ActorEntry>> back = parse_actor_tsv(*text, "back.tsv");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->size(), all.size());
}

}  // namespace
}  // namespace dyad::actors::import

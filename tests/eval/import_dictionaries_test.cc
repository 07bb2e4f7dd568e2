// Every upstream dictionary dyad knows of imports without error: the engine suites'
// own dictionaries (eval/dev/dictionaries: PETRARCH 2 and UniversalPETRARCH validation,
// TABARI demo and validation) and the production sources (Phoenix, CAMEO.2.0, the
// PETRARCH 1 verb patterns, the TABARI master verbs). The counts pin what is imported, so a
// change to a parser that loses or gains entries shows here; docs/RESULTS.md ("Issue 3:
// importers") records them with the commands that print them.

#include <gtest/gtest.h>

#include <map>

#include "app/import_dictionary.h"
#include "shared_dir.h"

namespace dyad::eval {
namespace {

using actors::import::Format;
using app::DictionaryKind;

struct Case {
  const char* name;
  Format format;
  DictionaryKind kind;
  std::vector<std::string> files;  // relative to ../shared
  std::map<std::string, size_t> counts;
  size_t max_warnings;
};

std::map<std::string, size_t> counts_of(const app::ImportDictionaryReport& r) {
  return {r.counts.begin(), r.counts.end()};
}

void check(const std::string& shared, const Case& c) {
  app::ImportDictionaryOptions o;
  o.format = c.format;
  o.kind = c.kind;
  for (const std::string& f : c.files) o.inputs.push_back(shared + "/" + f);
  o.dry_run = true;
  if (c.kind == DictionaryKind::kActors || c.kind == DictionaryKind::kAgents) {
    o.fixes = std::string(DYAD_SOURCE_DIR) + "/data/src/dictionaries/upstream_fixes.tsv";
  }
  Result<app::ImportDictionaryReport> r = app::import_dictionary(o);
  ASSERT_TRUE(r.ok()) << c.name << ": " << r.status().message();
  const std::map<std::string, size_t> got = counts_of(*r);
  for (const auto& [label, n] : c.counts) {
    ASSERT_TRUE(got.count(label)) << c.name << ": no count '" << label << "'";
    EXPECT_EQ(got.at(label), n) << c.name << ": " << label;
  }
  EXPECT_LE(r->warnings, c.max_warnings) << c.name;
  std::printf("%-34s %zu warnings, %zu notes, %.3f s\n", c.name, r->warnings, r->notes, r->seconds);
}

const char* kPetr = "eval/dev/dictionaries/petrarch2/";
const char* kUp = "eval/dev/dictionaries/universalpetrarch/";
const char* kTab = "eval/dev/dictionaries/tabari/";

TEST(ImportDictionaries, EngineSuitesPetrarch2) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string p = kPetr;
  check(shared, {"PETR.Validate.actors",
                 Format::kPetrarch,
                 DictionaryKind::kActors,
                 {p + "PETR.Validate.actors.txt"},
                 {{"entries", 128}, {"names", 161}, {"roles", 136}},
                 5});
  check(shared, {"PETR.Validate.agents",
                 Format::kPetrarch,
                 DictionaryKind::kAgents,
                 {p + "PETR.Validate.agents.txt"},
                 {{"agent lines", 88}, {"rows", 165}},
                 0});
  check(shared, {"PETR.Validate.discards",
                 Format::kPetrarch,
                 DictionaryKind::kDiscards,
                 {p + "PETR.Validate.discards.txt"},
                 {{"discard phrases", 9}, {"story-level", 4}},
                 0});
  check(shared, {"PETR.Validate.verbs",
                 Format::kPetrarch,
                 DictionaryKind::kVerbs,
                 {p + "PETR.Validate.verbs.txt"},
                 {{"synonym sets", 17}, {"verbs", 269}, {"patterns", 473}},
                 14});
}

TEST(ImportDictionaries, EngineSuitesUniversalPetrarch) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string p = kUp;
  check(shared, {"UP PETR.Validate.actors",
                 Format::kPetrarch,
                 DictionaryKind::kActors,
                 {p + "PETR.Validate.actors.txt"},
                 {{"entries", 130}, {"names", 163}},
                 6});
  check(shared, {"UP PETR.Validate.agents",
                 Format::kPetrarch,
                 DictionaryKind::kAgents,
                 {p + "PETR.Validate.agents.txt"},
                 {{"rows", 165}},
                 0});
  check(shared, {"UP PETR.Validate.discards",
                 Format::kPetrarch,
                 DictionaryKind::kDiscards,
                 {p + "PETR.Validate.discards.txt"},
                 {{"discard phrases", 9}},
                 0});
  check(shared, {"UP PETR.Validate.verbs.2.0",
                 Format::kPetrarch2,
                 DictionaryKind::kVerbs,
                 {p + "PETR.Validate.verbs.2.0.txt"},
                 {{"synonym sets", 30}, {"verbs", 125}, {"patterns", 451}},
                 12});
}

TEST(ImportDictionaries, EngineSuitesTabari) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string p = kTab;
  check(shared, {"TABARI.Demo.actors",
                 Format::kTabari,
                 DictionaryKind::kActors,
                 {p + "TABARI.Demo.actors"},
                 {{"records", 120}, {"entries", 119}},
                 10});
  check(shared, {"TABARI.Demo.verbs",
                 Format::kTabari,
                 DictionaryKind::kVerbs,
                 {p + "TABARI.Demo.verbs"},
                 {{"synonym sets", 5}, {"verbs", 283}, {"patterns", 407}, {"time phrases", 10}},
                 12});
  check(shared, {"TABARI.Demo.options",
                 Format::kTabari,
                 DictionaryKind::kOptions,
                 {p + "TABARI.Demo.options"},
                 {{"option rows", 96}},
                 0});
  check(shared, {"Validate.agents",
                 Format::kTabari,
                 DictionaryKind::kAgents,
                 {p + "Validate.agents"},
                 {{"agent lines", 86}, {"rows", 171}},
                 0});
  check(shared, {"Validate.options",
                 Format::kTabari,
                 DictionaryKind::kOptions,
                 {p + "Validate.options"},
                 {{"option rows", 99}},
                 0});
}

TEST(ImportDictionaries, PhoenixAndTabariSources) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string p = "data/petrarch2/";
  check(shared, {"Phoenix actors (3 files)",
                 Format::kPetrarch,
                 DictionaryKind::kActors,
                 {p + "Phoenix.Countries.actors.txt", p + "Phoenix.International.actors.txt",
                  p + "Phoenix.MilNonState.actors.txt"},
                 // A primary line with no codes before an entry's codes is a synonym of
                 // that entry (b23cb6a: "BORIS_YELTSIN_" then "PRESIDENT_BORIS_YELTSIN"
                 // then the codes), so 38 lines that were entries of their own are now
                 // names of the next: the same names, fewer records and entries. One name
                 // less since upstream_fixes.tsv drops Tanzim's synonym "ORGANIZATION".
                 {{"records", 27213},
                  {"entries", 26009},
                  {"names", 34393},
                  {"roles", 35709},
                  {"duplicates merged", 1204}},
                 450});
  check(shared, {"Phoenix.agents",
                 Format::kPetrarch,
                 DictionaryKind::kAgents,
                 {p + "Phoenix.agents.txt"},
                 {{"agent lines", 2244},
                  {"rows", 5178},
                  {"markers inside words repaired", 6},
                  {"agents added", 2}},
                 25});
  check(shared, {"Phoenix.discards",
                 Format::kPetrarch,
                 DictionaryKind::kDiscards,
                 {p + "Phoenix.discards.txt"},
                 {{"discard phrases", 506}},
                 0});
  check(shared, {"Phoenix.IssueCoding",
                 Format::kPetrarch,
                 DictionaryKind::kIssues,
                 {p + "Phoenix.IssueCoding.txt"},
                 {{"issue lines", 3157}, {"rows", 4745}},
                 20});
  check(shared, {"CAMEO.2.0",
                 Format::kPetrarch2,
                 DictionaryKind::kVerbs,
                 {p + "CAMEO.2.0.txt"},
                 {{"synonym sets", 40},
                  {"blocks", 397},
                  {"verbs", 1817},
                  {"patterns", 4659},
                  {"transformations", 8}},
                 45});
  check(shared, {"CAMEO.verbpatterns.150430",
                 Format::kPetrarch,
                 DictionaryKind::kVerbs,
                 {p + "CAMEO.verbpatterns.150430.txt"},
                 {{"synonym sets", 38}, {"verbs", 1860}, {"patterns", 11005}},
                 45});
  check(shared, {"CAMEO.091003.master.verbs",
                 Format::kTabari,
                 DictionaryKind::kVerbs,
                 {"data/tabari/CAMEO.091003.master.verbs"},
                 {{"verbs", 1216}, {"patterns", 15570}},
                 30});
}

}  // namespace
}  // namespace dyad::eval

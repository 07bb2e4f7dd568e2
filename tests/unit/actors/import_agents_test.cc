// Agent dictionaries: substitution sets, plurals, prefix and suffix codes, and the fixes of
// the Phoenix.agents.txt faults (AD!MINIST!RATIVE, mojibake, no bare OFFICIAL).

#include <gtest/gtest.h>

#include <map>

#include "actors/import/agent_dictionary.h"
#include "import_test_util.h"

namespace dyad::actors::import {
namespace {

using testing::has_warning;

struct Imported {
  Diagnostics d;
  AgentImportStats stats;
  std::map<std::string, AgentRow> by_phrase;
};

Imported import(const std::string& name, Format format) {
  Imported out;
  Result<SourceFile> src = read_source(testing::fixture(name), comment_style(format), out.d);
  EXPECT_TRUE(src.ok());
  std::vector<UpstreamAgent> raw = parse_agent_dictionary(*src, format, out.d, out.stats);
  for (AgentRow& r : finish_agents(raw, out.d, out.stats)) out.by_phrase[r.phrase] = r;
  return out;
}

std::string coded(const Imported& im, const std::string& phrase) {
  auto it = im.by_phrase.find(phrase);
  if (it == im.by_phrase.end()) return "-";
  return it->second.attach == AgentAttach::kSuffix ? "~" + it->second.code : it->second.code + "~";
}

TEST(ImportAgents, SubstitutionSets) {
  Imported im = import("petrarch.agents.txt", Format::kPetrarch);
  for (const char* p :
       {"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN", "CONGRESSPERSON"}) {
    EXPECT_EQ(coded(im, p), "~LEG") << p;
  }
  for (const char* p :
       {"FOREIGN MINISTER", "FOREIGN MINISTERS", "FOREIGN MINISTRY", "FOREIGN MINISTRIES"}) {
    EXPECT_EQ(coded(im, p), "~GOV") << p;
  }
  // No plural is added to substituted phrases.
  EXPECT_EQ(coded(im, "CONGRESSMANS"), "-");
}

// Phoenix fault: a blind MINIST -> !MINIST! replacement left AD!MINIST!RATIVE; the marker is
// substituted only where it ends a word.
TEST(ImportAgents, MarkerInsideAWordIsReadBackAsTheWord) {
  Imported im = import("petrarch.agents.txt", Format::kPetrarch);
  EXPECT_EQ(coded(im, "MINISTRY FOR PUBLIC SERVICE AND ADMINISTRATIVE REFORM"), "~GOVDEV");
  EXPECT_EQ(coded(im, "MINISTERS FOR PUBLIC SERVICE AND ADMINISTRATIVE REFORM"), "~GOVDEV");
  for (const auto& [phrase, row] : im.by_phrase) {
    EXPECT_EQ(phrase.find("ADMINISTERRATIVE"), std::string::npos) << phrase;
    EXPECT_EQ(phrase.find("ADMINISTRIESRATIVE"), std::string::npos) << phrase;
    EXPECT_EQ(phrase.find('!'), std::string::npos) << phrase;
  }
  EXPECT_TRUE(has_warning(im.d, "petrarch.agents.txt", 8,
                          "!MINIST! inside the word AD!MINIST!RATIVE; read as ADMINISTRATIVE"));
  EXPECT_EQ(im.stats.repaired_markers, 1u);
}

TEST(ImportAgents, LeftoverStemIsExpandedWithItsSet) {
  Imported im = import("petrarch.agents.txt", Format::kPetrarch);
  EXPECT_EQ(coded(im, "DEFENCE MINISTRY"), "~GOVMIL");
  EXPECT_EQ(coded(im, "DEFENCE MINISTERS"), "~GOVMIL");
  EXPECT_EQ(coded(im, "DEFENCE MINIST"), "-");
}

// Phoenix fault: mojibake in "PÃŠBLICAS".
TEST(ImportAgents, MojibakeIsRepaired) {
  Imported im = import("petrarch.agents.txt", Format::kPetrarch);
  EXPECT_EQ(coded(im,
                  "MINISTRY DE OBRAS P\xC3\x9A"
                  "BLICAS"),
            "~GOV");
  EXPECT_TRUE(has_warning(im.d, "petrarch.agents.txt", 15, "mojibake"));
}

// Phoenix fault: no bare OFFICIAL agent, so "officials said" found no agent.
TEST(ImportAgents, BareOfficialIsAddedWhenAbsent) {
  Imported im = import("petrarch.agents.txt", Format::kPetrarch);
  EXPECT_EQ(coded(im, "OFFICIAL"), "~GOV");
  EXPECT_EQ(coded(im, "OFFICIALS"), "~GOV");
  EXPECT_EQ(im.stats.added, 2u);
  EXPECT_EQ(coded(im, "GOVERNMENT OFFICIALS"), "~GOV");
  // Present upstream: nothing added.
  Imported tab = import("tabari.agents", Format::kTabari);
  EXPECT_EQ(tab.stats.added, 0u);
  EXPECT_EQ(coded(tab, "OFFICIAL"), "~GOV");
}

TEST(ImportAgents, PluralsAndAttachment) {
  Imported im = import("petrarch.agents.txt", Format::kPetrarch);
  EXPECT_EQ(coded(im, "CONGRESSES"), "~LEG");  // not PETRARCH's "CONGRESES"
  EXPECT_EQ(coded(im, "CITIES"), "~GOVLOC");
  EXPECT_EQ(coded(im, "ATTORNEYS GENERAL"), "~GOVATG");
  EXPECT_EQ(coded(im, "ATTORNEY GENERALS"), "-");
  EXPECT_EQ(coded(im, "POLICE"), "~COP");
  EXPECT_EQ(coded(im, "POLICES"), "-");
  EXPECT_EQ(coded(im, "HUMAN RIGHTS BODY"), "NGO~");
  EXPECT_EQ(coded(im, "HUMAN RIGHTS BODIES"), "NGO~");
}

TEST(ImportAgents, BadLinesAreReported) {
  Imported im = import("petrarch.agents.txt", Format::kPetrarch);
  EXPECT_TRUE(has_warning(im.d, "petrarch.agents.txt", 13, "closed by '}'"));
  EXPECT_EQ(coded(im, "DEPARMENT OF ENVIRONMENT"), "~ENV");
  EXPECT_TRUE(has_warning(im.d, "petrarch.agents.txt", 14, "expected an agent code"));
  EXPECT_TRUE(has_warning(im.d, "petrarch.agents.txt", 18,
                          "'SECURITY FORCE' is coded ~COP at petrarch.agents.txt:17"));
  EXPECT_TRUE(
      has_warning(im.d, "petrarch.agents.txt", 20, "undefined substitution set !UNDEFINED!"));
}

TEST(ImportAgents, TabariSyntax) {
  Imported im = import("tabari.agents", Format::kTabari);
  EXPECT_EQ(coded(im, "PARLIAMENTARY OPPOSITION"), "~OPP");
  EXPECT_EQ(coded(im, "HUMAN RIGHTS BODY"), "NGO~");
  EXPECT_EQ(coded(im, "TROOPS"), "~MIL");
  EXPECT_EQ(im.d.warnings(), 0u);
}

}  // namespace
}  // namespace dyad::actors::import

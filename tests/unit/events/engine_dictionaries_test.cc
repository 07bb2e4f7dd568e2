// The coder reading the engine suites' own dictionaries (TABARI and PETRARCH files,
// imported in memory as `dyad eval` does): small dictionaries written for each test, the
// committed models parsing real sentences.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "actors/import/import_format.h"
#include "app/coder_resources.h"
#include "app/upstream_dictionaries.h"
#include "coded_sentences.h"
#include "events/coder.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::has;

struct DictionaryFile {
  std::string name;  // the engine's file name, which says its kind ("TABARI.Test.verbs")
  std::string text;
};

// A coder on `files`, written to a fresh folder under the test's temporary directory.
std::shared_ptr<const Coder> engine_coder(const std::vector<DictionaryFile>& files,
                                          actors::import::Format format) {
  namespace fs = std::filesystem;
  const fs::path dir =
      fs::path(::testing::TempDir()) /
      ("engine_dictionaries_" +
       std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
  fs::create_directories(dir);
  std::vector<std::string> paths;
  for (const DictionaryFile& f : files) {
    const fs::path p = dir / f.name;
    std::ofstream(p, std::ios::binary) << f.text;
    paths.push_back(p.string());
  }
  app::CoderDataOptions options;
  options.data_dir = std::string(DYAD_SOURCE_DIR) + "/data";
  auto base = app::load_coder_resources(options);
  EXPECT_TRUE(base.ok()) << base.status().message();
  auto upstream = app::load_upstream_coder_resources(paths, format, base.value());
  EXPECT_TRUE(upstream.ok()) << upstream.status().message();
  auto coder = Coder::create(upstream.value().resources);
  EXPECT_TRUE(coder.ok());
  return coder.value();
}

std::vector<std::string> code_with(const Coder& coder, std::string_view text) {
  Document doc = testing::parse(text);
  doc.date = "1995-01-01";
  CoderWorkspace ws;
  coder.code(doc, ws);
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    auto code_of = [&](uint32_t m) {
      return m == Event::kNone ? std::string("-") : std::string(doc.mentions[m].code.view());
    };
    out.push_back(code_of(e.source) + " " + code_of(e.target) + " " + std::string(e.cameo.view()));
  }
  return out;
}

TEST(EngineDictionaries, TabariWritesAnAgentWithoutCountryWithItsTilde) {
  const auto coder = engine_coder({{"TABARI.Test.actors", "GONDOR  [GON]\n"},
                                   {"TABARI.Test.verbs", "RESTOR  [064]\n"},
                                   {"Validate.agents", "SECURITY_FORCE_   [  ~MIL]\n"},
                                   {"TABARI.Test.options", "SET: CONVERT AGENT = TRUE\n"}},
                                  actors::import::Format::kTabari);
  const auto events =
      code_with(*coder, "Security forces are about to restore full diplomatic ties with Gondor.");
  // TABARI (converting agents into actors) codes an agent no country claims as its agents
  // file spells it.
  EXPECT_TRUE(has(events, "~MIL GON 064")) << all(events);
}

TEST(EngineDictionaries, LinearPatternSaysWhichPhraseHoldsTheTarget) {
  const auto coder = engine_coder({{"TABARI.Test.actors",
                                    "ARNOR  [ARN]\nGONDOR  [GON]\nOSGILIATH  [OSG]\n"
                                    "ERIADOR  [ERI]\nPRINCE_OF_DOL_AMROTH  [DOL]\n"},
                                   {"TABARI.Test.verbs",
                                    "CELEBRATE  [181]\n- * EID AT ^ WITH +  [043]\n"
                                    "- * IFTAR AT ^ ^ +  [044]\nWARN  [160]\n- * AT ^ +  [162]\n"}},
                                  actors::import::Format::kTabari);
  // The with-phrase, which the parser hangs under the place.
  auto events = code_with(*coder, "Arnor has celebrated Eid at Osgiliath with Gondor.");
  EXPECT_TRUE(has(events, "ARN GON 043")) << all(events);
  EXPECT_FALSE(has(events, "ARN OSG")) << all(events);
  // Each "^" skips a noun phrase: the place, then the leaders of Gondor.
  events = code_with(
      *coder, "Arnor has celebrated Iftar at Osgiliath with the leaders of Gondor in Eriador.");
  EXPECT_TRUE(has(events, "ARN ERI 044")) << all(events);
  events = code_with(*coder, "Gondor warned at the Osgiliath of the Prince of Dol Amroth.");
  EXPECT_TRUE(has(events, "GON DOL 162")) << all(events);
}

TEST(EngineDictionaries, TreePatternSaysWhichPhraseHoldsTheTarget) {
  const auto coder =
      engine_coder({{"PETR.Test.actors.txt", "ARNOR  [ARN]\nGONDOR  [GON]\nOSGILIATH  [OSG]\n"},
                    {"PETR.Test.verbs.2.0.txt",
                     "# VERSION: 2.0 -->\n--- CELEBRATE  [051] ---\nCELEBRATE\n"
                     "- * EID (AT ^) (WITH +)  [017]\n"}},
                   actors::import::Format::kPetrarch2);
  const auto events = code_with(*coder, "Arnor has celebrated Eid at Osgiliath with Gondor.");
  EXPECT_TRUE(has(events, "ARN GON 017")) << all(events);
  EXPECT_FALSE(has(events, "ARN OSG")) << all(events);
}

TEST(EngineDictionaries, SynonymSetOfPrepositionsIsAPrepositionalPhrase) {
  const auto coder =
      engine_coder({{"PETR.Test.actors.txt", "ETHIOPIA  [ETH]\nLIBYA  [LBY]\n"},
                    {"PETR.Test.verbs.txt",
                     "&PREPOSIT1_\n+AGAINST\n+IN\n+ON\n+NEAR\n\n--- ACT [100] ---\nACT\n"
                     "- * &PREPOSIT1 RESOLUTION  [102]\n- * &PREPOSIT1 PROGRAMS  [103]\n"}},
                   actors::import::Format::kPetrarch);
  auto events = code_with(*coder, "Ethiopia acted on a resolution against Libya.");
  EXPECT_TRUE(has(events, "ETH LBY 102")) << all(events);
  events = code_with(*coder, "Ethiopia acted on some programs with Libya.");
  EXPECT_TRUE(has(events, "ETH LBY 103")) << all(events);
}

TEST(EngineDictionaries, LinearPatternWordsAroundTheVerbWhateverTheirRole) {
  const auto coder = engine_coder({{"PETR.Test.actors.txt", "ETHIOPIA  [ETH]\nLIBYA  [LBY]\n"},
                                   {"PETR.Test.verbs.txt",
                                    "--- ACT [100] ---\nACT\n- INDICATED WOULD * NOW  [1010]\n"
                                    "- INDICATED SHOULD *   [1011]\n"}},
                                  actors::import::Format::kPetrarch);
  // The governing verb before, an adverb after: word order, not roles.
  auto events = code_with(*coder, "Ethiopia indicated it would act now with Libya.");
  EXPECT_TRUE(has(events, "ETH LBY 1010")) << all(events);
  events = code_with(*coder, "Ethiopia indicated it should have acted against Libya.");
  EXPECT_TRUE(has(events, "ETH LBY 1011")) << all(events);
}

TEST(EngineDictionaries, JoinedWordsAfterTheVerbAreConsecutive) {
  const auto coder = engine_coder({{"PETR.Test.actors.txt", "GOLLUM  [HOB]\nMORDOR  [MOR]\n"},
                                   {"PETR.Test.verbs.txt",
                                    "--- ALLOW  [080] ---\nALLOW\n- * THE_NEATEST_PLACE  [027]\n"
                                    "- * REALLY_PLEASANT  [024]\n"}},
                                  actors::import::Format::kPetrarch);
  auto events =
      code_with(*coder, "Gollum allowed that Mordor isn't a really pleasant place to visit.");
  EXPECT_TRUE(has(events, "HOB MOR 024")) << all(events);
  events = code_with(*coder, "Gollum allowed that Mordor isn't the neatest place to visit.");
  EXPECT_TRUE(has(events, "HOB MOR 027")) << all(events);
  // "really" and "pleasant" not side by side: ALLOW's own 080.
  events = code_with(*coder,
                     "Gollum allowed that Mordor isn't a really easy or pleasant place to visit.");
  EXPECT_TRUE(has(events, "HOB MOR 080")) << all(events);
}

TEST(EngineDictionaries, LinearAlternativesAreEachAlternative) {
  const auto coder =
      engine_coder({{"TABARI.Test.actors", "ERIADOR  [ERI]\nOSGILIATH  [OSG]\n"},
                    {"TABARI.Test.verbs",
                     "CARRIED_OUT  [181]\n- * { EXERCISES | MANUVERS }  [182]\nASK  [090]\n"
                     "- * FOR { ECONOMIC_SANCTIONS | TOTAL_BOYCOTT | EMBARGO }  [172]\n"}},
                   actors::import::Format::kTabari);
  // Before, only the first alternative ("exercises") was kept.
  auto events = code_with(*coder, "Eriador has carried out manuvers against Osgiliath on Monday.");
  EXPECT_TRUE(has(events, "ERI OSG 182")) << all(events);
  // An alternative of two words: its last word with the first below it.
  events = code_with(*coder, "Eriador has asked for a total boycott against Osgiliath on Monday.");
  EXPECT_TRUE(has(events, "ERI OSG 172")) << all(events);
  events =
      code_with(*coder, "Eriador has asked for economic restraint against Osgiliath on Monday.");
  EXPECT_TRUE(has(events, "ERI OSG 090")) << all(events);
  // Joined words follow each other: a "total complete boycott" is no "TOTAL_BOYCOTT".
  events =
      code_with(*coder, "Eriador has asked for a total complete boycott against Osgiliath now.");
  EXPECT_TRUE(has(events, "ERI OSG 090")) << all(events);
}

TEST(EngineDictionaries, PassiveWithoutAgentIsThePlacesDoing) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "ERIADOR  [ERI]\n+ERIADORIAN\nOSGILIATH  [OSG]\nGONDOR  [GON]\n"},
       {"PETR.Test.verbs.txt",
        "--- SHOT  [223] ---\nSHOT\n- + WAS * DEAD  [224]\n--- FREE  [066] ---\nFREE\n"}},
      actors::import::Format::kPetrarch);
  // As PETRARCH reads it: the place the act was done in, or came from, did it.
  auto events = code_with(*coder, "An Eriadorian was shot dead in Osgiliath.");
  EXPECT_TRUE(has(events, "OSG ERI 224")) << all(events);
  EXPECT_FALSE(has(events, "ERI OSG")) << all(events);
  events = code_with(*coder, "The Gondor militia was freed from Osgiliath.");
  EXPECT_TRUE(has(events, "OSG GON 066")) << all(events);
}

TEST(EngineDictionaries, SynonymSetMembersNamingAnotherSetAreSpelledOut) {
  const auto coder =
      engine_coder({{"TABARI.Test.actors", "CALENARDHON  [CAL]\nBREE  [BRE]\n"},
                    {"TABARI.Test.verbs",
                     "<SYNSETS>\n&TIETYPES\n+MILITARY\n+ECONOMIC\n+CULTURAL\n&TIEPHRASE\n"
                     "+&TIETYPES_MEMOS\n+&TIETYPES_RUMORS\n</SYNSETS>\n"
                     "WELCOME  [041]\n- * &TIEPHRASE FROM [911]\n- * &TIEPHRASE ABOUT [915]\n"}},
                   actors::import::Format::kTabari);
  // &TIEPHRASE's "&TIETYPES_MEMOS" is "military memos", "economic memos", ...
  auto events =
      code_with(*coder, "Calenardhon welcomed economic memos from Bree on its role in the talks.");
  EXPECT_TRUE(has(events, "CAL BRE 911")) << all(events);
  events = code_with(*coder,
                     "Calenardhon welcomed cultural rumors about Bree on its role in the talks.");
  EXPECT_TRUE(has(events, "CAL BRE 915")) << all(events);
  // "_" joins words that follow each other: "economic secret memos" is none of them.
  events = code_with(*coder,
                     "Calenardhon welcomed economic secret memos from Bree on its role in talks.");
  EXPECT_TRUE(has(events, "CAL BRE 041")) << all(events);
}

TEST(EngineDictionaries, NameWithUnderscoreJoinedWordsIsTheName) {
  const auto coder =
      engine_coder({{"PETR.Test.actors.txt", "ITHILEN  [ITH]\nPRINCE OF DOL AMROTH  [DOL]\n"},
                    {"PETR.Test.verbs.txt", "--- WARN  [160] ---\nWARN\n"}},
                   actors::import::Format::kPetrarch);
  // The engines' texts write a name's words joined as their dictionaries do.
  const auto events = code_with(*coder, "Ithilen warned of the Prince of Dol_Amroth.");
  EXPECT_TRUE(has(events, "ITH DOL 160")) << all(events);
}

TEST(EngineDictionaries, PronounIsTheDoerOfAnEarlierClause) {
  const auto coder = engine_coder(
      {{"TABARI.Test.actors", "ELROND  [ELF]\nBREE  [BRE]\nGONDOR  [GON]\nGALADRIEL  [ELF]\n"},
       {"TABARI.Test.verbs", "URGE  [102]\nASK  [090]\n"}},
      actors::import::Format::kTabari);
  // The engines' dictionaries say nothing of persons: "him" is the earlier clause's doer,
  // not the latest actor (Bree) nor its own clause's subject (Gondor).
  auto events =
      code_with(*coder,
                "Elrond urged Bree to chill out and Gondor asked him to take a greater role in the "
                "forthcoming peace talks.");
  EXPECT_TRUE(has(events, "GON ELF 090")) << all(events);
  events = code_with(*coder,
                     "Galadriel urged Bree to chill out and then she asked Gondor to take a role.");
  EXPECT_TRUE(has(events, "ELF GON 090")) << all(events);
}

TEST(EngineDictionaries, VerbOfTwoWordsAndPatternsOfMarkersOnly) {
  const auto coder = engine_coder(
      {{"TABARI.Test.actors", "GOLLUM  [HOB]\nGONDOR  [GON]\nFORNOST  [FOR]\nOSGILIATH  [OSG]\n"},
       {"TABARI.Test.verbs", "CALLED_ON  [094]\n- $ *  [095]\nMEET  [031:032]\n- % *  [046]\n"}},
      actors::import::Format::kTabari);
  // CALLED_ON although the parser makes "on" the case word of "on Gondor"; "$ *" fits
  // whenever a source comes before the verb.
  auto events = code_with(*coder, "Gollum called on Gondor late Sunday to be allowed to leave.");
  EXPECT_TRUE(has(events, "HOB GON 095")) << all(events);
  // "% *": the coordinated doers act on each other, not on the place named.
  events = code_with(*coder, "Fornost and Gondor will meet in Osgiliath on Monday night.");
  EXPECT_TRUE(has(events, "FOR GON 046")) << all(events);
  EXPECT_TRUE(has(events, "GON FOR 046")) << all(events);
  EXPECT_FALSE(has(events, "FOR OSG")) << all(events);
}

// TABARI's reading of the words (linear_coder.h), on the validation suite's sentences.

TEST(EngineDictionaries, TabariReadsAWordItsVerbsKnowAsAVerb) {
  const auto coder = engine_coder(
      {{"TABARI.Test.actors", "GOLLUM  [HOB]\nGONDOR  [GON]\n"},
       {"TABARI.Test.verbs", "ACCORD  [---]\n- IN_*  [075]\n- IN *  [072]\nPARADE  [017]\n"}},
      actors::import::Format::kTabari);
  // "accord" is a noun to the parser; to TABARI a verb, with "in" right before it.
  auto events = code_with(*coder, "Gollum was in accord with an anti- Gondor parade on Saturday.");
  EXPECT_TRUE(has(events, "HOB GON 075")) << all(events);
  // Words may come between "IN" and the verb in "IN *".
  events = code_with(*coder, "Gollum was into accord with an anti- Gondor parade on Saturday.");
  EXPECT_TRUE(has(events, "HOB GON 072")) << all(events);
  // After a determiner it is a noun, and the next verb codes.
  events = code_with(*coder, "Gollum was in an accord with an anti- Gondor parade on Saturday.");
  EXPECT_TRUE(has(events, "HOB GON 017")) << all(events);
}

TEST(EngineDictionaries, TabariSkipsShortCommaClausesAndTakesTheClausesFirstActor) {
  const auto coder =
      engine_coder({{"TABARI.Test.actors",
                     "ELROND  [ELF]\nMORDOR  [ORC]\nCALIMEHTAR  [CAL]\n"
                     "GANDALF  [WIZ]\n"},
                    {"TABARI.Test.verbs", "BRUSH ASIDE REPORTS  [142]\nATTACK  [223]\n"}},
                   actors::import::Format::kTabari);
  // The verb of three words codes, Calimehtar its first actor after it.
  auto events = code_with(
      *coder,
      "Elrond brushed aside reports, rumored to originate in Mordor, that Calimehtar attacked "
      "Gandalf");
  EXPECT_TRUE(has(events, "ELF CAL 142")) << all(events);
  // Between the commas, the verb is in a subordinate clause: "attacked" codes, and its
  // source is the clause's first actor.
  events = code_with(*coder,
                     "Elrond, brushed aside reports rumored to originate in Mordor, that "
                     "Calimehtar attacked Gandalf");
  EXPECT_TRUE(has(events, "ELF WIZ 223")) << all(events);
}

TEST(EngineDictionaries, TabariComposesTheAgentNextToAnActor) {
  const auto coder = engine_coder(
      {{"TABARI.Test.actors",
        "ARNOR  [ARN]\nOSGILIATH  [OSG]\nGONDOR  [GON]\nITHILEN  [ITH]\nWHITE_HOUSE  [USAGOV]\n"},
       {"TABARI.Test.verbs", "PRESENT  [---]\n- * CREDENTIALS  [032]\nRESTOR  [064]\n"},
       {"Validate.agents",
        "AMBASSADOR_  [ ~GOV]\nPRESIDENT_  [ ~GOVPRS]\nSECURITY_OFFICIALS_  [  ~GOV]\n"}},
      actors::import::Format::kTabari);
  // "ambassadors of Arnor": the agent before the actor, across "of"; the other two
  // countries of the list have none.
  auto events = code_with(*coder,
                          "The ambassadors of Arnor, Osgiliath and Gondor presented credentials to "
                          "Ithilen's president on Wednesday.");
  EXPECT_TRUE(has(events, "ARNGOV ITHGOVPRS 032")) << all(events);
  EXPECT_TRUE(has(events, "OSG ITHGOVPRS 032")) << all(events);
  // "former" makes the agent an elite; a code that has the agent's sector keeps its own.
  events = code_with(*coder,
                     "Arnor former security officials are about to restore full diplomatic ties "
                     "with Gondor.");
  EXPECT_TRUE(has(events, "ARNELI GON 064")) << all(events);
  events = code_with(*coder,
                     "White House security officials are about to restore full diplomatic ties "
                     "with Gondor.");
  EXPECT_TRUE(has(events, "USAGOV GON 064")) << all(events);
}

TEST(EngineDictionaries, TabariActorPhraseLetsWordsComeBetweenItsBlanks) {
  const auto coder =
      engine_coder({{"TABARI.Test.actors",
                     "ITHILEN  [ITH]\nGONDOR  [GON]\nPRINCE DOL_AMROTH  [DOL]\n"
                     "ITHILEN TELEVISION  [ITHTV]\nFORNOST  [FOR]\n"},
                    {"TABARI.Test.verbs", "WARN  [160]\n- * AT ^ +  [162]\nAPPEAL  [095]\n"}},
                   actors::import::Format::kTabari);
  // "^" skips Gondor; the target is the Prince, "of" between his phrase's words.
  auto events = code_with(*coder, "Ithilen warned at the Gondor of the Prince of Dol_Amroth.");
  EXPECT_TRUE(has(events, "ITH DOL 162")) << all(events);
  // The longer phrase wins over the shorter one its first word begins.
  events = code_with(*coder,
                     "Fornost has again appealed for peace in Ithilen state-run television in a "
                     "message.");
  EXPECT_TRUE(has(events, "FOR ITHTV 095")) << all(events);
}

TEST(EngineDictionaries, TabariTildeKeepsAJoinedPatternWordAStem) {
  const auto coder = engine_coder(
      {{"TABARI.Test.actors", "GOLLUM  [HOB]\nMORDOR  [ORC]\n"},
       {"TABARI.Test.verbs", "ALLOW  [060]\n- * REAL~_PLEASANT  [024]\n- RECENT~_*  [025]\n"}},
      actors::import::Format::kTabari);
  auto events =
      code_with(*coder, "Gollum allowed that Mordor isn't a really pleasant place to visit.");
  EXPECT_TRUE(has(events, "HOB ORC 024")) << all(events);
  events =
      code_with(*coder, "Gollum recently allowed that Mordor isn't a such neat place to visit.");
  EXPECT_TRUE(has(events, "HOB ORC 025")) << all(events);
}

TEST(EngineDictionaries, TabariPronounIsTheFirstActorBeforeIt) {
  const auto coder = engine_coder(
      {{"TABARI.Test.actors", "ELROND  [ELF]\nBREE  [BRE]\nGONDOR  [GON]\nROHAN  [ROH]\n"},
       {"TABARI.Test.verbs", "URGE  [102]\nREQUEST  [092]\n"}},
      actors::import::Format::kTabari);
  // "they" is the compound before it; each of its actors requests.
  const auto events = code_with(*coder,
                                "Elrond and Gondor urged Bree on Monday to chill out and then they "
                                "requested that Rohan assist them to win a greater role.");
  EXPECT_TRUE(has(events, "ELF BRE 102")) << all(events);
  EXPECT_TRUE(has(events, "ELF ROH 092")) << all(events);
  EXPECT_TRUE(has(events, "GON ROH 092")) << all(events);
}

TEST(EngineDictionaries, PetrarchWordsReadAsTabariWhereTheTreeFindsNothing) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "GOLLUM  [HOB]\nGONDOR  [GON]\n"},
       {"PETR.Test.verbs.txt", "--- ACCORD  [---] ---\nACCORD\n- IN_*  [075]\n- IN *  [072]\n"}},
      actors::import::Format::kPetrarch);
  // The parse has no verb "accord" here; the engines' patterns read the words.
  const auto events = code_with(*coder, "Gollum was in accord with an anti- Gondor parade.");
  EXPECT_TRUE(has(events, "HOB GON 075")) << all(events);
}

TEST(EngineDictionaries, TabariNounEndingsHyphensAndJoinedPatternWords) {
  const auto coder = engine_coder(
      {{"TABARI.Test.actors",
        "ESTONIA_  [EST]\nLIBYA_  [LBY]\nMOUSE=  [MUS]\nUNITED_NATIONS  [UNO]\nAL_GORE  [AGR]\n"
        "GOLLUM  [HOB]\nGONDOR  [GON]\n"},
       {"TABARI.Test.verbs",
        "RESTOR  [064]\nBAN=  [191]\nWARN  [160]\nBARGAIN  [031]\n- * FOR_ASYLUM  [174]\n"}},
      actors::import::Format::kTabari);
  // "Libyas" is LIBYA_ with a noun's ending.
  auto events = code_with(*coder,
                          "Estonia is about to restore full diplomatic ties with Libyas almost "
                          "crowds trashed its embassy.");
  EXPECT_TRUE(has(events, "EST LBY 064")) << all(events);
  // "BAN=": that spelling, none of the regular verb endings.
  events = code_with(*coder, "Mouse will ban Libya almost five years after crowds trashed it.");
  EXPECT_TRUE(has(events, "MUS LBY 191")) << all(events);
  events = code_with(*coder, "Mouse is baning Libya almost five years after crowds trashed it.");
  EXPECT_FALSE(has(events, "MUS LBY 191")) << all(events);
  // "Al-Gore": the words either side of the hyphen are next to each other.
  events =
      code_with(*coder, "The United Nations warned the Al-Gore terrorist group to stay out of it.");
  EXPECT_TRUE(has(events, "UNO AGR 160")) << all(events);
  // "FOR_ASYLUM": "for" right before "asylum".
  events = code_with(*coder, "Gollum will bargain for asylum in Gondor, AFP reported.");
  EXPECT_TRUE(has(events, "HOB GON 174")) << all(events);
}

TEST(EngineDictionaries, TabariForwardsAStorysFirstActorToItsNextRecord) {
  const auto coder =
      engine_coder({{"TABARI.Test.actors", "FORNOST  [FOR]\nGONDOR  [GON]\nITHILEN  [ITH]\n"},
                    {"TABARI.Test.verbs", "APPEAL  [095]\nASK  [090]\n"},
                    {"TABARI.Test.options", "FORWARD: ^^*****NNN*SSS\n"}},
                   actors::import::Format::kTabari);
  CoderWorkspace ws;  // one workspace for the story's records, as dyad eval codes them
  auto code_record = [&](std::string id, std::string_view text) {
    Document doc = testing::parse(text);
    doc.id = std::move(id);
    coder->code(doc, ws);
    std::vector<std::string> out;
    for (const Event& e : doc.events) {
      out.push_back(std::string(doc.mentions[e.source].code.view()) + " " +
                    std::string(doc.mentions[e.target].code.view()) + " " +
                    std::string(e.cameo.view()));
    }
    return out;
  };
  code_record("FRWD-001-001",
              "Fornost has again appealed for peace in Ithilen in a message to the leaders.");
  // "He" has no actor before it in its record: the story's previous record's first actor.
  auto events = code_record("FRWD-001-002",
                            "He has also asked Gondor to provide help in mediating the conflict.");
  EXPECT_TRUE(has(events, "FOR GON 090")) << all(events);
  // Another story forwards nothing.
  events = code_record("FRWD-002-001",
                       "He has also asked Gondor to provide help in mediating the conflict.");
  EXPECT_FALSE(has(events, "FOR GON 090")) << all(events);
}

TEST(EngineDictionaries, TabariVerbsOfSeveralWordsAndNoTreeReading) {
  const auto coder = engine_coder(
      {{"TABARI.Test.actors", "DANISH  [DEN]\nGONDOR  [GON]\nESTONIA_  [EST]\nLIBYA_  [LBY]\n"},
       {"TABARI.Test.verbs", "SHOT_AND_WOUND  [223]\nDONATE  [073]\n"}},
      actors::import::Format::kTabari);
  // The verb's "and" joins no clauses; its last word is a stem.
  auto events = code_with(*coder, "Danish shot and wounded Gondor in six days of fighting.");
  EXPECT_TRUE(has(events, "DEN GON 223")) << all(events);
  // "donate's" is no verb to TABARI, and the tree reading does not stand in.
  events = code_with(*coder,
                     "Estonia donate's cash to Libya almost five years after crowds trashed it.");
  EXPECT_TRUE(events.empty()) << all(events);
}

TEST(EngineDictionaries, TabariLeavesShortSentencesUncoded) {
  const auto coder = engine_coder({{"TABARI.Test.actors", "GONDOR  [GON]\nOSGILIATH  [OSG]\n"},
                                   {"TABARI.Test.verbs", "ATTACK  [223]\n"}},
                                  actors::import::Format::kTabari);
  // TABARI's default minimum is eight words.
  EXPECT_TRUE(code_with(*coder, "Gondor's planes attacked Osgiliath.").empty());
  EXPECT_TRUE(has(code_with(*coder, "Gondor's planes attacked Osgiliath on Friday night again."),
                  "GON OSG 223"));
}

TEST(EngineDictionaries, TabariOptionsLines) {
  LinearOptions o;
  apply_option("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", o);
  EXPECT_EQ(o.max_verbs, 5);
  EXPECT_EQ(o.max_conjunctions, 4);
  EXPECT_TRUE(o.actor_before_verb);
  apply_option("OPTION: DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", o);
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_TRUE(o.source_prior);
  EXPECT_TRUE(o.target_after);
  apply_option("OPTION: DEFAULT: OFF", o);
  EXPECT_TRUE(o.default_source.empty());
  apply_option("OPTION: COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", o);
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_max, 6);
  EXPECT_EQ(o.comma_end_min, 3);
  EXPECT_EQ(o.comma_begin_max, 8);
  apply_option("OPTION: SET: CODE ALL", o);
  EXPECT_EQ(o.code_by, LinearOptions::CodeBy::kAll);
  apply_option("OPTION: SET: MINIMUM WORDS = 4", o);
  EXPECT_EQ(o.min_words, 4);
  apply_option("OPTION: SET: CONVERT AGENT = TRUE", o);
  EXPECT_TRUE(o.convert_agents);
}

TEST(EngineDictionaries, ReverseCodeGoesWithAnIntendedEventToo) {
  const auto coder =
      engine_coder({{"PETR.Test.actors.txt", "BREE  [BRE]\nERIADOR  [ERI]\n+ERIADORI\n"},
                    {"PETR.Test.verbs.txt", "--- MEET  [031:031]  ---\nMEET\n"}},
                   actors::import::Format::kPetrarch);
  // The engines code no modality: "will meet" is a meeting both ways, as "met" is.
  const auto events =
      code_with(*coder, "Bree Prime Minister Romendacil will meet Eriadori leaders on Sunday.");
  EXPECT_TRUE(has(events, "BRE ERI 031")) << all(events);
  EXPECT_TRUE(has(events, "ERI BRE 031")) << all(events);
}

TEST(EngineDictionaries, UniversalPetrarchCodesTheNegationItsOntologyDefines) {
  const std::vector<DictionaryFile> files = {
      {"PETR.Test.actors.txt", "BREE  [BRE]\nERIADOR  [ERI]\n+ERIADORI\n"},
      {"PETR.Test.verbs.2.0.txt",
       "# VERSION: 2.0 -->\n--- CLASH  [223] ---\nCLASH\n- * (OVER EFFORTS)  [110]\n"},
      {"PETR.Internal.Coding.Ontology.txt",
       "050:0x0080#DiplomaticCoop\n110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove\n"}};
  const auto coder = engine_coder(files, actors::import::Format::kPetrarch2);
  // 110 is "0xFFFF + 050" there: not clashing over the efforts is cooperating (050).
  const auto events = code_with(*coder, "Bree didn't clash over the efforts of Eriadori.");
  EXPECT_TRUE(has(events, "BRE ERI 050")) << all(events);
  EXPECT_FALSE(has(events, "BRE ERI 110")) << all(events);
}

TEST(EngineDictionaries, PetrarchPatternWordsFitInWordOrderBySpelling) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "ARNOR  [ARN]\nGONDOR  [GON]\nGOLLUM  [HOB]\nERIADORI  [ERI]\n"},
       {"PETR.Test.verbs.txt",
        "&TIETYPES\n+MILITARY\n+ECONOMIC\n+CULTURAL\n\n"
        "&NEGATVAUXVRB\n+DID N'T\n+WO N'T\n+REALLY DID NOT\n+WILL NOT\n\n"
        "--- ABANDON  [345]  ---\nABANDON\n- * NEW_&TIETYPES_RELATIONS [903]\n"
        "- * IMPROVED &TIETYPES RELATIONS [904]\n- * EFFORT  [987]\n\n"
        "--- CLASH  [223] ---\nCLASH\n"
        "- MOST_CERTAINLY_&NEGATVAUXVRB_EVER * OVER EFFORTS  [907]\n"
        "- &NEGATVAUXVRB EVER * OVER EFFORTS  [905]\n- * OVER EFFORTS  [121]\n"}},
      actors::import::Format::kPetrarch);
  // "_" joins: the words follow each other; a blank lets others come between.
  auto events = code_with(*coder, "Arnor will abandon new economic relations with Gondor.");
  EXPECT_TRUE(has(events, "ARN GON 903")) << all(events);
  events = code_with(*coder, "Arnor will abandon new global economic relations with Gondor.");
  EXPECT_TRUE(has(events, "ARN GON 345")) << all(events);
  // The parser makes "improved" a verb of its own; the engine reads the words in order.
  events = code_with(*coder, "Arnor will abandon improved global economic relations with Gondor.");
  EXPECT_TRUE(has(events, "ARN GON 904")) << all(events);
  // Spelling, not lemma: "efforts" is no "EFFORT".
  events = code_with(*coder, "Gollum abandoned efforts to stop an anti- Gondor parade.");
  EXPECT_TRUE(has(events, "HOB GON 345")) << all(events);
  // Before the verb too: "even" breaks the join of the negation and "ever", and the
  // negation the pattern names is the act it codes.
  events = code_with(*coder,
                     "The Arnor leader most certainly really did not even ever clash over the "
                     "efforts of Eriadori to deal with an orc infestation.");
  EXPECT_TRUE(has(events, "ARN ERI 905")) << all(events);
  events = code_with(*coder,
                     "The Arnor leader most certainly really did not ever clash over the "
                     "efforts of Eriadori to deal with an orc infestation.");
  EXPECT_TRUE(has(events, "ARN ERI 907")) << all(events);
}

TEST(EngineDictionaries, FirstActorOfTheVerbsPhraseIsItsTarget) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "HAMFAST_GAMGEE  [HOB]\nWHITE_DOWNS  [SHR]\nGONDOR  [GON]\n"},
       {"PETR.Test.verbs.txt", "--- RESCHEDULE  [082] ---\nRESCHEDULE\n"}},
      actors::import::Format::kPetrarch);
  // The parser hangs "in the White Downs" on "hunting"; PETRARCH reads the first actor
  // of the verb's phrase after it, a place or not.
  const auto events = code_with(
      *coder,
      "Hamfast Gamgee has rescheduled his annual mushroom hunting trip in the White Downs.");
  EXPECT_TRUE(has(events, "HOB SHR 082")) << all(events);
}

TEST(EngineDictionaries, RecordWithoutRequireDyadCodesActsTowardNoOne) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "ARNOR  [ARN]\nGONDOR  [GON]\n"},
       {"PETR.Test.agents.txt", "OFFICIAL  [~GOV]\n"},
       {"PETR.Test.verbs.txt", "--- RESTORE  [064] ---\nRESTORE\n\n--- SAID  [023] ---\nSAID\n"}},
      actors::import::Format::kPetrarch);
  CoderResources resources = coder->resources();
  resources.require_dyad = false;
  const auto one_sided = Coder::create(resources).value();
  const std::string_view text =
      "Arnor is about to restore full diplomatic ties with Gondor, a senior official said on "
      "Saturday.";
  auto events = code_with(*one_sided, text);
  EXPECT_TRUE(has(events, "ARN GON 064")) << all(events);
  // "on Saturday" is a phrase where a target could be, naming no actor.
  EXPECT_TRUE(has(events, "---GOV - 023")) << all(events);
  events = code_with(*coder, text);
  EXPECT_FALSE(has(events, "---GOV - 023")) << all(events);
  // PETRARCH finds the agent anywhere in the doer's noun phrase.
  events = code_with(*one_sided,
                     "Arnor welcomed a resumption of ties with Gondor, the primary official news "
                     "agency said on Thursday.");
  EXPECT_TRUE(has(events, "---GOV - 023")) << all(events);
}

TEST(EngineDictionaries, GeneralVerbCodesItsEntrysDefault) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "CARAS GALADHON [ELF]\nGONDOR  [GON]\n+MINAS_TIRITH\n"},
       {"PETR.Test.verbs.txt", "--- LEAVE  [012] ---\nLEAVE\n\n--- LEFT  [032:033]  ---\nLEFT\n"}},
      actors::import::Format::kPetrarch);
  // dyad's own tables code "leave" only through a pattern; the engine's LEFT is a visit.
  const auto events =
      code_with(*coder, "Caras Galadhon's new mayor left yesterday for Minas Tirith for meetings.");
  EXPECT_TRUE(has(events, "ELF GON 032")) << all(events);
  EXPECT_TRUE(has(events, "GON ELF 033")) << all(events);
}

TEST(EngineDictionaries, VerbInsideACodedVerbsPhraseCodesNothing) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "GOLLUM  [HOB]\nGONDOR  [GON]\nLORIEN  [ELR]\n"},
       {"PETR.Test.verbs.txt",
        "--- CALLED  [010] ---\nCALLED\n- *_ON [095]\n\n--- LEAVE  [012] ---\nLEAVE\n"}},
      actors::import::Format::kPetrarch);
  // PETRARCH resumes past the end of a coded verb's phrase: no 012 for "leave".
  const auto events = code_with(
      *coder, "Gollum called on Gondor late Sunday to be allowed to leave Lorien by elves.");
  EXPECT_TRUE(has(events, "HOB GON 095")) << all(events);
  EXPECT_FALSE(has(events, "HOB ELR 012")) << all(events);
}

TEST(EngineDictionaries, CoordinatedDoersOfAJointActActTowardEachOther) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "GONDOR  [GON]\nOSGILIATH  [OSG]\nCIRITH_UNGOL  [MORMIL]\n"},
       {"PETR.Test.verbs.txt", "--- DELAY [120] ---\nDELAY\nPOSTPONE\n"}},
      actors::import::Format::kPetrarch);
  // Not toward the first actor named after the verb, as a one-sided act would be.
  const auto events = code_with(*coder,
                                "Gondor and Osgiliath have postponed their meeting after a "
                                "hafling was reported on the pass of Cirith Ungol.");
  EXPECT_TRUE(has(events, "GON OSG 120")) << all(events);
  EXPECT_FALSE(has(events, "GON MORMIL 120")) << all(events);
}

TEST(EngineDictionaries, SubjectOfAPassiveGovernorDoesItsInfinitive) {
  const auto coder =
      engine_coder({{"PETR.Test.actors.txt", "GOLLUM  [HOB]\nGONDOR  [GON]\n"},
                    {"PETR.Test.verbs.txt",
                     "--- BREAK [1717] ---\nBREAK { BROKE BROKEN  }\n- + * IN $  [075]\n"}},
                   actors::import::Format::kPetrarch);
  // Gollum is seen breaking in, not broken into.
  auto events =
      code_with(*coder, "Gollum was seen to break into an anti- Gondor parade on Saturday.");
  EXPECT_TRUE(has(events, "HOB GON 1717")) << all(events);
  // "+ * IN $": the target before the verb, the source after "in".
  events = code_with(*coder, "Gollum was seen to break in an anti- Gondor parade on Saturday.");
  EXPECT_TRUE(has(events, "GON HOB 075")) << all(events);
}

TEST(EngineDictionaries, SourceAfterTheVerbPastSkippedActors) {
  const auto coder =
      engine_coder({{"PETR.Test.actors.txt",
                     "MORDOR  [MOR]\nOSGILIATH  [OSG]\nERIADOR  [ERI]\nCIRITH_UNGOL  [MORMIL]\n"},
                    {"PETR.Test.verbs.txt",
                     "--- CELEBRATE  [181] ---\nCELEBRATE\n- + HOSTING * TABASKI ^ $ [042]\n"
                     "- + HOSTING * MAY_DAY  $ [046]\n"}},
                   actors::import::Format::kPetrarch);
  auto events =
      code_with(*coder,
                "Mordor will be hosting Osgiliath to celebrate Tabaski with Eriador next week at "
                "Cirith Ungol.");
  EXPECT_TRUE(has(events, "MORMIL MOR 042")) << all(events);
  events =
      code_with(*coder,
                "Mordor will be hosting Osgiliath to celebrate May Day with Eriador next week at "
                "Cirith Ungol.");
  EXPECT_TRUE(has(events, "ERI MOR 046")) << all(events);
}

TEST(EngineDictionaries, WeisVariantCodesAreCodes) {
  const auto coder = engine_coder({{"PETR.Test.actors.txt", "GOLLUM  [HOB]\nGONDOR  [GON]\n"},
                                   {"PETR.Test.verbs.txt",
                                    "--- BARGAIN  [031]  ---\nBARGAIN\n- * FOR_ASYLUM  [174K]\n"
                                    "- * ASYLUM  [174L]\n"}},
                                  actors::import::Format::kPetrarch);
  // "174K" was read as no code, so the pattern that fitted coded nothing.
  auto events = code_with(*coder, "Gollum will bargain for asylum in Gondor, AFP reported.");
  EXPECT_TRUE(has(events, "HOB GON 174K")) << all(events);
  events = code_with(*coder, "Gollum will bargain foreign asylum in Gondor, AFP reported.");
  EXPECT_TRUE(has(events, "HOB GON 174L")) << all(events);
}

TEST(EngineDictionaries, PetrarchPassesOverComplexPatterns) {
  const auto coder = engine_coder({{"PETR.Test.actors.txt", "ARNOR  [ARN]\nGONDOR  [GON]\n"},
                                   {"PETR.Test.verbs.txt",
                                    "--- RESTORE  [064]  ---\nRESTORE\n- * FXLL DIPLOMATIC  [+++]\n"
                                    "- * TIES  [064]\n"}},
                                  actors::import::Format::kPetrarch);
  const auto events =
      code_with(*coder, "Arnor is about to restore fxll diplomatic ties with Gondor.");
  EXPECT_TRUE(has(events, "ARN GON 064")) << all(events);
}

TEST(EngineDictionaries, CoordinatedVerbsPhraseIsWhatFollowsIt) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "CALENARDHON  [CAL]\nOSGILIATH  [OSG]\nITHILEN  [ITH]\n"},
       {"PETR.Test.agents.txt", "GOVERNMENT  [~GOV]\nSOLDIER  [~MIL]\n"},
       {"PETR.Test.verbs.txt",
        "--- CONDEMN  [122] ---\nCONDEMN\n\n--- PROMISE  [050] ---\nPROMISE\n"}},
      actors::import::Format::kPetrarch);
  // The parser hangs "aid to the affected Ithilen villages" on "condemned".
  const auto events =
      code_with(*coder,
                "The Calenardhon government condemned an attack by Osgiliath soldiers in south "
                "Ithilen on Thursday and promised aid to the affected Ithilen villages.");
  EXPECT_TRUE(has(events, "CALGOV OSGMIL 122")) << all(events);
  EXPECT_TRUE(has(events, "CALGOV ITH 050")) << all(events);
}

TEST(EngineDictionaries, ObjectNoCountryClaimsIsItsAgent) {
  const auto coder = engine_coder({{"PETR.Test.actors.txt", "RUSSIA  [RUS]\n+RUSSIAN\n"},
                                   {"PETR.Test.agents.txt", "POLICE {} [ ~COP]\nSTUDENT  [~EDU]\n"},
                                   {"PETR.Test.verbs.txt", "--- ARREST  [212] ---\nARREST\n"}},
                                  actors::import::Format::kPetrarch);
  const auto events = code_with(*coder, "Russian police arrested students in Moscow today.");
  EXPECT_TRUE(has(events, "RUSCOP ---EDU 212")) << all(events);
}

TEST(EngineDictionaries, TreePatternWordsBeforeTheVerbAreTheSubjects) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "GOLLUM  [HOB]\nMORDOR  [MOR]\n"},
       {"PETR.Validate.verbs.2.0.txt", "--- ALLOW  [080] ---\nALLOW\n- RECENTLY *  [025]\n"}},
      actors::import::Format::kPetrarch2);
  // UniversalPETRARCH finds "RECENTLY" in no subject: ALLOW's own 080.
  const auto events =
      code_with(*coder, "Gollum recently allowed that Mordor isn't a such neat place to visit.");
  EXPECT_TRUE(has(events, "HOB MOR 080")) << all(events);
}

TEST(EngineDictionaries, DoerIsTheActorBeforeTheVerbWhateverTheParsersSubject) {
  const auto coder =
      engine_coder({{"PETR.Test.actors.txt", "BREE  [BRE]\nERIADORI  [ERI]\n"},
                    {"PETR.Test.agents.txt", "PRIME_MINISTER  [~GOV]\n"},
                    {"PETR.Test.verbs.txt",
                     "&NEGATVAUXVRB\n+DID N'T\n+WO N'T\n\n--- CLASH  [223] ---\nCLASH\n"
                     "- MOST_CERTAINLY_&NEGATVAUXVRB_EVER * OVER EFFORTS  [907]\n"}},
                   actors::import::Format::kPetrarch);
  // The parser makes "most" the subject and the minister a clause of his own.
  const auto events = code_with(
      *coder,
      "Bree Prime Minister Romendacil most certainly won't ever clash over the efforts of "
      "Eriadori to deal with an orc infestation during a brief private visit to Eriador.");
  EXPECT_TRUE(has(events, "BREGOV ERI 907")) << all(events);
}

TEST(EngineDictionaries, TargetBeforeTheVerbIsItsDoerAndTheSourceComesBefore) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "GONDOR  [GON]\nCIRITH_UNGOL  [MORMIL]\nERIADOR  [ERI]\n"},
       {"PETR.Test.agents.txt", "PRIME_MINISTER  [~GOV]\n"},
       {"PETR.Test.verbs.txt",
        "--- REGRET  [111] ---\nREGRET  {REGRETTED REGRETS}\n- NOTED + *  [115]\n"}},
      actors::import::Format::kPetrarch);
  const auto events = code_with(*coder,
                                "Gondor's Prime Minister Falastur noted that Cirith Ungol "
                                "regretted Eriador's refusal to talk.");
  EXPECT_TRUE(has(events, "GONGOV MORMIL 115")) << all(events);
}

TEST(EngineDictionaries, PrefixAgentBeforeACountryComposes) {
  const auto coder = engine_coder({{"PETR.Test.actors.txt", "ARNOR  [ARN]\nGONDOR  [GON]\n"},
                                   {"PETR.Test.agents.txt", "MSF {}  [NGO~]\nDIPLOMAT  [~GOV]\n"},
                                   {"PETR.Test.verbs.txt", "--- RESTORE  [064]  ---\nRESTORE\n"}},
                                  actors::import::Format::kPetrarch);
  auto events =
      code_with(*coder, "MSF Arnor is about to restore full diplomatic ties with Gondor.");
  EXPECT_TRUE(has(events, "NGOARN GON 064")) << all(events);
  events = code_with(*coder,
                     "An MSF Arnor diplomat is about to restore full diplomatic ties with Gondor.");
  EXPECT_TRUE(has(events, "NGOARNGOV GON 064")) << all(events);
}

TEST(EngineDictionaries, ApposedMemberOfAListOfActorsIsOneOfThem) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt",
        "MORDOR  [MOR]\nTHE_SHIRE  [FRO]\nFORNOST  [FOR]\nBREE  [BRE]\nOSGILIATH  [OSG]\n"},
       {"PETR.Test.verbs.txt", "--- WELCOME  [041] ---\nWELCOME\n"}},
      actors::import::Format::kPetrarch);
  // The parser makes "the Shire" an apposition of Mordor.
  const auto events = code_with(*coder,
                                "Mordor, the Shire, Fornost and Bree welcomed a resumption of "
                                "formal diplomatic ties with Osgiliath after a 12-year rift.");
  EXPECT_TRUE(has(events, "FRO OSG 041")) << all(events);
  EXPECT_TRUE(has(events, "BRE OSG 041")) << all(events);
}

TEST(EngineDictionaries, TabariPatternWordsInOrderWithLooseSynonymSets) {
  const auto coder =
      engine_coder({{"TABARI.Test.actors", "ARNOR  [ARN]\nGONDOR  [GON]\n"},
                    {"TABARI.Test.verbs",
                     "&CURRENCY\n+AUSTRIAN FLORIN\n+SWISS_FRANC\n+KRONER_\n\nCONTRIBUT  [070]\n"
                     "- * &CURRENCY [903]\n"}},
                   actors::import::Format::kTabari);
  // A member's words are stems, unless "_" ends one. (Whether other words may come between
  // a member's words is TABARI's reading's to say: linear_coder.cc, since TABARI's
  // dictionaries are read only that way.)
  auto events = code_with(*coder, "Arnor will contribute a million swiss francs to Gondor.");
  EXPECT_TRUE(has(events, "ARN GON 903")) << all(events);
  events = code_with(*coder, "Arnor will contribute a million kroneren to Gondor.");
  EXPECT_TRUE(has(events, "ARN GON 070")) << all(events);
}

TEST(EngineDictionaries, AgentWithoutCountryIsANounPhraseAPatternSkips) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "ARNOR  [ARN]\nOSGILIATH  [OSG]\nGONDOR  [GON]\nERIADOR  [ERI]\n"},
       {"PETR.Test.agents.txt", "PARLIAMENT  [~LEG]\n"},
       {"PETR.Test.verbs.txt", "--- CELEBRATE  [181] ---\nCELEBRATE\n- * IFTAR AT ^ ^ +  [044]\n"}},
      actors::import::Format::kPetrarch);
  // The second "^" is the parliament, so the target is Gondor, not Eriador.
  const auto events = code_with(
      *coder, "Arnor has celebrated Iftar at Osgiliath with the parliament of Gondor in Eriador.");
  EXPECT_TRUE(has(events, "ARN GON 044")) << all(events);
  EXPECT_FALSE(has(events, "ARN ERI 044")) << all(events);
}

TEST(EngineDictionaries, WordOrderReadingLeavesAPassiveOrPronounDoerAsTheTreeReadIt) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt",
        "ERIADOR  [ERI]\nOSGILIATH  [OSG]\nGONDOR  [GON]\nWORLD_BANK  [IBR]\n"},
       {"PETR.Test.verbs.txt", "--- REBUKE  [121] ---\nREBUKE\n\n--- SAY  [023] ---\nSAY\n"}},
      actors::import::Format::kPetrarch);
  // Rebuked by Eriador, at no one the tree names: no event, not Eriador's toward Osgiliath.
  auto events = code_with(*coder,
                          "Rebuked by Eriador, the state's fiercest foe, Osgiliath is being drawn "
                          "into the peace process by its resumption of diplomatic ties with "
                          "Gondor.");
  EXPECT_TRUE(events.empty()) << all(events);
  // "he" has no antecedent in the tree: Gondor, inside the fronted phrase, is not the doer.
  events = code_with(*coder,
                     "On improvement of primary health and Gondor's health centres, he said "
                     "government proposed to take up the issue with the World Bank in a phased "
                     "manner with priority being assigned to states with low health indices.");
  EXPECT_TRUE(events.empty()) << all(events);
}

TEST(EngineDictionaries, VerbCoordinatedUnderASubjectIsNoDoer) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "GONDOR  [GON]\nOSGILIATH  [OSG]\n"},
       {"PETR.Test.agents.txt", "OFFICIAL  [~GOV]\n"},
       {"PETR.Test.verbs.txt", "--- WELCOME  [041] ---\nWELCOME\n\n--- SAID  [023] ---\nSAID\n"}},
      actors::import::Format::kPetrarch);
  CoderResources resources = coder->resources();
  resources.require_dyad = false;
  const auto one_sided = Coder::create(resources).value();
  // The parser makes "welcomed" a conjunct of "lions", a subject of "said": Gondor
  // welcomed, and only the agency said.
  const auto events = code_with(*one_sided,
                                "The lions and the evil awful Gondor welcomed a resumption of "
                                "formal diplomatic ties with Osgiliath after a 12-year rift, the "
                                "primary official news agency WFNA said on Thursday.");
  EXPECT_TRUE(has(events, "GON OSG 041")) << all(events);
  EXPECT_TRUE(has(events, "---GOV - 023")) << all(events);
  EXPECT_FALSE(has(events, "GON - 023")) << all(events);
}

TEST(EngineDictionaries, PastParticipleUnderBeIsPassiveWhateverTheParse) {
  const auto coder =
      engine_coder({{"PETR.Test.actors.txt", "ERIADOR  [ERI]\nOSGILIATH  [OSG]\nGONDOR  [GON]\n"},
                    {"PETR.Test.verbs.txt", "--- OPPOSE  [112] ---\nOPPOSE\n"}},
                   actors::import::Format::kPetrarch);
  // The parser reads "opposed" as an adjective after the copula, "by Osgiliath" under
  // "earlier".
  const auto events = code_with(*coder,
                                "Eriador was opposed earlier by Osgiliath, the state's fiercest "
                                "foe, in being drawn into the peace process by its resumption of "
                                "diplomatic ties with Gondor.");
  EXPECT_TRUE(has(events, "OSG ERI 112")) << all(events);
  EXPECT_FALSE(has(events, "ERI OSG 112")) << all(events);
}

TEST(EngineDictionaries, DoerInsideAnotherSubjectsPhraseIsPartOfIt) {
  const auto coder =
      engine_coder({{"PETR.Test.actors.txt",
                     "GOLLUM  [HOB]\nRADAGAST THE_BROWN  [RAD]\nGONDOR  [GON]\nLORIEN  [ELR]\n"},
                    {"PETR.Test.verbs.txt", "--- CALL  [020] ---\nCALL\n- * ON +  [095]\n"}},
                   actors::import::Format::kPetrarch);
  // The parser makes "Brown" a second subject of "called".
  const auto events = code_with(*coder,
                                "Gollum centre of a diplomatic row between Radagast the Brown "
                                "called on Gondor late Sunday to be allowed to leave Lorien by "
                                "elves.");
  EXPECT_TRUE(has(events, "HOB GON 095")) << all(events);
  EXPECT_FALSE(has(events, "RAD GON 095")) << all(events);
}

TEST(EngineDictionaries, AgentsAfterAnActorAmongAPhrasesWordsCompose) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt",
        "WEST_GERMAN  [GMWGOV]\nGONZO_GMO [GONGMO]\nARNOR_  [ARN]\nGONDOR  [GON]\n"
        "WHITE_HOUSE  [USAGOV]\nDAGOLATH  [DAG]\n+TELEMAR\n"},
       {"PETR.Test.agents.txt",
        "WORLD_GOVERNMENT  {}  [~WGO]\nHUMAN_RIGHTS_ACTIVIST  [~OPP]\nSECURITY_OFFICIALS  "
        "[~GOV]\nPRIME_MINISTER  [~GOV]\n"},
       {"PETR.Test.verbs.txt", "--- RESTORE  [064]  ---\nRESTORE\n"}},
      actors::import::Format::kPetrarch);
  // WGO is no three-letter part of GMWGOV; OPP goes after a code with a sector too.
  auto events = code_with(*coder,
                          "West German world government activists are about to restore full "
                          "diplomatic ties with human rights activists of Gonzo GMO.");
  EXPECT_TRUE(has(events, "GMWGOVWGO GONGMOOPP 064")) << all(events);
  // A former official is elite.
  events = code_with(
      *coder,
      "Arnor former security officials are about to restore full diplomatic ties with Gondor.");
  EXPECT_TRUE(has(events, "ARNELI GON 064")) << all(events);
  events = code_with(*coder,
                     "Former security officials in White House are about to restore full "
                     "diplomatic ties with Gondor.");
  EXPECT_TRUE(has(events, "USAGOVELI GON 064")) << all(events);
  // A title before the name does not compose (PETRARCH 1's gold).
  events = code_with(*coder,
                     "Dagolath's first Deputy Prime Minister Telemar is about to restore full "
                     "diplomatic ties with Gondor.");
  EXPECT_TRUE(has(events, "DAG GON 064")) << all(events);
}

TEST(EngineDictionaries, ByPhraseOfAnActiveVerbIsNoAgent) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "ERIADOR  [ERI]\nOSGILIATH  [OSG]\nGONDOR  [GON]\n"},
       {"PETR.Test.verbs.txt", "--- RECEIVE  [033]  ---\nRECEIVE\n- + * MONEY $  [071]\n"}},
      actors::import::Format::kPetrarch);
  // The parser makes "by courier money" a passive's agent; "has received" is active, and
  // "+ * MONEY $" gives the money's giver as the source.
  const auto events = code_with(*coder,
                                "Eriador has received by courier money from Osgiliath, the "
                                "state's fiercest foe, to be drawn into the peace process by its "
                                "resumption of diplomatic ties with Gondor.");
  EXPECT_TRUE(has(events, "OSG ERI 071")) << all(events);
}

TEST(EngineDictionaries, PrepositionTakenForAParticleLeavesTheVerb) {
  const auto coder = engine_coder({{"PETR.Test.actors.txt", "PHILIPPINES  [PHL]\nERIADOR  [ERI]\n"},
                                   {"PETR.Test.verbs.txt",
                                    "--- CRITICIZE  [121]  ---\nCRITICIZE\n- HEAVILY UNJUSTLY  *  "
                                    "[123]\n- HEAVILY *   [122]\n"}},
                                  actors::import::Format::kPetrarch);
  // The parser makes "over" a particle of "criticized"; the dictionary has no CRITICIZE OVER.
  const auto events = code_with(
      *coder,
      "The Philippines was heavily and unjustly criticized over its territorial dispute with "
      "Eriador.");
  EXPECT_TRUE(has(events, "PHL ERI 123")) << all(events);
}

TEST(EngineDictionaries, ActorPhraseSpreadOverANounPhrase) {
  const auto coder = engine_coder(
      {{"PETR.Test.actors.txt", "FORNOST  [FOR]\nITHILEN  [ITH]\nITHILEN TELEVISION  [ITHTV]\n"},
       {"PETR.Test.agents.txt", "PRESIDENT [~GOV]\n"},
       {"PETR.Test.verbs.txt", "--- APPEAL  [095]  ---\nAPPEAL\n"}},
      actors::import::Format::kPetrarch);
  // ITHILEN TELEVISION with "state-run" between its words.
  const auto events = code_with(*coder,
                                "Fornost President Umbardacil has again appealed for peace in "
                                "Ithilen state-run television in a message to the spiritual "
                                "leader of the war-torn nation's influential Douzu community");
  EXPECT_TRUE(has(events, "FORGOV ITHTV 095")) << all(events);
}

}  // namespace
}  // namespace dyad::events

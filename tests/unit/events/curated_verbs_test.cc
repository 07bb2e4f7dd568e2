// The curated news verb table (data/src/verbs/news.verbs.tsv) over the imported ones:
// its verbs and patterns are found first, and ordinary news sentences get the CAMEO code
// an analyst would give rather than the imported block default.

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/coder_resources.h"
#include "coded_sentences.h"
#include "events/coder.h"
#include "events/modality.h"
#include "events/verb_lexicon.h"

namespace dyad::events {
namespace {

const VerbLexicon& lexicon() {
  static const std::shared_ptr<const VerbLexicon> l = [] {
    auto loaded = VerbLexicon::load_dir(std::string(DYAD_SOURCE_DIR) + "/data/src/verbs");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.value();
  }();
  return *l;
}

// The code a verb form gets without a pattern: its own, else its block's.
std::string default_code(std::string_view form) {
  const VerbEntry* e = lexicon().find(form);
  if (e == nullptr) return "(none)";
  const CameoCode& chosen = e->code.empty() ? lexicon().block(e->block).code : e->code;
  return std::string(chosen.view());
}

// The code of the first pattern of `form`'s block whose object side is one word or synonym
// set that `noun` fits (in the order the coder tries them, most specific first).
std::string object_pattern_code(std::string_view form, std::string_view noun) {
  const VerbEntry* e = lexicon().find(form);
  if (e == nullptr) return "(no verb)";
  for (uint32_t p : lexicon().block(e->block).patterns) {
    const VerbPattern& pattern = lexicon().pattern(p);
    if (!pattern.subject_side.empty() || pattern.object_side.size() != 1) continue;
    const PatternPhrase& phrase = pattern.object_side[0];
    if (!phrase.preposition.empty() || phrase.terms.size() != 1) continue;
    const PatternTerm& term = phrase.terms[0];
    const bool fits = term.synset != UINT32_MAX ? lexicon().synset_contains(term.synset, noun)
                                                : term.word == noun;
    if (fits) return std::string(pattern.code.view());
  }
  return "(no pattern)";
}

TEST(CoderCuratedVerbs, CuratedVerbsComeFirst) {
  ASSERT_NE(lexicon().find("telephoned"), nullptr);
  EXPECT_EQ(lexicon().block(lexicon().find("telephoned")->block).name, "NEWS_TELEPHONE");
  EXPECT_EQ(default_code("telephoned"), "041");
  EXPECT_EQ(default_code("vetoed"), "129");
  EXPECT_EQ(default_code("mediated"), "045");
  EXPECT_EQ(default_code("considers"), "014");
  // "admitted" and "slammed" double the consonant: both were missing from the forms.
  EXPECT_EQ(default_code("admitted"), "015");
  EXPECT_EQ(default_code("slammed"), "111");
  EXPECT_EQ(default_code("sentenced"), "173");
  // "according to X", "controlled by X": no event.
  EXPECT_EQ(default_code("according"), "");
  EXPECT_EQ(default_code("controlled"), "");
  EXPECT_EQ(default_code("led"), "");
  EXPECT_EQ(default_code("thought"), "");
  EXPECT_EQ(default_code("dominated"), "");
}

TEST(CoderCuratedVerbs, CuratedPatternsWinTiesWithImportedOnes) {
  // SEND had "* ARMS" 154, LIFT "* SANCTION" 0351: the curated ones come first.
  EXPECT_EQ(object_pattern_code("sent", "arms"), "072");
  EXPECT_EQ(object_pattern_code("lifted", "sanctions"), "085");
  EXPECT_EQ(object_pattern_code("paid", "tribute"), "051");
  EXPECT_EQ(object_pattern_code("signed", "deal"), "057");
  EXPECT_EQ(object_pattern_code("evacuated", "wounded"), "073");
}

using testing::all;
using testing::has;

std::vector<std::string> code(std::string_view text) { return testing::code(text, "2020-01-01"); }

TEST(CoderCuratedVerbs, ObjectDecidesTheCode) {
  struct Case {
    std::string_view text, expected;
  };
  for (const Case& c : {
           Case{"Britain granted asylum to the Russian dissident.", "GBR RUSOPP 075 asserted"},
           Case{"The United States sent arms to Ukraine.", "USA UKR 072 asserted"},
           Case{"The European Union lifted sanctions on Iran.", "IGOEUREEC IRN 085 asserted"},
           Case{"The United States imposed sanctions on Iran.", "USA IRN 163 asserted"},
           Case{"Iran released the British sailors.", "IRN GBR 0841 asserted"},
           Case{"Japan pledged humanitarian aid to Nepal.", "JPN NPL 0333 asserted"},
           Case{"China and Russia held joint military exercises.", "CHN RUS 062 asserted"},
           Case{"Bahrain cut diplomatic ties with Qatar.", "BHR QAT 161 asserted"},
           Case{"Britain handed over humanitarian aid to Syria.", "GBR SYR 073 asserted"},
           Case{"Iran sentenced a British journalist to death.", "IRN GBRMED 173 asserted"},
       }) {
    const auto events = code(c.text);
    EXPECT_TRUE(has(events, c.expected)) << c.text << "\n" << all(events);
  }
}

TEST(CoderCuratedVerbs, TelephoneIsNotAnAppealOnMonday) {
  // CALL's "* (ON)" is "called on X to ..." (020); "telephoned X on Monday" is 041.
  const auto events =
      code("Russian President Vladimir Putin telephoned Chinese President Xi Jinping on Monday.");
  EXPECT_TRUE(has(events, "RUSGOV CHNGOV 041 asserted")) << all(events);
  EXPECT_FALSE(has(events, "RUSGOV CHNGOV 020")) << all(events);
}

TEST(CoderCuratedVerbs, AnAppealToAGovernmentAsksForNoPeacekeepers) {
  // CAMEO.2.0's "APPEAL * (TO GOVERNMENT)" is 0234; whom an appeal is addressed to says
  // nothing of what it asks.
  const auto events =
      code("Journalists appealed to the Kenyan government to free their colleagues.");
  EXPECT_TRUE(has(events, "KENMED KENGOV 020")) << all(events);
  EXPECT_FALSE(has(events, "0234")) << all(events);
}

TEST(CoderCuratedVerbs, ModifierOfACompoundsNounIsTheCompounds) {
  // "a military aid program" parsed with "military" on "program": still military aid
  // (1622), not aid in general (162).
  const auto events = code(
      "The United States suspended part of a military aid program for Pakistan aimed at "
      "training its special forces, officials said on Friday.");
  EXPECT_TRUE(has(events, "USA PAK 1622")) << all(events);
}

TEST(CoderCuratedVerbs, AttributionAndDescriptionAreNoEvents) {
  // Both verbs were 060 (material cooperation) in the imported tables.
  const auto events = code("The area is controlled by the Syrian government, according to Turkey.");
  for (const std::string& e : events) {
    EXPECT_EQ(e.find(" 060 "), std::string::npos) << all(events);
  }
}

// "Slam" is criticism with criticism's patterns; CRASH's made "slammed the proposal" 195.
TEST(CoderCuratedVerbs, SlammingIsCriticism) {
  const auto events = code(
      "In a joint press release, the human rights organization Global Exchange slammed the "
      "proposal, saying it will likely lead to more US guns getting into the hands of cartels.");
  EXPECT_TRUE(has(events, "NGOHRI - 111")) << all(events);
  for (const std::string& e : events) EXPECT_EQ(e.find(" 195 "), std::string::npos) << all(events);
}

// Claiming that something is so is a statement, not disapproval (ALLEGE's 110); claiming
// responsibility is still 015.
TEST(CoderCuratedVerbs, AClaimIsAStatementUnlessOfResponsibility) {
  const auto claimed = code(
      "Vladimir Putin has claimed as many as 4,000 Russian citizens traveled to Syria and Iraq.");
  for (const std::string& e : claimed) EXPECT_EQ(e.find(" 110"), std::string::npos) << e;
  const auto responsibility = code(
      "A Damascus-based Palestinian guerrilla group claimed responsibility on Saturday for "
      "attacks on Israeli troops from Jordan in the past two days.");
  EXPECT_TRUE(has(responsibility, "PSEREB ISRMIL 015")) << all(responsibility);
}

TEST(CoderCuratedVerbs, RejectionsDefianceAndLegalActionGetTheirCodebookLeaf) {
  struct Case {
    std::string_view text;
    std::string_view expected;
  };
  for (const Case& c : {
           // REJECT was in REFUSE, whose code is ---: a rejection is 120, a peace plan 127.
           Case{"Serbia on Thursday flatly rejected an Australian ultimatum.",
                "SRB AUS 120 asserted"},
           Case{"Ivory Coast rebels on Friday again rejected a Senegalese peace plan.",
                "CIVREB SEN 127 asserted"},
           Case{"Venezuela has rejected the Tier 3 classification by the U.S.",
                "VEN USA 120 asserted"},
           Case{"Serbia lodged an official protest with Albania today.", "SRB ALB 114 asserted"},
           // SUE's "* (FOR)" and BLAME's "COURT *" gave both 173.
           Case{"A Saudi businessman is suing the United States for damages to his plant.",
                "SAUBUS USA 115 asserted"},
           Case{"A European court convicted Turkey of inhuman acts on Thursday.",
                "TURJUD TUR 116 asserted"},
           // APPREHEND's "&MILITARY *" (192) made every arrest by soldiers an occupation.
           Case{"Israeli soldiers arrested more than 100 Palestinians on Saturday.",
                "ISRMIL PSE 173 asserted"},
           Case{"Israeli soldiers routinely beat up Palestinian detainees.",
                "ISRMIL PSEOPP 182 asserted"},
           Case{"Syrian government forces have retaken Eastern Ghouta.", "SYRMIL SYR 192 asserted"},
       }) {
    const auto events = code(c.text);
    EXPECT_TRUE(has(events, c.expected)) << c.text << "\n" << all(events);
  }
}

TEST(CoderCuratedVerbs, AnAccusedDeedIsNoEventOfTheAccuser) {
  // "accused X of violating": the accusation is the event, not a violation by the accuser.
  const auto events =
      code("Tillerson accused Moscow of violating a 2013 US-Russia agreement on Syria.");
  EXPECT_TRUE(has(events, "USAELI RUSGOV 112 asserted")) << all(events);
  for (const std::string& e : events) {
    EXPECT_EQ(e.find(" 128 "), std::string::npos) << all(events);
  }
}

// SHARE knew only "* &EVIDENCE": shared intelligence or expertise coded nothing.
TEST(CoderCuratedVerbs, SharingExpertiseIsMaterialCooperation) {
  const auto events = testing::code(
      "Taliban has been sharing expertise with the Liberation Tigers of Tamil Eelam (LTTE) "
      "according to a special report submitted to the Canadian Security Intelligence "
      "Service.",
      "2000-01-01");  // the Taliban governed then
  EXPECT_TRUE(has(events, "AFGGOV LKAREB 060 asserted")) << all(events);
}

// APPREHEND's "* PART" (030) is "take part"; capturing part of a place occupies it.
TEST(CoderCuratedVerbs, CapturingPartOfAPlaceIsNoParticipation) {
  const auto events = code(
      "Burmese armed troops have captured part of a Karen guerrilla stronghold on the Thai "
      "border after five days of fighting, Thai police here said on Monday.");
  bool occupied = false;
  for (const std::string& e : events) {
    if (e.starts_with("MMRMIL ") && e.find(" 192 ") != std::string::npos) occupied = true;
    EXPECT_EQ(e.find(" 030 "), std::string::npos) << all(events);
  }
  EXPECT_TRUE(occupied) << all(events);
  EXPECT_TRUE(has(code("Iran took part in a military operation with Iraq."), "IRN IRQ 0312"));
}

// REVOKE_ has no code for "renege": going back on a commitment rejects what was promised.
TEST(CoderCuratedVerbs, RenegingIsARejection) {
  const auto events = code(
      "In what has been described as a policy u-turn, President Levy Mwanawasa has reneged on "
      "his commitment to the Zambian people for holding elections under a new constitution.");
  EXPECT_TRUE(has(events, "ZMBGOV ZMBPPL 120 asserted")) << all(events);
}

// EXCLUDE codes blocking roads and streets 144; blocking traffic or transport is blocking
// the way too (BLOCK's default is 170).
TEST(CoderCuratedVerbs, BlockingTransportObstructsPassage) {
  const auto events = code(
      "Rebels in the Ivory Coast on Tuesday blocked transport into Abidjan as they continued "
      "their effort to overthrow the government of President Laurent Gbagbo.");
  EXPECT_TRUE(has(events, "CIVREB CIV 144 asserted")) << all(events);
}

// CANCEL knew ties and relations (161) but coded links cut or suspended as nothing.
TEST(CoderCuratedVerbs, SuspendingLinksReducesRelations) {
  EXPECT_TRUE(has(code("Italy suspended air links with Serbia on Wednesday."), "ITA SRB 160"));
}

// An announced suspension is the suspension: SUSPEND codes only through CANCEL's
// patterns (no default), and the announcer is the one who suspends.
TEST(CoderCuratedVerbs, AnAnnouncedSuspensionIsTheEvent) {
  const auto events = code(
      "Italy announced a suspension of air links with Serbia on Wednesday, one day after a "
      "Serbian army jet shot down a helicopter carrying EC truce monitors.");
  EXPECT_TRUE(has(events, "ITA SRB 160 asserted")) << all(events);
  EXPECT_FALSE(has(events, "ITA SRB 010")) << all(events);
}

// Failing to reach an agreement is CAMEO 164 (the codebook's example), not TABARI's
// "FAIL * AGREE" 127; ethnic cleansing (203), stone-throwing (145) and blowing up power
// lines (1712) get their codebook codes, not ENGAGE's 190, HURL's 182 or 190.
TEST(CoderCuratedVerbs, FailedAgreementsCleansingStonesAndSabotage) {
  auto events = code(
      "Palestinians and Israelis failed to reach agreement on the fate of Palestinian offices "
      "in east Jerusalem Sunday, despite hours of tense negotiations, sources on both sides "
      "reported.");
  EXPECT_TRUE(has(events, "PSE ISR 164 asserted")) << all(events);
  events = code(
      "Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian "
      "population of the province, according to the US government.");
  EXPECT_TRUE(has(events, "SRBMIL MNE 203 asserted")) << all(events);
  events = code(
      "Palestinian youths resorted to throwing stones during demonstrations against the "
      "alleged human rights violations by the Israeli military, officials said on Thursday.");
  EXPECT_TRUE(has(events, "PSECVL ISRMIL 145")) << all(events);
  events = code(
      "Afghan guerillas blew up three main electric power lines leading into Kabul last month.");
  EXPECT_TRUE(has(events, "AFGREB AFG")) << all(events);
  EXPECT_TRUE(all(events).find(" 1712 ") != std::string::npos) << all(events);
}

// DELAY held both putting off and preventing: "prevented the demonstration" is coercion
// (170), "postponed the demonstration" eases dissent (082); both were 120.
TEST(CoderCuratedVerbs, PreventingAProtestIsCoercionPostponingItEasesDissent) {
  const auto prevented = code(
      "Turkish police prevented the demonstration staged by students at Cumhuriyet University "
      "near AKP offices in Sivas on 15 October to protest the decision of sending troops to "
      "Iraq.");
  bool coerced = false;
  for (const std::string& e : prevented) {
    if (e.starts_with("TURCOP ") && e.find(" 170 ") != std::string::npos) coerced = true;
  }
  EXPECT_TRUE(coerced) << all(prevented);
  EXPECT_TRUE(
      has(code("The opposition postponed the demonstration in Baku."), "AZEOPP AZEGOV 082"));
  EXPECT_TRUE(has(code("Opposition leaders agreed to postpone the demonstration in Baku until 9 "
                       "November."),
                  "AZEOPP AZEGOV 0352"));
}

// TIGHTEN had no code for blockades or sanctions; announced by the one who will tighten
// them, they are threats (the CAMEO codebook's example for 1381).
TEST(CoderCuratedVerbs, TighteningABlockadeOrSanctions) {
  EXPECT_TRUE(has(code("NATO confirmed on Wednesday it would tighten the naval blockade of "
                       "Serbia in the Adriatic with Albania's help."),
                  "IGOWSTNAT SRB 1381 asserted"));
  EXPECT_TRUE(has(code("Washington tightened sanctions on Iran."), "USAGOV IRN 163"));
}

// NEWS_EXPEL read "the UN refugee agency" by its modifier as a population (201, mass
// expulsion); an agency or peacekeepers forced out are expelled (166x).
TEST(CoderCuratedVerbs, AnAgencyForcedOutIsExpelledNotAPopulation) {
  EXPECT_TRUE(has(code("Jakarta forced the UN refugee agency, UNHCR, out of the country "
                       "following the relief operation, although it had more than $12M of "
                       "unspent donations."),
                  "IDNGOV IGOUNO 1663 asserted"));
  EXPECT_TRUE(
      has(code("Serb forces drove out thousands of refugees from the town."), "SRBMIL - 201"));
}

// CONSTRUCT's "* &INVESTIGATION" (090) fitted "an energy research center" by its
// modifier; agreeing to set up a center is an intent to cooperate (03x), no investigation.
TEST(CoderCuratedVerbs, SettingUpACenterIsNoInvestigation) {
  const auto events = code(
      "The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up an energy "
      "research center in Tokyo to further develop its regional energy projections, officials "
      "said Thursday.");
  EXPECT_TRUE(has(events, "IGO JPNGOV 030 asserted")) << all(events);
  for (const std::string& e : events) EXPECT_EQ(e.find(" 090 "), std::string::npos) << all(events);
  EXPECT_TRUE(has(code("Iraq set up an inquiry into the killings."), "IRQ - 090"));
}

}  // namespace
}  // namespace dyad::events

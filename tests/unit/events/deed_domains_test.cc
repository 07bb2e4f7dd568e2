// The deed-domain table (src/events/deed_domains.cc) and the stances it codes on real
// sentences: the CAMEO 1.1b3 codebook's own examples of appeals (02x), intentions (03x),
// demands (10x), rejections (12x) and threats (13x) toward a deed the verb lexicon knows
// only at its root, or not at all.

#include "events/deed_domains.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

std::string domain(std::string_view lemma, std::string_view particle,
                   std::vector<std::string> words) {
  words.emplace_back(lemma);
  const DeedDomain d = read_deed_domain(lemma, particle, words);
  return std::string(d.code.view());
}

// Restrictions eased, by the codebook's leaves of 081: on expression, on parties, a
// curfew, a state of emergency; other restrictions stay at the root.
TEST(DeedDomains, EasedRestrictionsByTheirLeaf) {
  EXPECT_EQ(domain("cancel", "", {"restriction", "use", "language", "radio"}), "0811");
  EXPECT_EQ(domain("lift", "", {"ban", "political", "party"}), "0812");
  EXPECT_EQ(domain("ease", "", {"nightly", "curfew"}), "0813");
  EXPECT_EQ(domain("lift", "", {"state", "emergency"}), "0814");
  EXPECT_EQ(domain("ease", "", {"restriction", "travel"}), "081");
  const auto events = code(
      "The Sri Lankan government lifted restrictions on foreign media in the north.", "2000-01-01");
  EXPECT_TRUE(has(events, "LKAGOV - 0811")) << all(events);
}

// A ban on relief eased lets international helpers in (086), so an appeal for it is 0255.
TEST(DeedDomains, EasedBanOnReliefAllowsInvolvement) {
  EXPECT_EQ(domain("lift", "", {"ban", "relief", "flight"}), "086");
  const auto events = code(
      "The United Nations appealed to the Ethiopian government to lift its ban on relief "
      "flights to Tigray.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "IGOUNO ETHGOV 0255")) << all(events);
}

// Acceding to demands yields what they ask: the demand's words name the 08 leaf.
TEST(DeedDomains, AccededDemandsTakeTheirLeaf) {
  const auto reforms = code(
      "The Kenyan government accepted opposition demands for political reforms.", "2000-01-01");
  EXPECT_TRUE(has(reforms, "KENGOV - 0832")) << all(reforms);
  const auto prisoners = code(
      "The Kenyan government accepted opposition demands for the release of political "
      "prisoners.",
      "2000-01-01");
  EXPECT_TRUE(has(prisoners, "KENGOV - 084")) << all(prisoners);
  EXPECT_EQ(domain("overhaul", "", {"judiciary"}), "0834");
}

TEST(DeedDomains, VerbWithItsObject) {
  EXPECT_EQ(domain("hand", "over", {"alleged", "bomber"}), "063");
  EXPECT_EQ(domain("exchange", "", {"information", "water"}), "064");
  EXPECT_EQ(domain("meet", "", {"u.n.", "mediator"}), "038");
  EXPECT_EQ(domain("resign", "", {}), "0831");
  EXPECT_EQ(domain("cut", "off", {"electricity"}), "16");
  EXPECT_EQ(domain("reach", "", {"an", "agreement"}), "037");
  EXPECT_EQ(domain("open", "", {"border", "#igo"}), "086");
  EXPECT_EQ(domain("handover", "", {"guard", "involve", "shooting"}), "063");
  EXPECT_EQ(domain("impose", "", {"import", "restriction"}), "163");
  EXPECT_EQ(domain("host", "", {"summit", "agreement", "peace"}), "045");
  EXPECT_EQ(domain("accept", "", {"more", "refugee"}), "073");
  // A summit hosted for nothing said to be between others is no mediation.
  EXPECT_EQ(domain("host", "", {"summit", "july"}), "");
  // "hand over" aid is no judicial cooperation.
  EXPECT_EQ(domain("hand", "over", {"aid"}), "07");
  // Restrictions on political life, and dissent called off.
  EXPECT_EQ(domain("ban", "", {"voting", "east", "jerusalem"}), "1721");
  EXPECT_EQ(domain("ban", "", {"opposition", "candidate", "election"}), "1722");
  EXPECT_EQ(domain("institute", "", {"curfew"}), "1723");
  EXPECT_EQ(domain("cancel", "", {"strike"}), "082");
  EXPECT_EQ(domain("end", "", {"anti-government", "agitation"}), "082");
  EXPECT_EQ(domain("postpone", "", {"demonstration"}), "082");  // agreed to postpone: 0352
  // Lifting a ban on rallies eases a restriction (081), it bans nothing.
  EXPECT_EQ(domain("lift", "", {"ban", "rally"}), "081");
}

TEST(DeedDomains, TopicWords) {
  EXPECT_EQ(domain("impetus", "", {"greater", "free", "trade"}), "061");
  EXPECT_EQ(domain("call", "", {"immediate", "economic", "aid"}), "071");
  EXPECT_EQ(domain("assistance", "", {"direct", "war"}), "072");
  EXPECT_EQ(domain("presence", "", {"#igo", "military"}), "074");
  EXPECT_EQ(domain("change", "", {"major", "constitutional"}), "0834");
}

// Words that look like a domain and are not one: the reading stops.
TEST(DeedDomains, NoDomain) {
  EXPECT_EQ(domain("exit", "", {"drug", "trade"}), "");
  EXPECT_EQ(domain("suspend", "", {"military", "aid"}), "");
  EXPECT_EQ(domain("exercise", "", {"restraint"}), "");
  EXPECT_TRUE(request_noun("demand"));
  EXPECT_FALSE(request_noun("alliance"));
}

TEST(CoderStanceDomains, AppealByTheDeedsTopic) {
  const auto events = code(
      "Indian business leaders Friday called for greater impetus towards free trade despite "
      "mounting tensions between India and Pakistan.",
      "2000-01-01");
  // The code is the point here; India itself is no party to its own business leaders'
  // appeal (own_state_test.cc).
  bool appeal = false;
  for (const std::string& e : events) {
    appeal |= e.starts_with("INDBUS ") && e.find(" 0211 ") != std::string::npos;
  }
  EXPECT_TRUE(appeal) << all(events);
}

TEST(CoderStanceDomains, DemandReadFromTheDeedsWords) {
  const auto trade = code(
      "The Bush administration declared Tuesday that China must drop barriers to U.S. exports.",
      "2000-01-01");
  EXPECT_TRUE(has(trade, "USAELI CHN 1011")) << all(trade);
  const auto handover = code(
      "A senior British minister reiterated that Libya must hand over alleged bombers of the "
      "U.S. airliner.",
      "2000-01-01");
  EXPECT_TRUE(has(handover, "GBRGOV LBY 1013")) << all(handover);
  const auto yielding = code(
      "The United States on Thursday demanded that the Democratic People's Republic of Korea "
      "(DPRK) forsake its nuclear program.",
      "2000-01-01");
  EXPECT_TRUE(has(yielding, "USA PRK 105")) << all(yielding);
  const auto presence = code(
      "Ethnic Albanians in south Serbia are demanding a U.N. military presence to protect "
      "them.",
      "2000-01-01");
  // The group is Serbia's (participants_test.cc, ethnic groups).
  EXPECT_TRUE(has(presence, "SRBCVL IGOUNO 1034")) << all(presence);
}

// "rejected a call for X", "rejected a demand to do X": X is what is rejected, and its
// domain outweighs the verb pattern's general "* CALL" (122) or "* DEMAND" (124).
TEST(CoderStanceDomains, RejectedRequestIsCodedByItsContent) {
  const auto aid = code(
      "Berlin rejected recent calls by Belarus's rulers for immediate economic aid.", "2000-01-01");
  EXPECT_TRUE(has(aid, "DEUGOV BLRGOV 1221")) << all(aid);
  const auto alliance = code(
      "South Korea has rejected North Korea's consistent demand to sever a decades-long "
      "military alliance with Washington, which keeps troops here under a mutual defense pact.",
      "2000-01-01");
  EXPECT_TRUE(has(alliance, "KOR PRK 1212")) << all(alliance);
  const auto judicial =
      code("Yemen has rejected a U.S. request to interrogate detainees.", "2000-01-01");
  EXPECT_TRUE(has(judicial, "YEM USA 1213")) << all(judicial);  // the codebook's 1213
}

TEST(CoderStanceDomains, IntentionByTheDeedsDomain) {
  const auto exercises =
      code("Jordan and Britain have agreed to undertake joint military exercises this month.",
           "2000-01-01");
  EXPECT_TRUE(has(exercises, "JOR GBR 0312")) << all(exercises);
  const auto pact = code(
      "The United States and Jordan have agreed upon a new free-trade pact between the two "
      "countries.",
      "2000-01-01");
  EXPECT_TRUE(has(pact, "USA JOR 0311")) << all(pact);
  const auto resign =
      code("Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan.",
           "2000-01-01");
  EXPECT_TRUE(has(resign, "KGZGOV - 0341")) << all(resign);
  EXPECT_FALSE(has(resign, "KGZGOV KGZ 050")) << all(resign);  // no agreement of its own
  const auto mediator = code(
      "Afghan rebel leaders said on Wednesday they would meet U.N. mediator Diego Cordovez "
      "if he gave them a veto over any settlement.",
      "2000-01-01");
  EXPECT_TRUE(has(mediator, "AFGREB IGOUNO 038 hypothetical")) << all(mediator);
}

TEST(CoderStanceDomains, ThreatByWhatIsThreatened) {
  const auto supply = code(
      "Iran on Tuesday threatened to cut off electricity to the autonomous Azerbaijani "
      "republic of Nakhichevan.",
      "2000-01-01");
  EXPECT_TRUE(has(supply, "IRN AZE 131 ")) << all(supply);
  const auto terror =
      code("The Hamas threatened Monday to resume terrorist activities in Israel.", "2000-01-01");
  EXPECT_TRUE(has(terror, "PSEREBHMS ISR 1383")) << all(terror);
}

// The codebook's examples of a threat to restrict political life (1321) and of
// demands and appeals to call dissent off (1052, 0252).
TEST(CoderStanceDomains, RestrictionsAndDissentByWhatIsNamed) {
  const auto voting = code(
      "Israel threatened to ban voting in East Jerusalem if Hamas, which advocates Israel's "
      "destruction, ran in the election.",
      "2000-01-01");
  EXPECT_TRUE(has(voting, "ISR PSEREBHMS 1321")) << all(voting);
  const auto strike = code(
      "Iranian authorities have been pressuring workers of the United Bus Company of Tehran "
      "(Sharekat-e Vahed) to cancel the strike they have been planning for better pay and "
      "working conditions.",
      "2000-01-01");
  EXPECT_TRUE(has(strike, "IRNGOV - 1052")) << all(strike);
  const auto agitation = code(
      "Islamic fundamentalist leaders appealed to their Muslim followers for an end to "
      "anti-government agitation, authorities said Monday.",
      "2000-01-01");
  EXPECT_TRUE(has(agitation, "---MUS - 0252")) << all(agitation);
}

// A demanded agreement settles the dispute (107); the demanded party agreed to nothing.
TEST(CoderStanceDomains, DemandedAgreementSettlesTheDispute) {
  const auto events = code(
      "Rwandan rebels announced that President Kagame and his Rwandan Patriotic Front must "
      "agree to major constitutional changes before they demobilize.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "RWAREB RWA 1044")) << all(events);
  EXPECT_FALSE(has(events, "RWA - 03")) << all(events);
  const auto settle = code(
      "Jack Straw said on Friday that the Sudanese government and the rebels in Darfur must "
      "reach an agreement that stops the conflict.",
      "2000-01-01");
  EXPECT_TRUE(has(settle, "GBRELI SDNREB 107")) << all(settle);
}

// What the verb of an appeal takes as its object is not always what it asks for.
TEST(CoderStanceDomains, CallingAttentionIsNoAppeal) {
  const auto events = code(
      "Officials seized some $5.7 million in fake dollars in central Colombia, calling "
      "attention to the country's counterfeit currency trade.",
      "2000-01-01");
  for (const std::string& e : events) EXPECT_EQ(e.find(" 021"), std::string::npos) << e;
}

}  // namespace
}  // namespace dyad::events

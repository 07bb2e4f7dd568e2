// Protest events (CAMEO root 14): the kind of protest from its verb or noun, its leaf from
// the domain of what it demands (governed_codes.h: protest_code, read by deed_domains.h),
// its target from the actor its purpose names. Sentences from the CAMEO 1.1b3 codebook's
// examples of 141x-145x.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coded_sentences.h"
#include "events/deed_domains.h"
#include "events/event_codes.h"
#include "events/governed_codes.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

std::string leaf(std::string_view protest, std::string_view purpose) {
  CameoCode p, d;
  p.assign(protest);
  d.assign(purpose);
  return std::string(protest_code(p, d).view());
}

std::string noun(std::string_view lemma, std::vector<std::string> modifiers) {
  return std::string(protest_noun_code(lemma, modifiers));
}

std::string domain(std::string_view lemma, std::vector<std::string> words) {
  words.emplace_back(lemma);
  return std::string(read_deed_domain(lemma, "", words).code.view());
}

TEST(Protests, LeafFromThePurposesDomain) {
  EXPECT_EQ(leaf("141", "0831"), "1411");
  EXPECT_EQ(leaf("142", "0832"), "1422");
  EXPECT_EQ(leaf("143", "0833"), "1433");
  EXPECT_EQ(leaf("145", "0834"), "1454");
  // Reform in general, or another domain, names no leaf; a leaf already chosen stays.
  EXPECT_EQ(leaf("144", "083"), "144");
  EXPECT_EQ(leaf("141", "084"), "141");
  EXPECT_EQ(leaf("1431", "0834"), "1431");
  EXPECT_EQ(leaf("190", "0831"), "190");
}

TEST(Protests, ProtestNouns) {
  EXPECT_EQ(noun("strike", {"their", "hunger"}), "142");
  EXPECT_EQ(noun("strike", {"general"}), "143");
  EXPECT_EQ(noun("strike", {"open-ended"}), "143");
  EXPECT_EQ(noun("riot", {}), "145");
  EXPECT_EQ(noun("demonstration", {"mass"}), "141");
  // An air strike, a show of force, a market rally are no protests.
  EXPECT_EQ(noun("strike", {"air"}), "");
  EXPECT_EQ(noun("strike", {}), "");
  EXPECT_EQ(noun("demonstration", {"#of"}), "");
  EXPECT_EQ(noun("rally", {"stock", "market"}), "");
}

TEST(Protests, PurposeDomains) {
  EXPECT_EQ(domain("call", {"for", "independence", "from"}), "0834");
  EXPECT_EQ(domain("demand", {"democratic", "reform"}), "0834");
  EXPECT_EQ(domain("demand", {"political", "reform"}), "0832");
  EXPECT_EQ(domain("arrest", {"of", "number", "activist"}), "0833");
  EXPECT_EQ(domain("policy", {"against", "israeli", "military"}), "0832");
  // A policy only named is no demand to change it.
  EXPECT_EQ(domain("disagreement", {"over", "syria", "policy"}), "");
}

TEST(CoderProtests, HungerStrikeToDemandAResignation) {
  const auto events = code(
      "Islamic fundamentalists continued their hunger strike to demand the resignation of "
      "Algerian President Ahmed Ben Bella.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "DZAMUS DZAGOV 1421")) << all(events);
  // The demand is the protest's purpose, not an event of its own.
  for (const std::string& e : events) EXPECT_EQ(e.find(" 104"), std::string::npos) << e;
}

TEST(CoderProtests, DemonstrationsToDemandReforms) {
  const auto events = code(
      "Tens of thousands of university students throughout Indonesia staged mass "
      "demonstrations Saturday to demand political reforms by President Suharto's "
      "government.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "IDNEDU IDNGOV 1412")) << all(events);
  EXPECT_EQ(events.size(), 1u) << all(events);
}

TEST(CoderProtests, RiotAfterADemonstrationCallingForRemoval) {
  const auto events = code(
      "Egyptian demonstrators rioted following a peaceful demonstration calling for the "
      "immediate removal of President Hosni Mubarak from office.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "EGYOPP EGYGOV 1451")) << all(events);
  EXPECT_EQ(events.size(), 1u) << all(events);
}

TEST(CoderProtests, RiotNounAgainstPolicies) {
  const auto events = code(
      "Palestinian riots against Israeli military policies are still continuing with no end "
      "in sight.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "PSE ISRMIL 1452")) << all(events);
}

// "demonstrated in the streets of Belgrade on Monday calling for…": the parser hangs the
// participle on the place or time phrase, but it is the protesters' demand all the same.
TEST(CoderProtests, PurposeHungOnThePlacePhrase) {
  const auto events = code(
      "Thousands of Serbian students demonstrated in the streets of Belgrade on Monday calling "
      "for the resignation of President Slobodan Milosevic.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "SRBEDU SRBGOV 1411")) << all(events);
  EXPECT_EQ(events.size(), 1u) << all(events);
}

// "organized a general strike": the strike, not COORDINATE's 050; aimed at no one named,
// it is aimed at the state it is held in (protested_state_test.cc).
TEST(CoderProtests, GeneralStrikeOrganized) {
  const auto events = code(
      "Seven opposition parties in Nepal have organized a general strike that shut down "
      "Khatmandu in protest of last week's arrest of a number of activists.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "NPLOPP NPL 143")) << all(events);
  for (const std::string& e : events) EXPECT_EQ(e.find(" 050"), std::string::npos) << e;
}

// A protest threatened, or acted on by others, is not held.
TEST(CoderProtests, NoProtestHeld) {
  const auto threat = code(
      "Druze inhabitants of the Syrian Golan Heights threatened today to hold a general strike "
      "unless Israel rescinded its annexation of the region within 10 days.",
      "2000-01-01");
  for (const std::string& e : threat) EXPECT_EQ(e.find(" 143"), std::string::npos) << e;
  const auto prevented = code(
      "Turkish police prevented the demonstration staged by students at Cumhuriyet University "
      "near AKP offices in Sivas on 15 October to protest the decision of sending troops to "
      "Iraq.",
      "2000-01-01");
  for (const std::string& e : prevented) EXPECT_FALSE(e.starts_with("TURCOP - 141")) << e;
}

}  // namespace
}  // namespace dyad::events

// Who takes part in an event, as the committed data and models read it: sides the tree
// hangs away from the phrase head, the people a sentence only cites, ethnic groups.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::has;

std::vector<std::string> code(std::string_view text) { return testing::code(text, "2000-01-01"); }

// "British and French warplanes": UD hangs "French" under "British", which modifies the
// head outside the mention "French warplanes"; both countries are sides.
TEST(Participants, CoordinatedNationalityAdjectivesAreTwoSources) {
  const auto events = code("British and French warplanes bombed Libyan army positions near Sirte.");
  EXPECT_TRUE(has(events, "GBRMIL LBYMIL 195")) << all(events);
  EXPECT_TRUE(has(events, "FRAMIL LBYMIL 195")) << all(events);
}

TEST(Participants, CoordinatedAdjectiveAndAbbreviationMeetEachOther) {
  const auto events = code("U.S. and Chinese negotiators met in Geneva on Monday.");
  EXPECT_TRUE(has(events, "USAGOV CHNGOV 04")) << all(events);
  EXPECT_TRUE(has(events, "CHNGOV USAGOV 04")) << all(events);
}

// The trailing speaker of news style is no party to what it reports, even where the
// parser hangs it under the main clause.
TEST(Participants, TrailingSpeakerIsNoTarget) {
  auto events = code(
      "Sudan has offered to hand over to Egypt three of its citizens suspected of plotting the "
      "attack, a state-owned Ethiopian newspaper said.");
  for (const std::string& e : events) EXPECT_EQ(e.find("ETH"), std::string::npos) << all(events);
  events = code(
      "The army arrested dozens of opposition supporters on Sunday, a spokesman for the British "
      "embassy said.");
  for (const std::string& e : events) EXPECT_EQ(e.find("GBR"), std::string::npos) << all(events);
  events = code(
      "Rebel gunmen attacked a convoy carrying food aid near the capital, killing three drivers, "
      "Ugandan police sources said.");
  EXPECT_FALSE(has(events, "UGAREB UGACOP")) << all(events);
}

TEST(Participants, AccordingToPhraseIsNoTarget) {
  const auto events = code(
      "Government troops have been detaining hundreds of villagers in the north, according to a "
      "report by Amnesty International.");
  for (const std::string& e : events) EXPECT_EQ(e.find("NGOHRI"), std::string::npos) << all(events);
}

// What the speaker's own verb says stays the speaker's: the rule keeps cited actors only
// from the other predicates.
TEST(Participants, SpeakerStillSpeaks) {
  const auto events = code(
      "Russian troops shelled Ukrainian positions near Kharkiv overnight, the Ukrainian defence "
      "ministry said.");
  EXPECT_TRUE(has(events, "RUSMIL UKR")) << all(events);
}

// An ethnic group is coded by the country it lives in, as CAMEO codes minorities
// (SRBCVLalb): the place its own phrase names, else where its verb puts it.
TEST(Participants, EthnicGroupTakesTheCountryItLivesIn) {
  auto events = code(
      "Thousands of ethnic Hungarians demonstrated in Romania on Sunday against the new "
      "education law.");
  EXPECT_TRUE(has(events, "ROUCVL ROU 14")) << all(events);
  EXPECT_FALSE(has(events, "HUN")) << all(events);
  events = code("Ethnic Russians in eastern Estonia are demanding greater autonomy.");
  EXPECT_TRUE(has(events, "ESTCVL")) << all(events);
  events = code("Ethnic Serb rebels operating in Croatia attacked a police station near Knin.");
  EXPECT_TRUE(has(events, "HRVREB")) << all(events);
  // With no place named the group keeps the country its name says.
  events = code("Ethnic Albanians attacked a police station near the border.");
  EXPECT_TRUE(has(events, "ALB")) << all(events);
}

// HASSAN in the dictionary is also Jordan's crown prince; "of Morocco" says which.
TEST(Participants, PersonOfACountryIsThatCountrys) {
  const auto events = testing::code(
      "King Hassan of Morocco said he would be ready to host a meeting between Israel and the "
      "PLO.",
      "1990-03-01");
  EXPECT_TRUE(has(events, "MARGOV")) << all(events);
  EXPECT_FALSE(has(events, "JORGOV")) << all(events);
}

// A place no actor names (a province, a city) gives an agent of it its country
// (plover_gsr MOBILIZE-0004); not a possessor, which is as often a person named like a town.
TEST(Participants, AgentOfAPlaceTakesItsCountry) {
  const auto events = code(
      "The government of Sindh province has ordered patrols by police and paramilitary "
      "soldiers after violent protests by Muslim groups.");
  EXPECT_TRUE(has(events, "PAKGOV - 15")) << all(events);
}

// "fighting between Azerbaijanis and Armenians" with no subject of its own is theirs, not
// the clause subject's (plover_gsr SANCTION-0010).
TEST(Participants, BetweenPhraseNamesTheSidesOfASubjectlessVerb) {
  const auto events = code(
      "Russia closed its southern borders with Iran and Turkey because of fighting between "
      "Azerbaijanis and Armenians, an editor at the official Armenian news agency said.");
  EXPECT_TRUE(has(events, "AZE ARM 19")) << all(events);
  EXPECT_FALSE(has(events, "RUS AZE 19")) << all(events);
}

// Force aimed at no one named, in another country than its doers', is used against that
// country (plover_gsr FIGHT-0010); at home the place names no one.
TEST(Participants, ForceInAnotherCountryIsAgainstIt) {
  auto events = code(
      "Israeli tanks fired four shell bombs at targets in Jericho, witnesses said, in a rare "
      "incident in the West Bank city.");
  EXPECT_TRUE(has(events, "ISR PSE 19")) << all(events);
  events = code("Israeli tanks fired shells at targets in Haifa.");
  EXPECT_FALSE(has(events, "ISR ISR")) << all(events);
}

// A people named by its plural, "of" a place in another country, is that country's
// (plover_gsr DEMAND-0023).
TEST(Participants, PeopleOfAPlaceAreItsCountrys) {
  const auto events = code(
      "The Albanians of southern Serbia are demanding political and territorial autonomy "
      "from Serbian authorities.");
  EXPECT_TRUE(has(events, "SRBCVL SRBGOV 10")) << all(events);
}

}  // namespace
}  // namespace dyad::events

// Stances toward what others are to do: calling on someone to support or oppose a third
// party rallies support (053) or opposition (113) toward that party; wanting someone else
// to act is an appeal, wanting to act oneself no event; a document issued voices its
// issuers' stance.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::has;

std::vector<std::string> code(std::string_view text) { return testing::code(text, "2000-01-01"); }

TEST(StancesForOthers, UrgingSupportForAThirdPartyRalliesSupport) {
  const auto events = code(
      "Arab League Secretary-General Chedli Klibi today urged the European Community to "
      "support the Palestinian Liberation Organization (PLO), which he said would create a "
      "favorable climate for peace talks.");
  EXPECT_TRUE(has(events, "IGOMEAARL PSE 053 asserted")) << all(events);  // the gold's PSE
  EXPECT_FALSE(has(events, "IGOMEAARL IGOEUREEC 022")) << all(events);
  // Support for the caller itself stays an appeal for diplomatic cooperation.
  EXPECT_TRUE(has(code("Britain urged the United States to support its bid."), "GBR USA 022"));
}

TEST(StancesForOthers, CallingOnOthersToMobilizeAgainstAPartyRalliesOpposition) {
  const auto events = code(
      "An official Syrian newspaper called Thursday on Arabs to unite and ``mobilize'' "
      "against Israeli right-winger Ariel Sharon.");
  EXPECT_TRUE(has(events, "SYRMED ISR")) << all(events);
  EXPECT_TRUE(all(events).find(" 113 ") != std::string::npos) << all(events);
  EXPECT_TRUE(has(code("Iran urged Muslims to oppose Israel."), "IRN ISR 113"));
}

TEST(StancesForOthers, WantingSomeoneElseToActIsAnAppeal) {
  const auto events = code(
      "Israeli Prime Minister Ariel Sharon wants Germany to pay more compensation to the "
      "families of 11 Israeli athletes killed at the 1972 Munich Olympic Games, a statement "
      "from his office said Tuesday.");
  EXPECT_TRUE(has(events, "ISRELI DEU 025 asserted")) << all(events);
  // Wanting to act oneself asks no one and intends no cooperation (DEMAND's default made
  // it 030); the deed is coded as intended.
  const auto own = code("Donald Trump wants to degrade the UN and starve it of funds.");
  EXPECT_FALSE(has(own, "USAELI IGOUNO 030")) << all(own);
}

// Pushing for a deed demands it, by the deed's domain (debt relief is economic aid,
// 1031), where PUSH's own pattern read an appeal (022).
TEST(StancesForOthers, PushingForADeedIsADemand) {
  const auto events = code(
      "According to reports the UK is pushing hard for the US support its debt relief plan "
      "to tackle poverty in Africa.");
  EXPECT_TRUE(has(events, "GBR USA 1031")) << all(events);
  EXPECT_TRUE(has(code("France pushed Iran to release the hostages."), "FRA IRN 1053"));
}

// A document voices its issuers: the declaration's demand is the publishers' (doers no
// country claims are coded by their agents), and DEMAND's "* WORLD" (053) no longer reads
// "changes in the Arab world" as rallying support.
TEST(StancesForOthers, AnIssuedDocumentVoicesItsIssuers) {
  const auto events = code(
      "At the end of a seminar on reform, around 100 Arab intellectuals and activists "
      "published a declaration demanding wide-ranging political changes in the Arab world.");
  EXPECT_TRUE(has(events, "---EDU - 10")) << all(events);
  EXPECT_TRUE(has(events, "---OPP - 10")) << all(events);
  EXPECT_TRUE(has(code("The Security Council adopted a resolution demanding that Syria withdraw "
                       "its troops from Lebanon."),
                  "IGOUNO SYR 105"));
}

}  // namespace
}  // namespace dyad::events

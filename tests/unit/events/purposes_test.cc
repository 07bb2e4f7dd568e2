// What a coded deed is done for is no event of its own (src/events/purposes.h).

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

// The CAMEO manual's example for 106: the demand, not an intention to discuss Croatia.
TEST(Purposes, MeetingDemandedToDiscussSomething) {
  const auto events = code(
      "Serbia on Tuesday demanded a meeting of the U.N. Security Council to discuss Croatia's "
      "military advance into the Serb-held Krajina region.",
      "1995-01-01");
  EXPECT_TRUE(has(events, "SRB IGOUNO 106")) << all(events);
  EXPECT_FALSE(has(events, "SRB HRVMIL")) << all(events);
}

// The PLOVER GSR's SUPPORT-0012: the agreement signed, not a trade increase on its own.
TEST(Purposes, AgreementSignedToIncreaseTrade) {
  const auto events = code(
      "Czechia and China signed an agreement today to increase trade in 1983 by 50 percent "
      "compared with last year.",
      "1983-01-01");
  EXPECT_TRUE(has(events, "CZE CHN 057")) << all(events);
  EXPECT_FALSE(has(events, "CZE CHN 06")) << all(events);
}

// Only the purpose names whom the deed is done to: it stays (the CAMEO manual's 175).
TEST(Purposes, PurposeThatNamesTheTargetStays) {
  const auto events = code(
      "Liberian riot police used tear gas to disperse demonstrators protesting election results "
      "in Monrovia.",
      "2005-01-01");
  EXPECT_TRUE(has(events, "LBRCOP LBROPP 175")) << all(events);
}

// Mediation is what a journey is made for: the CAMEO manual's 039 codes the purpose.
TEST(Purposes, MediationAJourneyIsMadeForStays) {
  const auto events = code(
      "Gambian President Dawda Jawara will visit Mauritania and Senegal to mediate in a border "
      "dispute between the two West African neighbors, diplomatic sources said.",
      "1990-01-01");
  EXPECT_TRUE(has(events, "GMBGOV - 039")) << all(events);
}

}  // namespace
}  // namespace dyad::events

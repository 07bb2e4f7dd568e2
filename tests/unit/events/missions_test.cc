// Missions sent to look into something are the investigation (src/events/missions.h):
// the CAMEO codebook's example for 090, and its example sentence for receiving
// inspectors, which PLOVER codes INVESTIGATE.

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

TEST(Missions, SentToInvestigateIsTheInvestigation) {
  const auto events = code(
      "The United Nations has sent 21 military and civilian personnel to Bosnia on Wednesday "
      "to investigate the feasibility of a 10,000-member peacekeeping force, a U.N. spokesman "
      "said on Monday.",
      "1995-01-01");
  EXPECT_TRUE(has(events, "IGOUNO BIH 090 asserted")) << all(events);
  EXPECT_FALSE(has(events, "IGOUNO BIH 062")) << all(events);
}

TEST(Missions, InspectorsDispatchedToMonitor) {
  const auto events = code(
      "The IAEA has dispatched inspectors to Esfahan Uranium Conversion Facilities (UCF) in "
      "central Iran to monitor resumption of peaceful nuclear work at the plant.",
      "2005-08-01");
  EXPECT_TRUE(has(events, "IGOUNOIAE IRN 090 asserted")) << all(events);
}

// Sent for anything else, the sending stays what the lexicon says.
TEST(Missions, OtherPurposesKeepTheSending) {
  const auto events =
      code("The United Nations has sent personnel to Bosnia to help the refugees.", "1995-01-01");
  EXPECT_FALSE(has(events, "IGOUNO BIH 09")) << all(events);
}

}  // namespace
}  // namespace dyad::events

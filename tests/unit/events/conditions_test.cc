// A threat that names no target is aimed at whoever its condition names
// (src/events/conditions.h): the CAMEO codebook's examples for 133 and 134.

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

TEST(Conditions, ThreatAimedAtWhomItsConditionNames) {
  auto events = code(
      "Russia has threatened to stop negotiations to reduce long-range nuclear weapons if the "
      "United States goes ahead with the planned deployment of new medium-range nuclear "
      "missiles in Europe, the Washington Post reported today.",
      "1983-01-01");
  EXPECT_TRUE(has(events, "RUS USA 134 asserted")) << all(events);
  events = code(
      "Druze inhabitants of the Syrian Golan Heights threatened today to hold a general strike "
      "unless Israel rescinded its annexation of the region within 10 days.",
      "1982-01-01");
  EXPECT_TRUE(has(events, "SYR ISR 133 asserted")) << all(events);
}

// The threatener itself in the condition is no target.
TEST(Conditions, NotTheThreatenerItself) {
  const auto events = code("China threatened to impose tariffs if it is attacked.", "2019-01-01");
  EXPECT_TRUE(has(events, "CHN - ")) << all(events);
}

// A condition is no event of its own: no attack on Saudi Arabia, no ceasefire arranged
// (plover_gsr AGREE-0010, THREATEN-0003).
TEST(Conditions, ConditionIsNoEvent) {
  auto events = code(
      "NATO-member Norway is willing to send material to help defend Saudi Arabia if it is "
      "attacked, Norway's foreign minister said.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "NOR SAU 033")) << all(events);
  EXPECT_FALSE(has(events, "- SAU 19")) << all(events);
  events = code(
      "Nigeria today announced that it will withdraw their peacekeeping force from Chad unless "
      "President Goukouni Oueddei arranged a ceasefire with rebels fighting to topple his "
      "government.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "NGA ")) << all(events);
  EXPECT_FALSE(has(events, "TCDGOV TCDREB")) << all(events);
}

}  // namespace
}  // namespace dyad::events

// Preparing an attack is a show of force, CAMEO 150 (src/events/preparations.h): the
// CAMEO codebook's example for 150, and a news sentence.

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

TEST(Preparations, PreparingToShellIsAShowOfForce) {
  const auto events = code(
      "The Macedonian army prepared to resume shelling Albanian rebel-held territory as "
      "attempts to resolve the crisis on the political front were deadlocked.",
      "2001-06-01");
  EXPECT_TRUE(has(events, "MKDMIL ALBREB 150 asserted")) << all(events);
  // Neither an intent to cooperate (PREPARE's 030) nor a threat of the shelling (1384).
  EXPECT_FALSE(has(events, "MKDMIL ALBREB 030")) << all(events);
  EXPECT_FALSE(has(events, "MKDMIL ALBREB 138")) << all(events);
}

TEST(Preparations, PreparingAnOffensive) {
  const auto events = code(
      "But as Russia and its allies prepare a devastating military offensive in Idlib, in "
      "north-west Syria, those days are gone.",
      "2018-09-01");
  EXPECT_TRUE(has(events, "RUS SYR 150 asserted")) << all(events);
}

// Preparing anything else is no show of force.
TEST(Preparations, PreparingAReportIsNot) {
  const auto events = code("Iraq prepared a report for the United Nations.", "2000-01-01");
  for (const std::string& e : events) EXPECT_EQ(e.find(" 150 "), std::string::npos) << all(events);
}

}  // namespace
}  // namespace dyad::events

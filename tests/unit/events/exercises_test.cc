// Exercises held by the forces of two or more countries are joint military cooperation
// (src/events/exercises.h): the CAMEO codebook's example for 062.

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

TEST(Exercises, TwoCountriesWarGamesAreJoint) {
  const auto events = code(
      "French and Egyptian warships on Monday launched 10 days of war games in the "
      "Mediterranean Sea, expected to be joined later by Italian and German vessels, the "
      "French embassy said Monday.",
      "1990-01-01");
  bool joint = false;
  for (const std::string& e : events) {
    EXPECT_EQ(e.find(" 150 "), std::string::npos) << all(events);
    if (e.starts_with("FRAMIL ") && e.find(" 062 ") != std::string::npos) joint = true;
  }
  EXPECT_TRUE(joint) << all(events);
}

}  // namespace
}  // namespace dyad::events

// Who takes part in an event, as the committed data and models read it: sides the tree
// hangs away from the phrase head.
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

}  // namespace
}  // namespace dyad::events

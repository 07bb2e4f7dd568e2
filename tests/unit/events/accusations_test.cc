// Accusation leaves on real sentences, coded end to end with the committed data.
#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

TEST(Accusations, LeafFromWhatIsAlleged) {
  const auto ceasefire =
      code("The Sudanese government has accused Darfur rebels of violating a month-old ceasefire.",
           "2000-01-01");
  EXPECT_TRUE(has(ceasefire, "SDNGOV SDNREB 1123")) << all(ceasefire);
  const auto rights = code(
      "Amnesty International accused the United States of violating human rights.", "2000-01-01");
  EXPECT_TRUE(has(rights, "NGOHRIAMN USA 1122")) << all(rights);
  const auto spying = code("China accused the United States of spying.", "2000-01-01");
  EXPECT_TRUE(has(spying, "CHN USA 1125")) << all(spying);
  const auto laundering = code(
      "The US Treasury has accused a soccer club in Colombia of laundering money for a crime "
      "syndicate.",
      "2000-01-01");
  EXPECT_TRUE(has(laundering, "USA COL 1121")) << all(laundering);
}

// Upstream files ACCUSE with CONVICT ("* (OF &CRIME)" 173): an accuser arrests no one.
TEST(Accusations, WarCrimesAreNoArrest) {
  const auto events = code("Russia accused Ukraine of war crimes.", "2000-01-01");
  EXPECT_TRUE(has(events, "RUS UKR 1124")) << all(events);
  EXPECT_FALSE(has(events, "RUS UKR 173")) << all(events);
}

// An indictment is a crime accusation (1121) by its verb unless what it alleges is a
// kind of its own: atrocities are war crimes (1124).
TEST(Accusations, IndictmentTakesTheLeafOfWhatItAlleges) {
  const auto atrocities = code(
      "Montenegro's prime minister has been indicted by the U.N. war crimes court for his alleged "
      "part in atrocities during the fight against Serb forces.",
      "2000-01-01");
  EXPECT_TRUE(has(atrocities, "IGOUNO MNEGOV 1124")) << all(atrocities);
}

// An accusation that names no kind keeps the general code.
TEST(Accusations, UnnamedKindStaysGeneral) {
  const auto events = code("Iran accused Britain of lying about the talks.", "2000-01-01");
  EXPECT_TRUE(has(events, "IRN GBR 112 ")) << all(events);
}

}  // namespace
}  // namespace dyad::events

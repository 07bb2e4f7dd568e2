// A protest aimed at no one named is aimed at the state it is held in
// (SentenceCoder::protested_state in src/events/coder.cc); the CAMEO manual's 1433 example
// is in protests_test.cc.

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

// From the bench news: a city names its country.
TEST(ProtestedState, DemonstrationInACity) {
  const auto events =
      code("In Manchester, about 100 protesters demonstrated on the railway tracks.", "2019-01-01");
  EXPECT_TRUE(has(events, "GBROPP GBR 141")) << all(events);
}

// The PLOVER GSR's PROTEST-0022: protesters named only as people are of the place they
// protest in, not of the state they protest against (CHN).
TEST(ProtestedState, ProtestersAreOfThePlaceBeforeTheirTarget) {
  const auto events = code(
      "Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese "
      "authorities to demand democratic reforms.",
      "2003-07-01");
  EXPECT_TRUE(has(events, "HKGPPL CHNGOV 144")) << all(events);
}

// "went on strike": not a visit home, so the strike stays, toward no one named.
TEST(ProtestedState, GoingOnStrikeStays) {
  const auto events = code(
      "Transportation workers in Tegucigalpa recently went on strike to demand government "
      "action in the face of rising extortion.",
      "2019-01-01");
  EXPECT_TRUE(has(events, "HNDLAB - 143")) << all(events);
}

// The country's people named bare (NGA) are its civilians protesting their own state
// (plover_gsr PROTEST-0005).
TEST(ProtestedState, ThePeopleNamedBareAreCivilians) {
  const auto events = code(
      "Thousands of Nigerians from throughout the country were converging Thursday for a rally "
      "in Lagos to protest the rights violations under the recently imposed Sharia law.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "NGACVL NGA 141")) << all(events);
}

// "in the northern city of Kirkuk": the city a locative phrase names is where the protest
// is held (plover_gsr PROTEST-0006).
TEST(ProtestedState, TheCityOfAPlace) {
  const auto events = code(
      "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday calling "
      "for independence from Iraq, witnesses said.",
      "2000-01-01");
  EXPECT_TRUE(has(events, "IRQCVL IRQ 1414")) << all(events);
}

}  // namespace
}  // namespace dyad::events

// People an act is done to, named only by what they are, take the country the act
// happens in, or a state authority's own (src/events/countryless_targets.h); such a
// mention is no antecedent for a later pronoun.

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

// From the bench news: arrested people are of the country the arrest is made in.
TEST(CountrylessTargets, PeopleArrestedByAuthoritiesInACountry) {
  const auto events =
      code("Authorities in Guatemala arrested 11 people accused of running a corruption ring.",
           "2015-01-01");
  EXPECT_TRUE(has(events, "GTMGOV GTMPPL 173 asserted")) << all(events);
}

// The CAMEO manual's example for 083 (PLOVER GSR CONCEDE-0010): the rebels a government
// gives in to are its own country's.
TEST(CountrylessTargets, RebelsAGovernmentGivesInTo) {
  const auto events = code(
      "The Mozambique government on Thursday accepted demands from Shona rebels that it "
      "initiate political reforms.",
      "1990-01-01");
  EXPECT_TRUE(has(events, "MOZGOV MOZREB 08")) << all(events);
}

// The CAMEO manual's example for 175.
TEST(CountrylessTargets, DemonstratorsDispersedInACapital) {
  const auto events = code(
      "Liberian riot police used tear gas to disperse demonstrators protesting election results "
      "in Monrovia.",
      "2005-01-01");
  EXPECT_TRUE(has(events, "LBRCOP LBROPP 175")) << all(events);
}

// The CAMEO manual's example for 190 (PLOVER GSR FIGHT-0006): whom the fire was opened to
// disperse.
TEST(CountrylessTargets, WhomTheActsPurposeActsOn) {
  const auto events = code(
      "Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday "
      "night, killing one person and arresting 12, security sources said.",
      "1995-01-01");
  EXPECT_TRUE(has(events, "EGYCOP EGYOPP 19")) << all(events);
}

// A state's own forces are what it acts with, not whom it acts on.
TEST(CountrylessTargets, OwnTroopsAreNoTarget) {
  const auto events =
      code("The Honduran government deployed troops in the two largest cities.", "2015-01-01");
  EXPECT_FALSE(has(events, "HNDGOV HNDMIL")) << all(events);
}

// "Students" given Turkey's country as doers in Ankara are not the "It" that pushes Russia.
TEST(CountrylessTargets, ComposedAgentIsNoAntecedent) {
  const auto events = code(
      "Students demonstrated in Ankara on Monday. It has been pushing Russia to hold off on "
      "launching an attack.",
      "2018-01-01");
  EXPECT_FALSE(has(events, "TUREDU RUS")) << all(events);
}

}  // namespace
}  // namespace dyad::events

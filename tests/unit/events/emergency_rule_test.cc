// A curfew, a state of emergency or martial law is laid on the country it covers
// (emergency_rule.h; SentenceCoder::ruled_state in src/events/coder.cc).

#include "events/emergency_rule.h"

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

TEST(EmergencyRule, Codes) {
  EXPECT_TRUE(emergency_rule("1724"));
  EXPECT_TRUE(emergency_rule("0813"));
  EXPECT_FALSE(emergency_rule("1721"));  // restrictions on freedoms: on whom, the text says
  EXPECT_FALSE(emergency_rule("172"));
}

// From the PLOVER GSR: the state's own ground, with no place the clause names.
TEST(EmergencyRule, MartialLawIsLaidOnTheStatesOwnCountry) {
  const auto events = code(
      "Iraq's interim government announced that it is prepared to impose martial law as street "
      "battles raged in central Baghdad between insurgents and security forces.",
      "2004-11-01");
  EXPECT_TRUE(has(events, "IRQGOV IRQ 1324")) << all(events);
}

// Lifting it concedes to that country: kept, though the doer's own (drop_own_state).
TEST(EmergencyRule, LiftingAStateOfEmergencyConcedesToTheCountry) {
  const auto events = code(
      "Sudan's government on Sunday lifted a state of emergency in West Darfur State that was "
      "imposed six months ago after bloody tribal clashes there, Omdurman radio reported "
      "Sunday.",
      "2004-11-01");
  EXPECT_TRUE(has(events, "SDNGOV SDN 0814")) << all(events);
}

// From the bench news: a state named bare would be on both sides; the act stays, toward
// no one.
TEST(EmergencyRule, AStateNamedBareKeepsItsEvent) {
  const auto events = code(
      "In September, Peru declared a state of emergency in two Amazon districts to combat the "
      "rising level of drug trafficking in the jungle region.",
      "2015-01-01");
  EXPECT_TRUE(has(events, "PER - 1724")) << all(events);
}

}  // namespace
}  // namespace dyad::events

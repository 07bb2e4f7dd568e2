// Force coded by its means and its victim (src/events/means_of_force.cc): bombings
// (183 and its leaves) and assassinations (186), on the CAMEO codebook's examples and
// news sentences.

#include "events/means_of_force.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;
using testing::has;

TEST(MeansOfForce, BombingsTakeTheLeafOfTheirBomb) {
  const auto attack = code(
      "Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday, "
      "police said.",
      "2000-01-01");
  EXPECT_TRUE(has(attack, "IRL GBRMIL 183")) << all(attack);
  const auto roadside = code(
      "A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier and "
      "wounded two others, the military said.",
      "2000-01-01");
  EXPECT_TRUE(has(roadside, "IRQ USAMIL 1833")) << all(roadside);
  const auto suicide = code(
      "At least three Iraqi civilians have been killed in a suicide car bombing in central "
      "Baghdad, Iraqi police said.",
      "2000-01-01");
  EXPECT_TRUE(has(suicide, "- IRQCVL 1831")) << all(suicide);  // the civilians were killed
}

// A campaign's bombing or a shelling is war, not a bombing in CAMEO's sense (183 is
// suicide, car and other non-military bombing).
TEST(MeansOfForce, MilitaryBombingIsNoBombing) {
  const auto led = code(
      "Prakash was last year mistakenly thought to be killed in a US-led bombing of the Iraqi "
      "city of Mosul.",
      "2000-01-01");
  EXPECT_FALSE(has(led, "183")) << all(led);
  const auto mortar =
      code("Hamas militants killed two Israeli soldiers with a mortar bomb.", "2000-01-01");
  EXPECT_FALSE(has(mortar, "183")) << all(mortar);
}

TEST(MeansOfForce, KillingALeaderIsAnAssassination) {
  const auto chief = code(
      "Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern "
      "Lebanon Sunday sources on both sides said.",
      "2000-01-01");
  EXPECT_TRUE(has(chief, "LBNREB ISRUAF 186")) << all(chief);
  const auto soldiers =
      code("Hezbollah guerrillas killed two Israeli soldiers in southern Lebanon.", "2000-01-01");
  EXPECT_FALSE(has(soldiers, "186")) << all(soldiers);
  EXPECT_TRUE(has(soldiers, "LBNREB ISRMIL 190")) << all(soldiers);
}

// An assassination attempted is 185; an attempt that names no one who made it is force
// by no one named, as a passive with no agent is.
TEST(MeansOfForce, AttemptedAssassinationByNoOneNamed) {
  const auto attempt = code(
      "An attempt to assassinate deputy governor of the Tyumen region, Oleg Chemezov, was "
      "thwarted in Khanty-Mansiysk (Siberia), the city's police reported.",
      "2000-01-01");
  // By no one named, against Russia (the target's sector is the parse's to get wrong).
  EXPECT_TRUE(std::any_of(attempt.begin(), attempt.end(), [](const std::string& e) {
    return e.starts_with("- RUS") && e.find(" 185 ") != std::string::npos;
  })) << all(attempt);
  const auto tried = code("Gunmen tried to assassinate the governor of Kandahar.", "2000-01-01");
  EXPECT_TRUE(has(tried, "AFGUAF AFGGOV 185")) << all(tried);
}

}  // namespace
}  // namespace dyad::events

#include "events/governed_codes.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::events {
namespace {

std::string governed(Stance stance, std::string_view deed) {
  CameoCode d;
  d.assign(deed);
  return std::string(governed_code(stance, d).view());
}

TEST(GovernedCodes, StanceWords) {
  EXPECT_EQ(stance_of("threaten"), Stance::kThreaten);
  EXPECT_EQ(stance_of("demand"), Stance::kDemand);
  EXPECT_EQ(stance_of("urge"), Stance::kAppeal);
  EXPECT_EQ(stance_of("refuse"), Stance::kReject);
  EXPECT_EQ(stance_of("visit"), Stance::kNone);
}

std::string demanded(std::string_view code) {
  CameoCode c;
  c.assign(code);
  return std::string(demanded_form(c).view());
}

// The imported dictionaries file "demand" with "urge" and "want", so its patterns name
// appeals (02x) and intents (03x); the codebook's demand codes run leaf for leaf.
TEST(GovernedCodes, DemandedFormOfAppealAndIntentCodes) {
  EXPECT_EQ(demanded("0241"), "1041");  // demanded immediate elections
  EXPECT_EQ(demanded("026"), "106");    // demanded talks
  EXPECT_EQ(demanded("020"), "100");
  EXPECT_EQ(demanded("036"), "106");  // "* TALKS 036 # WANT"
  EXPECT_EQ(demanded("0351"), "1051");
  EXPECT_EQ(demanded("039"), "108");  // mediation has one demand code
  EXPECT_EQ(demanded("112"), "112");  // not a request: unchanged
  EXPECT_EQ(demanded("042"), "042");
}

// The codebook's own examples: each stance toward each domain of deed.
TEST(GovernedCodes, CodebookDomains) {
  EXPECT_EQ(governed(Stance::kIntend, "042"), "036");      // will visit
  EXPECT_EQ(governed(Stance::kIntend, "045"), "039");      // will mediate
  EXPECT_EQ(governed(Stance::kIntend, "072"), "0332");     // promised military aid
  EXPECT_EQ(governed(Stance::kAppeal, "0841"), "0253");    // urged the release of
  EXPECT_EQ(governed(Stance::kDemand, "062"), "1012");     // demanded arms sales stop
  EXPECT_EQ(governed(Stance::kDemand, "087"), "1056");     // demanded a ceasefire
  EXPECT_EQ(governed(Stance::kReject, "040"), "125");      // refused to meet
  EXPECT_EQ(governed(Stance::kReject, "0813"), "1241");    // refused to lift the curfew
  EXPECT_EQ(governed(Stance::kReject, "010"), "011");      // declined to comment
  EXPECT_EQ(governed(Stance::kReject, "063"), "1213");     // refused to extradite
  EXPECT_EQ(governed(Stance::kReject, "064"), "1214");     // refused to share intelligence
  EXPECT_EQ(governed(Stance::kThreaten, "1723"), "1323");  // threatened a curfew
  EXPECT_EQ(governed(Stance::kThreaten, "163"), "1312");   // threatened sanctions
  EXPECT_EQ(governed(Stance::kThreaten, "195"), "1384");   // threatened air strikes
}

// Settling a dispute and accepting mediation have no deed codes; their intent codes name
// the deed (deed_domains.h).
TEST(GovernedCodes, DomainsNamedByTheirIntentCode) {
  EXPECT_EQ(governed(Stance::kAppeal, "037"), "027");  // urged them to reach an agreement
  EXPECT_EQ(governed(Stance::kDemand, "037"), "107");
  EXPECT_EQ(governed(Stance::kReject, "037"), "127");
  EXPECT_EQ(governed(Stance::kIntend, "038"), "038");  // would meet the mediator
  EXPECT_EQ(governed(Stance::kDemand, "038"), "108");
  EXPECT_EQ(governed(Stance::kThreaten, "16"), "131");  // threatened to cut off electricity
}

TEST(GovernedCodes, FallsBackToTheGeneralCode) {
  EXPECT_EQ(governed(Stance::kDemand, "190"), "100");
  EXPECT_EQ(governed(Stance::kAppeal, ""), "020");  // a deed the lexicon cannot code
  EXPECT_EQ(governed(Stance::kThreaten, "042"), "130");
  // An intended attack keeps its code; the modality says it is intended.
  EXPECT_EQ(governed(Stance::kIntend, "190"), "190");
}

}  // namespace
}  // namespace dyad::events

// Verbs the lexicon codes, read in a sense that codes no event
// (src/events/no_event_readings.cc), on news sentences; and the same verbs where they do
// code one.

#include "events/no_event_readings.h"

#include <gtest/gtest.h>

#include "coded_sentences.h"

namespace dyad::events {
namespace {

using testing::all;
using testing::code;

bool codes(const std::vector<std::string>& events, std::string_view cameo) {
  for (const std::string& e : events) {
    if (e.find(" " + std::string(cameo)) != std::string::npos) return true;
  }
  return false;
}

TEST(NoEventReadings, AskingToStayUnnamedAsksNothing) {
  const auto anonymous = code(
      "A senior Ecuadorean police official, who asked to remain anonymous, told InSight Crime "
      "that the Oliver Sinisterra Front was active.",
      "2000-01-01");
  EXPECT_FALSE(codes(anonymous, "02")) << all(anonymous);
  const auto lease = code(
      "South Korea has requested to lease a Russian military training ground, military officers "
      "in Seoul said on Thursday.",
      "2000-01-01");
  EXPECT_TRUE(codes(lease, "021")) << all(lease);
}

TEST(NoEventReadings, CallingSomethingANameIsNoCall) {
  const auto named = code(
      "One Russian politician involved in defence policy called it the most dangerous moment in "
      "US-Russian relations since the Cuban missile crisis of 1962.",
      "2000-01-01");
  EXPECT_FALSE(codes(named, "041")) << all(named);
  const auto blow = code(
      "The US Treasury Department has placed two high-level Sinaloa Cartel associates on its "
      "\"kingpin\" list, calling the move a \"strategic blow\" to Mexico's most powerful drug "
      "trafficking organization.",
      "2014-01-01");
  EXPECT_FALSE(codes(blow, "041")) << all(blow);
  // The name as the verb's second object (the PLOVER GSR's DEMAND-0032).
  const auto army = code(
      "European Community foreign ministers demanded the withdrawal of Serbian forces from "
      "Bosnia-Herzogovina on Monday calling them an occupying army, diplomats quoted an EC "
      "declaration as saying.",
      "1992-01-01");
  EXPECT_TRUE(codes(army, "1056")) << all(army);
  EXPECT_FALSE(codes(army, "036")) << all(army);
}

TEST(NoEventReadings, InsistingThatSomethingIsSoIsNoDemand) {
  const auto view = code(
      "But Gen Mohammad Baqeri, Iran's armed forces chief of staff, insisted the ceasefire did "
      "not apply in areas of Damascus's suburbs.",
      "2000-01-01");
  EXPECT_FALSE(codes(view, "10")) << all(view);
  const auto demand = code(
      "The main Hutu rebel group, Forces for Defence of Democracy (FDD), insisted on its demands "
      "that Burundi's government grant the Hutu majority more rights.",
      "2000-01-01");
  EXPECT_TRUE(codes(demand, "1043")) << all(demand);
  const auto suggested = code(
      "One top U.S. military official recently suggested that Mexican groups are arming "
      "themselves mostly from Central American stocks.",
      "2000-01-01");
  EXPECT_FALSE(codes(suggested, "020")) << all(suggested);
}

TEST(NoEventReadings, MeetingADemandOrAReactionIsNoMeeting) {
  const auto response = code(
      "Donald Trump's demand that Germany, France and Britain repatriate and prosecute their "
      "citizens fighting in Syria has met a mixed response in Europe.",
      "2000-01-01");
  EXPECT_FALSE(codes(response, "04")) << all(response);
  const auto met =
      code("Donald Trump met Russia's president, Vladimir Putin, in Helsinki.", "2000-01-01");
  EXPECT_TRUE(codes(met, "040")) << all(met);
}

// What is paid in commerce, crime or daily life is no economic cooperation (FINANCE's
// 061); tribute paid is still praise.
TEST(NoEventReadings, PayingAttentionOrABribeIsNoCooperation) {
  const auto attention = code(
      "They also expressed little confidence that the administration of President Andres Manuel "
      "Lopez Obrador is paying attention to the issue.",
      "2000-01-01");
  EXPECT_FALSE(codes(attention, "061")) << all(attention);
  const auto tribute =
      code("The Syrian Democratic Forces paid tribute to the British volunteer.", "2000-01-01");
  EXPECT_TRUE(codes(tribute, "051")) << all(tribute);
}

TEST(NoEventReadings, TakingPeopleInSeizesNoOne) {
  const auto refugees = code(
      "Alsankari, 38, her husband Haiyan Srihini, 36, and their two children arrived in the UK "
      "in 2015, as four of the 20,000 Syrian refugees the then prime minister, David Cameron, "
      "promised Britain would take in under the Syrian Vulnerable Persons Resettlement Scheme.",
      "2018-02-01");
  EXPECT_FALSE(codes(refugees, "18")) << all(refugees);
  EXPECT_FALSE(codes(refugees, "17")) << all(refugees);
}

TEST(NoEventReadings, ReleasingAReportFreesNoOne) {
  const auto accounts = code(
      "The US and Turkey have released opposing accounts of a phone call between Donald Trump "
      "and Recep Tayyip Erdogan.",
      "2018-02-01");
  EXPECT_FALSE(codes(accounts, "084")) << all(accounts);
  const auto estimates = code(
      "Estimates released by the US White House Office of National Drug Control Policy in June "
      "put the number of cocaine produced at 921 metric tons.",
      "2018-02-01");
  EXPECT_FALSE(codes(estimates, "084")) << all(estimates);
  const auto pastor =
      code("In October, Turkey released a US pastor detained for two years.", "2018-11-01");
  EXPECT_TRUE(codes(pastor, "084")) << all(pastor);
}

TEST(NoEventReadings, ChargingAPriceAccusesNoOne) {
  const auto fee = code(
      "The 36th Front of the Revolutionary Armed Forces of Colombia (FARC) is also very active "
      "here, and charges tax on every bulldozer that enters their territory.",
      "2014-01-01");
  EXPECT_FALSE(codes(fee, "112")) << all(fee);
  const auto accused = code(
      "US authorities charged three Colombians with participating in a China-based criminal "
      "operation which prosecutors say laundered more than $5 billion.",
      "2014-01-01");
  EXPECT_FALSE(accused.empty()) << all(accused);
}

TEST(NoEventReadings, WithholdingOnesNameRefusesNothing) {
  const auto unnamed = code(
      "The Canadian woman, who refused to be named, said the children were no longer with their "
      "aunt.",
      "2019-01-01");
  EXPECT_FALSE(codes(unnamed, "120")) << all(unnamed);
  const auto fall = code(
      "Similarly, the BLO, once a dominant force along Mexico's southern Pacific coast, has "
      "declined precipitously.",
      "2019-01-01");
  EXPECT_TRUE(fall.empty()) << all(fall);
  const auto comment = code(
      "NATO on Monday declined to comment on an estimate that Yugoslav army troops in Kosovo were "
      "losing 90 to 100 dead per day.",
      "2000-01-01");
  EXPECT_TRUE(codes(comment, "011")) << all(comment);
}

// A that-less clause after "insisted" the parser split into an object and a verb.
TEST(NoEventReadings, InsistingWithoutThatStatesAViewToo) {
  const auto view = code(
      "The United States on Thursday defended the right of Russia troops to fire protectively on "
      "militants in Azerbaijan and insisted unrest there reflected age-old ethnic tensions, not "
      "a fight for political independence.",
      "2000-01-01");
  EXPECT_FALSE(codes(view, "10")) << all(view);
  EXPECT_TRUE(codes(view, "052")) << all(view);
}

}  // namespace
}  // namespace dyad::events

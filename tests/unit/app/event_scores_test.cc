// The scoring rules of `dyad eval` (app/event_scores.h, ../shared/eval/README.md "How to
// score") on hand-made gold and emitted sets, one rule per test.

#include "app/event_scores.h"

#include <gtest/gtest.h>

namespace dyad::app {
namespace {

LabelledEvent C(const char* s, const char* t, const char* code) { return cameo_event(s, t, code); }

RecordInput events(std::vector<LabelledEvent> gold, std::vector<LabelledEvent> emitted) {
  RecordInput in;
  in.scheme = Scheme::kCameo;
  in.scored = ScoredAs::kDyad;
  in.gold = std::move(gold);
  in.emitted = std::move(emitted);
  return in;
}

const Score& at(const RecordScore& r, Level l) { return r.levels[static_cast<size_t>(l)]; }
int label(const RecordScore& r, LabelLevel l) { return r.label[static_cast<size_t>(l)]; }

TEST(CodeLevels, RootQuadAndFiveClassFollowTheReadme) {
  EXPECT_EQ(cameo_root("0431"), "04");
  EXPECT_EQ(cameo_root("174K"), "17");  // the engine suites' WEIS-style codes keep a root
  EXPECT_EQ(cameo_root("X1"), "");
  EXPECT_EQ(cameo_quad_class("05"), 1);
  EXPECT_EQ(cameo_quad_class("061"), 2);
  EXPECT_EQ(cameo_quad_class("083"), 2);
  EXPECT_EQ(cameo_quad_class("090"), 3);
  EXPECT_EQ(cameo_quad_class("138"), 3);
  EXPECT_EQ(cameo_quad_class("145"), 4);
  EXPECT_EQ(cameo_quad_class("204"), 4);
  EXPECT_EQ(cameo_quad_class("21"), 0);
  // 5-way: 0 = 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14, 15, 17-20.
  const std::pair<const char*, int> five[] = {
      {"010", 0}, {"0214", 0}, {"036", 1}, {"057", 1}, {"061", 2}, {"087", 2}, {"090", 3},
      {"138", 3}, {"160", 3},  {"141", 4}, {"150", 4}, {"173", 4}, {"204", 4}, {"99", -1}};
  for (const auto& [code, cls] : five) EXPECT_EQ(cameo_five_class(code), cls) << code;
}

TEST(DyadLevel, ExactCodeCountsSetsOfTriples) {
  // Gold lists one triple twice (reciprocal duplicate): a set counts it once.
  RecordScore r =
      score_record(events({C("ARN", "GON", "064"), C("ARN", "GON", "064"), C("GON", "ARN", "064")},
                          {C("ARN", "GON", "064"), C("ARN", "MOR", "064")}));
  EXPECT_TRUE(r.dyad);
  EXPECT_EQ(at(r, Level::kExact).gold, 2);
  EXPECT_EQ(at(r, Level::kExact).system, 2);
  EXPECT_EQ(at(r, Level::kExact).correct, 1);
  EXPECT_FALSE(r.pass);
  EXPECT_EQ(r.errors, 2);  // one missed, one spurious
}

TEST(DyadLevel, RootLevelForgivesTheSubcode) {
  RecordScore r =
      score_record(events({C("USAGOV", "CHNGOV", "036")}, {C("USAGOV", "CHNGOV", "031")}));
  EXPECT_EQ(at(r, Level::kExact).correct, 0);
  EXPECT_EQ(at(r, Level::kRoot).correct, 1);
  EXPECT_EQ(at(r, Level::kQuad).correct, 1);
}

TEST(DyadLevel, QuadLevelForgivesTheRootWithinTheClass) {
  RecordScore r = score_record(events({C("ISR", "PSE", "190")}, {C("ISR", "PSE", "183")}));
  EXPECT_EQ(at(r, Level::kRoot).correct, 0);
  EXPECT_EQ(at(r, Level::kQuad).correct, 1);
  // Across classes it does not: 112 (verbal conflict) is not 190 (material conflict).
  RecordScore r2 = score_record(events({C("ISR", "PSE", "190")}, {C("ISR", "PSE", "112")}));
  EXPECT_EQ(at(r2, Level::kQuad).correct, 0);
}

TEST(DyadLevel, CodesWithoutAQuadClassCompareByRootThere) {
  // WEIS-style codes of the engine suites (roots 21-99) have no quad class: 222 and 901
  // must not meet at the quad level through a shared "no class".
  RecordScore r = score_record(events({C("ARN", "GON", "222")}, {C("ARN", "GON", "901")}));
  EXPECT_EQ(at(r, Level::kQuad).correct, 0);
  RecordScore r2 = score_record(events({C("ARN", "GON", "222")}, {C("ARN", "GON", "223")}));
  EXPECT_EQ(at(r2, Level::kQuad).correct, 1);
  RecordInput in = events({C("ARN", "GON", "222")}, {C("ARN", "GON", "223")});
  EXPECT_EQ(label(score_record(in), LabelLevel::kQuad), 1);
  EXPECT_EQ(label(score_record(in), LabelLevel::kFive), 1);
}

TEST(DyadLevel, CountryLevelMatchesActorsOnTheirFirstThreeCharacters) {
  RecordScore r = score_record(events({C("USAGOV", "CHN", "036")}, {C("USAMIL", "CHNGOV", "031")}));
  EXPECT_EQ(at(r, Level::kQuad).correct, 0);          // actors differ
  EXPECT_EQ(at(r, Level::kCountry).correct, 1);       // USA, CHN, quad class 1
  EXPECT_EQ(at(r, Level::kCountryRoot).correct, 1);   // 03 = 03
  EXPECT_EQ(at(r, Level::kCountryExact).correct, 0);  // 036 != 031
  // IGO with no detail in gold meets dyad's IGOUNO.
  RecordScore r2 = score_record(events({C("IGO", "IRQ", "042")}, {C("IGOUNO", "IRQGOV", "042")}));
  EXPECT_EQ(at(r2, Level::kCountryExact).correct, 1);
}

TEST(DyadLevel, NoEventsScoresAFalsePositivePerEmittedEvent) {
  RecordInput in = events({}, {C("ARN", "GON", "064"), C("ARN", "GON", "064")});
  in.expects_none = true;
  RecordScore r = score_record(in);
  for (const Score& s : r.levels) {
    EXPECT_EQ(s.gold, 0);
    EXPECT_EQ(s.system, 2);  // every event, not every distinct triple
    EXPECT_EQ(s.correct, 0);
  }
  EXPECT_FALSE(r.pass);
  RecordInput quiet = events({}, {});
  quiet.expects_none = true;
  EXPECT_TRUE(score_record(quiet).pass);
}

TEST(DyadLevel, PassMeansTheEmittedSetIsTheGoldSet) {
  EXPECT_TRUE(score_record(events({C("A", "B", "01"), C("B", "A", "01")},
                                  {C("B", "A", "01"), C("A", "B", "01"), C("A", "B", "01")}))
                  .pass);
  EXPECT_FALSE(
      score_record(events({C("A", "B", "01")}, {C("A", "B", "01"), C("A", "C", "01")})).pass);
}

TEST(DyadLevel, MicroAveragesOverRecords) {
  EventScores set;
  RecordInput a = events({C("A", "B", "042")}, {C("A", "B", "042")});
  RecordInput b = events({C("A", "B", "042"), C("C", "D", "120")}, {C("A", "B", "043")});
  RecordInput c = events({}, {C("X", "Y", "010")});
  c.expects_none = true;
  for (RecordInput* in : {&a, &b, &c}) set.add(*in, score_record(*in));
  const Score& exact = set.levels[static_cast<size_t>(Level::kExact)];
  EXPECT_EQ(exact.gold, 3);
  EXPECT_EQ(exact.system, 3);
  EXPECT_EQ(exact.correct, 1);
  EXPECT_NEAR(exact.f1(), 1.0 / 3, 1e-9);
  const Score& root = set.levels[static_cast<size_t>(Level::kRoot)];
  EXPECT_EQ(root.correct, 2);
  EXPECT_EQ(set.dyad_records, 3);
  EXPECT_EQ(set.passed, 1);
  EXPECT_NEAR(set.pass_rate(), 1.0 / 3, 1e-9);
}

TEST(LabelOnly, SomeEmittedEventCarriesTheGoldCode) {
  RecordInput in;
  in.scheme = Scheme::kCameo;
  in.scored = ScoredAs::kLabelOnly;
  in.gold = {C("", "", "0311")};
  in.emitted = {C("USA", "JOR", "010"), C("USA", "JOR", "031")};
  RecordScore r = score_record(in);
  EXPECT_FALSE(r.dyad);
  EXPECT_EQ(label(r, LabelLevel::kExact), 0);
  EXPECT_EQ(label(r, LabelLevel::kRoot), 1);
  EXPECT_EQ(label(r, LabelLevel::kQuad), 1);
  EXPECT_EQ(label(r, LabelLevel::kFive), 1);
  EXPECT_EQ(r.errors, 1);
  // One confusion pair per label-only record: the gold root against the matching one.
  ASSERT_EQ(r.confusion.size(), 1u);
  EXPECT_EQ(r.confusion[0], std::make_pair(std::string("03"), std::string("03")));

  EventScores set;
  set.add(in, r);
  EXPECT_EQ(set.dyad_records, 0);
  EXPECT_EQ(set.label[0].records, 1);
  EXPECT_EQ(set.label_only[1].hits, 1);
}

TEST(LabelOnly, NothingEmittedMissesEveryLevel) {
  RecordInput in;
  in.scored = ScoredAs::kLabelOnly;
  in.gold = {C("", "", "120")};
  RecordScore r = score_record(in);
  for (int8_t l : r.label) EXPECT_EQ(l, 0);
  EXPECT_EQ(r.confusion[0], std::make_pair(std::string("12"), std::string("--")));
}

TEST(LabelOnly, FiveClassRecordsAreScoredOnTheClassAlone) {
  RecordInput in;
  in.scheme = Scheme::kFiveClass;
  in.scored = ScoredAs::kLabelOnly;
  in.gold_five = 3;  // verbal conflict, which includes 16
  in.emitted = {C("A", "B", "161")};
  RecordScore r = score_record(in);
  EXPECT_EQ(label(r, LabelLevel::kFive), 1);
  EXPECT_EQ(label(r, LabelLevel::kExact), -1);
  EXPECT_EQ(label(r, LabelLevel::kRoot), -1);
  in.emitted = {C("A", "B", "150")};
  EXPECT_EQ(label(score_record(in), LabelLevel::kFive), 0);
}

TEST(LabelOnly, EventRecordsCountForLabelsToo) {
  RecordInput in = events({C("HUNGOV", "ROUGOV", "030")}, {C("HUN", "ROU", "030")});
  EventScores set;
  RecordScore r = score_record(in);
  set.add(in, r);
  EXPECT_EQ(set.label[0].hits, 1);          // the code is right
  EXPECT_EQ(set.label_only[0].records, 0);  // not a label_only record
  EXPECT_EQ(at(r, Level::kExact).correct, 0);
}

TEST(Plover, OlderCategoryNamesMapToCurrentTypes) {
  EXPECT_EQ(current_plover_type("DEMAND"), "REQUEST");
  EXPECT_EQ(current_plover_type("DISAPPROVE"), "ACCUSE");
  EXPECT_EQ(current_plover_type("INVESTIGATE"), "ACCUSE");
  EXPECT_EQ(current_plover_type("FIGHT"), "ASSAULT");
  EXPECT_EQ(current_plover_type("AGREE"), "AGREE");
  EXPECT_EQ(current_plover_type("ASSAULT"), "ASSAULT");
}

TEST(Plover, TypesAreComparedAfterMapping) {
  RecordInput in;
  in.scheme = Scheme::kPlover;
  in.scored = ScoredAs::kDyad;
  in.gold = {plover_event("ISR", "PSE", "FIGHT", 4), plover_event("PSE", "ISR", "DEMAND", 3)};
  // dyad's events, already mapped from CAMEO by the ontology: 190 -> ASSAULT, 112 -> ACCUSE.
  in.emitted = {plover_event("ISR", "PSE", "ASSAULT", 4), plover_event("PSE", "ISR", "ACCUSE", 3)};
  RecordScore r = score_record(in);
  EXPECT_EQ(at(r, Level::kExact).correct, 1);  // FIGHT = ASSAULT; DEMAND is not ACCUSE
  EXPECT_EQ(at(r, Level::kQuad).correct, 2);   // both verbal conflict
  EXPECT_EQ(label(r, LabelLevel::kExact), 1);
  EXPECT_EQ(label(r, LabelLevel::kRoot), -1);  // PLOVER types have no root
  EXPECT_FALSE(level_applies(Scheme::kPlover, Level::kRoot));
  EXPECT_TRUE(level_applies(Scheme::kPlover, Level::kCountry));
  EXPECT_EQ(in.gold[0].shown, "FIGHT=ASSAULT");
}

TEST(Confusion, PairsByTripleThenActorsThenOrder) {
  RecordScore r = score_record(
      events({C("A", "B", "042"), C("C", "D", "120"), C("E", "F", "190")},
             {C("C", "D", "111"), C("A", "B", "042"), C("X", "Y", "010"), C("X", "Z", "020")}));
  // A-B 042 = 042; C-D 12 ~ 11 (same actors); E-F 19 ~ 01 (left over, in order); 02 spurious.
  std::vector<std::pair<std::string, std::string>> want = {
      {"04", "04"}, {"12", "11"}, {"19", "01"}, {"--", "02"}};
  EXPECT_EQ(r.confusion, want);
}

}  // namespace
}  // namespace dyad::app

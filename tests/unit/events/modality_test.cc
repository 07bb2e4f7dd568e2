#include "events/modality.h"

#include <gtest/gtest.h>

#include <string>

#include "parsed_sentences.h"

namespace dyad::events {
namespace {

// The modality of the event whose predicate is the first word `predicate` of `text`.
std::string modality_of(std::string_view text, std::string_view predicate) {
  const Document doc = testing::parse(text);
  const Sentence* sentence = nullptr;
  const uint32_t t = testing::find_word(doc, predicate, &sentence);
  if (t == kNoIndex) return "predicate not found";
  return std::string(modality_name(detect_modality(doc, *sentence, t)));
}

TEST(Modality, PlainReportIsAsserted) {
  EXPECT_EQ(modality_of("Chinese President Xi Jinping visited Russia on Monday.", "visited"),
            "asserted");
}

TEST(Modality, ReportedSpeechPassesThrough) {
  EXPECT_EQ(modality_of("The ministry said Russian troops shelled the town.", "shelled"),
            "asserted");
}

TEST(Modality, NegationOnThePredicate) {
  EXPECT_EQ(modality_of("Kirby said it had not yet been agreed.", "agreed"), "negated");
  EXPECT_EQ(modality_of("Iran did not attend the talks in Vienna.", "attend"), "negated");
}

TEST(Modality, RefusalGovernsItsComplement) {
  EXPECT_EQ(modality_of("Russia refused to withdraw its troops from the border.", "withdraw"),
            "negated");
}

TEST(Modality, DenialOfAClause) {
  EXPECT_EQ(modality_of("Beijing denied that it had sent weapons to Russia.", "sent"), "denied");
}

TEST(Modality, DenialInARelativeClause) {
  EXPECT_EQ(modality_of("There have been US warnings to China against providing military "
                        "support to Russia, which Beijing denies.",
                        "providing"),
            "denied");
}

TEST(Modality, IntentionsAndPlans) {
  EXPECT_EQ(modality_of("Iran plans to hold talks with France next week.", "hold"), "intended");
  EXPECT_EQ(modality_of("The White House confirmed that US President Joe Biden is interested "
                        "in talking again with Chinese President Xi Jinping.",
                        "talking"),
            "intended");
  EXPECT_EQ(modality_of("Three ministers in the US administration are looking forward to "
                        "visiting Beijing.",
                        "visiting"),
            "intended");
  EXPECT_EQ(modality_of("The prime minister will meet the Japanese delegation on Friday.", "meet"),
            "intended");
}

TEST(Modality, PlannedVisitNoun) {
  EXPECT_EQ(modality_of("Kirby confirmed that the planned visit of Antony Blinken was postponed.",
                        "visit"),
            "intended");
}

TEST(Modality, ConditionalsAndPossibility) {
  EXPECT_EQ(modality_of("Iran would retaliate against any strike.", "retaliate"), "hypothetical");
  EXPECT_EQ(modality_of("A possible phone conversation between the two leaders was discussed.",
                        "conversation"),
            "hypothetical");
}

TEST(Modality, WhatIsWarnedAgainstHasNotHappened) {
  EXPECT_EQ(modality_of("Officials cautioned against Beijing using the expected visit as a "
                        "pretext to step up its activity in the Taiwan Strait.",
                        "step"),
            "hypothetical");
}

TEST(Modality, WouldLikeIsAWish) {
  EXPECT_EQ(modality_of("Ukraine would like to join NATO.", "join"), "intended");
}

// "said it would" is the speaker's "will" in the past tense; a forecast about someone
// else ("said Russia would attack") and a condition ("would ... if") stay hypothetical.
TEST(Modality, SaidItWouldIsAnIntention) {
  EXPECT_EQ(modality_of("Radical French farmers said on Friday they would blockade Paris from "
                        "Monday night.",
                        "blockade"),
            "intended");
  EXPECT_EQ(modality_of("Analysts said Russia would attack Ukraine.", "attack"), "hypothetical");
  EXPECT_EQ(modality_of("NATO confirmed on Wednesday it would tighten the naval blockade of "
                        "Serbia in the Adriatic with Albania's help.",
                        "tighten"),
            "intended");
  EXPECT_EQ(modality_of("Afghan rebel leaders said on Wednesday they would meet U.N. mediator "
                        "Diego Cordovez if he gave them a veto over any settlement.",
                        "meet"),
            "hypothetical");
}

TEST(Modality, NegatedPlanIsNegated) {
  EXPECT_EQ(modality_of("Israel does not plan to attack Lebanon.", "attack"), "negated");
}

TEST(Modality, NamesRoundTrip) {
  for (Modality m : {Modality::kAsserted, Modality::kNegated, Modality::kDenied,
                     Modality::kIntended, Modality::kHypothetical}) {
    EXPECT_EQ(parse_modality(modality_name(m)), m);
  }
  EXPECT_FALSE(parse_modality("past").has_value());
}

}  // namespace
}  // namespace dyad::events

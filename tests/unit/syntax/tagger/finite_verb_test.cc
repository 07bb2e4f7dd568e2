// The coding tagger's finite-verb repair (TagOptions::require_finite_verb) on real news
// sentences, with the committed news model: a sentence the model left verbless gets
// its verb back; modifiers, reduced passives and headlines keep their reading; a gerund
// without "-ing" is a noun.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "coding_tagger.h"
#include "core/document.h"

namespace dyad::syntax {
namespace {

// The XPOS of `word` in `text` tagged by the committed coding tagger, with or without
// the repair.
std::string xpos_of(std::string_view text, std::string_view word, bool require_finite_verb) {
  TagOptions options;
  options.require_finite_verb = require_finite_verb;
  const Document doc = testing::tag_with_coding_tagger(text, options);
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.form(t) == word) return std::string(to_string(doc.tokens[t].xpos));
  }
  return "absent";
}

TEST(FiniteVerb, VerblessNewsSentenceGetsItsVerb) {
  constexpr std::string_view kText =
      "Israeli helicopters and battle tanks shelled positions of the Palestinian security "
      "forces near the town of Rafah.";
  EXPECT_NE(xpos_of(kText, "shelled", false), "VBD");  // what the model alone says
  EXPECT_EQ(xpos_of(kText, "shelled", true), "VBD");
}

TEST(FiniteVerb, ClauseBeforeTrailingAttributionGetsItsVerb) {
  EXPECT_EQ(xpos_of("Israeli army bulldozers demolished Palestinian homes and civilian "
                    "buildings in southern Gaza on Sunday, Palestinian officials said.",
                    "demolished", true),
            "VBD");
}

TEST(FiniteVerb, ClauseBeforeASubordinateClauseGetsItsVerb) {
  EXPECT_EQ(xpos_of("The United Nations on Tuesday reduced food supplies to the biggest "
                    "Cambodian refugee camp in Thailand because rice was being diverted to "
                    "outside users, relief officials said.",
                    "reduced", true),
            "VBD");
  EXPECT_EQ(xpos_of("Serbia eased emergency measures on Wednesday in Montenegro province, the "
                    "scene of ethnic violence last March, as authorities in Croatia cracked "
                    "down on Serbian nationalists.",
                    "eased", true),
            "VBD");
  // "as well as", and "as" after a dash, open no clause.
  EXPECT_NE(xpos_of("That said, detailed proposals of how best to address violent crime, as "
                    "well as the weaponization of the national police, have largely remained "
                    "absent.",
                    "detailed", true),
            "VBD");
  EXPECT_NE(xpos_of("But the next phase of combatting organized crime -- as Colombia is "
                    "currently experiencing -- is more chaotic.",
                    "organized", true),
            "VBD");
}

TEST(FiniteVerb, AWordWithoutIngIsNoGerund) {
  constexpr std::string_view kText =
      "Human rights watchdog Amnesty International accused the United States of violating "
      "human rights.";
  EXPECT_EQ(xpos_of(kText, "watchdog", false), "VBG");  // what the model alone says
  EXPECT_EQ(xpos_of(kText, "watchdog", true), "NN");
  EXPECT_EQ(xpos_of(kText, "violating", true), "VBG");
}

TEST(FiniteVerb, PluralNounBetweenSubjectAndComplementIsTheVerbLastOfAll) {
  constexpr std::string_view kText =
      "Greece, like most other existing members, plans to impose restrictions on its labour "
      "market for new members.";
  EXPECT_EQ(xpos_of(kText, "plans", false), "NNS");
  EXPECT_EQ(xpos_of(kText, "plans", true), "VBZ");
  // A participle is preferred: "tear gas" stays a noun.
  EXPECT_EQ(xpos_of("Liberian riot police used tear gas to disperse demonstrators in Monrovia.",
                    "tear", true),
            "NN");
}

TEST(FiniteVerb, SentenceWithAVerbIsLeftAlone) {
  EXPECT_EQ(xpos_of("The troops stationed in the north attacked the rebels on Monday.", "stationed",
                    true),
            xpos_of("The troops stationed in the north attacked the rebels on Monday.", "stationed",
                    false));
}

TEST(FiniteVerb, ReducedPassiveAndModifiersAreNotVerbs) {
  EXPECT_NE(xpos_of("In a study written by two researchers in September 2010 for the "
                    "Wilson Center.",
                    "written", true),
            "VBD");
  EXPECT_NE(
      xpos_of("Clashes around the besieged town near the border overnight.", "besieged", true),
      "VBD");
}

TEST(FiniteVerb, TitleCaseHeadlineStaysPassive) {
  EXPECT_NE(xpos_of("Two Police Officers Arrested In Bribery Case In Lima.", "Arrested", true),
            "VBD");
}

}  // namespace
}  // namespace dyad::syntax

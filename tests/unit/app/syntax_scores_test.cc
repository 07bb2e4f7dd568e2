#include "app/syntax_scores.h"

#include <gtest/gtest.h>

#include "syntax/conllu.h"

namespace dyad::app {
namespace {

constexpr std::string_view kGold =
    "# text = Kirby didn't confirm the visit.\n"
    "1\tKirby\tKirby\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t_\t_\n"
    "4\tconfirm\tconfirm\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t6\tdet\t_\t_\n"
    "6\tvisit\tvisit\tNOUN\tNN\tNumber=Sing\t4\tobj\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

Document read_one(std::string_view conllu) {
  auto docs = syntax::read_conllu(conllu, "test.conllu");
  EXPECT_TRUE(docs.ok()) << docs.status().message();
  return (*docs)[0];
}

TEST(SyntaxScores, IdenticalAnalysesScorePerfectly) {
  Document gold = read_one(kGold);
  SyntaxScores s = score_syntax(gold, gold);
  for (size_t m = 0; m < s.scores.size(); ++m) {
    EXPECT_DOUBLE_EQ(s.scores[m].f1(), 1.0) << kMetricNames[m];
  }
  EXPECT_EQ(s[Metric::kTokens].gold, 6);  // "didn't" is one surface token
  EXPECT_EQ(s[Metric::kWords].gold, 7);
}

TEST(SyntaxScores, OneWrongHeadCostsUasAndLasOnly) {
  Document gold = read_one(kGold);
  Document system = gold;
  system.tokens[4].head = 1;  // "the" attached to "did"
  SyntaxScores s = score_syntax(gold, system);
  EXPECT_EQ(s[Metric::kUas].correct, 6);
  EXPECT_EQ(s[Metric::kLas].correct, 6);
  EXPECT_EQ(s[Metric::kUpos].correct, 7);
}

TEST(SyntaxScores, SubtypesCountOnlyInFullLas) {
  Document gold = read_one(kGold);
  Document system = gold;
  system.tokens[0].deprel = DepRel::nsubj_pass;
  SyntaxScores s = score_syntax(gold, system);
  EXPECT_EQ(s[Metric::kLas].correct, 7);
  EXPECT_EQ(s[Metric::kLasFull].correct, 6);
}

TEST(SyntaxScores, UnsplitContractionLosesItsWordsButNotOtherTokens) {
  Document gold = read_one(kGold);
  // The system kept "didn't" as one word.
  Document system = read_one(
      "# text = Kirby didn't confirm the visit.\n"
      "1\tKirby\tKirby\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\t_\n"
      "2\tdidn't\tdidn't\tAUX\tVBD\t_\t3\taux\t_\t_\n"
      "3\tconfirm\tconfirm\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t5\tdet\t_\t_\n"
      "5\tvisit\tvisit\tNOUN\tNN\tNumber=Sing\t3\tobj\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  SyntaxScores s = score_syntax(gold, system);
  EXPECT_EQ(s[Metric::kTokens].correct, 6);  // same surface tokens
  EXPECT_EQ(s[Metric::kWords].correct, 5);   // but "did" and "n't" are not found
  EXPECT_EQ(s[Metric::kWords].system, 6);
  EXPECT_EQ(s[Metric::kSentences].correct, 1);
  EXPECT_EQ(s[Metric::kUas].correct, 5);  // heads map through the alignment
}

TEST(SyntaxScores, UniversalFeatsDropsLanguageSpecificOnes) {
  EXPECT_EQ(universal_feats("Tense=Past|Typo=Yes|Mood=Ind"), "Mood=Ind|Tense=Past");
  EXPECT_EQ(universal_feats(""), "");
}

}  // namespace
}  // namespace dyad::app

// The segmentation scorer against hand-made gold.

#include "text/segmentation_score.h"

#include <gtest/gtest.h>

#include "text_test_util.h"

namespace dyad::text {
namespace {

TEST(SegmentationScore, PerfectAndImperfect) {
  Document gold = testing::analyze("They don't agree. Talks end.");
  SegmentationScore same = score_segmentation(gold, gold);
  EXPECT_DOUBLE_EQ(same.tokens.f1(), 1.0);
  EXPECT_DOUBLE_EQ(same.words.f1(), 1.0);
  EXPECT_DOUBLE_EQ(same.sentences.f1(), 1.0);
  EXPECT_EQ(same.tokens.gold, 7u);  // "don't" counts once
  EXPECT_EQ(same.words.gold, 8u);

  // One sentence instead of two, over the same text with different spacing.
  TokenizerOptions options;
  Document predicted = testing::analyze("They don't agree.   Talks end.");
  predicted.sentences.resize(1);
  predicted.sentences[0].token_end = static_cast<uint32_t>(predicted.tokens.size());
  predicted.sentences[0].end = predicted.tokens.back().end;
  SegmentationScore s = score_segmentation(gold, predicted);
  EXPECT_TRUE(s.same_text);
  EXPECT_DOUBLE_EQ(s.tokens.f1(), 1.0);
  EXPECT_EQ(s.sentences.correct, 0u);
  EXPECT_EQ(s.sentences.predicted, 1u);
}

}  // namespace
}  // namespace dyad::text

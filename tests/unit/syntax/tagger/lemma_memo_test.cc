// The lemma memo answers only for the form and tag it was told, whatever the hash says.
#include "syntax/tagger/lemma_memo.h"

#include <gtest/gtest.h>

namespace dyad::syntax {
namespace {

TEST(LemmaMemo, RemembersAFormUnderItsTagOnly) {
  LemmaMemo memo;
  EXPECT_EQ(memo.find(42, Xpos::VBD, "backed"), nullptr);
  memo.remember(42, Xpos::VBD, "backed", "back");
  const std::string* lemma = memo.find(42, Xpos::VBD, "backed");
  ASSERT_NE(lemma, nullptr);
  EXPECT_EQ(*lemma, "back");
  EXPECT_EQ(memo.find(42, Xpos::VBN, "backed"), nullptr);  // another tag, another lemma
}

TEST(LemmaMemo, AHashCollisionIsAMissNotAWrongLemma) {
  LemmaMemo memo;
  memo.remember(7, Xpos::NNS, "talks", "talk");
  EXPECT_EQ(memo.find(7, Xpos::NNS, "walks"), nullptr);
  memo.remember(7, Xpos::NNS, "walks", "walk");  // takes the slot over
  EXPECT_EQ(memo.find(7, Xpos::NNS, "talks"), nullptr);
  ASSERT_NE(memo.find(7, Xpos::NNS, "walks"), nullptr);
  EXPECT_EQ(*memo.find(7, Xpos::NNS, "walks"), "walk");
}

}  // namespace
}  // namespace dyad::syntax

// TagOptions::write_feats: event coding skips the FEATS lookup and keeps tags and lemmas.
#include <gtest/gtest.h>

#include <string>

#include "coding_tagger.h"
#include "core/document.h"

namespace dyad::syntax {
namespace {

Document tagged(const std::string& text, bool write_feats) {
  TagOptions options;
  options.write_feats = write_feats;
  return testing::tag_with_coding_tagger(text, options);
}

TEST(WriteFeats, OffLeavesFeatsEmptyAndTagsAndLemmasAsTheyWere) {
  const std::string text = "Beijing denied arming Russia.";
  const Document with = tagged(text, true);
  const Document without = tagged(text, false);
  ASSERT_EQ(with.tokens.size(), 5u);
  ASSERT_EQ(without.tokens.size(), with.tokens.size());
  EXPECT_EQ(with.feats(with.tokens[1]), "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin");
  for (size_t t = 0; t < with.tokens.size(); ++t) {
    EXPECT_TRUE(without.feats(without.tokens[t]).empty()) << t;
    EXPECT_EQ(without.tokens[t].xpos, with.tokens[t].xpos) << t;
    EXPECT_EQ(without.lemma(without.tokens[t]), with.lemma(with.tokens[t])) << t;
  }
}

}  // namespace
}  // namespace dyad::syntax

// Feature extraction: bounded key counts on any state, keys that never collide with the
// empty-slot marker, and word hashing that folds case and digits.
#include "syntax/parser/features.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "syntax/conllu.h"
#include "test_sentences.h"

namespace dyad::syntax {
namespace {

TEST(Features, WordHashFoldsCaseAndDigits) {
  EXPECT_EQ(hash_word("Moscow"), hash_word("moscow"));
  EXPECT_EQ(hash_word("2024"), hash_word("1999"));
  EXPECT_NE(hash_word("Moscow"), hash_word("Geneva"));
  EXPECT_NE(hash_word("a"), 0u);
}

TEST(Features, KeyCountsStayWithinBoundsOnRandomWalks) {
  auto docs = read_conllu(testing::kNewsConllu, "news.conllu");
  ASSERT_TRUE(docs.ok());
  std::mt19937 rng(3);
  uint64_t keys[kMaxMoveFeatures + kMaxLabelFeatures];
  for (const Document& doc : docs.value()) {
    for (const Sentence& s : doc.sentences) {
      SentenceFeatures words;
      words.fill(doc, s);
      for (int trial = 0; trial < 10; ++trial) {
        ParseState st;
        st.reset(s.size());
        while (!st.terminal()) {
          const int n = extract_move_features(st, words, keys);
          ASSERT_GT(n, 0);
          ASSERT_LE(n, kMaxMoveFeatures);
          std::set<uint64_t> distinct(keys, keys + n);
          EXPECT_EQ(distinct.count(0), 0u);                             // 0 marks empty table slots
          EXPECT_GT(distinct.size(), static_cast<size_t>(n) * 9 / 10);  // templates differ
          std::vector<Move> legal;
          for (int m = 0; m < kMoveCount; ++m) {
            if (st.legal(static_cast<Move>(m))) legal.push_back(static_cast<Move>(m));
          }
          const Move m = legal[rng() % legal.size()];
          if (m == Move::kLeft || m == Move::kRight) {
            const int k =
                extract_label_features(st, words, st.arc_head(m), st.arc_dependent(m), keys);
            ASSERT_GT(k, 0);
            ASSERT_LE(k, kMaxLabelFeatures);
          }
          st.apply(m, DepRel::dep);
        }
      }
    }
  }
}

// The lean set leaves templates out without renumbering the others, so each lean key is
// the full set's key for the same template; about half the move keys and a half of the
// label keys go.
TEST(Features, LeanKeysAreAStrictSubsetOfTheFullKeys) {
  auto docs = read_conllu(testing::kNewsConllu, "news.conllu");
  ASSERT_TRUE(docs.ok());
  const Document& doc = docs.value()[0];
  SentenceFeatures words;
  words.fill(doc, doc.sentences[0]);
  ParseState st;
  st.reset(doc.sentences[0].size());
  st.apply(Move::kShift, DepRel::kNone);
  uint64_t full[kMaxMoveFeatures], lean[kMaxMoveFeatures];
  const int nf = extract_move_features(st, words, full, FeatureSet::kFull);
  const int nl = extract_move_features(st, words, lean, FeatureSet::kLean);
  EXPECT_LT(nl, nf * 6 / 10);
  EXPECT_GT(nl, nf * 4 / 10);
  const std::set<uint64_t> full_keys(full, full + nf);
  for (int i = 0; i < nl; ++i) EXPECT_EQ(full_keys.count(lean[i]), 1u) << "lean key " << i;
  const int lf = extract_label_features(st, words, 1, 0, full, FeatureSet::kFull);
  const int ll = extract_label_features(st, words, 1, 0, lean, FeatureSet::kLean);
  EXPECT_LT(ll, lf * 6 / 10);
  const std::set<uint64_t> full_labels(full, full + lf);
  for (int i = 0; i < ll; ++i) EXPECT_EQ(full_labels.count(lean[i]), 1u) << "lean key " << i;
}

TEST(Features, SameStateSameKeysDifferentWordsDifferentKeys) {
  auto docs = read_conllu(testing::kNewsConllu, "news.conllu");
  ASSERT_TRUE(docs.ok());
  const Document& doc = docs.value()[0];
  SentenceFeatures a, b;
  a.fill(doc, doc.sentences[0]);
  b.fill(doc, doc.sentences[0]);
  ParseState st;
  st.reset(doc.sentences[0].size());
  st.apply(Move::kShift, DepRel::kNone);
  uint64_t ka[kMaxMoveFeatures], kb[kMaxMoveFeatures];
  const int na = extract_move_features(st, a, ka);
  ASSERT_EQ(extract_move_features(st, b, kb), na);
  EXPECT_TRUE(std::equal(ka, ka + na, kb));
  b.fill(doc, doc.sentences[1]);  // other words in the same configuration
  ParseState st2;
  st2.reset(doc.sentences[1].size());
  st2.apply(Move::kShift, DepRel::kNone);
  extract_move_features(st2, b, kb);
  int same = 0;
  for (int i = 0; i < na; ++i) same += ka[i] == kb[i];
  EXPECT_LT(same, na);
}

}  // namespace
}  // namespace dyad::syntax

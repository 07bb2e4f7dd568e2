// The arc-eager and arc-hybrid systems and their dynamic oracles: zero-cost paths rebuild
// gold projective trees, gold (static-oracle) moves cost nothing, and every cost equals the
// loss an exhaustive search finds (arc-decomposability, Goldberg & Nivre 2013).
#include "syntax/parser/transition_system.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "syntax/conllu.h"
#include "test_sentences.h"

namespace dyad::syntax {
namespace {

std::vector<std::vector<uint32_t>> gold_trees() {
  auto docs = read_conllu(testing::kNewsConllu, "news.conllu");
  EXPECT_TRUE(docs.ok()) << docs.status().message();
  std::vector<std::vector<uint32_t>> trees;
  for (const Document& doc : docs.value()) {
    for (const Sentence& s : doc.sentences) {
      std::vector<uint32_t> heads;
      for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
        const uint32_t h = doc.tokens[i].head;
        heads.push_back(h == kNoIndex ? s.size() : h - s.token_begin);
      }
      trees.push_back(heads);
    }
  }
  return trees;
}

// The classic static oracle, adapted to ROOT at the end of the buffer.
Move static_oracle(const ParseState& st, const std::vector<uint32_t>& gold) {
  const uint32_t s = st.s(0), b = st.buffer_front(), n = st.size();
  if (s != st.none() && st.head(s) == st.none() && gold[s] == b) return Move::kLeft;
  if (s != st.none() && b < n && gold[b] == s) return Move::kRight;
  if (s != st.none() && st.head(s) != st.none()) {
    bool pending = false;  // s still has a gold dependent in the buffer?
    for (uint32_t k = b; k < n; ++k) pending |= gold[k] == s;
    // It may also be reduced when b's head or dependent lies deeper in the stack.
    bool b_needs_stack = false;
    for (uint32_t k : st.stack()) {
      if (k == s) continue;
      b_needs_stack |= (b < n && gold[b] == k) || (gold[k] == b && st.head(k) == st.none());
    }
    if (!pending && (b == n || b_needs_stack)) return Move::kReduce;
  }
  return Move::kShift;
}

TEST(TransitionSystem, StaticOracleRebuildsGoldTreesAtZeroCost) {
  for (const auto& gold : gold_trees()) {
    ParseState st;
    st.reset(static_cast<uint32_t>(gold.size()));
    int steps = 0;
    while (!st.terminal()) {
      const Move m = static_oracle(st, gold);
      ASSERT_TRUE(st.legal(m));
      int costs[kMoveCount];
      move_costs(st, gold, costs);
      EXPECT_EQ(costs[static_cast<int>(m)], 0) << "move " << static_cast<int>(m);
      st.apply(m, DepRel::dep);
      ASSERT_LT(++steps, 4 * static_cast<int>(gold.size()) + 4);
    }
    for (uint32_t i = 0; i < gold.size(); ++i) EXPECT_EQ(st.head(i), gold[i]) << "word " << i;
  }
}

TEST(TransitionSystem, AnyZeroCostPathRebuildsGoldTrees) {
  std::mt19937 rng(7);
  for (const auto& gold : gold_trees()) {
    for (int trial = 0; trial < 20; ++trial) {
      ParseState st;
      st.reset(static_cast<uint32_t>(gold.size()));
      while (!st.terminal()) {
        int costs[kMoveCount];
        move_costs(st, gold, costs);
        std::vector<Move> zero;
        for (int m = 0; m < kMoveCount; ++m) {
          if (costs[m] == 0) zero.push_back(static_cast<Move>(m));
        }
        ASSERT_FALSE(zero.empty());
        st.apply(zero[rng() % zero.size()], DepRel::dep);
      }
      for (uint32_t i = 0; i < gold.size(); ++i) EXPECT_EQ(st.head(i), gold[i]);
    }
  }
}

TEST(TransitionSystem, WrongAttachmentHasACost) {
  // "Chinese President ...": after shifting "Chinese", making it the head of "President"
  // loses Chinese <- President; shifting "President" as well loses that arc too.
  const auto gold = gold_trees()[0];
  ParseState st;
  st.reset(static_cast<uint32_t>(gold.size()));
  st.apply(Move::kShift, DepRel::kNone);
  int costs[kMoveCount];
  move_costs(st, gold, costs);
  EXPECT_EQ(costs[static_cast<int>(Move::kLeft)], 0);
  EXPECT_GT(costs[static_cast<int>(Move::kRight)], 0);
  EXPECT_GT(costs[static_cast<int>(Move::kShift)], 0);
  EXPECT_EQ(costs[static_cast<int>(Move::kReduce)], -1);  // illegal: no head yet
}

// Exhaustive search: the most gold arcs any continuation of `st` can still get right.
int best_reachable(const ParseState& st, const std::vector<uint32_t>& gold) {
  if (st.terminal()) {
    int correct = 0;
    for (uint32_t i = 0; i < gold.size(); ++i) correct += st.head(i) == gold[i];
    return correct;
  }
  int best = -1;
  for (int m = 0; m < kMoveCount; ++m) {
    if (!st.legal(static_cast<Move>(m))) continue;
    ParseState next = st;
    next.apply(static_cast<Move>(m), DepRel::dep);
    best = std::max(best, best_reachable(next, gold));
  }
  return best;
}

bool projective(const std::vector<uint32_t>& heads) {
  const uint32_t n = static_cast<uint32_t>(heads.size());
  for (uint32_t d = 0; d < n; ++d) {
    const uint32_t lo = std::min(d, heads[d]), hi = std::max(d, heads[d]);
    for (uint32_t k = lo + 1; k < hi; ++k) {
      uint32_t a = k;  // k must descend from heads[d]
      while (a != heads[d] && a != n) a = heads[a];
      if (a != heads[d]) return false;
    }
  }
  return true;
}

std::vector<uint32_t> random_projective_tree(uint32_t n, std::mt19937& rng) {
  while (true) {
    std::vector<uint32_t> heads(n);
    const uint32_t root = rng() % n;
    for (uint32_t i = 0; i < n; ++i) heads[i] = i == root ? n : rng() % n;
    bool tree = heads[root] == n;
    for (uint32_t i = 0; i < n && tree; ++i) {
      if (i != root && heads[i] == i) tree = false;
      uint32_t a = i;
      for (uint32_t steps = 0; a != n && steps <= n; ++steps) a = heads[a];
      tree &= a == n;
    }
    if (tree && projective(heads)) return heads;
  }
}

TEST(TransitionSystem, CostsEqualExhaustiveLoss) {
  std::mt19937 rng(11);
  for (int trial = 0; trial < 60; ++trial) {
    const uint32_t n = 2 + rng() % 5;
    const auto gold = random_projective_tree(n, rng);
    ParseState st;
    st.reset(n);
    while (!st.terminal()) {  // a random walk, mistakes included
      int costs[kMoveCount];
      move_costs(st, gold, costs);
      const int here = best_reachable(st, gold);
      std::vector<Move> legal;
      for (int m = 0; m < kMoveCount; ++m) {
        if (!st.legal(static_cast<Move>(m))) {
          EXPECT_EQ(costs[m], -1);
          continue;
        }
        legal.push_back(static_cast<Move>(m));
        ParseState next = st;
        next.apply(static_cast<Move>(m), DepRel::dep);
        EXPECT_EQ(costs[m], here - best_reachable(next, gold)) << "move " << m << " n " << n;
      }
      st.apply(legal[rng() % legal.size()], DepRel::dep);
    }
  }
}

TEST(TransitionSystem, EveryWordGetsAHeadAndChildrenAreOrdered) {
  ParseState st;
  st.reset(5);
  // 0 <- 1, 1 -> 2, 2 -> 3, reduce, reduce, 1 -> 4? Build a left arc and right arcs.
  st.apply(Move::kShift, DepRel::kNone);
  st.apply(Move::kLeft, DepRel::amod);    // 1 -> 0
  st.apply(Move::kShift, DepRel::kNone);  // stack [1]
  st.apply(Move::kRight, DepRel::obj);    // 1 -> 2
  st.apply(Move::kReduce, DepRel::kNone);
  st.apply(Move::kRight, DepRel::obl);  // 1 -> 3
  st.apply(Move::kReduce, DepRel::kNone);
  st.apply(Move::kRight, DepRel::punct);  // 1 -> 4
  EXPECT_EQ(st.rightmost(1), 4u);
  EXPECT_EQ(st.rightmost2(1), 3u);
  EXPECT_EQ(st.leftmost(1), 0u);
  EXPECT_EQ(st.right_count(1), 3u);
  EXPECT_TRUE(st.right_labels(1) & (uint64_t{1} << static_cast<int>(DepRel::obl)));
  st.apply(Move::kReduce, DepRel::kNone);
  EXPECT_EQ(st.legal_mask(), 1u << static_cast<int>(Move::kLeft));  // only ROOT <- 1 left
  st.apply(Move::kLeft, DepRel::root);
  EXPECT_TRUE(st.terminal());
  EXPECT_EQ(st.head(1), st.root());
}

// Arc-hybrid: the same properties, and the arcs are made as the dependents leave the stack.
TEST(ArcHybrid, AnyZeroCostPathRebuildsGoldProjectiveTrees) {
  std::mt19937 rng(5);
  std::vector<std::vector<uint32_t>> trees;
  for (const auto& gold : gold_trees()) {
    if (projective(gold)) trees.push_back(gold);
  }
  for (int i = 0; i < 40; ++i) trees.push_back(random_projective_tree(2 + rng() % 8, rng));
  for (const auto& gold : trees) {
    for (int trial = 0; trial < 20; ++trial) {
      ParseState st;
      st.reset(static_cast<uint32_t>(gold.size()), TransitionSystem::kArcHybrid);
      while (!st.terminal()) {
        int costs[kMoveCount];
        move_costs(st, gold, costs);
        EXPECT_EQ(costs[static_cast<int>(Move::kReduce)], -1);
        std::vector<Move> zero;
        for (int m = 0; m < kMoveCount; ++m) {
          if (costs[m] == 0) zero.push_back(static_cast<Move>(m));
        }
        ASSERT_FALSE(zero.empty());
        st.apply(zero[rng() % zero.size()], DepRel::dep);
      }
      for (uint32_t i = 0; i < gold.size(); ++i) EXPECT_EQ(st.head(i), gold[i]);
    }
  }
}

TEST(ArcHybrid, CostsEqualExhaustiveLoss) {
  std::mt19937 rng(13);
  for (int trial = 0; trial < 60; ++trial) {
    const uint32_t n = 2 + rng() % 5;
    const auto gold = random_projective_tree(n, rng);
    ParseState st;
    st.reset(n, TransitionSystem::kArcHybrid);
    while (!st.terminal()) {
      int costs[kMoveCount];
      move_costs(st, gold, costs);
      const int here = best_reachable(st, gold);
      std::vector<Move> legal;
      for (int m = 0; m < kMoveCount; ++m) {
        if (!st.legal(static_cast<Move>(m))) {
          EXPECT_EQ(costs[m], -1);
          continue;
        }
        legal.push_back(static_cast<Move>(m));
        ParseState next = st;
        next.apply(static_cast<Move>(m), DepRel::dep);
        EXPECT_EQ(costs[m], here - best_reachable(next, gold)) << "move " << m << " n " << n;
      }
      st.apply(legal[rng() % legal.size()], DepRel::dep);
    }
  }
}

TEST(ArcHybrid, ArcsAreMadeWhenDependentsLeaveTheStack) {
  ParseState st;
  st.reset(3, TransitionSystem::kArcHybrid);
  EXPECT_EQ(st.legal_mask(), 1u << static_cast<int>(Move::kShift));
  st.apply(Move::kShift, DepRel::kNone);  // [0]
  st.apply(Move::kLeft, DepRel::nsubj);   // 1 -> 0
  EXPECT_EQ(st.head(0), 1u);
  st.apply(Move::kShift, DepRel::kNone);  // [1]
  st.apply(Move::kShift, DepRel::kNone);  // [1 2]
  EXPECT_EQ(st.arc_head(Move::kRight), 1u);
  EXPECT_EQ(st.arc_dependent(Move::kRight), 2u);
  st.apply(Move::kRight, DepRel::obj);  // 1 -> 2
  EXPECT_EQ(st.rightmost(1), 2u);
  EXPECT_EQ(st.legal_mask(), 1u << static_cast<int>(Move::kLeft));  // only ROOT <- 1
  st.apply(Move::kLeft, DepRel::root);
  EXPECT_TRUE(st.terminal());
  EXPECT_EQ(st.head(1), st.root());
}

}  // namespace
}  // namespace dyad::syntax

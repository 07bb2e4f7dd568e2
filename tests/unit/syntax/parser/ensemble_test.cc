// The ensemble's parts: mirroring for the right-to-left model, the Eisner decoder against
// brute force, the vote combination, and ensembles end to end (identical members change
// nothing; files round-trip; a right-to-left model alone learns its training sentences).
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <random>

#include "syntax/conllu.h"
#include "syntax/parser/eisner.h"
#include "syntax/parser/ensemble.h"
#include "syntax/parser/parser.h"
#include "syntax/parser/parser_eval.h"
#include "syntax/parser/parser_trainer.h"
#include "syntax/parser/reversal.h"
#include "tiny_parser.h"

namespace dyad::syntax {
namespace {

using testing::news_docs;

TEST(Reversal, MirroringTwiceIsTheIdentityAndKeepsRoot) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 100; ++trial) {
    const uint32_t n = 1 + rng() % 30;
    std::vector<uint32_t> heads(n);
    for (uint32_t& h : heads) h = rng() % (n + 1);
    const std::vector<uint32_t> mirrored = mirror_heads(heads);
    for (uint32_t d = 0; d < n; ++d) {
      // The arc h -> d becomes n-1-h -> n-1-d; ROOT stays ROOT.
      EXPECT_EQ(mirrored[n - 1 - d], heads[d] == n ? n : n - 1 - heads[d]);
    }
    EXPECT_EQ(mirror_heads(mirrored), heads);
  }
}

TEST(Reversal, ReversedFeaturesAreTheWordsFromTheEnd) {
  const std::vector<Document> docs = news_docs();
  const Document& doc = docs[0];
  const Sentence& s = doc.sentences[0];
  SentenceFeatures forward, backward;
  forward.fill(doc, s);
  backward.fill(doc, s, true);
  const uint32_t n = s.size();
  ASSERT_EQ(backward.size(), n);
  for (uint32_t i = 0; i < n; ++i) {
    EXPECT_EQ(backward[i].form, forward[n - 1 - i].form);
    EXPECT_EQ(backward[i].lemma, forward[n - 1 - i].lemma);
    EXPECT_EQ(backward[i].xpos, forward[n - 1 - i].xpos);
  }
  EXPECT_EQ(backward[n].form, forward[n].form);  // ROOT
}

// Every single-rooted projective tree over n words, by enumeration.
float brute_force_best(uint32_t n, const std::vector<float>& scores) {
  std::vector<uint32_t> heads(n, 0);
  float best = -INFINITY;
  std::function<void(uint32_t)> rec = [&](uint32_t d) {
    if (d < n) {
      for (uint32_t h = 0; h <= n; ++h) {
        if (h == d) continue;
        heads[d] = h;
        rec(d + 1);
      }
      return;
    }
    int roots = 0;
    for (uint32_t h : heads) roots += h == n;
    if (roots != 1) return;
    for (uint32_t d0 = 0; d0 < n; ++d0) {  // acyclic
      uint32_t a = d0;
      for (uint32_t steps = 0; a != n; ++steps) {
        if (steps > n) return;
        a = heads[a];
      }
    }
    for (uint32_t d0 = 0; d0 < n; ++d0) {  // projective: no crossing arcs (ROOT sits left)
      const int h0 = heads[d0] == n ? -1 : static_cast<int>(heads[d0]);
      const int lo0 = std::min<int>(h0, d0), hi0 = std::max<int>(h0, d0);
      for (uint32_t d1 = 0; d1 < n; ++d1) {
        const int h1 = heads[d1] == n ? -1 : static_cast<int>(heads[d1]);
        const int lo1 = std::min<int>(h1, d1), hi1 = std::max<int>(h1, d1);
        if (lo0 < lo1 && lo1 < hi0 && hi0 < hi1) return;
      }
    }
    float total = 0;
    for (uint32_t d0 = 0; d0 < n; ++d0) total += scores[heads[d0] * n + d0];
    best = std::max(best, total);
  };
  rec(0);
  return best;
}

TEST(Eisner, AgreesWithBruteForceOnRandomScores) {
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> uniform(-5, 5);
  EisnerWorkspace ws;
  for (int trial = 0; trial < 300; ++trial) {
    const uint32_t n = 1 + trial % 6;
    std::vector<float> scores((n + 1) * n);
    for (float& s : scores) s = trial % 2 ? uniform(rng) : static_cast<float>(rng() % 3);
    std::vector<uint32_t> heads(n, 99);
    const float got = ws.decode(n, scores, heads);
    EXPECT_NEAR(got, brute_force_best(n, scores), 1e-3) << "n=" << n;
    float total = 0;
    int roots = 0;
    for (uint32_t d = 0; d < n; ++d) {
      ASSERT_LE(heads[d], n);
      roots += heads[d] == n;
      total += scores[heads[d] * n + d];
    }
    EXPECT_EQ(roots, 1);
    EXPECT_NEAR(total, got, 1e-3);  // the heads are the tree that was scored
  }
}

TEST(CombineVotes, HeavierVoterWinsAndAgreementPassesThrough) {
  EnsembleVoting voting;
  voting.members = {{false, 1.0f, 1.0f}, {true, 1.0f, 1.0f}, {false, 1.0f, 1.0f}};
  EnsembleWorkspace ws;
  // 3 words. Members 0 and 2: 1 -> 0, ROOT -> 1, 1 -> 2. Member 1: ROOT -> 0 -> 1 -> 2.
  const uint32_t n = 3;
  for (int m = 0; m < 3; ++m) {
    ws.members[m].resize(n);
    ws.members[m].margins = {1, 1, 1};
    if (m == 1) {
      ws.members[m].heads = {3, 0, 1};
      ws.members[m].labels = {DepRel::root, DepRel::obj, DepRel::obj};
    } else {
      ws.members[m].heads = {1, 3, 1};
      ws.members[m].labels = {DepRel::nsubj, DepRel::root, DepRel::obj};
    }
  }
  combine_votes(voting, n, ws);
  EXPECT_EQ(ws.combined.heads, (std::vector<uint32_t>{1, 3, 1}));
  EXPECT_EQ(ws.combined.labels[0], DepRel::nsubj);
  EXPECT_EQ(ws.combined.labels[1], DepRel::root);
  voting.members[1].weight = 3;  // now member 1 outweighs the other two
  combine_votes(voting, n, ws);
  EXPECT_EQ(ws.combined.heads, (std::vector<uint32_t>{3, 0, 1}));
  EXPECT_EQ(ws.combined.labels[0], DepRel::root);
  EXPECT_EQ(ws.combined.labels[1], DepRel::obj);
  // Confidence moves votes too: members 0 and 2 sure of themselves outweigh member 1 again.
  voting.beta = 1;
  ws.members[0].margins = ws.members[2].margins = {3, 3, 3};
  ws.members[1].margins = {0, 0, 0};
  combine_votes(voting, n, ws);
  EXPECT_EQ(ws.combined.heads, (std::vector<uint32_t>{1, 3, 1}));
}

TEST(CombineVotes, LabelIsTheOneWithMostVoteWeight) {
  // Four members agree on the tree; the heaviest voter says obj, the other three say obl.
  EnsembleVoting voting;
  voting.members = {{false, 2.5f, 1.0f}, {true, 1.0f, 1.0f}, {false, 1.0f, 1.0f},
                    {false, 1.0f, 1.0f}};
  EnsembleWorkspace ws;
  const uint32_t n = 2;
  for (int m = 0; m < 4; ++m) {
    ws.members[m].resize(n);
    ws.members[m].heads = {2, 0};
    ws.members[m].margins = {1, 1};
    ws.members[m].labels = {DepRel::root, m == 0 ? DepRel::obj : DepRel::obl};
  }
  combine_votes(voting, n, ws);
  EXPECT_EQ(ws.combined.labels[1], DepRel::obl);
  voting.members[0].weight = 3.5f;  // now it outweighs the three together
  combine_votes(voting, n, ws);
  EXPECT_EQ(ws.combined.labels[1], DepRel::obj);
}

TEST(CombineVotes, SameTreesAsEisnerOnRandomVotes) {
  // When the best-voted heads make a projective tree, combine_votes skips the decoder;
  // the trees must score like Eisner's.
  std::mt19937 rng(17);
  std::uniform_real_distribution<float> margin(0, 3);
  for (int trial = 0; trial < 500; ++trial) {
    const uint32_t n = 1 + trial % 7;
    EnsembleVoting voting;
    voting.beta = 1;
    EnsembleWorkspace ws;
    for (int m = 0; m < 3; ++m) {
      voting.members.push_back({m == 1, 1.0f + 0.1f * m, 1.0f});
      ws.members[m].resize(n);
      // Mostly one shared random tree, with some words' heads changed per member.
      for (uint32_t d = 0; d < n; ++d) {
        ws.members[m].heads[d] = d == 0 ? n : (rng() % 4 ? d - 1 : rng() % (n + 1));
        if (ws.members[m].heads[d] == d) ws.members[m].heads[d] = n;
        ws.members[m].margins[d] = margin(rng);
        ws.members[m].labels[d] = DepRel::dep;
      }
    }
    combine_votes(voting, n, ws);
    const std::vector<float> scores = ws.scores;
    if (scores.empty()) continue;  // every member agreed
    std::vector<uint32_t> eisner(n);
    EisnerWorkspace e;
    const float best = e.decode(n, scores, eisner);
    float got = 0;
    for (uint32_t d = 0; d < n; ++d) got += scores[size_t{ws.combined.heads[d]} * n + d];
    EXPECT_NEAR(got, best, 1e-3) << "trial " << trial;
    ws.scores.clear();
  }
}

TEST(Parser, ArcHybridMemberRoundTrips) {
  std::vector<Document> docs = news_docs();
  ParserTrainOptions options;
  options.epochs = 15;
  options.members_reversed = {false};
  options.members_hybrid = {true};
  auto parser = train_parser(docs, docs, options);
  ASSERT_TRUE(parser.ok()) << parser.status().message();
  EXPECT_EQ((*parser)->system(), TransitionSystem::kArcHybrid);
  const AttachmentScores s = evaluate_parser(**parser, docs, docs);
  EXPECT_EQ(s.label_hits, s.words);
  const std::string path = ::testing::TempDir() + "hybrid.parser.dyad";
  ASSERT_TRUE((*parser)->write(path).ok());
  auto loaded = Parser::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  ASSERT_TRUE((*loaded)->is_ensemble());  // an ensemble of one records the system
  EXPECT_EQ((*loaded)->members()[0]->system(), TransitionSystem::kArcHybrid);
  EXPECT_EQ(evaluate_parser(**loaded, docs, docs).label_hits, s.words);
}

class TinyEnsemble : public testing::TinyParserTest {};

TEST_F(TinyEnsemble, HasBothDirectionsAndEachLearnsItsSentences) {
  const Parser& p = **parser_;
  ASSERT_TRUE(p.is_ensemble());
  const std::vector<bool> directions = ParserTrainOptions().members_reversed;
  ASSERT_EQ(p.members().size(), directions.size());
  for (size_t m = 0; m < directions.size(); ++m) {
    EXPECT_EQ(p.members()[m]->reversed(), directions[m]);
  }
  EXPECT_TRUE(p.members()[1]->reversed());
  for (const auto& member : p.members()) {
    const AttachmentScores s = evaluate_parser(*member, *docs_, *docs_);
    EXPECT_EQ(s.label_hits, s.words) << "reversed " << member->reversed();
  }
}

TEST_F(TinyEnsemble, IdenticalMembersGiveTheMemberOutput) {
  const auto single = (*parser_)->members()[1];  // the right-to-left one
  EnsembleVoting voting;
  voting.members = {{true, 1.0f, 5.0f}, {true, 2.0f, 1.0f}, {true, 1.0f, 1.0f}};
  voting.beta = 0.5f;
  const Parser three({single, single, single}, voting, "{}");
  const std::vector<Document> a = parsed(*single), b = parsed(three);
  for (size_t d = 0; d < a.size(); ++d) {
    for (size_t i = 0; i < a[d].tokens.size(); ++i) {
      EXPECT_EQ(a[d].tokens[i].head, b[d].tokens[i].head);
      EXPECT_EQ(a[d].tokens[i].deprel, b[d].tokens[i].deprel);
    }
  }
}

TEST_F(TinyEnsemble, FileRoundTripKeepsMembersAndVoting) {
  const std::string path = ::testing::TempDir() + "ensemble.parser.dyad";
  ASSERT_TRUE((*parser_)->write(path).ok());
  auto loaded = Parser::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Parser& p = *loaded.value();
  ASSERT_EQ(p.members().size(), (*parser_)->members().size());
  EXPECT_TRUE(p.members()[1]->reversed());
  EXPECT_EQ(p.voting().beta, (*parser_)->voting().beta);
  EXPECT_EQ(p.feature_count(), (*parser_)->feature_count());
  const std::vector<Document> a = parsed(**parser_), b = parsed(p);
  for (size_t d = 0; d < a.size(); ++d) {
    for (size_t i = 0; i < a[d].tokens.size(); ++i) {
      EXPECT_EQ(a[d].tokens[i].head, b[d].tokens[i].head);
    }
  }
}

}  // namespace
}  // namespace dyad::syntax

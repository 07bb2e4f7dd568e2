// The weight tables: merged (shared) tables score every column exactly as the tables that
// went in, split back into the same tables and files, and an ensemble's members that read
// in the same direction share one table.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <set>

#include "syntax/parser/parser.h"
#include "syntax/parser/weights.h"
#include "tiny_parser.h"

namespace dyad::syntax {
namespace {

struct RandomMoves {
  std::vector<uint64_t> keys;
  std::vector<int16_t> rows;
  MoveWeights table;
};

// `count` keys drawn from a small pool (so tables overlap), with non-zero rows.
RandomMoves random_moves(std::mt19937_64& rng, size_t count, const std::vector<uint64_t>& pool) {
  std::set<uint64_t> chosen;
  while (chosen.size() < count) chosen.insert(pool[rng() % pool.size()]);
  RandomMoves r;
  r.keys.assign(chosen.begin(), chosen.end());
  for (size_t k = 0; k < r.keys.size(); ++k) {
    for (int m = 0; m < kMoveCount; ++m) {
      r.rows.push_back(static_cast<int16_t>(static_cast<int>(rng() % 2001) - 1000));
    }
    if (r.rows[k * kMoveCount] == 0) r.rows[k * kMoveCount] = 7;  // no all-zero row
  }
  r.table.build(r.keys, r.rows);
  return r;
}

std::vector<uint64_t> key_pool(std::mt19937_64& rng, size_t n) {
  std::vector<uint64_t> pool;
  while (pool.size() < n) {
    const uint64_t k = rng();
    if (k != 0) pool.push_back(k);
  }
  return pool;
}

std::string bytes_of(const MoveWeights& t, int column = 0) {
  model::ByteWriter w;
  t.write(w, column);
  return w.take();
}

std::string bytes_of(const LabelWeights& t, int column = 0) {
  model::ByteWriter w;
  t.write(w, column);
  return w.take();
}

TEST(MoveWeights, MergedColumnsScoreAndSplitLikeTheirTables) {
  std::mt19937_64 rng(11);
  const std::vector<uint64_t> pool = key_pool(rng, 3000);
  for (int columns = 1; columns <= kMaxWeightColumns; ++columns) {
    std::vector<RandomMoves> parts;
    std::vector<const MoveWeights*> tables;
    for (int c = 0; c < columns; ++c) parts.push_back(random_moves(rng, 500 + 300 * c, pool));
    for (const RandomMoves& p : parts) tables.push_back(&p.table);
    const MoveWeights merged = MoveWeights::merge(tables);
    ASSERT_EQ(merged.columns(), columns);
    for (int trial = 0; trial < 200; ++trial) {
      uint64_t keys[40];
      const int n = 1 + static_cast<int>(rng() % 40);
      for (int f = 0; f < n; ++f) keys[f] = rng() % 3 ? pool[rng() % pool.size()] : rng() | 1;
      for (int c = 0; c < columns; ++c) {
        int32_t want[kMoveCount], got[kMoveCount];
        parts[c].table.score(keys, n, 0, want);
        merged.score(keys, n, c, got);
        for (int m = 0; m < kMoveCount; ++m) EXPECT_EQ(got[m], want[m]) << "column " << c;
      }
    }
    for (int c = 0; c < columns; ++c) {
      EXPECT_EQ(merged.size(c), parts[c].keys.size());
      EXPECT_EQ(bytes_of(merged, c), bytes_of(parts[c].table));
      EXPECT_EQ(bytes_of(merged.column(c)), bytes_of(parts[c].table));
    }
  }
}

TEST(LabelWeights, MergedColumnsScoreAndSplitLikeTheirTables) {
  std::mt19937_64 rng(12);
  const std::vector<uint64_t> pool = key_pool(rng, 2000);
  std::vector<LabelWeights> parts(3);
  std::vector<const LabelWeights*> tables;
  for (size_t c = 0; c < parts.size(); ++c) {
    std::set<uint64_t> chosen;
    while (chosen.size() < 400 + 200 * c) chosen.insert(pool[rng() % pool.size()]);
    std::vector<uint64_t> keys(chosen.begin(), chosen.end());
    std::vector<uint32_t> offsets{0};
    std::vector<LabelWeights::Entry> entries;
    for (size_t k = 0; k < keys.size(); ++k) {
      const int count = 1 + static_cast<int>(rng() % 12);
      for (int e = 0; e < count; ++e) {
        entries.push_back({static_cast<uint16_t>((e * 5 + k) % kDepRelCount),
                           static_cast<int16_t>(1 + rng() % 900)});
      }
      offsets.push_back(static_cast<uint32_t>(entries.size()));
    }
    parts[c].build(keys, offsets, entries);
  }
  for (const LabelWeights& p : parts) tables.push_back(&p);
  const LabelWeights merged = LabelWeights::merge(tables);
  for (int trial = 0; trial < 200; ++trial) {
    uint64_t keys[70];
    const int n = 1 + static_cast<int>(rng() % 70);
    for (int f = 0; f < n; ++f) keys[f] = rng() % 3 ? pool[rng() % pool.size()] : rng() | 1;
    for (size_t c = 0; c < parts.size(); ++c) {
      std::vector<int32_t> want(kDepRelCount, 0), got(kDepRelCount, 0);
      parts[c].score(keys, n, 0, want.data());
      merged.score(keys, n, static_cast<int>(c), got.data());
      EXPECT_EQ(got, want) << "column " << c;
    }
  }
  for (size_t c = 0; c < parts.size(); ++c) {
    EXPECT_EQ(merged.size(static_cast<int>(c)), parts[c].size());
    EXPECT_EQ(bytes_of(merged, static_cast<int>(c)), bytes_of(parts[c]));
    EXPECT_EQ(bytes_of(merged.column(static_cast<int>(c))), bytes_of(parts[c]));
  }
}

// The tables turn away most absent keys with a Bloom filter before probing (key_filter.h):
// sums over many keys, most of them absent, equal the sums over a plain map, and the
// pair scorers equal the single ones. More keys than one scoring chunk (128).
TEST(MoveWeights, ScoresEqualAPlainMapWithManyAbsentKeys) {
  std::mt19937_64 rng(13);
  const std::vector<uint64_t> pool = key_pool(rng, 20000);
  std::vector<RandomMoves> parts;
  parts.push_back(random_moves(rng, 5000, pool));
  parts.push_back(random_moves(rng, 4000, pool));
  std::map<uint64_t, const int16_t*> rows[2];
  for (int c = 0; c < 2; ++c) {
    for (size_t k = 0; k < parts[c].keys.size(); ++k) {
      rows[c][parts[c].keys[k]] = parts[c].rows.data() + k * kMoveCount;
    }
  }
  const std::vector<const MoveWeights*> tables{&parts[0].table, &parts[1].table};
  const MoveWeights merged = MoveWeights::merge(tables);
  for (int trial = 0; trial < 100; ++trial) {
    uint64_t keys[300];
    const int n = 1 + static_cast<int>(rng() % 300);
    for (int f = 0; f < n; ++f) keys[f] = rng() % 4 == 0 ? pool[rng() % pool.size()] : rng() | 1;
    int32_t want[2][kMoveCount] = {};
    for (int c = 0; c < 2; ++c) {
      for (int f = 0; f < n; ++f) {
        auto it = rows[c].find(keys[f]);
        if (it == rows[c].end()) continue;
        for (int m = 0; m < kMoveCount; ++m) want[c][m] += it->second[m];
      }
    }
    int32_t single[kMoveCount], a[kMoveCount], b[kMoveCount];
    parts[0].table.score(keys, n, 0, single);
    merged.score_pair(keys, n, 0, 1, a, b);
    for (int m = 0; m < kMoveCount; ++m) {
      EXPECT_EQ(single[m], want[0][m]);
      EXPECT_EQ(a[m], want[0][m]);
      EXPECT_EQ(b[m], want[1][m]);
    }
  }
}

TEST(LabelWeights, ScoresEqualAPlainMapWithManyAbsentKeys) {
  std::mt19937_64 rng(14);
  const std::vector<uint64_t> pool = key_pool(rng, 20000);
  std::set<uint64_t> chosen;
  while (chosen.size() < 4000) chosen.insert(pool[rng() % pool.size()]);
  std::vector<uint64_t> keys(chosen.begin(), chosen.end());
  std::vector<uint32_t> offsets{0};
  std::vector<LabelWeights::Entry> entries;
  std::map<uint64_t, std::vector<LabelWeights::Entry>> rows;
  for (size_t k = 0; k < keys.size(); ++k) {
    const int count = 1 + static_cast<int>(rng() % 12);
    for (int e = 0; e < count; ++e) {
      const LabelWeights::Entry entry{static_cast<uint16_t>((e * 5 + k) % kDepRelCount),
                                      static_cast<int16_t>(static_cast<int>(rng() % 1801) - 900)};
      entries.push_back(entry);
      rows[keys[k]].push_back(entry);
    }
    offsets.push_back(static_cast<uint32_t>(entries.size()));
  }
  LabelWeights table;
  table.build(keys, offsets, entries);
  for (int trial = 0; trial < 100; ++trial) {
    uint64_t probe[200];
    const int n = 1 + static_cast<int>(rng() % 200);
    for (int f = 0; f < n; ++f) probe[f] = rng() % 4 == 0 ? pool[rng() % pool.size()] : rng() | 1;
    std::vector<int32_t> want(kDepRelCount, 0), got(kDepRelCount, 0);
    for (int f = 0; f < n; ++f) {
      auto it = rows.find(probe[f]);
      if (it == rows.end()) continue;
      for (const auto& e : it->second) want[e.label] += e.weight;
    }
    table.score(probe, n, 0, got.data());
    EXPECT_EQ(got, want);
  }
}

class SharedTables : public testing::TinyParserTest {};

TEST_F(SharedTables, SameDirectionMembersShareOneTable) {
  const Parser& p = **parser_;
  ASSERT_EQ(p.members().size(), 3u);  // left-to-right, right-to-left, left-to-right
  const Parser& a = *p.members()[0];
  const Parser& rl = *p.members()[1];
  const Parser& b = *p.members()[2];
  EXPECT_EQ(&a.move_weights(), &b.move_weights());
  EXPECT_EQ(&a.label_weights(), &b.label_weights());
  EXPECT_EQ(a.move_weights().columns(), 2);
  EXPECT_EQ(a.column(), 0);
  EXPECT_EQ(b.column(), 1);
  EXPECT_EQ(rl.move_weights().columns(), 1);
  // New voting weights keep the shared tables as they are.
  const auto revoted = p.with_voting(p.voting());
  EXPECT_EQ(&revoted->members()[0]->move_weights(), &a.move_weights());
}

TEST_F(SharedTables, FilesRoundTripByteForByte) {
  const std::string first = ::testing::TempDir() + "shared1.parser.dyad";
  const std::string second = ::testing::TempDir() + "shared2.parser.dyad";
  ASSERT_TRUE((*parser_)->write(first).ok());
  auto loaded = Parser::load(first);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  ASSERT_TRUE((*loaded)->write(second).ok());
  auto read = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(read(first), read(second));
  EXPECT_EQ((*loaded)->feature_count(), (*parser_)->feature_count());
}

TEST_F(SharedTables, LoadingFewerMembersKeepsTheFirstOnes) {
  const std::string path = ::testing::TempDir() + "members.parser.dyad";
  ASSERT_TRUE((*parser_)->write(path).ok());
  for (int keep = 1; keep <= 4; ++keep) {
    auto loaded = Parser::load(path, keep);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    const size_t want = std::min<size_t>(keep, 3);
    ASSERT_EQ((*loaded)->members().size(), want);
    ASSERT_EQ((*loaded)->voting().members.size(), want);
    for (size_t m = 0; m < want; ++m) {
      EXPECT_EQ((*loaded)->members()[m]->reversed(), (*parser_)->members()[m]->reversed());
    }
  }
  // One member parses as that member does alone.
  auto one = Parser::load(path, 1);
  ASSERT_TRUE(one.ok());
  const std::vector<Document> a = parsed(**one), b = parsed(*(*parser_)->members()[0]);
  for (size_t d = 0; d < a.size(); ++d) {
    for (size_t i = 0; i < a[d].tokens.size(); ++i) {
      EXPECT_EQ(a[d].tokens[i].head, b[d].tokens[i].head);
      EXPECT_EQ(a[d].tokens[i].deprel, b[d].tokens[i].deprel);
    }
  }
}

// Voting the members' own separate parses gives the ensemble's trees, and each member's
// arcs and margins are the ones it makes alone. Returns how many sentences had members
// disagree.
int expect_ensemble_parses_as_members_alone(const Parser& p, std::vector<Document> docs) {
  ParserWorkspace ws, alone;
  int disagreeing = 0;
  for (Document& d : docs) {
    for (const Sentence& s : d.sentences) {
      const uint32_t n = s.size();
      for (size_t m = 0; m < p.members().size(); ++m) {
        p.members()[m]->parse_arcs(d, s, alone, alone.ensemble.members[m]);
      }
      combine_votes(p.voting(), n, alone.ensemble);
      p.parse(d, s, ws);
      for (uint32_t i = 0; i < n; ++i) {
        const Token& t = d.tokens[s.token_begin + i];
        const uint32_t head = alone.ensemble.combined.heads[i];
        EXPECT_EQ(t.head, head == n ? kNoIndex : s.token_begin + head);
        EXPECT_EQ(t.deprel, head == n ? DepRel::root : alone.ensemble.combined.labels[i]);
      }
      for (size_t m = 0; m < p.members().size(); ++m) {
        EXPECT_EQ(ws.ensemble.members[m].heads, alone.ensemble.members[m].heads);
        EXPECT_EQ(ws.ensemble.members[m].labels, alone.ensemble.members[m].labels);
        EXPECT_EQ(ws.ensemble.members[m].margins, alone.ensemble.members[m].margins);
        disagreeing +=
            m > 0 && (alone.ensemble.members[m].heads != alone.ensemble.members[0].heads ||
                      alone.ensemble.members[m].labels != alone.ensemble.members[0].labels);
      }
    }
  }
  return disagreeing;
}

TEST_F(SharedTables, EnsembleParsesAsItsMembersDoAlone) {
  // The ensemble parses its left-to-right pair in lockstep over shared tables, grouped by
  // direction.
  expect_ensemble_parses_as_members_alone(**parser_, *docs_);
}

TEST_F(SharedTables, LockstepPairThatDisagreesParsesAsItsMembersAlone) {
  // A member and a heavily pruned copy of it: same direction and system, so they parse in
  // lockstep, and they part ways within sentences.
  const auto full = (*parser_)->members()[0];
  const auto pruned = full->pruned(12000);
  EnsembleVoting voting;
  voting.members = {{false, 1.0f, 1.0f}, {false, 1.1f, 1.0f}};
  voting.beta = 0.5f;
  const Parser pair({full, pruned}, voting, "{}");
  EXPECT_EQ(&pair.members()[0]->move_weights(), &pair.members()[1]->move_weights());
  EXPECT_GT(expect_ensemble_parses_as_members_alone(pair, *docs_), 0);
}

}  // namespace
}  // namespace dyad::syntax

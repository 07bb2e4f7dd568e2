// TagWeights keeps its long rows dense in memory and finds rows through a bitmap index
// (tag_weights.h): scores equal the plain sums over the sparse rows, empty buckets included,
// and write() gives back the bytes read() was given.
#include "syntax/tagger/tag_weights.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "syntax/tagger/tag_features.h"

namespace dyad::syntax {
namespace {

struct SparseRows {
  int bits = 10;
  uint32_t classes = 0;
  std::vector<uint32_t> row_start;
  std::vector<WeightEntry> entries;
};

// Rows of every length from empty to all `classes`, ascending classes, no zero weights
// (what the trainer writes); some rows out of order or with a zero, which stay sparse.
SparseRows random_rows(std::mt19937_64& rng, uint32_t classes) {
  SparseRows r;
  r.classes = classes;
  const size_t buckets = size_t{1} << r.bits;
  for (size_t b = 0; b < buckets; ++b) {
    r.row_start.push_back(static_cast<uint32_t>(r.entries.size()));
    const uint32_t kind = rng() % 4;
    const uint32_t length = kind == 0 ? 0 : kind == 1 ? rng() % 8 : rng() % (classes + 1);
    std::vector<uint16_t> chosen;
    for (uint32_t c = 0; c < classes; ++c) {
      if (rng() % classes < length) chosen.push_back(static_cast<uint16_t>(c));
    }
    const bool odd = rng() % 16 == 0;
    if (odd && chosen.size() > 1) std::swap(chosen.front(), chosen.back());
    for (uint16_t c : chosen) {
      int16_t v = static_cast<int16_t>(static_cast<int>(rng() % 64001) - 32000);
      if (v == 0) v = 1;
      r.entries.push_back({c, v});
    }
    if (odd && !chosen.empty()) r.entries.back().value = 0;
  }
  r.row_start.push_back(static_cast<uint32_t>(r.entries.size()));
  return r;
}

TEST(TagWeights, DenseRowsScoreLikeTheSparseRowsAndWriteTheSameBytes) {
  std::mt19937_64 rng(5);
  for (uint32_t classes : {3u, 31u, 32u, 33u, 102u}) {
    const SparseRows r = random_rows(rng, classes);
    const TagWeights weights(r.bits, r.row_start, r.entries);
    EXPECT_EQ(weights.entry_count(), r.entries.size());
    for (int trial = 0; trial < 200; ++trial) {
      uint64_t features[kMaxTagFeatures];
      const int n = 1 + static_cast<int>(rng() % kMaxTagFeatures);
      for (int f = 0; f < n; ++f) features[f] = rng();
      std::vector<int32_t> want(classes, 5), got(classes, 5);
      for (int f = 0; f < n; ++f) {
        const size_t b = features[f] >> (64 - r.bits);
        for (uint32_t e = r.row_start[b]; e < r.row_start[b + 1]; ++e) {
          want[r.entries[e].cls] += r.entries[e].value;
        }
      }
      weights.score(features, n, got.data());
      ASSERT_EQ(got, want) << classes << " classes";
    }
    model::ByteWriter out;
    weights.write(out);
    const std::string bytes = out.take();
    TagWeights read;
    model::ByteReader in(bytes);
    ASSERT_TRUE(read.read(in, static_cast<int>(classes)));
    model::ByteWriter again;
    read.write(again);
    EXPECT_EQ(again.take(), bytes);
    // The sparse form, written directly.
    model::ByteWriter plain;
    plain.put<uint32_t>(static_cast<uint32_t>(r.bits));
    std::vector<uint8_t> lengths, cls;
    std::vector<int16_t> values;
    for (size_t b = 0; b + 1 < r.row_start.size(); ++b) {
      lengths.push_back(static_cast<uint8_t>(r.row_start[b + 1] - r.row_start[b]));
    }
    for (const WeightEntry& e : r.entries) {
      cls.push_back(static_cast<uint8_t>(e.cls));
      values.push_back(e.value);
    }
    plain.put_vector(lengths);
    plain.put_vector(cls);
    plain.put_vector(values);
    EXPECT_EQ(plain.take(), bytes);
  }
}

}  // namespace
}  // namespace dyad::syntax

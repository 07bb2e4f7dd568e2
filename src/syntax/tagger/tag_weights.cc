// Scoring loop and (de)serialization of TagWeights. The row offsets are stored as one
// byte per bucket (the row length, at most the number of classes) and the entries as two
// parallel arrays, which zstd packs far better than interleaved 32-bit structs.
#include "syntax/tagger/tag_weights.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "syntax/tagger/tag_features.h"

namespace dyad::syntax {
namespace {

// Rows with at least this many entries are scored dense: adding a vector of 8 classes
// costs about what adding one sparse entry does, and a row is ~4 such vectors per 32
// classes. Shorter rows stay sparse, where a rarely used row costs one cache line.
constexpr uint32_t kDenseMin = 24;
// Dense rows are added 32 classes (four vectors of 8 int32) at a time.
constexpr uint32_t kDenseChunk = 32;
// A dense row's place among the sparse entries: two entries with this class, holding the
// low and high 16 bits of its index in dense_. No real class is this large.
constexpr uint16_t kDenseMarker = 0xffff;

using Vec8 = int32_t __attribute__((vector_size(32)));

// scores[c] += rows[r][c] for c < classes, over the n rows (`width` int32 each, a multiple of
// kDenseChunk). Built for AVX2 too, chosen at load time by the CPU: the default x86-64
// build adds 4 classes per instruction, AVX2 8.
__attribute__((target_clones("avx2", "default"))) void add_dense_rows(
    const int32_t* const* rows, int n, uint32_t width, uint32_t classes, int32_t* scores) {
  for (uint32_t c = 0; c < width; c += kDenseChunk) {
    Vec8 a0 = {}, a1 = {}, a2 = {}, a3 = {};
    for (int r = 0; r < n; ++r) {
      Vec8 v0, v1, v2, v3;
      const int32_t* p = rows[r] + c;
      std::memcpy(&v0, p, sizeof v0);
      std::memcpy(&v1, p + 8, sizeof v1);
      std::memcpy(&v2, p + 16, sizeof v2);
      std::memcpy(&v3, p + 24, sizeof v3);
      a0 += v0, a1 += v1, a2 += v2, a3 += v3;
    }
    int32_t sum[kDenseChunk];
    std::memcpy(sum, &a0, sizeof a0);
    std::memcpy(sum + 8, &a1, sizeof a1);
    std::memcpy(sum + 16, &a2, sizeof a2);
    std::memcpy(sum + 24, &a3, sizeof a3);
    const uint32_t m = std::min(kDenseChunk, classes - c);
    for (uint32_t j = 0; j < m; ++j) scores[c + j] += sum[j];
  }
}

}  // namespace

TagWeights::TagWeights(int bits, std::vector<uint32_t> row_start, std::vector<WeightEntry> entries)
    : bits_(bits) {
  // A row holds at most one entry per class, and classes fit a byte (write()).
  std::vector<uint8_t> lengths(row_start.empty() ? 0 : row_start.size() - 1);
  for (size_t r = 0; r < lengths.size(); ++r) {
    lengths[r] = static_cast<uint8_t>(row_start[r + 1] - row_start[r]);
  }
  densify(lengths, entries);
}

void TagWeights::densify(std::span<const uint8_t> lengths,
                         std::span<const WeightEntry> entries) {
  entry_count_ = entries.size();
  uint32_t classes = 0;
  for (const WeightEntry& e : entries) classes = std::max<uint32_t>(classes, e.cls + 1u);
  dense_classes_ = classes;
  dense_width_ = (classes + kDenseChunk - 1) / kDenseChunk * kDenseChunk;
  const size_t buckets = lengths.size();
  // A row goes dense only when write() can give it back exactly: classes ascending and no
  // zero weight (what the trainer writes).
  auto dense_ok = [&](uint32_t b, uint32_t e) {
    if (e - b < kDenseMin) return false;
    for (uint32_t i = b; i < e; ++i) {
      if (entries[i].value == 0 || (i > b && entries[i].cls <= entries[i - 1].cls)) return false;
    }
    return true;
  };
  size_t dense_rows = 0, kept = 0;
  for (uint32_t r = 0, b = 0; r < buckets; b += lengths[r++]) {
    if (dense_ok(b, b + lengths[r])) {
      ++dense_rows;
      kept += 2;
    } else {
      kept += lengths[r];
    }
  }
  blocks_.assign((buckets + 63) / 64, Block{});
  row_begin_.clear();
  entries_.clear();
  entries_.reserve(kept);
  dense_.assign(dense_rows * dense_width_, 0);
  uint32_t d = 0;
  for (uint32_t r = 0, next = 0; r < buckets; ++r) {
    const uint32_t b = next, e = next + lengths[r];
    next = e;
    Block& block = blocks_[r / 64];
    if (r % 64 == 0) block.first_row = static_cast<uint32_t>(row_begin_.size());
    if (b == e) continue;
    block.occupied |= uint64_t{1} << (r % 64);
    row_begin_.push_back(static_cast<uint32_t>(entries_.size()));
    if (dense_ok(b, e)) {
      int32_t* row = dense_.data() + size_t{d} * dense_width_;
      for (uint32_t i = b; i < e; ++i) row[entries[i].cls] = entries[i].value;
      entries_.push_back({kDenseMarker, static_cast<int16_t>(d & 0xffff)});
      entries_.push_back({kDenseMarker, static_cast<int16_t>(d >> 16)});
      ++d;
    } else {
      entries_.insert(entries_.end(), entries.begin() + b, entries.begin() + e);
    }
  }
  row_begin_.push_back(static_cast<uint32_t>(entries_.size()));
}

inline void TagWeights::row(uint32_t bucket, uint32_t& begin, uint32_t& end) const {
  const Block& block = blocks_[bucket / 64];
  const uint64_t below = block.occupied & ((uint64_t{1} << (bucket % 64)) - 1);
  const uint32_t r = block.first_row + static_cast<uint32_t>(std::popcount(below));
  const bool present = (block.occupied >> (bucket % 64)) & 1;
  begin = row_begin_[r];
  end = present ? row_begin_[r + 1] : begin;
}

// Built with POPCNT too (chosen at load time by the CPU): the default x86-64 build counts
// a block's bits with a library call.
__attribute__((target_clones("popcnt", "default"))) void TagWeights::score(
    const uint64_t* features, int n, int32_t* scores) const {
  const int shift = 64 - bits_;
  uint32_t begin[kMaxTagFeatures], end[kMaxTagFeatures];
  const int32_t* dense[kMaxTagFeatures];
  int dense_count = 0;
  const WeightEntry* entries = entries_.data();
  // Passes, so the cache misses of all features overlap instead of being paid in turn:
  // the bucket index, the row offsets, then each row's entries (megabytes), then the sums.
  for (int f = 0; f < n; ++f) {
    begin[f] = static_cast<uint32_t>(features[f] >> shift);
    __builtin_prefetch(&blocks_[begin[f] / 64]);
  }
  for (int f = 0; f < n; ++f) {
    const uint32_t bucket = begin[f];
    row(bucket, begin[f], end[f]);
    __builtin_prefetch(entries + begin[f]);
    __builtin_prefetch(entries + (end[f] > begin[f] ? end[f] - 1 : begin[f]));
  }
  for (int f = 0; f < n; ++f) {
    const uint32_t b = begin[f], e = end[f];
    if (e - b == 2 && entries[b].cls == kDenseMarker) {
      const uint32_t d = static_cast<uint16_t>(entries[b].value) |
                         uint32_t{static_cast<uint16_t>(entries[b + 1].value)} << 16;
      dense[dense_count++] = dense_.data() + size_t{d} * dense_width_;
      continue;
    }
    for (uint32_t i = b; i < e; ++i) scores[entries[i].cls] += entries[i].value;
  }
  if (dense_count > 0) add_dense_rows(dense, dense_count, dense_width_, dense_classes_, scores);
}

void TagWeights::write(model::ByteWriter& out) const {
  out.put<uint32_t>(static_cast<uint32_t>(bits_));
  const size_t buckets = bits_ == 0 ? 0 : size_t{1} << bits_;
  std::vector<uint8_t> lengths(buckets);
  std::vector<uint8_t> classes;
  std::vector<int16_t> values;
  classes.reserve(entry_count_);
  values.reserve(entry_count_);
  for (size_t r = 0; r < buckets; ++r) {
    uint32_t b, e;
    row(static_cast<uint32_t>(r), b, e);
    const size_t before = classes.size();
    if (e - b == 2 && entries_[b].cls == kDenseMarker) {
      const uint32_t d = static_cast<uint16_t>(entries_[b].value) |
                         uint32_t{static_cast<uint16_t>(entries_[b + 1].value)} << 16;
      const int32_t* row = dense_.data() + size_t{d} * dense_width_;
      for (uint32_t c = 0; c < dense_classes_; ++c) {
        if (row[c] == 0) continue;
        classes.push_back(static_cast<uint8_t>(c));
        values.push_back(static_cast<int16_t>(row[c]));
      }
    } else {
      for (uint32_t i = b; i < e; ++i) {
        classes.push_back(static_cast<uint8_t>(entries_[i].cls));
        values.push_back(entries_[i].value);
      }
    }
    lengths[r] = static_cast<uint8_t>(classes.size() - before);
  }
  out.put_vector(lengths);
  out.put_vector(classes);
  out.put_vector(values);
}

bool TagWeights::read(model::ByteReader& in, int num_classes) {
  uint32_t bits = in.get<uint32_t>();
  if (!in.ok() || bits < 8 || bits > 26) return false;
  std::vector<uint8_t> lengths = in.get_vector<uint8_t>();
  std::vector<uint8_t> classes = in.get_vector<uint8_t>();
  std::vector<int16_t> values = in.get_vector<int16_t>();
  if (!in.ok() || lengths.size() != (size_t{1} << bits) || classes.size() != values.size()) {
    return false;
  }
  uint64_t total = 0;
  for (uint8_t length : lengths) total += length;
  if (total != classes.size()) return false;
  std::vector<WeightEntry> entries(classes.size());
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] >= num_classes) return false;
    entries[i] = {classes[i], values[i]};
  }
  bits_ = static_cast<int>(bits);
  densify(lengths, entries);
  return true;
}

}  // namespace dyad::syntax

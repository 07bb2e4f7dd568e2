#pragma once
// TagWeights: the tagger's trained weights in their compact, read-only form, and the
// scoring loop over them.
//
// Features are hashed into 2^bits buckets (no keys are stored: the hashing trick). A bucket
// holds a sparse row of (class, int16 weight) pairs: a perceptron moves only the classes it
// confused, so rows average a handful of entries, and weights whose quantized value is
// zero are dropped. This keeps the model a few MB and scoring a few hundred adds per word.
//
// In memory, the few long rows (the bias, frequent words and tag contexts: a few thousand
// of the ~200,000 non-empty buckets, but most of the entries a word's scoring adds) are
// also kept dense, one int32 per class, and added a vector at a time; their place among
// the sparse entries holds a marker. The model file keeps the sparse form (write() gives
// back the bytes read()), and the scores are the same integer sums either way.
//
// Only about 5% of the 2^22 buckets hold a row, so a bucket is found through a bitmap
// per 64 buckets and the rank of its bit among the non-empty rows, not through an offset
// per bucket: 1 MB of index instead of 16 MB, small enough to stay in the cache that
// the tables of the parser and the second tagger pass compete for.
//
// Thread-safety: immutable after construction; score() may run on many threads at once.

#include <cstdint>
#include <span>
#include <vector>

#include "model/byte_io.h"
#include "syntax/parser/internal/huge_page_allocator.h"

namespace dyad::syntax {

struct WeightEntry {
  uint16_t cls = 0;
  int16_t value = 0;
};

class TagWeights {
 public:
  TagWeights() = default;
  // `row_start` has 2^bits + 1 offsets into `entries`; each row's classes ascend.
  TagWeights(int bits, std::vector<uint32_t> row_start, std::vector<WeightEntry> entries);

  int bits() const { return bits_; }
  // Entries of the sparse form (as in the model file).
  size_t entry_count() const { return entry_count_; }

  // scores[c] += the weight of (feature, c) for each of the n features. Allocation-free.
  void score(const uint64_t* features, int n, int32_t* scores) const;

  void write(model::ByteWriter& out) const;
  // False when the bytes are inconsistent (truncated, a class id >= num_classes).
  bool read(model::ByteReader& in, int num_classes);

 private:
  template <typename T>
  using Table = std::vector<T, syntax::internal::HugePageAllocator<T>>;
  // 64 buckets: which hold a row, and the index in row_begin_ of the first that does.
  struct Block {
    uint64_t occupied = 0;
    uint32_t first_row = 0;
    uint32_t unused = 0;  // pads a block to 16 bytes, 4 to a cache line
  };
  // Builds the index and entries from the sparse form (each bucket's row length, and
  // the rows one after another), moving its long rows into dense_.
  void densify(std::span<const uint8_t> lengths, std::span<const WeightEntry> entries);
  // Bucket b's row: entries_[begin, end), empty when b holds none.
  void row(uint32_t bucket, uint32_t& begin, uint32_t& end) const;

  int bits_ = 0;
  size_t entry_count_ = 0;
  // A dense row's length: dense_classes_ rounded up to the scoring loop's chunk.
  uint32_t dense_width_ = 0;
  uint32_t dense_classes_ = 0;  // the largest class of any entry + 1
  Table<Block> blocks_;         // 2^bits / 64
  Table<uint32_t> row_begin_;   // per non-empty bucket, in bucket order, + the end
  Table<WeightEntry> entries_;
  Table<int32_t> dense_;  // dense_width_ per dense row
};

}  // namespace dyad::syntax

#pragma once
// TagWeights: the tagger's trained weights in their compact, read-only form, and the
// scoring loop over them.
//
// Features are hashed into 2^bits buckets (no keys are stored: the hashing trick). A bucket
// holds a sparse row of (class, int16 weight) pairs: a perceptron moves only the classes it
// confused, so rows average a handful of entries, and weights whose quantized value is
// zero are dropped. This keeps the model a few MB and scoring a few hundred adds per word.
//
// Thread-safety: immutable after construction; score() may run on many threads at once.

#include <cstdint>
#include <vector>

#include "model/byte_io.h"

namespace dyad::syntax {

struct WeightEntry {
  uint16_t cls = 0;
  int16_t value = 0;
};

class TagWeights {
 public:
  TagWeights() = default;
  // `row_start` has 2^bits + 1 offsets into `entries`.
  TagWeights(int bits, std::vector<uint32_t> row_start, std::vector<WeightEntry> entries)
      : bits_(bits), row_start_(std::move(row_start)), entries_(std::move(entries)) {}

  int bits() const { return bits_; }
  size_t entry_count() const { return entries_.size(); }

  // scores[c] += the weight of (feature, c) for each of the n features. Allocation-free.
  void score(const uint64_t* features, int n, int32_t* scores) const;

  void write(model::ByteWriter& out) const;
  // False when the bytes are inconsistent (truncated, a class id >= num_classes).
  bool read(model::ByteReader& in, int num_classes);

 private:
  int bits_ = 0;
  std::vector<uint32_t> row_start_;
  std::vector<WeightEntry> entries_;
};

}  // namespace dyad::syntax

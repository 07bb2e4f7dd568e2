#pragma once
// The parser's frozen weight tables, as loaded from the model file: feature key -> weights
// of the 4 moves (dense, 8 bytes), and feature key -> (label, weight) pairs for the arc
// labeller (sparse: most features are seen with few labels). Weights are 16-bit integers
// (the averaged perceptron weights times a per-table scale), so a move table slot is 16
// bytes, four to a cache line, and one probe usually costs one cache miss.
//
// Open addressing with linear probing at load factor <= 0.5; key 0 marks an empty slot
// (feature keys are never 0, see features.cc).
//
// Thread-safety: immutable after build/deserialize; score() is const and allocation-free.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/enums.h"
#include "model/byte_io.h"
#include "syntax/parser/internal/huge_page_allocator.h"
#include "syntax/parser/transition_system.h"

namespace dyad::syntax {

class MoveWeights {
 public:
  // `rows` holds kMoveCount weights per key.
  void build(std::span<const uint64_t> keys, std::span<const int16_t> rows);
  void score(const uint64_t* keys, int n, int32_t scores[kMoveCount]) const;
  size_t size() const { return count_; }
  // A copy without the features whose every weight is at most `threshold` in magnitude.
  MoveWeights pruned(int threshold) const;
  void write(model::ByteWriter& out) const;
  bool read(model::ByteReader& in);

 private:
  struct Slot {
    uint64_t key = 0;
    int16_t w[kMoveCount] = {};
  };
  std::vector<Slot, internal::HugePageAllocator<Slot>> slots_;
  uint64_t mask_ = 0;
  size_t count_ = 0;
};

class LabelWeights {
 public:
  struct Entry {
    uint16_t label;
    int16_t weight;
  };
  // Feature i owns entries [offsets[i], offsets[i+1]).
  void build(std::span<const uint64_t> keys, std::span<const uint32_t> offsets,
             std::span<const Entry> entries);
  // Adds to scores[label] for every label any feature has a weight for.
  void score(const uint64_t* keys, int n, int32_t* scores) const;
  size_t size() const { return count_; }
  // A copy without the weights at most `threshold` in magnitude (and emptied features).
  LabelWeights pruned(int threshold) const;
  void write(model::ByteWriter& out) const;
  bool read(model::ByteReader& in);

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  std::vector<Slot, internal::HugePageAllocator<Slot>> slots_;
  std::vector<Entry, internal::HugePageAllocator<Entry>> entries_;
  uint64_t mask_ = 0;
  size_t count_ = 0;
};

// Sorted 64-bit keys as varint deltas: about 5 bytes a key instead of 8.
void write_sorted_keys(std::span<const uint64_t> keys, model::ByteWriter& out);
bool read_sorted_keys(model::ByteReader& in, std::vector<uint64_t>& keys);

}  // namespace dyad::syntax

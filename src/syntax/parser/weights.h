#pragma once
// The parser's frozen weight tables, as loaded from the model file: feature key -> weights
// of the 4 moves (dense, 8 bytes), and feature key -> (label, weight) pairs for the arc
// labeller (sparse: most features are seen with few labels). Weights are 16-bit integers
// (the averaged perceptron weights times a per-table scale).
//
// Open addressing with linear probing at load factor <= 0.5; key 0 marks an empty slot
// (feature keys are never 0, see features.cc). Scoring is memory-bound: nearly every key
// of a sentence's first transitions misses the cache, so the layout is chosen to touch as
// few cache lines as possible.
//
// Shared tables. The members of an ensemble that read in the same direction go through
// nearly the same states and so look up nearly the same keys (on the bench corpus the
// three left-to-right members of the four-member model use 2.6 times fewer distinct keys
// per sentence together than apart). A table can therefore hold several members'
// weights side by side -- "columns" -- under one key: the first member to need a key
// brings its slot into the cache for the others. A move slot is the key and 4 weights per
// column (16 bytes for one column, 32 for two or three, 64 for four, so a slot never
// straddles a cache line); a label slot is the key, the start of the key's entries and
// each column's entry count, with the columns' entries stored one after the other. A key
// belongs to a column when it has a non-zero weight there, which is what the trainer
// writes, so splitting a merged table gives back the tables that went in.
//
// Thread-safety: immutable after build/deserialize; score() is const and allocation-free.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/enums.h"
#include "model/byte_io.h"
#include "syntax/parser/internal/huge_page_allocator.h"
#include "syntax/parser/internal/key_filter.h"
#include "syntax/parser/transition_system.h"

namespace dyad::syntax {

// The most columns (ensemble members) a table holds.
inline constexpr int kMaxWeightColumns = 4;

// One column's weights as plain arrays, keys ascending: what a model file section holds,
// and how tables are merged without building each column's table first.
struct MoveRows {
  std::vector<uint64_t> keys;
  std::vector<int16_t> weights;  // kMoveCount per key
};

class MoveWeights {
 public:
  // One column: `rows` holds kMoveCount weights per key.
  void build(std::span<const uint64_t> keys, std::span<const int16_t> rows);
  // The union of single-column tables, column i holding tables[i]'s weights.
  static MoveWeights merge(std::span<const MoveWeights* const> tables);
  static MoveWeights merge(std::span<const MoveRows* const> parts);
  // Column `column`'s rows, keys ascending.
  MoveRows rows(int column) const;
  // Reads one column's rows as write() wrote them.
  static bool read_rows(model::ByteReader& in, MoveRows& out);
  // Adds column `column`'s weights of the n keys to scores[0..kMoveCount).
  void score(const uint64_t* keys, int n, int column, int32_t scores[kMoveCount]) const;
  // score() for two columns at once, one probe per key.
  void score_pair(const uint64_t* keys, int n, int column_a, int column_b,
                  int32_t scores_a[kMoveCount], int32_t scores_b[kMoveCount]) const;
  int columns() const { return columns_; }
  // Keys with weights in `column`.
  size_t size(int column = 0) const { return counts_[column]; }
  // Column `column` alone.
  MoveWeights column(int column) const;
  // A copy of column 0 without the features whose every weight is at most `threshold` in
  // magnitude.
  MoveWeights pruned(int threshold) const;
  // Writes column `column`; reads one column.
  void write(model::ByteWriter& out, int column = 0) const;
  bool read(model::ByteReader& in);

 private:
  void allocate(size_t keys, int columns);
  // Slot i: word i * stride_ is the key, the int16 weights follow (column-major in moves).
  uint64_t* slot(size_t i) { return slots_.data() + i * stride_; }
  const uint64_t* slot(size_t i) const { return slots_.data() + i * stride_; }
  size_t find(uint64_t key) const;
  template <typename Visit>
  void for_each_key(int column, Visit visit) const;
  // Fills filter_ from the keys in slots_.
  void build_filter();

  std::vector<uint64_t, internal::HugePageAllocator<uint64_t>> slots_;
  internal::KeyFilter filter_;
  uint64_t mask_ = 0;
  uint32_t stride_ = 2;  // in 8-byte words: 1 key word + ceil(columns / 2) weight words
  int columns_ = 1;
  size_t counts_[kMaxWeightColumns] = {};
};

struct LabelRows;

class LabelWeights {
 public:
  struct Entry {
    uint16_t label;
    int16_t weight;
  };
  using Rows = LabelRows;
  // One column: feature i owns entries [offsets[i], offsets[i+1]).
  void build(std::span<const uint64_t> keys, std::span<const uint32_t> offsets,
             std::span<const Entry> entries);
  // The union of single-column tables, column i holding tables[i]'s entries.
  static LabelWeights merge(std::span<const LabelWeights* const> tables);
  static LabelWeights merge(std::span<const LabelRows* const> parts);
  LabelRows rows(int column) const;
  static bool read_rows(model::ByteReader& in, LabelRows& out);
  // Adds to scores[label] for every label any feature has a weight for in `column`.
  void score(const uint64_t* keys, int n, int column, int32_t* scores) const;
  // score() for two columns at once, one probe per key.
  void score_pair(const uint64_t* keys, int n, int column_a, int column_b, int32_t* scores_a,
                  int32_t* scores_b) const;
  int columns() const { return columns_; }
  size_t size(int column = 0) const { return counts_[column]; }
  LabelWeights column(int column) const;
  // A copy of column 0 without the weights at most `threshold` in magnitude (and emptied
  // features).
  LabelWeights pruned(int threshold) const;
  void write(model::ByteWriter& out, int column = 0) const;
  bool read(model::ByteReader& in);

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t begin = 0;                     // the first entry of column 0
    uint8_t count[kMaxWeightColumns] = {};  // entries per column, stored in column order
  };
  // Appends the entries of (key, column) to `out` for each key with entries in `column`,
  // in ascending key order.
  template <typename Visit>
  void for_each_key(int column, Visit visit) const;
  size_t find(uint64_t key) const;
  void build_filter();
  // Calls visit(slot, its first entry) for each of the n keys present (weight_scoring.cc).
  template <typename Visit>
  void for_each_row(const uint64_t* keys, int n, Visit visit) const;

  std::vector<Slot, internal::HugePageAllocator<Slot>> slots_;
  internal::KeyFilter filter_;
  std::vector<Entry, internal::HugePageAllocator<Entry>> entries_;
  uint64_t mask_ = 0;
  int columns_ = 1;
  size_t counts_[kMaxWeightColumns] = {};
};

struct LabelRows {
  std::vector<uint64_t> keys;     // ascending
  std::vector<uint32_t> offsets;  // keys.size() + 1: key i owns entries [offsets[i], offsets[i+1])
  std::vector<LabelWeights::Entry> entries;
};

// Sorted 64-bit keys as varint deltas: about 5 bytes a key instead of 8.
void write_sorted_keys(std::span<const uint64_t> keys, model::ByteWriter& out);
bool read_sorted_keys(model::ByteReader& in, std::vector<uint64_t>& keys);

}  // namespace dyad::syntax

#pragma once
// Training-time averaged perceptron weights (Collins 2002, with the lazy averaging of
// Daume III): the current integer weights score, and a running sum per weight, brought up
// to date only when the weight changes, gives the average at the end. finalize() turns the
// averages into the 16-bit tables of weights.h, dropping the features whose every
// quantized weight is zero.
//
// Memory grows with the number of features ever updated (a few million for EWT); this is
// training only. Not thread-safe: one trainer owns it.

#include <cstdint>
#include <vector>

#include "syntax/parser/transition_system.h"
#include "syntax/parser/weights.h"

namespace dyad::syntax {

// Open-addressing map from feature key (never 0) to a dense id, growing as needed.
class KeyIndex {
 public:
  static constexpr uint32_t kAbsent = ~0u;
  KeyIndex();
  uint32_t find(uint64_t key) const;
  uint32_t insert(uint64_t key);  // the existing or a new id
  uint32_t size() const { return static_cast<uint32_t>(ids_order_.size()); }
  uint64_t key_of(uint32_t id) const { return ids_order_[id]; }

 private:
  void grow();
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> ids_;
  std::vector<uint64_t> ids_order_;
  uint64_t mask_ = 0;
};

class AveragedMoveWeights {
 public:
  void score(const uint64_t* keys, int n, int64_t scores[kMoveCount]) const;
  // +1 to `good`, -1 to `bad` for every feature; then call tick() once per decision.
  void update(const uint64_t* keys, int n, int good, int bad);
  void tick() { ++now_; }
  MoveWeights finalize(double* scale) const;
  size_t size() const { return index_.size(); }

 private:
  struct Row {
    int32_t w[kMoveCount] = {};
    int64_t sum[kMoveCount] = {};
    int64_t stamp = 0;
  };
  KeyIndex index_;
  std::vector<Row> rows_;
  int64_t now_ = 1;
};

class AveragedLabelWeights {
 public:
  void score(const uint64_t* keys, int n, int64_t* scores) const;
  void update(const uint64_t* keys, int n, int good, int bad);
  void tick() { ++now_; }
  LabelWeights finalize(double* scale) const;
  size_t size() const { return index_.size(); }

 private:
  struct Entry {
    uint8_t label;
    int32_t w;
    int64_t sum;
    int64_t stamp;
  };
  void bump(std::vector<Entry>& row, int label, int delta);
  KeyIndex index_;
  std::vector<std::vector<Entry>> rows_;
  int64_t now_ = 1;
};

}  // namespace dyad::syntax

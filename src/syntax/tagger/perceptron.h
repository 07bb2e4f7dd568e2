#pragma once
// PerceptronWeights: the trainer's mutable, averaged-perceptron view of the tagger weights.
//
// Rows are dense (one int32 weight per class) but exist only for the hashed buckets that
// have received an update, found through a bucket -> row table. Averaging is lazy per
// row: a row's running sum catches up (sum += w * elapsed) only when the row is touched,
// which costs one pass over the classes per touched row instead of per-weight timestamps.
// compact() turns the averages into the int16 sparse TagWeights used at inference.
//
// Thread-safety: none; one trainer owns one instance.

#include <cstdint>
#include <vector>

#include "syntax/tagger/tag_weights.h"

namespace dyad::syntax {

class PerceptronWeights {
 public:
  PerceptronWeights(int bits, uint32_t num_classes);

  // scores[c] = current (not averaged) score of class c.
  void score(const uint64_t* features, int n, int32_t* scores) const;
  // Moves weight from `guess` to `truth` for every feature.
  void update(const uint64_t* features, int n, uint32_t truth, uint32_t guess);
  // One training instance has been seen (the averaging clock).
  void tick() { ++now_; }

  // The averaged weights, int16-quantized; averages below `prune` in magnitude are dropped.
  TagWeights compact(double prune) const;
  size_t row_count() const { return row_time_.size(); }

 private:
  uint32_t row_for(uint32_t bucket);
  void catch_up(uint32_t row);

  int bits_;
  uint32_t num_classes_;
  std::vector<int32_t> row_of_;  // bucket -> row, -1 when untouched
  std::vector<int32_t> weights_;
  std::vector<int64_t> sums_;
  std::vector<uint64_t> row_time_;
  uint64_t now_ = 0;
};

}  // namespace dyad::syntax

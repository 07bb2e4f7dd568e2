// Averaged perceptron updates and compaction (see perceptron.h).
#include "syntax/tagger/perceptron.h"

#include <algorithm>
#include <cmath>

namespace dyad::syntax {

PerceptronWeights::PerceptronWeights(int bits, uint32_t num_classes)
    : bits_(bits), num_classes_(num_classes), row_of_(size_t{1} << bits, -1) {}

void PerceptronWeights::score(const uint64_t* features, int n, int32_t* scores) const {
  std::fill(scores, scores + num_classes_, 0);
  const int shift = 64 - bits_;
  for (int f = 0; f < n; ++f) {
    int32_t row = row_of_[features[f] >> shift];
    if (row < 0) continue;
    const int32_t* w = &weights_[size_t(row) * num_classes_];
    for (uint32_t c = 0; c < num_classes_; ++c) scores[c] += w[c];
  }
}

uint32_t PerceptronWeights::row_for(uint32_t bucket) {
  if (row_of_[bucket] < 0) {
    row_of_[bucket] = static_cast<int32_t>(row_time_.size());
    row_time_.push_back(now_);
    weights_.resize(weights_.size() + num_classes_, 0);
    sums_.resize(sums_.size() + num_classes_, 0);
  }
  return static_cast<uint32_t>(row_of_[bucket]);
}

void PerceptronWeights::catch_up(uint32_t row) {
  uint64_t elapsed = now_ - row_time_[row];
  if (elapsed == 0) return;
  const int32_t* w = &weights_[size_t(row) * num_classes_];
  int64_t* s = &sums_[size_t(row) * num_classes_];
  for (uint32_t c = 0; c < num_classes_; ++c) s[c] += int64_t{w[c]} * int64_t(elapsed);
  row_time_[row] = now_;
}

void PerceptronWeights::update(const uint64_t* features, int n, uint32_t truth, uint32_t guess) {
  const int shift = 64 - bits_;
  for (int f = 0; f < n; ++f) {
    uint32_t row = row_for(static_cast<uint32_t>(features[f] >> shift));
    catch_up(row);
    weights_[size_t(row) * num_classes_ + truth] += 1;
    weights_[size_t(row) * num_classes_ + guess] -= 1;
  }
}

TagWeights PerceptronWeights::compact(double prune) const {
  const size_t buckets = row_of_.size();
  const double now = std::max<double>(1.0, static_cast<double>(now_));
  auto average = [&](uint32_t row, uint32_t c) {
    size_t i = size_t(row) * num_classes_ + c;
    double elapsed = static_cast<double>(now_ - row_time_[row]);
    return (static_cast<double>(sums_[i]) + weights_[i] * elapsed) / now;
  };
  double max_abs = 1e-9;
  for (uint32_t row = 0; row < row_time_.size(); ++row) {
    for (uint32_t c = 0; c < num_classes_; ++c)
      max_abs = std::max(max_abs, std::abs(average(row, c)));
  }
  // The largest weight maps to 32000; sums of ~40 such values stay far inside int32.
  const double scale = 32000.0 / max_abs;
  std::vector<uint32_t> row_start(buckets + 1, 0);
  std::vector<WeightEntry> entries;
  for (size_t b = 0; b < buckets; ++b) {
    row_start[b] = static_cast<uint32_t>(entries.size());
    if (row_of_[b] < 0) continue;
    uint32_t row = static_cast<uint32_t>(row_of_[b]);
    for (uint32_t c = 0; c < num_classes_; ++c) {
      double a = average(row, c);
      long q = std::lround(a * scale);
      if (std::abs(a) < prune || q == 0) continue;
      entries.push_back({static_cast<uint16_t>(c), static_cast<int16_t>(q)});
    }
  }
  row_start[buckets] = static_cast<uint32_t>(entries.size());
  return TagWeights(bits_, std::move(row_start), std::move(entries));
}

}  // namespace dyad::syntax

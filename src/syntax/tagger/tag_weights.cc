// Scoring loop and (de)serialization of TagWeights. The row offsets are stored as one
// byte per bucket (the row length, at most the number of classes) and the entries as two
// parallel arrays, which zstd packs far better than interleaved 32-bit structs.
#include "syntax/tagger/tag_weights.h"

#include "syntax/tagger/tag_features.h"

namespace dyad::syntax {

void TagWeights::score(const uint64_t* features, int n, int32_t* scores) const {
  const int shift = 64 - bits_;
  uint32_t begin[kMaxTagFeatures], end[kMaxTagFeatures];
  const uint32_t* starts = row_start_.data();
  const WeightEntry* entries = entries_.data();
  // Three passes, so the cache misses of all features overlap instead of being paid in
  // turn: the row offsets (a table of megabytes), then each row's entries (megabytes
  // too), then the sums.
  for (int f = 0; f < n; ++f) {
    begin[f] = static_cast<uint32_t>(features[f] >> shift);
    __builtin_prefetch(&starts[begin[f]]);
  }
  for (int f = 0; f < n; ++f) {
    const uint32_t b = begin[f];
    begin[f] = starts[b];
    end[f] = starts[b + 1];
    __builtin_prefetch(entries + begin[f]);
    __builtin_prefetch(entries + (end[f] > begin[f] ? end[f] - 1 : begin[f]));
  }
  for (int f = 0; f < n; ++f) {
    for (uint32_t e = begin[f]; e < end[f]; ++e) scores[entries[e].cls] += entries[e].value;
  }
}

void TagWeights::write(model::ByteWriter& out) const {
  out.put<uint32_t>(static_cast<uint32_t>(bits_));
  std::vector<uint8_t> lengths(row_start_.size() - 1);
  for (size_t b = 0; b + 1 < row_start_.size(); ++b) {
    lengths[b] = static_cast<uint8_t>(row_start_[b + 1] - row_start_[b]);
  }
  std::vector<uint8_t> classes(entries_.size());
  std::vector<int16_t> values(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    classes[i] = static_cast<uint8_t>(entries_[i].cls);
    values[i] = entries_[i].value;
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
  bits_ = static_cast<int>(bits);
  row_start_.assign(lengths.size() + 1, 0);
  uint64_t total = 0;
  for (size_t b = 0; b < lengths.size(); ++b) {
    row_start_[b] = static_cast<uint32_t>(total);
    total += lengths[b];
  }
  if (total != classes.size()) return false;
  row_start_.back() = static_cast<uint32_t>(total);
  entries_.resize(classes.size());
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] >= num_classes) return false;
    entries_[i] = {classes[i], values[i]};
  }
  return true;
}

}  // namespace dyad::syntax

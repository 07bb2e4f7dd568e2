#pragma once
// Internal to the parser: how feature values become 64-bit keys. Shared by the extractors
// in features.cc and tree_label_features.cc. Header-only so the mixing inlines into the
// extraction loops.

#include <cstdint>

namespace dyad::syntax::internal {

constexpr uint64_t kGolden = 0x9E3779B97F4A7C15ull;

inline uint64_t finish(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h == 0 ? 1 : h;  // 0 marks an empty slot in the weight tables
}

// Appends hashed keys; a template id is mixed into every key so that equal values of
// different templates never share a weight. A lean emitter (FeatureSet::kLean) skips the
// templates emitted with full_only(), still counting them, so that the templates both sets
// have keep their ids and keys.
template <bool kLean = false>
class Emitter {
 public:
  explicit Emitter(uint64_t* keys) : keys_(keys) {}
  // Always inlined: the extractors call it over a hundred times, too often for the
  // compiler's own budget, and a call per key costs more than the mixing itself.
  [[gnu::always_inline]] void add(uint64_t a, uint64_t b = 0, uint64_t c = 0) {
    uint64_t h = (++template_id_ * kGolden) ^ a;
    h = (h ^ (h >> 29)) * kGolden + b;
    h = (h ^ (h >> 29)) * kGolden + c;
    keys_[count_++] = finish(h);
  }
  [[gnu::always_inline]] void full_only(uint64_t a, uint64_t b = 0, uint64_t c = 0) {
    if constexpr (kLean) {
      ++template_id_;
    } else {
      add(a, b, c);
    }
  }
  int count() const { return count_; }

 private:
  uint64_t* keys_;
  uint64_t template_id_ = 0;
  int count_ = 0;
};

inline uint64_t distance_bucket(uint32_t a, uint32_t b) {
  const uint32_t d = a < b ? b - a : a - b;
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

// Packs up to three small values (tags, labels, buckets) into one.
inline uint64_t tags(uint64_t a, uint64_t b, uint64_t c = 0) { return a | (b << 8) | (c << 16); }

}  // namespace dyad::syntax::internal

#pragma once
// Small hashing helpers for the tagger: FNV-1a over bytes, a 64-bit mixer for combining
// feature parts, and HashIndex, an open-addressing map from 64-bit keys to uint32 values.
//
// Why hand-written: lookups run for every word (tag dictionary, lemma and feature tables),
// and a flat, read-only probe table is several times faster than std::unordered_map and
// allocation-free. Keys are 64-bit hashes of strings; a collision between two stored keys
// is about 1e-10 likely for the table sizes here, and the builder keeps the first.
//
// Thread-safety: a built HashIndex is immutable and safe to read from many threads.

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad::syntax {

inline constexpr uint64_t kFnvOffset = 1469598103934665603ull;
inline constexpr uint64_t kFnvPrime = 1099511628211ull;

inline uint64_t fnv_step(uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }

inline uint64_t fnv_hash(std::string_view s, uint64_t h = kFnvOffset) {
  for (unsigned char c : s) h = fnv_step(h, c);
  return h;
}

// Mixes two values into one well-spread 64-bit hash (murmur3's finalizer on a combination).
inline uint64_t mix_hash(uint64_t a, uint64_t b) {
  uint64_t h = a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

class HashIndex {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;

  // Builds the table from (key, value) pairs; on duplicate keys the first pair wins.
  void build(const std::vector<std::pair<uint64_t, uint32_t>>& items) {
    size_t cap = 16;
    while (cap < items.size() * 2) cap *= 2;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (const auto& [key, value] : items) {
      uint64_t k = key == 0 ? 1 : key;  // 0 marks an empty slot
      size_t i = k & mask_;
      while (slots_[i].key != 0 && slots_[i].key != k) i = (i + 1) & mask_;
      if (slots_[i].key == 0) slots_[i] = Slot{k, value};
    }
  }

  uint32_t find(uint64_t key) const {
    if (slots_.empty()) return kMissing;
    uint64_t k = key == 0 ? 1 : key;
    for (size_t i = k & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == k) return slots_[i].value;
      if (slots_[i].key == 0) return kMissing;
    }
  }

  // Starts loading the slot find(key) reads first, for callers that look up many keys.
  void prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[(key == 0 ? 1 : key) & mask_]);
  }

 private:
  // Key and value side by side: a lookup touches one cache line, not two.
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kMissing;
  };
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
};

}  // namespace dyad::syntax

#pragma once
// Internal to the parser: a small Bloom filter over a weight table's keys (weights.h), so
// that the keys a table does not hold -- about a quarter of the keys a state or an arc
// looks up -- are mostly turned away by a probe of a table small enough to stay in the
// core's cache (8 bits a key: 512 KB for the move table of one member) instead of a cache
// miss in the table of tens of MB. A false positive only costs the probe it would have
// cost anyway, so the filter changes no score.
//
// Two bits per key in one 64-bit word (a "blocked" Bloom filter: one cache line per
// test), chosen by key bits that the tables' slot index (the low bits) does not use.
//
// Thread-safety: immutable after build(); tests are const.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "syntax/parser/internal/huge_page_allocator.h"

namespace dyad::syntax::internal {

class KeyFilter {
 public:
  // Room for `keys` keys, none added yet.
  void reset(size_t keys) {
    size_t words = 1;
    int bits = 0;
    while (words * 64 < keys * 8) words <<= 1, ++bits;
    words_.assign(words, 0);
    shift_ = bits == 0 ? 0 : 64 - bits;
  }
  void add(uint64_t key) { words_[index(key)] |= bits(key); }

  // Copies the keys that may be in the table from keys[0..n) to out, in order; returns
  // how many. Branch-free: about a quarter of the keys go, in no predictable pattern.
  int select(const uint64_t* keys, int n, uint64_t* out) const {
    const uint64_t* words = words_.data();
    int m = 0;
    for (int f = 0; f < n; ++f) {
      const uint64_t key = keys[f];
      const uint64_t b = bits(key);
      out[m] = key;
      m += (words[index(key)] & b) == b;
    }
    return m;
  }

 private:
  size_t index(uint64_t key) const { return shift_ == 0 ? 0 : key >> shift_; }
  static uint64_t bits(uint64_t key) {
    return uint64_t{1} << ((key >> 24) & 63) | uint64_t{1} << ((key >> 30) & 63);
  }

  // Until reset(), one word with every bit set: everything may be in the table.
  std::vector<uint64_t, HugePageAllocator<uint64_t>> words_ =
      std::vector<uint64_t, HugePageAllocator<uint64_t>>(1, ~uint64_t{0});
  int shift_ = 0;
};

}  // namespace dyad::syntax::internal

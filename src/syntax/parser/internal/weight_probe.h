#pragma once
// Internal to the parser: the sizing rule of the weight tables (weights.h), shared by
// the builders in weights.cc and the scoring loops in weight_scoring.cc.

#include <cstddef>
#include <cstdint>

namespace dyad::syntax::internal {

// Slots for `n` keys: a power of two, at load factor <= 0.5.
inline uint64_t capacity_for(size_t n) {
  uint64_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  return cap;
}

}  // namespace dyad::syntax::internal

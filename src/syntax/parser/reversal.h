#pragma once
// Right-to-left parsing by mirroring: the right-to-left model is the ordinary arc-eager
// model run on the sentence with its words numbered from the end, so word i of the model
// is word n-1-i of the sentence, and ROOT (n) and "none" (n+1) keep their numbers. Mirroring
// twice is the identity.

#include <cstdint>
#include <span>
#include <vector>

namespace dyad::syntax {

inline uint32_t mirror_index(uint32_t i, uint32_t n) { return i < n ? n - 1 - i : i; }

// The same tree with positions mirrored: out[mirror(d)] = mirror(heads[d]).
inline std::vector<uint32_t> mirror_heads(std::span<const uint32_t> heads) {
  const uint32_t n = static_cast<uint32_t>(heads.size());
  std::vector<uint32_t> out(n);
  for (uint32_t d = 0; d < n; ++d) out[mirror_index(d, n)] = mirror_index(heads[d], n);
  return out;
}

}  // namespace dyad::syntax

#pragma once
// Which labels the arc labeller may choose for an arc, by direction and the dependent's
// UPOS, as seen in training (a left-attached DET is never "obj"), and the choice itself.
// Restricting the argmax this way costs nothing and removes absurd labels that rare
// features would otherwise vote for. "root" is chosen exactly when the head is ROOT.
//
// Thread-safety: immutable once training has observed the data.

#include <cstdint>

#include "core/enums.h"
#include "model/byte_io.h"

namespace dyad::syntax {

class LabelInventory {
 public:
  void observe(bool left, Upos dep, DepRel label) {
    allowed_[left ? 0 : 1][static_cast<int>(dep)] |= uint64_t{1} << static_cast<int>(label);
  }
  uint64_t allowed(bool left, Upos dep) const {
    const uint64_t mask = allowed_[left ? 0 : 1][static_cast<int>(dep)] & ~kRootBit;
    return mask != 0 ? mask : kAnyLabel;
  }
  // The best-scoring allowed label; `scores` is indexed by DepRel.
  template <typename Score>
  DepRel choose(const Score* scores, bool left, Upos dep, bool head_is_root) const {
    if (head_is_root) return DepRel::root;
    uint64_t mask = allowed(left, dep);
    int best = -1;
    for (; mask != 0; mask &= mask - 1) {
      const int l = __builtin_ctzll(mask);
      if (best < 0 || scores[l] > scores[best]) best = l;
    }
    return static_cast<DepRel>(best);
  }
  void write(model::ByteWriter& out) const {
    for (const auto& side : allowed_) {
      for (uint64_t m : side) out.put<uint64_t>(m);
    }
  }
  void read(model::ByteReader& in) {
    for (auto& side : allowed_) {
      for (uint64_t& m : side) m = in.get<uint64_t>() & kAnyLabel;
    }
  }

  static constexpr uint64_t kRootBit = uint64_t{1} << static_cast<int>(DepRel::root);
  // Every real label but root (bit 0 is DepRel::kNone).
  static constexpr uint64_t kAnyLabel =
      ((uint64_t{1} << kDepRelCount) - 1) & ~uint64_t{1} & ~kRootBit;

 private:
  uint64_t allowed_[2][kUposCount] = {};
};

}  // namespace dyad::syntax

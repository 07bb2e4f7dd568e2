#include "syntax/parser/eisner.h"

#include <limits>

namespace dyad::syntax {
namespace {

enum Table { kCompleteLeft = 0, kCompleteRight = 1, kIncompleteLeft = 2, kIncompleteRight = 3 };

}  // namespace

void EisnerWorkspace::reserve(uint32_t n) {
  n_ = n;
  const size_t cells = size_t{n} * n;
  if (complete_left_.size() >= cells) return;
  for (auto* t : {&complete_left_, &complete_right_, &incomplete_left_, &incomplete_right_,
                  &complete_left_t_, &complete_right_t_}) {
    t->resize(cells);
  }
  for (auto& s : split_) s.resize(cells);
}

float EisnerWorkspace::decode(uint32_t n, std::span<const float> scores,
                              std::span<uint32_t> heads) {
  if (n == 0) return 0;
  reserve(n);
  auto score = [&](uint32_t h, uint32_t d) { return scores[size_t{h} * n + d]; };
  for (uint32_t i = 0; i < n; ++i) {
    complete_left_[at(i, i)] = complete_right_[at(i, i)] = 0;
    complete_left_t_[at(i, i)] = complete_right_t_[at(i, i)] = 0;
  }
  // Each inner loop below runs over k along rows only: the complete tables are also kept
  // transposed (x_t_[at(j, i)] = x_[at(i, j)]) and the incomplete-left one only transposed,
  // so long sentences stream through memory instead of striding down columns.
  constexpr float kLow = -std::numeric_limits<float>::infinity();
  for (uint32_t len = 1; len < n; ++len) {
    for (uint32_t i = 0; i + len < n; ++i) {
      const uint32_t j = i + len;
      // Incomplete: an arc between i and j over two facing complete halves.
      float best = kLow;
      uint32_t arg = i;
      const float* cr_i = &complete_right_[at(i, 0)];
      const float* cl_j = &complete_left_t_[at(j, 0)];
      for (uint32_t k = i; k < j; ++k) {
        const float v = cr_i[k] + cl_j[k + 1];
        if (v > best) best = v, arg = k;
      }
      incomplete_left_[at(j, i)] = best + score(j, i);  // transposed
      incomplete_right_[at(i, j)] = best + score(i, j);
      split_[kIncompleteLeft][at(i, j)] = split_[kIncompleteRight][at(i, j)] = arg;
      // Complete, headed at j: an incomplete j->k span and the complete rest left of k.
      best = kLow, arg = i;
      const float* cl_i = &complete_left_[at(i, 0)];
      const float* il_j = &incomplete_left_[at(j, 0)];
      for (uint32_t k = i; k < j; ++k) {
        const float v = cl_i[k] + il_j[k];
        if (v > best) best = v, arg = k;
      }
      complete_left_[at(i, j)] = complete_left_t_[at(j, i)] = best;
      split_[kCompleteLeft][at(i, j)] = arg;
      // Complete, headed at i.
      best = kLow, arg = j;
      const float* ir_i = &incomplete_right_[at(i, 0)];
      const float* cr_j = &complete_right_t_[at(j, 0)];
      for (uint32_t k = i + 1; k <= j; ++k) {
        const float v = ir_i[k] + cr_j[k];
        if (v > best) best = v, arg = k;
      }
      complete_right_[at(i, j)] = complete_right_t_[at(j, i)] = best;
      split_[kCompleteRight][at(i, j)] = arg;
    }
  }
  // One root: word r heads everything left of it and everything right of it.
  float best = kLow;
  uint32_t root = 0;
  for (uint32_t r = 0; r < n; ++r) {
    const float v = score(n, r) + complete_left_[at(0, r)] + complete_right_[at(r, n - 1)];
    if (v > best) best = v, root = r;
  }
  heads[root] = n;
  backtrack(0, root, kCompleteLeft, heads);
  backtrack(root, n - 1, kCompleteRight, heads);
  return best;
}

// Recursion depth is at most 2n; sentences are short enough for the stack.
void EisnerWorkspace::backtrack(uint32_t i, uint32_t j, int table,
                                std::span<uint32_t> heads) const {
  if (i == j) return;
  const uint32_t k = split_[table][at(i, j)];
  switch (table) {
    case kCompleteLeft:
      backtrack(i, k, kCompleteLeft, heads);
      backtrack(k, j, kIncompleteLeft, heads);
      break;
    case kCompleteRight:
      backtrack(i, k, kIncompleteRight, heads);
      backtrack(k, j, kCompleteRight, heads);
      break;
    case kIncompleteLeft:
      heads[i] = j;
      backtrack(i, k, kCompleteRight, heads);
      backtrack(k + 1, j, kCompleteLeft, heads);
      break;
    default:  // kIncompleteRight
      heads[j] = i;
      backtrack(i, k, kCompleteRight, heads);
      backtrack(k + 1, j, kCompleteLeft, heads);
      break;
  }
}

}  // namespace dyad::syntax

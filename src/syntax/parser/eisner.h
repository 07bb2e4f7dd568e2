#pragma once
// Projective maximum spanning tree with exactly one root (Eisner 1996), the decoder that
// turns the ensemble's arc votes into one tree. O(n^3) time, O(n^2) workspace.
//
// Scores: score(h, d) for heads h in 0..n (n = ROOT) and dependents d in 0..n-1, stored
// row-major as scores[h * n + d]. The result maximizes the sum of the tree's arc scores
// over all projective trees in which ROOT has exactly one child.
//
// Thread-safety: EisnerWorkspace is per thread; it keeps its capacity, so decoding
// sentences no longer than any seen before allocates nothing.

#include <cstdint>
#include <span>
#include <vector>

namespace dyad::syntax {

class EisnerWorkspace {
 public:
  // Fills heads[0..n) (n = ROOT) and returns the tree's score. `scores` has (n+1)*n values.
  float decode(uint32_t n, std::span<const float> scores, std::span<uint32_t> heads);

 private:
  void reserve(uint32_t n);
  void backtrack(uint32_t i, uint32_t j, int table, std::span<uint32_t> heads) const;
  size_t at(uint32_t i, uint32_t j) const { return size_t{i} * n_ + j; }

  uint32_t n_ = 0;
  // Complete and incomplete spans [i, j], headed at the right end (left-pointing arcs)
  // or at the left end; with the split point each came from.
  std::vector<float> complete_left_, complete_right_, incomplete_left_, incomplete_right_;
  std::vector<float> complete_left_t_, complete_right_t_;  // transposed copies
  std::vector<uint32_t> split_[4];
};

}  // namespace dyad::syntax

// The parser's scoring loops: summing the weights of a state's feature keys (weights.h).
// They are memory-bound (most keys of a sentence's first transitions miss the cache), so
// both loops issue every key's first load before waiting for any of them.
#include <algorithm>
#include <cstring>

#include "syntax/parser/weights.h"

namespace dyad::syntax {
namespace {

// Keys are scored in chunks of this many (a state has about 115 move keys, an arc about
// 45 label keys): the filter's survivors of a chunk are collected, all their first loads
// issued, then summed.
constexpr int kChunk = 128;

// The slot of `key` in a move table of kStride-word slots: its own, or the empty one that
// ends its probe (an empty slot has zero weights, so no branch on "found").
template <uint32_t kStride>
inline const uint64_t* move_slot(const uint64_t* slots, uint64_t mask, uint64_t key) {
  size_t i = key & mask;
  const uint64_t* s = slots + i * kStride;
  while (s[0] != key && s[0] != 0) {
    i = (i + 1) & mask;
    s = slots + i * kStride;
  }
  return s;
}

// One column of a move table whose slots are kStride 8-byte words.
template <uint32_t kStride>
void score_moves(const uint64_t* slots, uint64_t mask, const internal::KeyFilter& filter,
                 const uint64_t* all_keys, int all_n, int column, int32_t scores[kMoveCount]) {
  int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  uint64_t keys[kChunk];
  for (int base = 0; base < all_n; base += kChunk) {
    const int n = filter.select(all_keys + base, std::min(kChunk, all_n - base), keys);
    // Every key is a likely cache miss in a table far larger than the cache; issuing all
    // the loads first lets the misses overlap instead of waiting for them one probe at a
    // time.
    for (int f = 0; f < n; ++f) __builtin_prefetch(slots + (keys[f] & mask) * kStride);
    for (int f = 0; f < n; ++f) {
      const uint64_t* s = move_slot<kStride>(slots, mask, keys[f]);
      int16_t w[kMoveCount];
      std::memcpy(w, s + 1 + column, sizeof w);
      s0 += w[0];
      s1 += w[1];
      s2 += w[2];
      s3 += w[3];
    }
  }
  scores[0] = s0, scores[1] = s1, scores[2] = s2, scores[3] = s3;
}

// Two columns of such a table.
template <uint32_t kStride>
void score_move_pair(const uint64_t* slots, uint64_t mask, const internal::KeyFilter& filter,
                     const uint64_t* all_keys, int all_n, int column_a, int column_b,
                     int32_t scores_a[kMoveCount], int32_t scores_b[kMoveCount]) {
  int32_t a[kMoveCount] = {}, b[kMoveCount] = {};
  uint64_t keys[kChunk];
  for (int base = 0; base < all_n; base += kChunk) {
    const int n = filter.select(all_keys + base, std::min(kChunk, all_n - base), keys);
    for (int f = 0; f < n; ++f) __builtin_prefetch(slots + (keys[f] & mask) * kStride);
    for (int f = 0; f < n; ++f) {
      const uint64_t* s = move_slot<kStride>(slots, mask, keys[f]);
      int16_t wa[kMoveCount], wb[kMoveCount];
      std::memcpy(wa, s + 1 + column_a, sizeof wa);
      std::memcpy(wb, s + 1 + column_b, sizeof wb);
      for (int m = 0; m < kMoveCount; ++m) a[m] += wa[m], b[m] += wb[m];
    }
  }
  std::copy_n(a, kMoveCount, scores_a);
  std::copy_n(b, kMoveCount, scores_b);
}

}  // namespace

void MoveWeights::score_pair(const uint64_t* keys, int n, int column_a, int column_b,
                             int32_t scores_a[kMoveCount], int32_t scores_b[kMoveCount]) const {
  switch (stride_) {
    case 2:
      return score_move_pair<2>(slots_.data(), mask_, filter_, keys, n, column_a, column_b,
                                scores_a, scores_b);
    case 4:
      return score_move_pair<4>(slots_.data(), mask_, filter_, keys, n, column_a, column_b,
                                scores_a, scores_b);
    default:
      return score_move_pair<8>(slots_.data(), mask_, filter_, keys, n, column_a, column_b,
                                scores_a, scores_b);
  }
}

void MoveWeights::score(const uint64_t* keys, int n, int column, int32_t scores[kMoveCount]) const {
  switch (stride_) {
    case 2:
      return score_moves<2>(slots_.data(), mask_, filter_, keys, n, column, scores);
    case 4:
      return score_moves<4>(slots_.data(), mask_, filter_, keys, n, column, scores);
    default:
      return score_moves<8>(slots_.data(), mask_, filter_, keys, n, column, scores);
  }
}

template <typename Visit>
void LabelWeights::for_each_row(const uint64_t* keys, int n, Visit visit) const {
  // Two dependent misses per key (slot, then its entries): find all slots first and
  // prefetch their entries, so both rounds of misses overlap across keys.
  const Slot* found[kChunk];
  uint64_t kept[kChunk];
  const Slot* slots = slots_.data();
  const Entry* entries = entries_.data();
  for (int base = 0; base < n; base += kChunk) {
    const int m = filter_.select(keys + base, std::min(kChunk, n - base), kept);
    for (int f = 0; f < m; ++f) __builtin_prefetch(slots + (kept[f] & mask_));
    for (int f = 0; f < m; ++f) {
      const uint64_t key = kept[f];
      size_t i = key & mask_;
      while (slots[i].key != key && slots[i].key != 0) i = (i + 1) & mask_;
      found[f] = slots + i;
      __builtin_prefetch(entries + found[f]->begin);
    }
    for (int f = 0; f < m; ++f) visit(*found[f], entries + found[f]->begin);
  }
}

void LabelWeights::score(const uint64_t* keys, int n, int column, int32_t* scores) const {
  for_each_row(keys, n, [&](const Slot& s, const Entry* e) {
    for (int c = 0; c < column; ++c) e += s.count[c];
    for (uint32_t k = 0, end = s.count[column]; k < end; ++k) scores[e[k].label] += e[k].weight;
  });
}

void LabelWeights::score_pair(const uint64_t* keys, int n, int column_a, int column_b,
                              int32_t* scores_a, int32_t* scores_b) const {
  for_each_row(keys, n, [&](const Slot& s, const Entry* row) {
    const Entry* a = row;
    const Entry* b = row;
    for (int c = 0; c < column_a; ++c) a += s.count[c];
    for (int c = 0; c < column_b; ++c) b += s.count[c];
    for (uint32_t k = 0, end = s.count[column_a]; k < end; ++k) scores_a[a[k].label] += a[k].weight;
    for (uint32_t k = 0, end = s.count[column_b]; k < end; ++k) scores_b[b[k].label] += b[k].weight;
  });
}

}  // namespace dyad::syntax

#include "syntax/parser/weights.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace dyad::syntax {
namespace {

uint64_t capacity_for(size_t n) {
  uint64_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  return cap;
}

// Keys are already well-mixed hashes, so their low bits index the table directly.
template <typename Slots>
size_t probe(const Slots& slots, uint64_t mask, uint64_t key) {
  size_t i = key & mask;
  while (slots[i].key != 0 && slots[i].key != key) i = (i + 1) & mask;
  return i;
}

}  // namespace

void write_sorted_keys(std::span<const uint64_t> keys, model::ByteWriter& out) {
  out.put<uint64_t>(keys.size());
  std::string& bytes = out.bytes();
  uint64_t prev = 0;
  for (uint64_t k : keys) {
    uint64_t d = k - prev;
    prev = k;
    while (d >= 0x80) {
      bytes.push_back(static_cast<char>((d & 0x7f) | 0x80));
      d >>= 7;
    }
    bytes.push_back(static_cast<char>(d));
  }
}

bool read_sorted_keys(model::ByteReader& in, std::vector<uint64_t>& keys) {
  const uint64_t n = in.get<uint64_t>();
  if (!in.ok() || n > (uint64_t{1} << 32)) return false;
  keys.clear();
  keys.reserve(n);
  uint64_t prev = 0;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t d = 0;
    for (int shift = 0;; shift += 7) {
      const auto b = static_cast<uint8_t>(in.get<char>());
      if (!in.ok() || shift > 63) return false;
      d |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    prev += d;
    if (prev == 0 || (!keys.empty() && prev <= keys.back())) return false;
    keys.push_back(prev);
  }
  return true;
}

void MoveWeights::build(std::span<const uint64_t> keys, std::span<const int16_t> rows) {
  const uint64_t cap = capacity_for(keys.size());
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  count_ = keys.size();
  for (size_t k = 0; k < keys.size(); ++k) {
    Slot& slot = slots_[probe(slots_, mask_, keys[k])];
    slot.key = keys[k];
    std::copy_n(rows.data() + k * kMoveCount, kMoveCount, slot.w);
  }
}

void MoveWeights::score(const uint64_t* keys, int n, int32_t scores[kMoveCount]) const {
  // Every key is a likely cache miss in a table far larger than the cache; issuing all the
  // loads first lets the misses overlap instead of waiting for them one probe at a time.
  for (int f = 0; f < n; ++f) __builtin_prefetch(&slots_[keys[f] & mask_]);
  int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (int f = 0; f < n; ++f) {
    const Slot& slot = slots_[probe(slots_, mask_, keys[f])];
    // An empty slot has zero weights, so no branch on "found".
    s0 += slot.w[0];
    s1 += slot.w[1];
    s2 += slot.w[2];
    s3 += slot.w[3];
  }
  scores[0] = s0, scores[1] = s1, scores[2] = s2, scores[3] = s3;
}

void MoveWeights::write(model::ByteWriter& out) const {
  std::vector<uint64_t> keys;
  keys.reserve(count_);
  for (const Slot& s : slots_) {
    if (s.key) keys.push_back(s.key);
  }
  std::sort(keys.begin(), keys.end());
  write_sorted_keys(keys, out);
  // Weights column by column: each column's values are alike, which zstd likes.
  for (int m = 0; m < kMoveCount; ++m) {
    for (uint64_t k : keys) out.put<int16_t>(slots_[probe(slots_, mask_, k)].w[m]);
  }
}

bool MoveWeights::read(model::ByteReader& in) {
  std::vector<uint64_t> keys;
  if (!read_sorted_keys(in, keys)) return false;
  std::vector<int16_t> rows(keys.size() * kMoveCount);
  for (int m = 0; m < kMoveCount; ++m) {
    for (size_t k = 0; k < keys.size(); ++k) rows[k * kMoveCount + m] = in.get<int16_t>();
  }
  if (!in.ok()) return false;
  build(keys, rows);
  return true;
}

MoveWeights MoveWeights::pruned(int threshold) const {
  std::vector<uint64_t> keys;
  std::vector<int16_t> rows;
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    bool keep = false;
    for (int16_t w : s.w) keep |= std::abs(w) > threshold;
    if (!keep) continue;
    keys.push_back(s.key);
    rows.insert(rows.end(), s.w, s.w + kMoveCount);
  }
  MoveWeights out;
  out.build(keys, rows);
  return out;
}

LabelWeights LabelWeights::pruned(int threshold) const {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Entry> entries;
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    const size_t before = entries.size();
    for (uint32_t e = s.begin; e < s.end; ++e) {
      if (std::abs(entries_[e].weight) > threshold) entries.push_back(entries_[e]);
    }
    if (entries.size() == before) continue;
    keys.push_back(s.key);
    offsets.push_back(static_cast<uint32_t>(entries.size()));
  }
  LabelWeights out;
  out.build(keys, offsets, entries);
  return out;
}

void LabelWeights::build(std::span<const uint64_t> keys, std::span<const uint32_t> offsets,
                         std::span<const Entry> entries) {
  const uint64_t cap = capacity_for(keys.size());
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  count_ = keys.size();
  entries_.assign(entries.begin(), entries.end());
  for (size_t k = 0; k < keys.size(); ++k) {
    Slot& slot = slots_[probe(slots_, mask_, keys[k])];
    slot.key = keys[k];
    slot.begin = offsets[k];
    slot.end = offsets[k + 1];
  }
}

void LabelWeights::score(const uint64_t* keys, int n, int32_t* scores) const {
  // Two dependent misses per key (slot, then its entries): find all slots first and
  // prefetch their entries, so both rounds of misses overlap across keys.
  constexpr int kChunk = 64;
  const Slot* found[kChunk];
  for (int base = 0; base < n; base += kChunk) {
    const int m = std::min(kChunk, n - base);
    for (int f = 0; f < m; ++f) __builtin_prefetch(&slots_[keys[base + f] & mask_]);
    for (int f = 0; f < m; ++f) {
      found[f] = &slots_[probe(slots_, mask_, keys[base + f])];
      __builtin_prefetch(entries_.data() + found[f]->begin);
    }
    for (int f = 0; f < m; ++f) {
      for (uint32_t e = found[f]->begin; e < found[f]->end; ++e) {
        scores[entries_[e].label] += entries_[e].weight;
      }
    }
  }
}

void LabelWeights::write(model::ByteWriter& out) const {
  std::vector<const Slot*> used;
  used.reserve(count_);
  for (const Slot& s : slots_) {
    if (s.key) used.push_back(&s);
  }
  std::sort(used.begin(), used.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  std::vector<uint64_t> keys;
  keys.reserve(used.size());
  for (const Slot* s : used) keys.push_back(s->key);
  write_sorted_keys(keys, out);
  for (const Slot* s : used) out.put<uint8_t>(static_cast<uint8_t>(s->end - s->begin));
  for (const Slot* s : used) {
    for (uint32_t e = s->begin; e < s->end; ++e) out.put<uint8_t>(entries_[e].label);
  }
  for (const Slot* s : used) {
    for (uint32_t e = s->begin; e < s->end; ++e) out.put<int16_t>(entries_[e].weight);
  }
}

bool LabelWeights::read(model::ByteReader& in) {
  std::vector<uint64_t> keys;
  if (!read_sorted_keys(in, keys)) return false;
  std::vector<uint32_t> offsets(keys.size() + 1, 0);
  for (size_t k = 0; k < keys.size(); ++k) offsets[k + 1] = offsets[k] + in.get<uint8_t>();
  if (!in.ok()) return false;
  std::vector<Entry> entries(offsets.back());
  for (Entry& e : entries) {
    e.label = in.get<uint8_t>();
    if (e.label >= kDepRelCount) return false;
  }
  for (Entry& e : entries) e.weight = in.get<int16_t>();
  if (!in.ok()) return false;
  build(keys, offsets, entries);
  return true;
}

}  // namespace dyad::syntax

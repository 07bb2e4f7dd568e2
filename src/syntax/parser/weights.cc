// Building, merging, splitting and (de)serializing the parser's weight tables; the
// scoring loops are in weight_scoring.cc.
#include "syntax/parser/weights.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "syntax/parser/internal/weight_probe.h"

namespace dyad::syntax {
namespace {

using internal::capacity_for;

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

// ---- MoveWeights ----

void MoveWeights::allocate(size_t keys, int columns) {
  const uint64_t cap = capacity_for(keys);
  columns_ = columns;
  stride_ = 2;
  while (stride_ < static_cast<uint32_t>(columns) + 1) stride_ <<= 1;
  slots_.assign(cap * stride_, 0);
  mask_ = cap - 1;
  std::fill(std::begin(counts_), std::end(counts_), 0);
}

size_t MoveWeights::find(uint64_t key) const {
  size_t i = key & mask_;
  while (slot(i)[0] != 0 && slot(i)[0] != key) i = (i + 1) & mask_;
  return i;
}

void MoveWeights::build(std::span<const uint64_t> keys, std::span<const int16_t> rows) {
  allocate(keys.size(), 1);
  counts_[0] = keys.size();
  for (size_t k = 0; k < keys.size(); ++k) {
    uint64_t* s = slot(find(keys[k]));
    s[0] = keys[k];
    std::memcpy(s + 1, rows.data() + k * kMoveCount, sizeof(int16_t) * kMoveCount);
  }
  build_filter();
}

void MoveWeights::build_filter() {
  const size_t cap = slots_.empty() ? 0 : mask_ + 1;
  size_t keys = 0;
  for (size_t i = 0; i < cap; ++i) keys += slot(i)[0] != 0;
  filter_.reset(keys);
  for (size_t i = 0; i < cap; ++i) {
    if (slot(i)[0] != 0) filter_.add(slot(i)[0]);
  }
}

template <typename Visit>
void MoveWeights::for_each_key(int column, Visit visit) const {
  const size_t cap = mask_ + 1;
  if (slots_.empty()) return;
  for (size_t i = 0; i < cap; ++i) {
    const uint64_t* s = slot(i);
    // A merged table holds a key in a column when it has weights there (see weights.h).
    if (s[0] == 0 || (columns_ > 1 && s[1 + column] == 0)) continue;
    int16_t w[kMoveCount];
    std::memcpy(w, s + 1 + column, sizeof w);
    visit(s[0], w);
  }
}

MoveRows MoveWeights::rows(int column) const {
  std::vector<std::pair<uint64_t, uint64_t>> packed;
  packed.reserve(size(column));
  for_each_key(column, [&](uint64_t key, const int16_t* w) {
    uint64_t p;
    std::memcpy(&p, w, sizeof p);
    packed.emplace_back(key, p);
  });
  std::sort(packed.begin(), packed.end());
  MoveRows out;
  out.keys.reserve(packed.size());
  out.weights.resize(packed.size() * kMoveCount);
  for (size_t k = 0; k < packed.size(); ++k) {
    out.keys.push_back(packed[k].first);
    std::memcpy(out.weights.data() + k * kMoveCount, &packed[k].second, sizeof(uint64_t));
  }
  return out;
}

MoveWeights MoveWeights::merge(std::span<const MoveWeights* const> tables) {
  std::vector<MoveRows> parts;
  for (const MoveWeights* t : tables) parts.push_back(t->rows(0));
  std::vector<const MoveRows*> pointers;
  for (const MoveRows& r : parts) pointers.push_back(&r);
  return merge(pointers);
}

MoveWeights MoveWeights::merge(std::span<const MoveRows* const> parts) {
  // Rows without weights score nothing: they are left out.
  auto packed_row = [](const MoveRows& r, size_t k) {
    uint64_t p;
    std::memcpy(&p, r.weights.data() + k * kMoveCount, sizeof p);
    return p;
  };
  std::vector<uint64_t> keys;
  for (const MoveRows* r : parts) {
    for (size_t k = 0; k < r->keys.size(); ++k) {
      if (packed_row(*r, k) != 0) keys.push_back(r->keys[k]);
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  MoveWeights out;
  out.allocate(keys.size(), static_cast<int>(parts.size()));
  for (uint64_t key : keys) out.slot(out.find(key))[0] = key;
  for (size_t c = 0; c < parts.size(); ++c) {
    const MoveRows& r = *parts[c];
    for (size_t k = 0; k < r.keys.size(); ++k) {
      const uint64_t p = packed_row(r, k);
      if (p == 0) continue;
      out.slot(out.find(r.keys[k]))[1 + c] = p;
      ++out.counts_[c];
    }
  }
  out.build_filter();
  return out;
}

MoveWeights MoveWeights::column(int column) const {
  const MoveRows r = rows(column);
  MoveWeights out;
  out.build(r.keys, r.weights);
  return out;
}

void MoveWeights::write(model::ByteWriter& out, int column) const {
  const MoveRows r = rows(column);
  write_sorted_keys(r.keys, out);
  // Weights column by column: each column's values are alike, which zstd likes.
  for (int m = 0; m < kMoveCount; ++m) {
    for (size_t k = 0; k < r.keys.size(); ++k) out.put<int16_t>(r.weights[k * kMoveCount + m]);
  }
}

bool MoveWeights::read_rows(model::ByteReader& in, MoveRows& out) {
  if (!read_sorted_keys(in, out.keys)) return false;
  out.weights.assign(out.keys.size() * kMoveCount, 0);
  for (int m = 0; m < kMoveCount; ++m) {
    for (size_t k = 0; k < out.keys.size(); ++k)
      out.weights[k * kMoveCount + m] = in.get<int16_t>();
  }
  return in.ok();
}

bool MoveWeights::read(model::ByteReader& in) {
  MoveRows r;
  if (!read_rows(in, r)) return false;
  build(r.keys, r.weights);
  return true;
}

MoveWeights MoveWeights::pruned(int threshold) const {
  const MoveRows r = rows(0);
  std::vector<uint64_t> keys;
  std::vector<int16_t> weights;
  for (size_t k = 0; k < r.keys.size(); ++k) {
    const int16_t* w = r.weights.data() + k * kMoveCount;
    bool keep = false;
    for (int m = 0; m < kMoveCount; ++m) keep |= std::abs(w[m]) > threshold;
    if (!keep) continue;
    keys.push_back(r.keys[k]);
    weights.insert(weights.end(), w, w + kMoveCount);
  }
  MoveWeights out;
  out.build(keys, weights);
  return out;
}

// ---- LabelWeights ----

size_t LabelWeights::find(uint64_t key) const {
  size_t i = key & mask_;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
  return i;
}

void LabelWeights::build(std::span<const uint64_t> keys, std::span<const uint32_t> offsets,
                         std::span<const Entry> entries) {
  const uint64_t cap = capacity_for(keys.size());
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  columns_ = 1;
  std::fill(std::begin(counts_), std::end(counts_), 0);
  counts_[0] = keys.size();
  entries_.assign(entries.begin(), entries.end());
  for (size_t k = 0; k < keys.size(); ++k) {
    Slot& slot = slots_[find(keys[k])];
    slot.key = keys[k];
    slot.begin = offsets[k];
    // Rows hold at most one entry per label (the trainer's and read()'s guarantee).
    slot.count[0] = static_cast<uint8_t>(std::min<uint32_t>(offsets[k + 1] - offsets[k], 255));
  }
  build_filter();
}

void LabelWeights::build_filter() {
  size_t keys = 0;
  for (const Slot& s : slots_) keys += s.key != 0;
  filter_.reset(keys);
  for (const Slot& s : slots_) {
    if (s.key != 0) filter_.add(s.key);
  }
}

template <typename Visit>
void LabelWeights::for_each_key(int column, Visit visit) const {
  for (const Slot& s : slots_) {
    if (s.key == 0 || s.count[column] == 0) continue;
    uint32_t begin = s.begin;
    for (int c = 0; c < column; ++c) begin += s.count[c];
    visit(s.key, std::span<const Entry>(entries_.data() + begin, s.count[column]));
  }
}

LabelRows LabelWeights::rows(int column) const {
  std::vector<std::pair<uint64_t, std::span<const Entry>>> found;
  found.reserve(size(column));
  for_each_key(column, [&](uint64_t key, std::span<const Entry> e) { found.emplace_back(key, e); });
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  LabelRows out;
  out.offsets.push_back(0);
  for (const auto& [key, e] : found) {
    out.keys.push_back(key);
    out.entries.insert(out.entries.end(), e.begin(), e.end());
    out.offsets.push_back(static_cast<uint32_t>(out.entries.size()));
  }
  return out;
}

LabelWeights LabelWeights::merge(std::span<const LabelWeights* const> tables) {
  std::vector<LabelRows> parts;
  for (const LabelWeights* t : tables) parts.push_back(t->rows(0));
  std::vector<const LabelRows*> pointers;
  for (const LabelRows& r : parts) pointers.push_back(&r);
  return merge(pointers);
}

LabelWeights LabelWeights::merge(std::span<const LabelRows* const> parts) {
  // Keys without entries score nothing: they are left out.
  std::vector<uint64_t> keys;
  size_t total = 0;
  for (const LabelRows* r : parts) {
    for (size_t k = 0; k < r->keys.size(); ++k) {
      if (r->offsets[k + 1] > r->offsets[k]) keys.push_back(r->keys[k]);
    }
    total += r->entries.size();
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  LabelWeights out;
  const uint64_t cap = capacity_for(keys.size());
  out.slots_.assign(cap, Slot{});
  out.mask_ = cap - 1;
  out.columns_ = static_cast<int>(parts.size());
  out.entries_.reserve(total);
  // Each key's entries, column after column, in key order; every part's keys ascend, so
  // one cursor per part walks them along.
  std::vector<size_t> cursor(parts.size(), 0);
  for (uint64_t key : keys) {
    Slot& slot = out.slots_[out.find(key)];
    slot.key = key;
    slot.begin = static_cast<uint32_t>(out.entries_.size());
    for (size_t c = 0; c < parts.size(); ++c) {
      const LabelRows& r = *parts[c];
      size_t& k = cursor[c];
      while (k < r.keys.size() && r.keys[k] < key) ++k;
      if (k == r.keys.size() || r.keys[k] != key) continue;
      const uint32_t count = r.offsets[k + 1] - r.offsets[k];
      if (count == 0) continue;
      out.entries_.insert(out.entries_.end(), r.entries.begin() + r.offsets[k],
                          r.entries.begin() + r.offsets[k + 1]);
      slot.count[c] = static_cast<uint8_t>(count);
      ++out.counts_[c];
    }
  }
  out.build_filter();
  return out;
}

LabelWeights LabelWeights::column(int column) const {
  const LabelRows r = rows(column);
  LabelWeights out;
  out.build(r.keys, r.offsets, r.entries);
  return out;
}

LabelWeights LabelWeights::pruned(int threshold) const {
  const LabelRows r = rows(0);
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Entry> entries;
  for (size_t k = 0; k < r.keys.size(); ++k) {
    const size_t before = entries.size();
    for (uint32_t e = r.offsets[k]; e < r.offsets[k + 1]; ++e) {
      if (std::abs(r.entries[e].weight) > threshold) entries.push_back(r.entries[e]);
    }
    if (entries.size() == before) continue;
    keys.push_back(r.keys[k]);
    offsets.push_back(static_cast<uint32_t>(entries.size()));
  }
  LabelWeights out;
  out.build(keys, offsets, entries);
  return out;
}

void LabelWeights::write(model::ByteWriter& out, int column) const {
  const LabelRows r = rows(column);
  write_sorted_keys(r.keys, out);
  for (size_t k = 0; k < r.keys.size(); ++k) {
    out.put<uint8_t>(static_cast<uint8_t>(r.offsets[k + 1] - r.offsets[k]));
  }
  for (const Entry& e : r.entries) out.put<uint8_t>(static_cast<uint8_t>(e.label));
  for (const Entry& e : r.entries) out.put<int16_t>(e.weight);
}

bool LabelWeights::read_rows(model::ByteReader& in, LabelRows& out) {
  if (!read_sorted_keys(in, out.keys)) return false;
  out.offsets.assign(out.keys.size() + 1, 0);
  for (size_t k = 0; k < out.keys.size(); ++k) {
    out.offsets[k + 1] = out.offsets[k] + in.get<uint8_t>();
  }
  if (!in.ok()) return false;
  out.entries.resize(out.offsets.back());
  for (Entry& e : out.entries) {
    e.label = in.get<uint8_t>();
    if (e.label >= kDepRelCount) return false;
  }
  for (Entry& e : out.entries) e.weight = in.get<int16_t>();
  return in.ok();
}

bool LabelWeights::read(model::ByteReader& in) {
  LabelRows r;
  if (!read_rows(in, r)) return false;
  build(r.keys, r.offsets, r.entries);
  return true;
}

}  // namespace dyad::syntax

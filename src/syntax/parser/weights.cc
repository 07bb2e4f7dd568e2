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

// The sorted union of the tables' keys.
template <typename Table, typename KeysOf>
std::vector<uint64_t> key_union(std::span<const Table* const> tables, KeysOf keys_of) {
  std::vector<uint64_t> all;
  for (const Table* t : tables) {
    const std::vector<uint64_t> keys = keys_of(*t);
    all.insert(all.end(), keys.begin(), keys.end());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
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

MoveWeights MoveWeights::merge(std::span<const MoveWeights* const> tables) {
  MoveWeights out;
  const std::vector<uint64_t> keys = key_union(tables, [](const MoveWeights& t) {
    std::vector<uint64_t> k;
    k.reserve(t.size(0));
    t.for_each_key(0, [&](uint64_t key, const int16_t* w) {
      bool any = false;
      for (int m = 0; m < kMoveCount; ++m) any |= w[m] != 0;
      if (any) k.push_back(key);  // rows without weights score nothing: leave them out
    });
    return k;
  });
  out.allocate(keys.size(), static_cast<int>(tables.size()));
  for (uint64_t key : keys) out.slot(out.find(key))[0] = key;
  for (size_t c = 0; c < tables.size(); ++c) {
    tables[c]->for_each_key(0, [&](uint64_t key, const int16_t* w) {
      uint64_t packed = 0;
      std::memcpy(&packed, w, sizeof packed);
      if (packed == 0) return;
      out.slot(out.find(key))[1 + c] = packed;
      ++out.counts_[c];
    });
  }
  return out;
}

MoveWeights MoveWeights::column(int column) const {
  std::vector<std::pair<uint64_t, uint64_t>> rows;
  rows.reserve(size(column));
  for_each_key(column, [&](uint64_t key, const int16_t* w) {
    uint64_t packed;
    std::memcpy(&packed, w, sizeof packed);
    rows.emplace_back(key, packed);
  });
  std::sort(rows.begin(), rows.end());
  std::vector<uint64_t> keys;
  std::vector<int16_t> weights(rows.size() * kMoveCount);
  for (size_t k = 0; k < rows.size(); ++k) {
    keys.push_back(rows[k].first);
    std::memcpy(weights.data() + k * kMoveCount, &rows[k].second, sizeof(uint64_t));
  }
  MoveWeights out;
  out.build(keys, weights);
  return out;
}

void MoveWeights::write(model::ByteWriter& out, int column) const {
  std::vector<std::pair<uint64_t, uint64_t>> rows;
  rows.reserve(size(column));
  for_each_key(column, [&](uint64_t key, const int16_t* w) {
    uint64_t packed;
    std::memcpy(&packed, w, sizeof packed);
    rows.emplace_back(key, packed);
  });
  std::sort(rows.begin(), rows.end());
  std::vector<uint64_t> keys;
  keys.reserve(rows.size());
  for (const auto& r : rows) keys.push_back(r.first);
  write_sorted_keys(keys, out);
  // Weights column by column: each column's values are alike, which zstd likes.
  for (int m = 0; m < kMoveCount; ++m) {
    for (const auto& r : rows) {
      int16_t w[kMoveCount];
      std::memcpy(w, &r.second, sizeof w);
      out.put<int16_t>(w[m]);
    }
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
  std::vector<std::pair<uint64_t, uint64_t>> rows;
  for_each_key(0, [&](uint64_t key, const int16_t* w) {
    bool keep = false;
    for (int m = 0; m < kMoveCount; ++m) keep |= std::abs(w[m]) > threshold;
    if (!keep) return;
    uint64_t packed;
    std::memcpy(&packed, w, sizeof packed);
    rows.emplace_back(key, packed);
  });
  std::sort(rows.begin(), rows.end());
  std::vector<uint64_t> keys;
  std::vector<int16_t> weights(rows.size() * kMoveCount);
  for (size_t k = 0; k < rows.size(); ++k) {
    keys.push_back(rows[k].first);
    std::memcpy(weights.data() + k * kMoveCount, &rows[k].second, sizeof(uint64_t));
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

LabelWeights LabelWeights::merge(std::span<const LabelWeights* const> tables) {
  LabelWeights out;
  const std::vector<uint64_t> keys = key_union(tables, [](const LabelWeights& t) {
    std::vector<uint64_t> k;
    k.reserve(t.size(0));
    t.for_each_key(0, [&](uint64_t key, std::span<const Entry>) { k.push_back(key); });
    return k;
  });
  const uint64_t cap = capacity_for(keys.size());
  out.slots_.assign(cap, Slot{});
  out.mask_ = cap - 1;
  out.columns_ = static_cast<int>(tables.size());
  size_t total = 0;
  for (const LabelWeights* t : tables) total += t->entries_.size();
  out.entries_.reserve(total);
  // Each key's entries, column after column, in key order.
  for (uint64_t key : keys) {
    Slot& slot = out.slots_[out.find(key)];
    slot.key = key;
    slot.begin = static_cast<uint32_t>(out.entries_.size());
    for (size_t c = 0; c < tables.size(); ++c) {
      if (tables[c]->slots_.empty()) continue;
      const Slot& from = tables[c]->slots_[tables[c]->find(key)];
      if (from.key != key || from.count[0] == 0) continue;
      out.entries_.insert(out.entries_.end(), tables[c]->entries_.begin() + from.begin,
                          tables[c]->entries_.begin() + from.begin + from.count[0]);
      slot.count[c] = from.count[0];
      ++out.counts_[c];
    }
  }
  return out;
}

LabelWeights LabelWeights::column(int column) const {
  std::vector<std::pair<uint64_t, std::span<const Entry>>> rows;
  rows.reserve(size(column));
  for_each_key(column, [&](uint64_t key, std::span<const Entry> e) { rows.emplace_back(key, e); });
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Entry> entries;
  for (const auto& [key, e] : rows) {
    keys.push_back(key);
    entries.insert(entries.end(), e.begin(), e.end());
    offsets.push_back(static_cast<uint32_t>(entries.size()));
  }
  LabelWeights out;
  out.build(keys, offsets, entries);
  return out;
}

LabelWeights LabelWeights::pruned(int threshold) const {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Entry> entries;
  // In slot order, as before tables could be merged, so pruned files stay byte-identical.
  for_each_key(0, [&](uint64_t key, std::span<const Entry> row) {
    const size_t before = entries.size();
    for (const Entry& e : row) {
      if (std::abs(e.weight) > threshold) entries.push_back(e);
    }
    if (entries.size() == before) return;
    keys.push_back(key);
    offsets.push_back(static_cast<uint32_t>(entries.size()));
  });
  LabelWeights out;
  out.build(keys, offsets, entries);
  return out;
}

void LabelWeights::write(model::ByteWriter& out, int column) const {
  std::vector<std::pair<uint64_t, std::span<const Entry>>> rows;
  rows.reserve(size(column));
  for_each_key(column, [&](uint64_t key, std::span<const Entry> e) { rows.emplace_back(key, e); });
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<uint64_t> keys;
  keys.reserve(rows.size());
  for (const auto& r : rows) keys.push_back(r.first);
  write_sorted_keys(keys, out);
  for (const auto& r : rows) out.put<uint8_t>(static_cast<uint8_t>(r.second.size()));
  for (const auto& r : rows) {
    for (const Entry& e : r.second) out.put<uint8_t>(static_cast<uint8_t>(e.label));
  }
  for (const auto& r : rows) {
    for (const Entry& e : r.second) out.put<int16_t>(e.weight);
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

#include "syntax/parser/averaged_weights.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dyad::syntax {
namespace {

// Average weights are scaled so the largest magnitude maps to kQuantMax.
constexpr double kQuantMax = 32000.0;

int16_t quantize(double v, double scale) {
  const double q = std::round(v * scale);
  return static_cast<int16_t>(std::clamp(q, -kQuantMax, kQuantMax));
}

}  // namespace

KeyIndex::KeyIndex() : keys_(1 << 16, 0), ids_(1 << 16, kAbsent), mask_((1 << 16) - 1) {}

uint32_t KeyIndex::find(uint64_t key) const {
  for (size_t i = key & mask_;; i = (i + 1) & mask_) {
    if (keys_[i] == key) return ids_[i];
    if (keys_[i] == 0) return kAbsent;
  }
}

uint32_t KeyIndex::insert(uint64_t key) {
  if (2 * (ids_order_.size() + 1) > keys_.size()) grow();
  size_t i = key & mask_;
  while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
  if (keys_[i] == key) return ids_[i];
  keys_[i] = key;
  ids_[i] = static_cast<uint32_t>(ids_order_.size());
  ids_order_.push_back(key);
  return ids_[i];
}

void KeyIndex::grow() {
  const size_t cap = keys_.size() * 2;
  keys_.assign(cap, 0);
  ids_.assign(cap, kAbsent);
  mask_ = cap - 1;
  for (uint32_t id = 0; id < ids_order_.size(); ++id) {
    size_t i = ids_order_[id] & mask_;
    while (keys_[i] != 0) i = (i + 1) & mask_;
    keys_[i] = ids_order_[id];
    ids_[i] = id;
  }
}

void AveragedMoveWeights::score(const uint64_t* keys, int n, int64_t scores[kMoveCount]) const {
  std::fill_n(scores, kMoveCount, 0);
  for (int f = 0; f < n; ++f) {
    const uint32_t id = index_.find(keys[f]);
    if (id == KeyIndex::kAbsent) continue;
    for (int m = 0; m < kMoveCount; ++m) scores[m] += rows_[id].w[m];
  }
}

void AveragedMoveWeights::update(const uint64_t* keys, int n, int good, int bad) {
  for (int f = 0; f < n; ++f) {
    const uint32_t id = index_.insert(keys[f]);
    if (id == rows_.size()) rows_.emplace_back();
    Row& r = rows_[id];
    for (int m = 0; m < kMoveCount; ++m) r.sum[m] += (now_ - r.stamp) * r.w[m];
    r.stamp = now_;
    ++r.w[good];
    --r.w[bad];
  }
}

MoveWeights AveragedMoveWeights::finalize(double* scale) const {
  std::vector<double> avg(rows_.size() * kMoveCount);
  double max_abs = 1e-9;
  for (size_t id = 0; id < rows_.size(); ++id) {
    const Row& r = rows_[id];
    for (int m = 0; m < kMoveCount; ++m) {
      const double total = static_cast<double>(r.sum[m] + (now_ - r.stamp) * r.w[m]);
      avg[id * kMoveCount + m] = total / static_cast<double>(now_);
      max_abs = std::max(max_abs, std::abs(avg[id * kMoveCount + m]));
    }
  }
  *scale = kQuantMax / max_abs;
  std::vector<uint64_t> keys;
  std::vector<int16_t> q;
  for (size_t id = 0; id < rows_.size(); ++id) {
    int16_t row[kMoveCount];
    bool any = false;
    for (int m = 0; m < kMoveCount; ++m) {
      row[m] = quantize(avg[id * kMoveCount + m], *scale);
      any |= row[m] != 0;
    }
    if (!any) continue;
    keys.push_back(index_.key_of(static_cast<uint32_t>(id)));
    q.insert(q.end(), row, row + kMoveCount);
  }
  MoveWeights out;
  out.build(keys, q);
  return out;
}

void AveragedLabelWeights::score(const uint64_t* keys, int n, int64_t* scores) const {
  for (int f = 0; f < n; ++f) {
    const uint32_t id = index_.find(keys[f]);
    if (id == KeyIndex::kAbsent) continue;
    for (const Entry& e : rows_[id]) scores[e.label] += e.w;
  }
}

void AveragedLabelWeights::bump(std::vector<Entry>& row, int label, int delta) {
  for (Entry& e : row) {
    if (e.label == label) {
      e.sum += (now_ - e.stamp) * e.w;
      e.stamp = now_;
      e.w += delta;
      return;
    }
  }
  row.push_back(Entry{static_cast<uint8_t>(label), delta, 0, now_});
}

void AveragedLabelWeights::update(const uint64_t* keys, int n, int good, int bad) {
  for (int f = 0; f < n; ++f) {
    const uint32_t id = index_.insert(keys[f]);
    if (id == rows_.size()) rows_.emplace_back();
    bump(rows_[id], good, +1);
    bump(rows_[id], bad, -1);
  }
}

LabelWeights AveragedLabelWeights::finalize(double* scale) const {
  double max_abs = 1e-9;
  auto average = [&](const Entry& e) {
    return static_cast<double>(e.sum + (now_ - e.stamp) * e.w) / static_cast<double>(now_);
  };
  for (const auto& row : rows_) {
    for (const Entry& e : row) max_abs = std::max(max_abs, std::abs(average(e)));
  }
  *scale = kQuantMax / max_abs;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<LabelWeights::Entry> entries;
  // Sorted by key so the table, and so the file, does not depend on insertion order.
  std::vector<uint32_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return index_.key_of(a) < index_.key_of(b); });
  for (uint32_t id : order) {
    const size_t before = entries.size();
    for (const Entry& e : rows_[id]) {
      const int16_t q = quantize(average(e), *scale);
      if (q != 0) entries.push_back({e.label, q});
    }
    if (entries.size() == before) continue;
    std::sort(entries.begin() + static_cast<std::ptrdiff_t>(before), entries.end(),
              [](const auto& a, const auto& b) { return a.label < b.label; });
    keys.push_back(index_.key_of(id));
    offsets.push_back(static_cast<uint32_t>(entries.size()));
  }
  LabelWeights out;
  out.build(keys, offsets, entries);
  return out;
}

}  // namespace dyad::syntax

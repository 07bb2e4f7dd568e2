// FeatsTable training, lookup and (de)serialization.
#include "syntax/tagger/feats_table.h"

#include <algorithm>
#include <map>

namespace dyad::syntax {
namespace {

// Lowercases on the fly, so lookup needs no allocation.
uint64_t word_key(std::string_view form, uint32_t cls) {
  uint64_t h = kFnvOffset;
  for (char c : form) h = fnv_step(h, static_cast<unsigned char>(ascii_lower(c)));
  return mix_hash(h, cls);
}

template <typename Map>
const std::string& majority(const Map& counts) {
  return std::max_element(counts.begin(), counts.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

}  // namespace

std::string_view FeatsTable::slice(uint32_t id) const {
  return std::string_view(strings_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
}

std::string_view FeatsTable::lookup(std::string_view form, uint32_t cls) const {
  uint32_t v = words_.find(word_key(form, cls));
  if (v != HashIndex::kMissing) return slice(v);
  return cls < class_default_.size() ? slice(class_default_[cls]) : std::string_view();
}

FeatsTable FeatsTable::train(std::span<const FeatsExample> examples, uint32_t num_classes) {
  std::vector<std::map<std::string, int>> per_class(num_classes);
  std::map<std::pair<std::string, uint32_t>, std::map<std::string, int>> per_word;
  for (const FeatsExample& ex : examples) {
    if (ex.cls >= num_classes) continue;
    ++per_class[ex.cls][std::string(ex.feats)];
    std::string lower(ex.form);
    for (char& c : lower) c = ascii_lower(c);
    ++per_word[{lower, ex.cls}][std::string(ex.feats)];
  }
  FeatsTable table;
  std::map<std::string, uint32_t> ids;
  table.offsets_.push_back(0);
  auto intern = [&](const std::string& s) {
    auto [it, added] = ids.emplace(s, static_cast<uint32_t>(ids.size()));
    if (added) {
      table.strings_ += s;
      table.offsets_.push_back(static_cast<uint32_t>(table.strings_.size()));
    }
    return it->second;
  };
  intern("");
  for (uint32_t c = 0; c < num_classes; ++c) {
    table.class_default_.push_back(per_class[c].empty() ? 0 : intern(majority(per_class[c])));
  }
  for (const auto& [key, counts] : per_word) {
    const std::string& best = majority(counts);
    if (intern(best) == table.class_default_[key.second]) continue;
    table.keys_.push_back(word_key(key.first, key.second));
    table.values_.push_back(intern(best));
  }
  table.index();
  return table;
}

void FeatsTable::index() {
  std::vector<std::pair<uint64_t, uint32_t>> items;
  for (size_t i = 0; i < keys_.size(); ++i) items.emplace_back(keys_[i], values_[i]);
  words_.build(items);
}

void FeatsTable::write(model::ByteWriter& out) const {
  out.put_string(strings_);
  out.put_vector(offsets_);
  out.put_vector(class_default_);
  out.put_vector(keys_);
  out.put_vector(values_);
}

bool FeatsTable::read(model::ByteReader& in, uint32_t num_classes) {
  strings_ = in.get_string();
  offsets_ = in.get_vector<uint32_t>();
  class_default_ = in.get_vector<uint32_t>();
  keys_ = in.get_vector<uint64_t>();
  values_ = in.get_vector<uint32_t>();
  if (!in.ok() || offsets_.empty() || class_default_.size() != num_classes ||
      values_.size() != keys_.size() || offsets_.back() != strings_.size()) {
    return false;
  }
  for (size_t i = 0; i + 1 < offsets_.size(); ++i) {
    if (offsets_[i] > offsets_[i + 1]) return false;
  }
  uint32_t n = static_cast<uint32_t>(offsets_.size() - 1);
  for (uint32_t v : class_default_) {
    if (v >= n) return false;
  }
  for (uint32_t v : values_) {
    if (v >= n) return false;
  }
  index();
  return true;
}

}  // namespace dyad::syntax

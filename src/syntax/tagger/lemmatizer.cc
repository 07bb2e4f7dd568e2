// Lemmatizer training, lookup and (de)serialization. See lemmatizer.h for the scheme.
#include "syntax/tagger/lemmatizer.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace dyad::syntax {
namespace {

constexpr uint64_t kSuffixSeed = 0x6c656d6d61ull;  // keeps rule keys apart from form keys

uint64_t exception_key(std::string_view form, Xpos xpos) {
  return mix_hash(fnv_hash(form), static_cast<uint64_t>(xpos));
}

// `lower_form` is already lowercased; k bytes of it from the end.
uint64_t rule_key(std::string_view lower_form, size_t k, Xpos xpos) {
  return mix_hash(fnv_hash(lower_form.substr(lower_form.size() - k), kSuffixSeed),
                  static_cast<uint64_t>(xpos) * 16 + k);
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A rule in training form: lowercase?, bytes to strip, text to append.
using RuleText = std::tuple<bool, int, std::string>;

// The rule turning `form` into `lemma`, or strip = -1 when the lemma is not a rewrite of
// the form's ending (suppletion: "was" -> "be" becomes an exception, never a rule).
RuleText derive_rule(std::string_view form, std::string_view lemma) {
  bool lower = !has_upper(lemma);
  std::string base = lower ? to_lower(form) : std::string(form);
  size_t p = 0;
  while (p < base.size() && p < lemma.size() && base[p] == lemma[p]) ++p;
  int strip = static_cast<int>(base.size() - p);
  if (p == 0 || strip > 255) return {lower, -1, ""};
  return {lower, strip, std::string(lemma.substr(p))};
}

}  // namespace

std::string_view Lemmatizer::apply_rules(std::string_view form, Xpos xpos,
                                         std::string& scratch) const {
  std::string lower = to_lower(form);  // unseen words only, so a rare allocation
  size_t max_k = std::min<size_t>(static_cast<size_t>(max_suffix_), lower.size());
  for (size_t k = max_k + 1; k-- > 0;) {
    uint32_t r = rule_index_.find(rule_key(lower, k, xpos));
    if (r == HashIndex::kMissing) continue;
    const Rule& rule = rules_[r];
    std::string_view base = rule.lower ? std::string_view(lower) : form;
    if (rule.strip >= base.size()) break;
    scratch.assign(base.substr(0, base.size() - rule.strip));
    scratch.append(strings_, rule.append_offset, rule.append_size);
    return scratch;
  }
  scratch.assign(form);
  return scratch;
}

std::string_view Lemmatizer::apply_wordnet(std::string_view form, Xpos xpos,
                                           std::string_view rule_lemma,
                                           const WordNetLexicon& wordnet,
                                           std::string& scratch) const {
  WnPos pos;
  switch (xpos) {
    case Xpos::NNS:
      pos = WnPos::kNoun;
      break;
    case Xpos::VBD:
    case Xpos::VBN:
    case Xpos::VBZ:
    case Xpos::VBG:
      pos = WnPos::kVerb;
      break;
    case Xpos::JJR:
    case Xpos::JJS:
      pos = WnPos::kAdj;
      break;
    case Xpos::NNP:
    case Xpos::JJ: {
      // Lowercase names in web text ("mexico"): EWT lemmas keep the name's capital.
      if (has_upper(form)) return rule_lemma;
      std::string_view cap = wordnet.capitalized(form);
      return cap.empty() || cap.size() != rule_lemma.size() ? rule_lemma : cap;
    }
    default:
      return rule_lemma;
  }
  if (has_upper(rule_lemma) || wordnet.is_lemma(rule_lemma, pos)) return rule_lemma;
  std::string lower = to_lower(form);
  std::string base;
  if (!wordnet.base_form(lower, pos, base)) return rule_lemma;
  scratch = std::move(base);
  return scratch;
}

std::string_view Lemmatizer::lemmatize(std::string_view form, Xpos xpos, std::string& scratch,
                                       const WordNetLexicon* wordnet) const {
  uint32_t e = exceptions_.find(exception_key(form, xpos));
  if (e == HashIndex::kMissing && has_upper(form)) {
    scratch = to_lower(form);
    e = exceptions_.find(exception_key(scratch, xpos));
  }
  if (e != HashIndex::kMissing) {
    return std::string_view(strings_).substr(exc_offset_[e], exc_size_[e]);
  }
  std::string_view lemma = apply_rules(form, xpos, scratch);
  return wordnet == nullptr ? lemma : apply_wordnet(form, xpos, lemma, *wordnet, scratch);
}

Lemmatizer Lemmatizer::train(std::span<const LemmaExample> examples,
                             const LemmatizerOptions& options, const WordNetLexicon* wordnet) {
  // Majority lemma of each (form, xpos) type; ties go to the smaller string (std::map
  // order), so training is deterministic.
  std::map<std::pair<std::string, Xpos>, std::map<std::string, int>> type_counts;
  for (const LemmaExample& ex : examples) {
    if (ex.form.empty() || ex.lemma.empty()) continue;
    ++type_counts[{std::string(ex.form), ex.xpos}][std::string(ex.lemma)];
  }
  std::vector<std::tuple<std::string, Xpos, std::string>> types;
  for (const auto& [key, lemmas] : type_counts) {
    auto best = std::max_element(lemmas.begin(), lemmas.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    types.emplace_back(key.first, key.second, best->first);
  }

  // Rule votes per (xpos, suffix length, suffix).
  using Key = std::tuple<Xpos, size_t, std::string>;
  std::map<Key, std::map<RuleText, int>> votes;
  for (const auto& [form, xpos, lemma] : types) {
    RuleText rule = derive_rule(form, lemma);
    if (std::get<1>(rule) < 0) continue;
    std::string lower = to_lower(form);
    size_t max_k = std::min<size_t>(static_cast<size_t>(options.max_suffix), lower.size());
    for (size_t k = 0; k <= max_k; ++k) ++votes[{xpos, k, lower.substr(lower.size() - k)}][rule];
  }
  // Keep a suffix's rule only where it differs from what its shorter suffix already says;
  // std::map orders keys by length first, so every parent is decided before its children.
  Lemmatizer lem;
  lem.max_suffix_ = options.max_suffix;
  std::map<Key, RuleText> effective;
  for (const auto& [key, rules] : votes) {
    const auto& [xpos, k, suffix] = key;
    int total = 0;
    for (const auto& [rule, n] : rules) total += n;
    auto best = std::max_element(rules.begin(), rules.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    const RuleText* parent = nullptr;
    if (k > 0) {
      auto it = effective.find({xpos, k - 1, suffix.substr(1)});
      if (it != effective.end()) parent = &it->second;
    }
    bool keep = (k == 0 || total >= options.min_rule_types) &&
                (parent == nullptr || *parent != best->first);
    if (keep) {
      Rule r;
      r.lower = std::get<0>(best->first) ? 1 : 0;
      r.strip = static_cast<uint8_t>(std::get<1>(best->first));
      r.append_offset = static_cast<uint32_t>(lem.strings_.size());
      r.append_size = static_cast<uint32_t>(std::get<2>(best->first).size());
      lem.strings_ += std::get<2>(best->first);
      lem.rule_keys_.push_back(rule_key(suffix, k, xpos));
      lem.rules_.push_back(r);
    }
    if (keep || parent != nullptr) effective[key] = keep ? best->first : *parent;
  }
  lem.index();

  // Exceptions: the types the lookup path gets wrong. Adding an entry can change what
  // another type's lowercase retry finds, so repeat until nothing changes.
  std::string scratch;
  for (int round = 0; round < 4; ++round) {
    size_t before = lem.exc_keys_.size();
    for (const auto& [form, xpos, lemma] : types) {
      if (lem.lemmatize(form, xpos, scratch, wordnet) == lemma) continue;
      lem.exc_keys_.push_back(exception_key(form, xpos));
      lem.exc_offset_.push_back(static_cast<uint32_t>(lem.strings_.size()));
      lem.exc_size_.push_back(static_cast<uint32_t>(lemma.size()));
      lem.strings_ += lemma;
    }
    lem.index();
    if (lem.exc_keys_.size() == before) break;
  }
  return lem;
}

void Lemmatizer::index() {
  std::vector<std::pair<uint64_t, uint32_t>> items;
  for (size_t i = 0; i < exc_keys_.size(); ++i) items.emplace_back(exc_keys_[i], i);
  exceptions_.build(items);
  items.clear();
  for (size_t i = 0; i < rule_keys_.size(); ++i) items.emplace_back(rule_keys_[i], i);
  rule_index_.build(items);
}

void Lemmatizer::write(model::ByteWriter& out) const {
  out.put<uint32_t>(static_cast<uint32_t>(max_suffix_));
  out.put_string(strings_);
  out.put_vector(exc_keys_);
  out.put_vector(exc_offset_);
  out.put_vector(exc_size_);
  out.put_vector(rule_keys_);
  std::vector<uint8_t> lower, strip;
  std::vector<uint32_t> offset, size;
  for (const Rule& r : rules_) {
    lower.push_back(r.lower);
    strip.push_back(r.strip);
    offset.push_back(r.append_offset);
    size.push_back(r.append_size);
  }
  out.put_vector(lower);
  out.put_vector(strip);
  out.put_vector(offset);
  out.put_vector(size);
}

bool Lemmatizer::read(model::ByteReader& in) {
  max_suffix_ = static_cast<int>(in.get<uint32_t>());
  strings_ = in.get_string();
  exc_keys_ = in.get_vector<uint64_t>();
  exc_offset_ = in.get_vector<uint32_t>();
  exc_size_ = in.get_vector<uint32_t>();
  rule_keys_ = in.get_vector<uint64_t>();
  auto lower = in.get_vector<uint8_t>();
  auto strip = in.get_vector<uint8_t>();
  auto offset = in.get_vector<uint32_t>();
  auto size = in.get_vector<uint32_t>();
  if (!in.ok() || max_suffix_ > 64 || exc_offset_.size() != exc_keys_.size() ||
      exc_size_.size() != exc_keys_.size() || lower.size() != rule_keys_.size() ||
      strip.size() != lower.size() || offset.size() != lower.size() ||
      size.size() != lower.size()) {
    return false;
  }
  for (size_t i = 0; i < exc_keys_.size(); ++i) {
    if (uint64_t{exc_offset_[i]} + exc_size_[i] > strings_.size()) return false;
  }
  rules_.resize(lower.size());
  for (size_t i = 0; i < rules_.size(); ++i) {
    if (uint64_t{offset[i]} + size[i] > strings_.size()) return false;
    rules_[i] = {lower[i], strip[i], offset[i], size[i]};
  }
  index();
  return true;
}

}  // namespace dyad::syntax

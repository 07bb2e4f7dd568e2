// Deriving the WordNet form table (see wordnet_lexicon.h), its lookups and serialization.
#include "syntax/tagger/wordnet_lexicon.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <span>
#include <sstream>

namespace dyad::syntax {
namespace {

constexpr std::array<const char*, 4> kPosNames = {"noun", "verb", "adj", "adv"};

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Calls f(line) for each line that is not part of the licence header (those start with
// a space in WordNet's files).
template <typename F>
void for_lines(std::string_view text, F f) {
  size_t p = 0;
  while (p < text.size()) {
    size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(p, e - p);
    if (!line.empty() && line[0] != ' ') f(line);
    p = e + 1;
  }
}

std::string_view first_field(std::string_view line, size_t* end = nullptr) {
  size_t e = line.find(' ');
  if (e == std::string_view::npos) e = line.size();
  if (end) *end = e;
  return line.substr(0, e);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Single words only: the tagger sees one token at a time.
bool usable(std::string_view w) {
  return !w.empty() && w.find('_') == std::string_view::npos && w.size() < 40;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool ends_with(std::string_view s, std::string_view t) {
  return s.size() >= t.size() && s.substr(s.size() - t.size()) == t;
}

// -s / -es / -ies, shared by noun plurals and verbs' third person.
std::string add_s(const std::string& w) {
  size_t n = w.size();
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") ||
      ends_with(w, "sh")) {
    return w + "es";
  }
  if (n >= 2 && w[n - 1] == 'y' && !vowel(w[n - 2])) return w.substr(0, n - 1) + "ies";
  return w + "s";
}

// The regular -ed / -er style ending: e-final words add only the rest ("bake" -> "baked"),
// consonant + y turns into i ("try" -> "tried").
std::string add_e_suffix(const std::string& w, std::string_view rest) {
  size_t n = w.size();
  if (w.back() == 'e') return w + std::string(rest);
  if (n >= 2 && w[n - 1] == 'y' && !vowel(w[n - 2])) {
    return w.substr(0, n - 1) + "i" + "e" + std::string(rest);
  }
  return w + "e" + std::string(rest);
}

std::string add_ing(const std::string& w) {
  size_t n = w.size();
  if (ends_with(w, "ie")) return w.substr(0, n - 2) + "ying";
  if (n >= 3 && w.back() == 'e' && !ends_with(w, "ee") && !ends_with(w, "ye") &&
      !ends_with(w, "oe")) {
    return w.substr(0, n - 1) + "ing";
  }
  return w + "ing";
}

}  // namespace

Result<WordNetLexicon> WordNetLexicon::build(const std::string& dir) {
  std::map<std::string, uint32_t> masks;     // lowercased form -> bits; std::map: sorted, stable
  std::map<std::string, std::string> cased;  // lowercased -> its capitalized spelling
  std::string text;
  for (int pos = 0; pos < 4; ++pos) {
    const std::string path = dir + "/index." + kPosNames[pos];
    if (!read_file(path, text)) return not_found(path + ": cannot read the WordNet index");
    for_lines(text, [&](std::string_view line) {
      std::string w(first_field(line));
      if (!usable(w)) return;
      masks[w] |= 1u << pos;
      if (w.size() < 2) return;
      // Regular inflections; the .exc lists below add the irregular ones.
      if (pos == 0) masks[add_s(w)] |= kWnPlural;
      if (pos == 1) {
        masks[add_s(w)] |= kWnVerbS;
        masks[add_e_suffix(w, "d")] |= kWnVerbEd;
        masks[add_ing(w)] |= kWnVerbIng;
      }
      if (pos == 2) {
        masks[add_e_suffix(w, "r")] |= kWnAdjEr;
        masks[add_e_suffix(w, "st")] |= kWnAdjEst;
      }
    });
  }
  // Capitalization: data.* spell lemmas as written ("Mexico", "Scottish"); index.* do not.
  std::map<std::string, int> case_votes;  // > 0: only ever capitalized
  for (int pos = 0; pos < 4; ++pos) {
    if (!read_file(dir + "/data." + kPosNames[pos], text)) continue;
    for_lines(text, [&](std::string_view line) {
      // offset lex_filenum ss_type w_cnt(hex) [word lex_id]...
      std::istringstream in{std::string(line.substr(0, std::min<size_t>(line.size(), 2000)))};
      std::string offset, lexfile, type, count_hex;
      in >> offset >> lexfile >> type >> count_hex;
      int count = static_cast<int>(std::strtol(count_hex.c_str(), nullptr, 16));
      for (int i = 0; i < count; ++i) {
        std::string word, lex_id;
        if (!(in >> word >> lex_id)) break;
        size_t paren = word.find('(');  // adjective markers: "galore(ip)"
        if (paren != std::string::npos) word.resize(paren);
        if (!usable(word)) continue;
        std::string l = lower(word);
        bool cap = word[0] >= 'A' && word[0] <= 'Z';
        int& v = case_votes[l];
        if (!cap) {
          v = -1000000;
        } else if (v >= 0) {
          ++v;
          if (cased.find(l) == cased.end()) cased[l] = word;
        }
      }
    });
  }
  for (const auto& [l, v] : case_votes) {
    if (v > 0) masks[l] |= kWnCapital;
  }
  // Irregular forms.
  WordNetLexicon lex;
  std::vector<std::tuple<std::string, uint8_t, std::string>> irregular;
  for (int pos = 0; pos < 4; ++pos) {
    if (!read_file(dir + "/" + kPosNames[pos] + ".exc", text)) continue;
    for_lines(text, [&](std::string_view line) {
      size_t e;
      std::string form(first_field(line, &e));
      if (!usable(form) || e >= line.size()) return;
      std::string lemma(first_field(line.substr(e + 1)));
      if (!usable(lemma) || lemma == form) return;
      uint32_t bit = 0;
      if (pos == 0) bit = kWnPlural;
      if (pos == 1) bit = ends_with(form, "ing") ? kWnVerbIng : kWnVerbEd;
      if (pos >= 2) bit = ends_with(form, "st") ? kWnAdjEst : kWnAdjEr;
      masks[form] |= bit;
      irregular.emplace_back(form, static_cast<uint8_t>(pos), lemma);
    });
  }
  // SemCor sense counts: "lemma%ss_type:..." sense_number tag_cnt, ss_type 1..5 (5:
  // adjective satellite).
  if (read_file(dir + "/cntlist.rev", text)) {
    std::map<std::string, std::array<int, 4>> counts;
    for_lines(text, [&](std::string_view line) {
      size_t pct = line.find('%');
      if (pct == std::string_view::npos || pct + 1 >= line.size()) return;
      std::string w(line.substr(0, pct));
      if (!usable(w)) return;
      int type = line[pct + 1] - '0';
      if (type < 1 || type > 5) return;
      int pos = type == 5 ? 2 : type - 1;
      size_t last = line.rfind(' ');
      counts[w][pos] += std::atoi(std::string(line.substr(last + 1)).c_str());
    });
    for (const auto& [w, c] : counts) {
      int best = static_cast<int>(std::max_element(c.begin(), c.end()) - c.begin());
      if (c[best] > 0) masks[w] |= static_cast<uint32_t>(best + 1) << kWnDominantShift;
    }
  }
  for (const auto& [w, m] : masks) {
    auto it = cased.find(w);
    lex.words_ += (m & kWnCapital) && it != cased.end() ? it->second : w;
    lex.words_ += '\n';
    lex.masks_.push_back(static_cast<uint16_t>(m));
  }
  for (const auto& [form, pos, lemma] : irregular) {
    lex.irr_text_ += form + " " + lemma + "\n";
    lex.irr_pos_.push_back(pos);
  }
  lex.index();
  if (lex.empty()) return not_found(dir + ": no WordNet lemmas found");
  return lex;
}

void WordNetLexicon::index() {
  std::vector<std::pair<uint64_t, uint32_t>> items;
  word_offset_.clear();
  size_t p = 0;
  for (uint32_t i = 0; i < masks_.size(); ++i) {
    size_t e = words_.find('\n', p);
    word_offset_.push_back(static_cast<uint32_t>(p));
    items.emplace_back(fnv_hash(lower(std::string_view(words_).substr(p, e - p))), i);
    p = e + 1;
  }
  index_.build(items);
  items.clear();
  irr_offset_.clear();
  p = 0;
  for (uint32_t i = 0; i < irr_pos_.size(); ++i) {
    size_t e = irr_text_.find(' ', p);
    irr_offset_.push_back(static_cast<uint32_t>(p));
    items.emplace_back(
        mix_hash(fnv_hash(std::string_view(irr_text_).substr(p, e - p)), irr_pos_[i]), i);
    p = irr_text_.find('\n', e) + 1;
  }
  irr_index_.build(items);
}

std::string_view WordNetLexicon::capitalized(std::string_view lower_form) const {
  uint32_t i = index_.find(fnv_hash(lower_form));
  if (i == HashIndex::kMissing || !(masks_[i] & kWnCapital)) return {};
  std::string_view w = std::string_view(words_).substr(word_offset_[i], lower_form.size());
  return w;
}

std::string_view WordNetLexicon::irregular(std::string_view lower_form, WnPos pos) const {
  uint32_t i = irr_index_.find(mix_hash(fnv_hash(lower_form), static_cast<uint8_t>(pos)));
  if (i == HashIndex::kMissing) return {};
  std::string_view line = std::string_view(irr_text_).substr(irr_offset_[i]);
  size_t sp = line.find(' ');
  return line.substr(sp + 1, line.find('\n') - sp - 1);
}

bool WordNetLexicon::base_form(std::string_view lower_form, WnPos pos, std::string& out) const {
  std::string_view irr = irregular(lower_form, pos);
  if (!irr.empty()) {
    out.assign(irr);
    return true;
  }
  // Morphy's detachment rules (WordNet's morph.c), tried in order; then the same with a
  // doubled final consonant undone ("stopped" -> "stopp" -> "stop").
  static constexpr std::pair<std::string_view, std::string_view> kNoun[] = {
      {"ses", "s"},   {"xes", "x"},   {"zes", "z"}, {"ches", "ch"},
      {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""}};
  static constexpr std::pair<std::string_view, std::string_view> kVerb[] = {
      {"ies", "y"}, {"es", "e"}, {"es", ""},     {"s", ""},    {"ied", "y"},
      {"ed", "e"},  {"ed", ""},  {"ying", "ie"}, {"ing", "e"}, {"ing", ""}};
  static constexpr std::pair<std::string_view, std::string_view> kAdj[] = {
      {"ier", "y"}, {"iest", "y"}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
  std::span<const std::pair<std::string_view, std::string_view>> rules;
  if (pos == WnPos::kNoun) rules = kNoun;
  if (pos == WnPos::kVerb) rules = kVerb;
  if (pos == WnPos::kAdj || pos == WnPos::kAdv) rules = kAdj;
  for (int undouble = 0; undouble < 2; ++undouble) {
    for (const auto& [suffix, repl] : rules) {
      if (!ends_with(lower_form, suffix) || lower_form.size() < suffix.size() + 2) continue;
      out.assign(lower_form.substr(0, lower_form.size() - suffix.size()));
      if (undouble) {
        size_t n = out.size();
        if (!repl.empty() || n < 3 || out[n - 1] != out[n - 2] || vowel(out[n - 1])) continue;
        out.pop_back();
      }
      out += repl;
      if (is_lemma(out, pos)) return true;
    }
  }
  out.clear();
  return false;
}

void WordNetLexicon::write(model::ByteWriter& out) const {
  out.put_string(words_);
  out.put_vector(masks_);
  out.put_string(irr_text_);
  out.put_vector(irr_pos_);
}

bool WordNetLexicon::read(model::ByteReader& in) {
  words_ = in.get_string();
  masks_ = in.get_vector<uint16_t>();
  irr_text_ = in.get_string();
  irr_pos_ = in.get_vector<uint8_t>();
  if (!in.ok()) return false;
  // Every form and irregular line must be terminated, or index() would read past the end.
  if (static_cast<size_t>(std::count(words_.begin(), words_.end(), '\n')) != masks_.size()) {
    return false;
  }
  size_t lines = 0, spaces = 0;
  for (char c : irr_text_) lines += c == '\n', spaces += c == ' ';
  if (lines != irr_pos_.size() || spaces != lines) return false;
  for (uint8_t p : irr_pos_) {
    if (p > 3) return false;
  }
  index();
  return true;
}

}  // namespace dyad::syntax

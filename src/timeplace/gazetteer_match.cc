// The gazetteer's hot path: word keys, the trie walk and qualifiers. Everything here
// reads plain tables built at load time and allocates nothing once the scratch vectors
// have grown to the longest sentence.

#include <utf8proc.h>

#include "text/normalizer.h"
#include "timeplace/gazetteer.h"

namespace dyad::timeplace {
namespace {

constexpr auto kFold = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD);
constexpr auto kFoldStrip =
    static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);

// Folds one code point into `out`: case folding, and with kFoldStrip canonical
// decomposition with the marks dropped ("Ô" -> "o").
void append_folded(utf8proc_int32_t cp, utf8proc_option_t options, std::string& out) {
  utf8proc_int32_t buf[8];
  int boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(cp, buf, 8, options, &boundclass);
  if (n < 0 || n > 8) {
    buf[0] = cp;
    n = 1;
  }
  for (utf8proc_ssize_t k = 0; k < n; ++k) {
    utf8proc_uint8_t bytes[4];
    utf8proc_ssize_t len = utf8proc_encode_char(buf[k], bytes);
    out.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(len));
  }
}

// 2-3 ASCII capitals: an acronym ("UN", "US", "UAE").
bool is_acronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 3) return false;
  for (char c : word) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

void append_key(std::string_view word, utf8proc_option_t options, std::string& out) {
  // An acronym only meets a name word written as one: "UN" is not the town Un (India),
  // while "US" and "UK" meet the aliases written so. The marker byte cannot occur in text.
  if (is_acronym(word)) out.push_back('\x01');
  size_t i = 0;
  while (i < word.size()) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {  // ASCII: match_form leaves it as is
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data() + i),
                         static_cast<utf8proc_ssize_t>(word.size() - i), &cp);
    if (len <= 0) {  // not UTF-8 (Document text never is): keep the byte
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    // match_form first (one code point in, a short string out: no heap), then fold.
    std::string folded;
    text::append_match_form(word.substr(i, static_cast<size_t>(len)), folded);
    if (folded.size() == 1) {
      out.push_back(folded[0]);
    } else {
      append_folded(cp, options, out);
    }
    i += static_cast<size_t>(len);
  }
}

}  // namespace

void append_word_key(std::string_view word, std::string& out) { append_key(word, kFold, out); }

void append_unaccented_key(std::string_view word, std::string& out) {
  append_key(word, kFoldStrip, out);
}

uint8_t word_shape(std::string_view form) {
  if (form.empty()) return 0;
  auto c = static_cast<unsigned char>(form[0]);
  if (c < 0x80) {
    if (c >= 'a' && c <= 'z') return 0;
    return c >= 'A' && c <= 'Z' ? kMayStart | kUpper : kMayStart;
  }
  utf8proc_int32_t cp = 0;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(form.data()),
                   static_cast<utf8proc_ssize_t>(form.size()), &cp);
  utf8proc_category_t cat = utf8proc_category(cp);
  if (cat == UTF8PROC_CATEGORY_LL) return 0;
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ? kMayStart | kUpper
                                                                    : kMayStart;
}

uint32_t Gazetteer::word_id(std::string_view key) const {
  uint64_t h = std::hash<std::string_view>{}(key);
  size_t mask = words_.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    const WordSlot& w = words_[s];
    if (w.id == kNoIndex) return kNoIndex;
    if (w.hash == h && std::string_view(pool_).substr(w.key_offset, w.key_size) == key) {
      return w.id;
    }
  }
}

uint32_t Gazetteer::child(uint32_t node, uint32_t word) const {
  uint64_t key = uint64_t{node} << 32 | word;
  size_t mask = edges_.size() - 1;
  for (size_t s = edge_hash(key) & mask;; s = (s + 1) & mask) {
    const EdgeSlot& e = edges_[s];
    if (e.key == key) return e.child;
    if (e.key == kEmptyEdge) return kNoIndex;
  }
}

template <typename WordAt>
uint32_t Gazetteer::longest(WordAt word_at, size_t n, size_t i, size_t& end) const {
  uint32_t best = kNoIndex;
  uint32_t node = 0;
  for (size_t k = i; k < n; ++k) {
    const uint32_t word = word_at(k);
    if (word == kNoIndex) break;
    node = child(node, word);
    if (node == kNoIndex) break;
    if (nodes_[node].terminal) {
      best = node;
      end = k + 1;
    }
  }
  return best;
}

bool Gazetteer::contains(uint32_t outer, uint32_t inner) const {
  if (outer == inner) return false;
  const Place& o = places_[outer];
  const Place& p = places_[inner];
  if (o.kind == PlaceKind::kCountry) return p.country == outer;
  if (o.kind == PlaceKind::kAdmin1) return p.admin1 == outer;
  return false;
}

uint32_t Gazetteer::qualify(uint32_t node, uint32_t qualifier) const {
  const Node& n = nodes_[node];
  const Node& q = nodes_[qualifier];
  for (uint32_t a = 0; a < n.candidates_size; ++a) {
    uint32_t place = candidates_[n.candidates_begin + a];
    if (places_[place].kind == PlaceKind::kCountry) continue;
    for (uint32_t b = 0; b < q.candidates_size; ++b) {
      if (contains(candidates_[q.candidates_begin + b], place)) return place;
    }
  }
  return kNoIndex;
}

// A city or region name glued to another capitalized word is most often part of a longer
// proper name: a person ("John Bolton", "President Obama", "Anna Politkovskaya"), a
// newspaper ("Washington Post") or a team. Countries are exempt ("US President").
bool Gazetteer::glued(std::span<const uint8_t> shape, size_t i, size_t end) const {
  bool before = i >= 2 && (shape[i - 1] & kUpper);  // the span's first word is capitalized anyway
  bool after = end < shape.size() && (shape[end] & kUpper);
  return before || after;
}

void Gazetteer::find(const Document& doc, uint32_t token_begin, uint32_t token_end,
                     MatchScratch& scratch, std::vector<PlaceMatch>& out) const {
  if (token_end <= token_begin) return;
  const size_t n = token_end - token_begin;
  // Words are interned as the trie walk reaches them: most words of a sentence neither
  // start a name (lower case) nor continue one, and are never looked up.
  constexpr uint32_t kUnread = kNoIndex - 1;
  scratch.words.assign(n, kUnread);
  scratch.shape.resize(n);
  for (size_t k = 0; k < n; ++k) {
    scratch.shape[k] = word_shape(doc.form(token_begin + static_cast<uint32_t>(k)));
  }
  auto word_at = [&](size_t k) {
    uint32_t& word = scratch.words[k];
    if (word == kUnread) {
      scratch.key.clear();
      append_word_key(doc.form(token_begin + static_cast<uint32_t>(k)), scratch.key);
      word = word_id(scratch.key);
    }
    return word;
  };
  const std::span<const uint8_t> shape(scratch.shape);
  size_t i = 0;
  while (i < n) {
    size_t end = i;
    uint32_t node = (shape[i] & kMayStart) ? longest(word_at, n, i, end) : kNoIndex;
    if (node == kNoIndex) {
      ++i;
      continue;
    }
    // "Paris, Texas": a comma, then a region or country holding one of the candidates.
    if (end + 1 < n && (shape[end + 1] & kMayStart) && word_at(end) == comma_) {
      size_t qualifier_end = end + 1;
      uint32_t q = longest(word_at, n, end + 1, qualifier_end);
      uint32_t place = q == kNoIndex ? kNoIndex : qualify(node, q);
      if (place != kNoIndex) {
        out.push_back({token_begin + static_cast<uint32_t>(i),
                       token_begin + static_cast<uint32_t>(qualifier_end), place, true});
        i = qualifier_end;
        continue;
      }
    }
    const Node& m = nodes_[node];
    if (!m.stop && m.candidates_size > 0) {
      uint32_t place = candidates_[m.candidates_begin];
      if (places_[place].kind == PlaceKind::kCountry || !glued(shape, i, end)) {
        out.push_back({token_begin + static_cast<uint32_t>(i),
                       token_begin + static_cast<uint32_t>(end), place, false});
      }
    }
    i = end;
  }
}

}  // namespace dyad::timeplace

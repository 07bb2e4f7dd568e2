// The hot loop (see trie_match.h) and the Dictionary lookups it relies on.

#include "actors/trie_match.h"

#include <algorithm>

#include "actors/phrase.h"
#include "model/artifact.h"

namespace dyad::actors {

uint32_t Dictionary::word_id(std::string_view key) const {
  const size_t mask = word_table_.size() - 1;
  const uint64_t hash = model::fnv1a64(key);
  const uint64_t tag = hash & 0xFFFFFFFF00000000ull;
  size_t at = hash & mask;
  while (true) {
    const uint64_t entry = word_table_[at];
    if (entry == 0) return kUnknownWord;
    const auto slot = static_cast<uint32_t>(entry);
    if ((entry & 0xFFFFFFFF00000000ull) == tag && str(word_refs_[slot - 1]) == key) {
      return slot - 1;
    }
    at = (at + 1) & mask;
  }
}

uint32_t Dictionary::intern(std::string_view form, std::string& scratch) const {
  scratch.clear();
  // ASCII words (nearly all of English news) are lower-cased here directly; the rest go
  // through the full match key (quote folding, Unicode lower case).
  bool ascii = true;
  for (char c : form) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (!ascii) {
    append_word_key(form, scratch);
    return word_id(scratch);
  }
  bool capitals = form.size() >= 2 && form.size() <= 4;
  scratch.push_back('\x01');  // the acronym mark, dropped below unless it is tried
  for (char c : form) {
    if (c >= 'A' && c <= 'Z') {
      scratch.push_back(static_cast<char>(c + ('a' - 'A')));
    } else {
      capitals = false;
      scratch.push_back(c);
    }
  }
  if (capitals) {
    const uint32_t id = word_id(scratch);
    if (id != kUnknownWord) return id;
  }
  return word_id(std::string_view(scratch).substr(1));
}

uint32_t Dictionary::stem_of(std::string_view key) const {
  // Stems of fewer than three letters would match too much ("EU" in "Europe" is a name).
  for (size_t n = key.size(); n-- > 3;) {
    const uint32_t id = word_id(key.substr(0, n));
    if (id != kUnknownWord && std::binary_search(stem_words_.begin(), stem_words_.end(), id)) {
      return id;
    }
  }
  return kUnknownWord;
}

uint32_t Dictionary::child(uint32_t node, uint32_t word) const {
  const TrieNode& n = nodes_[node];
  const TrieEdge* first = edges_.data() + n.edge_begin;
  const TrieEdge* last = first + n.edge_count;
  if (n.edge_count <= 8) {
    for (const TrieEdge* e = first; e != last; ++e) {
      if (e->word == word) return e->child;
    }
    return 0;
  }
  const TrieEdge* e =
      std::lower_bound(first, last, word, [](const TrieEdge& x, uint32_t w) { return x.word < w; });
  return e != last && e->word == word ? e->child : 0;
}

void intern_words(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                  std::vector<uint32_t>& ids, std::string& scratch) noexcept {
  ids.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    ids[i] = dict.intern(text.substr(t.begin, t.end - t.begin), scratch);
  }
}

size_t match_longest(const Dictionary& dict, std::span<const uint32_t> words,
                     std::vector<TrieMatch>& out) noexcept {
  const size_t before = out.size();
  const auto n = static_cast<uint32_t>(words.size());
  uint32_t i = 0;
  while (i < n) {
    uint32_t node = words[i] == kUnknownWord ? 0 : dict.root_child(words[i]);
    if (node == 0) {
      ++i;
      continue;
    }
    uint32_t best_end = 0;
    uint32_t best_node = 0;
    uint32_t j = i;
    while (true) {
      if (dict.node(node).accepts()) {
        best_end = j + 1;
        best_node = node;
      }
      if (++j == n || words[j] == kUnknownWord) break;
      node = dict.child(node, words[j]);
      if (node == 0) break;
    }
    if (best_end == 0) {
      ++i;
      continue;
    }
    out.push_back(TrieMatch{i, best_end, best_node});
    i = best_end;
  }
  return out.size() - before;
}

}  // namespace dyad::actors

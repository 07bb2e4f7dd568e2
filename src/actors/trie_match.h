#pragma once
// The hot loop of the actor stage: interning a sentence's words to dictionary word ids
// and the leftmost-longest walk of the token trie. Kept apart from the API (DESIGN §1):
// plain spans in, a reused vector out, no allocation in steady state, no Status.
//
// Thread-safety: the Dictionary is read-only; the output vectors belong to the caller.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary.h"
#include "core/document.h"

namespace dyad::actors {

// A phrase found in a sentence: words [begin, end) (indices into the span given to
// match_longest) and the trie node it ends at (TrieNode::accepts() holds).
struct TrieMatch {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t node = 0;
  friend bool operator==(const TrieMatch&, const TrieMatch&) = default;
};

// ids[i] = the dictionary id of tokens[i]'s word, or kUnknownWord. `text` is what the
// tokens' byte ranges index (Document::text). `scratch` is reused between calls.
void intern_words(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                  std::vector<uint32_t>& ids, std::string& scratch) noexcept;

// Appends the leftmost-longest matches of `words`: scanning left to right, at each
// position the longest phrase starting there; after a match the scan resumes at its end,
// without one at the next word. Returns the number appended.
size_t match_longest(const Dictionary& dict, std::span<const uint32_t> words,
                     std::vector<TrieMatch>& out) noexcept;

}  // namespace dyad::actors

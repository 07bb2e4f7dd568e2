#pragma once
// A sentence's dependency tree with children lists, built once per sentence so the
// coder's many "which dependents does this word have" questions cost no scan of the
// sentence each. Lowercased forms and lemmas are kept too: every lexicon lookup is
// case-insensitive.
//
// Ownership: a TreeView refers to the Document it was built from and lives in the
// coder's workspace, rebuilt (without reallocating) for each sentence.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "events/word_signature.h"

namespace dyad::events {

class TreeView {
 public:
  void build(const Document& doc, const Sentence& sentence);

  const Document& doc() const { return *doc_; }
  const Sentence& sentence() const { return *sentence_; }
  const Token& token(uint32_t t) const { return doc_->tokens[t]; }
  // Dependents of document token `t`, in text order.
  std::span<const uint32_t> children(uint32_t t) const;
  std::string_view form(uint32_t t) const { return forms_[t - sentence_->token_begin]; }
  std::string_view lemma(uint32_t t) const { return lemmas_[t - sentence_->token_begin]; }
  bool contains(uint32_t t) const {
    return t >= sentence_->token_begin && t < sentence_->token_end;
  }
  // The first dependent of `t` with relation `rel`, or kNoIndex.
  uint32_t child(uint32_t t, DepRel rel) const;
  // The lowercased case/mark word of `t`'s phrase ("to" in "to China"), or "".
  std::string_view preposition(uint32_t t) const;
  // Is `node` in the subtree of `root` (root included)?
  bool dominates(uint32_t root, uint32_t node) const;
  // The sentence's lowercased forms and lemmas.
  const WordSignature& words() const { return words_; }

 private:
  const Document* doc_ = nullptr;
  const Sentence* sentence_ = nullptr;
  std::vector<uint32_t> child_begin_;  // CSR over the sentence's tokens
  std::vector<uint32_t> child_list_;
  std::vector<std::string> forms_;
  std::vector<std::string> lemmas_;
  WordSignature words_;
};

}  // namespace dyad::events

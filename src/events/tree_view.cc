#include "events/tree_view.h"

namespace dyad::events {
namespace {

void lower_into(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

}  // namespace

void TreeView::build(const Document& doc, const Sentence& sentence) {
  doc_ = &doc;
  sentence_ = &sentence;
  const uint32_t n = sentence.size();
  child_begin_.assign(n + 1, 0);
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    const uint32_t h = doc.tokens[t].head;
    if (h != kNoIndex && contains(h)) ++child_begin_[h - sentence.token_begin + 1];
  }
  for (uint32_t i = 0; i < n; ++i) child_begin_[i + 1] += child_begin_[i];
  child_list_.assign(child_begin_[n], 0);
  std::vector<uint32_t> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    const uint32_t h = doc.tokens[t].head;
    if (h != kNoIndex && contains(h)) child_list_[fill[h - sentence.token_begin]++] = t;
  }
  forms_.resize(n);
  lemmas_.resize(n);
  words_.clear();
  for (uint32_t i = 0; i < n; ++i) {
    const Token& tok = doc.tokens[sentence.token_begin + i];
    lower_into(doc.form(tok), forms_[i]);
    std::string_view lemma = doc.lemma(tok);
    lower_into(lemma.empty() ? doc.form(tok) : lemma, lemmas_[i]);
    words_.add(forms_[i]);
    words_.add(lemmas_[i]);
  }
}

std::span<const uint32_t> TreeView::children(uint32_t t) const {
  if (!contains(t)) return {};
  const uint32_t i = t - sentence_->token_begin;
  return std::span<const uint32_t>(child_list_)
      .subspan(child_begin_[i], child_begin_[i + 1] - child_begin_[i]);
}

uint32_t TreeView::child(uint32_t t, DepRel rel) const {
  for (uint32_t c : children(t)) {
    if (token(c).deprel == rel) return c;
  }
  return kNoIndex;
}

std::string_view TreeView::preposition(uint32_t t) const {
  for (uint32_t c : children(t)) {
    const DepRel r = token(c).deprel;
    if (r == DepRel::case_ || r == DepRel::mark) return form(c);
  }
  return {};
}

bool TreeView::dominates(uint32_t root, uint32_t node) const {
  for (int steps = 0; steps < 128 && node != kNoIndex && contains(node); ++steps) {
    if (node == root) return true;
    node = token(node).head;
  }
  return false;
}

}  // namespace dyad::events

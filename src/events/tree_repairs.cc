#include "events/tree_repairs.h"

#include "events/words.h"

namespace dyad::events {
namespace {

// The last token of `t`'s subtree within the sentence.
uint32_t subtree_end(const Document& doc, const Sentence& sentence, uint32_t t) {
  uint32_t last = t;
  for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
    for (uint32_t h = i, steps = 0; h != kNoIndex && steps < sentence.size(); ++steps) {
      if (h == t) {
        if (i > last) last = i;
        break;
      }
      h = doc.tokens[h].head;
    }
  }
  return last;
}

bool has_coordinated_conjunct(const Document& doc, const Sentence& sentence, uint32_t t) {
  for (uint32_t c = sentence.token_begin; c < sentence.token_end; ++c) {
    if (doc.tokens[c].head != t || doc.tokens[c].deprel != DepRel::conj) continue;
    for (uint32_t cc = sentence.token_begin; cc < sentence.token_end; ++cc) {
      if (doc.tokens[cc].head == c && doc.tokens[cc].deprel == DepRel::cc &&
          one_of_lower(doc.form(cc), {"and", "or"})) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void repair_listed_appositions(Document& doc, const Sentence& sentence) {
  for (uint32_t x = sentence.token_begin + 1; x < sentence.token_end; ++x) {
    Token& tok = doc.tokens[x];
    // Names only: "the envoys of Arnor, the ministers and their aides" may be apposed.
    if (tok.deprel != DepRel::appos || tok.upos != Upos::PROPN || tok.head == kNoIndex ||
        doc.form(x - 1) != ",") {
      continue;
    }
    if (doc.tokens[x - 1].head != x || !has_coordinated_conjunct(doc, sentence, x)) continue;
    for (uint32_t n = sentence.token_begin; n + 1 < x; ++n) {
      const Token& of = doc.tokens[n];
      if (of.head != tok.head || of.deprel != DepRel::nmod || of.upos != Upos::PROPN) continue;
      if (subtree_end(doc, sentence, n) != x - 2) continue;
      // UD hangs every conjunct on the first.
      for (uint32_t c = sentence.token_begin; c < sentence.token_end; ++c) {
        if (doc.tokens[c].head == x && doc.tokens[c].deprel == DepRel::conj) {
          doc.tokens[c].head = n;
        }
      }
      tok.head = n;
      tok.deprel = DepRel::conj;
      break;
    }
  }
}

}  // namespace dyad::events

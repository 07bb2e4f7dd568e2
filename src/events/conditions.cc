#include "events/conditions.h"

#include "events/words.h"

namespace dyad::events {

bool has_condition(const Document& doc, const Sentence& sentence, uint32_t clause) {
  for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
    const Token& advcl = doc.tokens[i];
    if (advcl.head != clause || advcl.deprel != DepRel::advcl) continue;
    for (uint32_t j = sentence.token_begin; j < sentence.token_end; ++j) {
      const Token& m = doc.tokens[j];
      if (m.head == i && m.deprel == DepRel::mark && one_of_lower(doc.form(m), {"if", "unless"})) {
        return true;
      }
    }
  }
  return false;
}

bool is_condition(const TreeView& tree, uint32_t clause) {
  return tree.token(clause).deprel == DepRel::advcl &&
         one_of(tree.preposition(clause), {"if", "unless"});
}

uint32_t condition_subject(const TreeView& tree, uint32_t clause) {
  if (clause == kNoIndex) return kNoIndex;
  for (uint32_t c : tree.children(clause)) {
    if (!is_condition(tree, c)) continue;
    const uint32_t subject = tree.child(c, DepRel::nsubj);
    if (subject != kNoIndex) return subject;
  }
  return kNoIndex;
}

}  // namespace dyad::events

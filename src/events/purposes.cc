#include "events/purposes.h"

namespace dyad::events {

uint32_t purpose_of(const TreeView& tree, uint32_t verb) {
  const Token& v = tree.token(verb);
  if (v.upos != Upos::VERB || v.xpos != Xpos::VB || tree.preposition(verb) != "to") {
    return kNoIndex;
  }
  uint32_t head = v.head;
  if (head == kNoIndex || !tree.contains(head)) return kNoIndex;
  if (v.deprel == DepRel::acl && tree.token(head).deprel == DepRel::obj) {
    head = tree.token(head).head;
  } else if (v.deprel != DepRel::advcl) {
    return kNoIndex;
  }
  if (head == kNoIndex || !tree.contains(head) || tree.token(head).upos != Upos::VERB) {
    return kNoIndex;
  }
  return head;
}

}  // namespace dyad::events

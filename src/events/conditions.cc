#include "events/conditions.h"

#include "events/words.h"

namespace dyad::events {

uint32_t condition_subject(const TreeView& tree, uint32_t clause) {
  if (clause == kNoIndex) return kNoIndex;
  for (uint32_t c : tree.children(clause)) {
    if (tree.token(c).deprel != DepRel::advcl || !one_of(tree.preposition(c), {"if", "unless"})) {
      continue;
    }
    const uint32_t subject = tree.child(c, DepRel::nsubj);
    if (subject != kNoIndex) return subject;
  }
  return kNoIndex;
}

}  // namespace dyad::events

#include "events/languages.h"

#include "events/words.h"

namespace dyad::events {

bool names_a_language(const TreeView& tree, const Mention& mention) {
  // An adjective only: "the White House language" is the White House's words.
  if (mention.how != MentionHow::kAdjective) return false;
  if (mention.token_end == 0 || !tree.contains(mention.token_end - 1)) return false;
  const Token& last = tree.token(mention.token_end - 1);
  const bool modifier = last.deprel == DepRel::amod || last.deprel == DepRel::compound;
  return modifier && last.head != kNoIndex && tree.contains(last.head) &&
         one_of(tree.lemma(last.head), {"language", "tongue", "dialect"});
}

}  // namespace dyad::events

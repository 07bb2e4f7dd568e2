#include "events/borders.h"

#include "events/words.h"

namespace dyad::events {
namespace {

bool border_word(std::string_view lemma) {
  return one_of(lemma, {"border", "frontier", "boundary", "borderline"});
}

bool modifier(DepRel r) { return r == DepRel::amod || r == DepRel::compound; }

}  // namespace

bool names_a_border(const TreeView& tree, const Mention& mention) {
  if (mention.token_end == 0 || !tree.contains(mention.token_end - 1)) return false;
  uint32_t t = mention.token_end - 1;
  // "US-Mexico border": the parser may hang the first country on the second.
  for (int steps = 0; steps < 3; ++steps) {
    const Token& tok = tree.token(t);
    if (!modifier(tok.deprel) || tok.head == kNoIndex || !tree.contains(tok.head)) return false;
    if (border_word(tree.lemma(tok.head))) return true;
    t = tok.head;
  }
  return false;
}

}  // namespace dyad::events

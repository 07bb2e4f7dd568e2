#include "events/preparations.h"

#include "events/words.h"

namespace dyad::events {
namespace {

// "prepared to resume shelling": the verbs of beginning pass the preparation on.
bool begins(std::string_view lemma) {
  return one_of(lemma, {"resume", "begin", "start", "launch", "continue", "step"});
}

uint32_t infinitive_chain_end(const TreeView& tree, uint32_t verb) {
  uint32_t node = verb;
  for (int depth = 0; depth < 3; ++depth) {
    const uint32_t next = tree.child(node, DepRel::xcomp);
    if (next == kNoIndex || tree.token(next).upos != Upos::VERB) break;
    node = next;
    if (!begins(tree.lemma(node))) break;
  }
  return node == verb ? kNoIndex : node;
}

}  // namespace

bool attack_noun(std::string_view lemma) {
  return one_of(lemma,
                {"offensive", "attack", "assault", "invasion", "incursion", "onslaught", "war"});
}

uint32_t prepared_deed(const TreeView& tree, uint32_t verb) {
  if (tree.lemma(verb) != "prepare") return kNoIndex;
  const uint32_t chain_end = infinitive_chain_end(tree, verb);
  if (chain_end != kNoIndex) return chain_end;
  for (uint32_t c : tree.children(verb)) {
    const DepRel r = tree.token(c).deprel;
    const bool readied = r == DepRel::obj || (r == DepRel::obl && tree.preposition(c) == "for");
    if (readied && attack_noun(tree.lemma(c))) return c;
  }
  return kNoIndex;
}

}  // namespace dyad::events

#include "events/participles.h"

#include <string_view>

#include "events/words.h"

namespace dyad::events {
namespace {

bool clause_word(DepRel r) {
  return r == DepRel::aux || r == DepRel::aux_pass || r == DepRel::nsubj ||
         r == DepRel::nsubj_pass || r == DepRel::mark || r == DepRel::cop || r == DepRel::expl;
}

// The participle's noun: an object (or a bare nominal the parser took for an agent)
// right of it with only its own words in between.
uint32_t modified_noun(const TreeView& tree, uint32_t verb) {
  for (uint32_t c : tree.children(verb)) {
    const DepRel r = tree.token(c).deprel;
    const bool nominal =
        r == DepRel::obj || (r == DepRel::obl_agent && tree.preposition(c).empty());
    if (!nominal || c <= verb) continue;
    const Upos u = tree.token(c).upos;
    if (u != Upos::NOUN && u != Upos::PROPN) return kNoIndex;
    for (uint32_t t = verb + 1; t < c; ++t) {
      if (!tree.dominates(c, t)) return kNoIndex;
    }
    return c;
  }
  return kNoIndex;
}

}  // namespace

bool modifies_noun(const TreeView& tree, uint32_t verb) {
  const Token& v = tree.token(verb);
  const bool past = v.xpos == Xpos::VBN;
  if (v.upos != Upos::VERB || (!past && v.xpos != Xpos::VBG)) return false;
  if (verb == tree.sentence().token_begin || !tree.contains(verb - 1)) return false;
  for (uint32_t c : tree.children(verb)) {
    if (clause_word(tree.token(c).deprel)) return false;
  }
  if (modified_noun(tree, verb) == kNoIndex) return false;
  // "have both reinforced their support": a floating quantifier is no determiner.
  const Token& left = tree.token(verb - 1);
  if (left.head == verb) return false;
  const std::string_view l = tree.lemma(verb - 1);
  const bool article = left.upos == Upos::DET && (l == "the" || l == "a" || l == "this" ||
                                                  l == "that" || l == "these" || l == "those");
  if (article || left.xpos == Xpos::PRP_S || left.xpos == Xpos::POS) return true;
  return past && (left.upos == Upos::VERB || left.upos == Upos::ADP);
}

bool states_who_holds(const TreeView& tree, uint32_t verb) {
  const Token& v = tree.token(verb);
  if (v.upos != Upos::VERB || v.xpos != Xpos::VBN || v.deprel != DepRel::acl) return false;
  if (!one_of(tree.lemma(verb),
              {"dispute", "claim", "control", "govern", "administer", "inhabit"})) {
    return false;
  }
  for (uint32_t c : tree.children(verb)) {
    const DepRel r = tree.token(c).deprel;
    if (r == DepRel::aux || r == DepRel::aux_pass || r == DepRel::nsubj) return false;
  }
  return true;
}

bool describes_noun(const TreeView& tree, uint32_t verb) {
  const Token& v = tree.token(verb);
  if (v.upos != Upos::VERB || v.deprel != DepRel::acl_relcl) return false;
  if (v.xpos != Xpos::VBZ && v.xpos != Xpos::VBP) return false;
  // "which remains besieged by ...": what goes on is an event, ongoing.
  if (one_of(tree.lemma(verb), {"remain", "continue", "keep", "stay"})) return false;
  // The noun itself does it: its relative pronoun is the subject ("which advocates"),
  // not another actor acting on it ("which Beijing denies" is Beijing's denial).
  bool noun_does_it = false;
  for (uint32_t c : tree.children(verb)) {
    const DepRel r = tree.token(c).deprel;
    if (r == DepRel::aux || r == DepRel::aux_pass) return false;
    if (r == DepRel::nsubj) {
      const Xpos x = tree.token(c).xpos;
      noun_does_it = x == Xpos::WDT || x == Xpos::WP;
    }
  }
  return noun_does_it && v.head != kNoIndex && tree.contains(v.head) &&
         (tree.token(v.head).upos == Upos::NOUN || tree.token(v.head).upos == Upos::PROPN);
}

}  // namespace dyad::events

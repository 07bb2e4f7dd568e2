#include "events/missions.h"

#include "events/words.h"

namespace dyad::events {
namespace {

bool sends(std::string_view lemma) {
  return one_of(lemma, {"send", "dispatch", "despatch", "deploy"});
}

bool looks_into(std::string_view lemma) {
  return one_of(lemma, {"investigate", "probe", "inspect", "examine", "monitor", "verify", "assess",
                        "observe"});
}

// "to investigate", "to monitor": an infinitive of purpose that looks into something.
bool looks_into_as_purpose(const TreeView& tree, uint32_t c) {
  return tree.token(c).upos == Upos::VERB && tree.preposition(c) == "to" &&
         looks_into(tree.lemma(c));
}

}  // namespace

uint32_t investigative_purpose(const TreeView& tree, uint32_t verb) {
  if (!sends(tree.lemma(verb))) return kNoIndex;
  for (uint32_t c : tree.children(verb)) {
    const DepRel r = tree.token(c).deprel;
    // "sent personnel to Bosnia to investigate": on the verb ...
    if ((r == DepRel::advcl || r == DepRel::xcomp) && looks_into_as_purpose(tree, c)) return c;
    // ... or, as the parser often has it, on what is sent ("personnel to investigate").
    if (r != DepRel::obj) continue;
    for (uint32_t d : tree.children(c)) {
      if (tree.token(d).deprel == DepRel::acl && looks_into_as_purpose(tree, d)) return d;
    }
  }
  return kNoIndex;
}

}  // namespace dyad::events

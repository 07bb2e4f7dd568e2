#include "events/exercises.h"

#include "events/words.h"

namespace dyad::events {
namespace {

bool exercise_noun(const TreeView& tree, uint32_t noun) {
  const std::string_view lemma = tree.lemma(noun);
  if (one_of(lemma, {"exercise", "drill", "maneuver", "manoeuvre", "wargame"})) return true;
  if (lemma != "game") return false;
  for (uint32_t c : tree.children(noun)) {
    if (tree.token(c).deprel == DepRel::compound && tree.lemma(c) == "war") return true;
  }
  return false;
}

}  // namespace

bool holds_exercises(const TreeView& tree, uint32_t verb) {
  const uint32_t object = tree.child(verb, DepRel::obj);
  if (object == kNoIndex) return false;
  if (exercise_noun(tree, object)) return true;
  for (uint32_t c : tree.children(object)) {
    if (tree.token(c).deprel == DepRel::nmod && tree.preposition(c) == "of" &&
        exercise_noun(tree, c)) {
      return true;
    }
  }
  return false;
}

}  // namespace dyad::events

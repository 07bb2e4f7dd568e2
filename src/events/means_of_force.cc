#include "events/means_of_force.h"

#include <string_view>

#include "events/words.h"

namespace dyad::events {
namespace {

// What one phrase says about a bomb: whether it names one, and of which kind.
struct BombWords {
  bool bomb = false;
  bool suicide = false;
  bool vehicle = false;
  bool roadside = false;
  bool ordnance = false;  // shells, mortars, aircraft, a "US-led" campaign: war, not a bombing
};

void read_word(std::string_view lemma, BombWords& words) {
  if (one_of(lemma, {"bomb", "bombing", "car-bomb", "carbomb", "ied", "explosive"})) {
    words.bomb = true;
  } else if (lemma == "bomber") {
    // A bomber alone is as often an aircraft; a suicide bomber is a person.
    words.bomb = words.bomb || words.suicide;
  } else if (lemma == "suicide") {
    words.suicide = true;
  } else if (one_of(lemma, {"car", "vehicle", "truck", "lorry", "van"})) {
    words.vehicle = true;
  } else if (one_of(lemma, {"roadside", "road-side", "landmine", "mine"})) {
    words.roadside = true;
  } else if (lemma == "lead" ||  // "a US-led bombing": "led" is a word of its own
             one_of(lemma, {"mortar", "shell", "cluster", "barrel", "air", "aerial", "artillery",
                            "nuclear", "atomic", "napalm"})) {
    words.ordnance = true;
  }
}

// Modifiers before their head, so "suicide bombers" knows its suicide before its bomber;
// compounds nest ("car bomb explosion", "suicide car bombing").
void read_modified(const TreeView& tree, uint32_t head, int depth, BombWords& words) {
  for (uint32_t c : tree.children(head)) {
    const DepRel r = tree.token(c).deprel;
    if (r != DepRel::compound && r != DepRel::amod) continue;
    if (depth > 0) read_modified(tree, c, depth - 1, words);
    read_word(tree.lemma(c), words);
  }
}

BombWords read_phrase(const TreeView& tree, uint32_t head) {
  BombWords words;
  read_modified(tree, head, 2, words);
  read_word(tree.lemma(head), words);
  return words;
}

}  // namespace

CameoCode bombing_leaf(const TreeView& tree, std::span<const uint32_t> means) {
  CameoCode leaf;
  for (uint32_t head : means) {
    const BombWords words = read_phrase(tree, head);
    if (!words.bomb || words.ordnance) continue;
    leaf.assign(words.suicide ? "1831" : words.vehicle ? "1832" : words.roadside ? "1833" : "183");
    return leaf;
  }
  return leaf;
}

bool names_leader(const TreeView& tree, uint32_t victim) {
  return one_of(
      tree.lemma(victim),
      {"leader",     "chief",    "president", "premier",    "minister", "mayor",      "governor",
       "ambassador", "envoy",    "lawmaker",  "legislator", "senator",  "politician", "judge",
       "prosecutor", "chairman", "head",      "deputy",     "king",     "prince"});
}

}  // namespace dyad::events

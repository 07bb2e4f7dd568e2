#pragma once
// The participants of a predicate, read from the dependency tree: who acts (the source
// side) and who is acted on (the target side), before any actor is looked up.
//
// What it handles, and why each matters for event coding:
// - passive voice: in "Russia was condemned by the UN" the by-agent is the source and
//   the passive subject the target;
// - control and raising: in "Russia refused to withdraw" and "Biden is interested in
//   talking with Xi" the embedded verb has no subject of its own; it takes its
//   governor's;
// - coordination: "Hungary and Romania signed" gives two sources; "attacked and
//   killed" shares the first verb's subject;
// - relative clauses: "the troops that shelled the town": the modified noun is the
//   subject;
// - nominal events: "Xi's visit to Russia", "US warnings to China", "talks between X
//   and Y" take their source from the possessor or compound and their target from the
//   to/with/between phrase.
//
// Arguments are token indices of phrase heads; the actor stage decides whether a phrase
// names an actor. Thread-safety: pure functions of the Document.

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace dyad::events {

enum class ArgumentRole : uint8_t {
  kSubject,   // nsubj of an active verb; the possessor or compound of an event noun
  kAgent,     // the by-phrase of a passive verb: a source
  kObject,    // obj; the passive subject
  kIndirect,  // iobj
  kOblique,   // a prepositional phrase; `preposition` says which
};

struct Argument {
  uint32_t head = kNoIndex;  // document token index of the phrase head
  ArgumentRole role = ArgumentRole::kSubject;
  std::string_view preposition;  // lowercased, for obliques: "to", "with", "against"
  bool inherited = false;        // taken from a governor or a first conjunct
};

struct PredicateFrame {
  uint32_t predicate = kNoIndex;
  bool passive = false;
  bool nominal = false;  // an event noun ("visit", "talks") rather than a verb
  std::vector<Argument> arguments;

  // The source side (subjects of active verbs, by-agents of passive ones) and the
  // target side (objects, passive subjects, indirect objects, obliques), each with
  // coordinated phrases expanded.
  std::vector<Argument> sources() const;
  std::vector<Argument> targets() const;
};

// Light verbs whose object noun carries the event: "held talks with", "paid a visit to".
bool is_light_verb(std::string_view lemma);

// `predicate` is a document token index inside `sentence`.
PredicateFrame read_frame(const Document& doc, const Sentence& sentence, uint32_t predicate);

}  // namespace dyad::events

#pragma once
// Participles that name a property of a noun, not an event: "Jordan's visiting King
// Abdullah II", "extradited suspected British militant X", "the detained activists".
// The parser often makes such a participle a clause (advcl, xcomp, csubj) with the noun
// it modifies as its object; coded as a verb it adds an event no one reported ("visiting"
// 042 Jordan -> its own king, "suspected" 110).
//
// Thread-safety: a pure function of the tree.

#include <cstdint>

#include "events/tree_view.h"

namespace dyad::events {

// Whether `verb` is a participle standing right before the noun phrase it modifies:
// after a determiner or possessive ("the", "its", "Jordan's"), or, for a past participle,
// after a verb or preposition ("extradited suspected militant"), with nothing of a
// clause of its own (no auxiliary, subject or marker) and only that noun's own words
// between it and the noun. A present participle after a verb or preposition is left
// alone: "began shelling Gaza", "for supporting rebels" are clauses.
bool modifies_noun(const TreeView& tree, uint32_t verb);

// Whether `verb` is a past participle of standing possession or contest hung on a noun,
// saying who holds or contests it, not what happened: "the Beagle Channel, disputed by
// Argentina and Chile", "areas controlled by the rebels", "islands claimed by China".
// Only verbs of a state (dispute, claim, control, govern, administer, inhabit): "a
// journalist, killed by gunmen" tells of an event.
bool states_who_holds(const TreeView& tree, uint32_t verb);

// Whether `verb` heads a relative clause in the simple present, with its relative pronoun
// as the subject, that says what its noun is or does as a rule, not what happened: "a
// resolution that aims to tighten sanctions", "Hamas, which advocates Israel's
// destruction". Another subject acts on the noun ("which Beijing denies" is Beijing's
// denial); a verb with an auxiliary ("which has attacked", "who is meeting") or in the past
// tells of an event, and so does what goes on ("which remains besieged").
bool describes_noun(const TreeView& tree, uint32_t verb);

}  // namespace dyad::events

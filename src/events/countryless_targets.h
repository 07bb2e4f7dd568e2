#pragma once
// Whom an act is done to, named only by a word for a kind of people: "Liberian riot
// police used tear gas on demonstrators in Monrovia", "Iranian authorities have been
// pressuring workers of the United Bus Company", "The Mozambique government accepted
// demands from Shona rebels". No dictionary gives such a target a country, so the event
// went out with no target at all, where an analyst (and the PLOVER GSR) reads the
// people as of the country the act happens in. The coder gives the mention this finds
// that country (coder.cc, countryless_target); this file only finds the words.
//
// Thread-safety: a pure function of the tree and the document's mentions.

#include <cstdint>
#include <span>

#include "core/document.h"
#include "events/tree_view.h"

namespace dyad::events {

// The first mention with an agent but no code ("demonstrators", "workers", "Prime
// Minister") that `predicate` acts on: its object or indirect object, a phrase toward
// someone (not a place, a time, a doer's "by" or a topic); else the object of its purpose
// ("opened fire to disperse demonstrators", purposes.h). kNoIndex when none.
// `mention_of_token` maps each document token to its mention (kNoIndex for none).
uint32_t countryless_patient(const TreeView& tree, std::span<const uint32_t> mention_of_token,
                             uint32_t predicate);

}  // namespace dyad::events

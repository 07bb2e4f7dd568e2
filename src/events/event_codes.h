#pragma once
// Small tables of CAMEO knowledge the coder applies on top of the verb lexicon.
//
// event_noun_verb: nouns that name events ("visit", "talks", "warnings"), each with the
// verb whose lexicon entry codes it, so nominal events follow the same dictionary (and
// an engine suite's own dictionary) as verbal ones.
//
// Thread-safety: pure functions over constant tables.

#include <span>
#include <string>
#include <string_view>

#include "core/event.h"

namespace dyad::events {

// The verb key for an event noun's lemma ("visit" -> "visit", "warning" -> "warn"), or ""
// for nouns that name no event.
std::string_view event_noun_verb(std::string_view lemma);

// The CAMEO protest a noun names, from its lemma and its modifiers' lemmas (compounds,
// adjectives; "#of" when an of-phrase hangs on it): "demonstration", "rally", "sit-in"
// 141; "hunger strike" 142; "general strike", "walkout" 143; "riot" 145. "" for anything
// else: a bare "strike" is as often an air strike, "a demonstration of force" and "a
// rally in oil prices" are no protests. ("protest" and "boycott" are coded through
// their verbs, event_noun_verb.)
std::string_view protest_noun_code(std::string_view lemma, std::span<const std::string> modifiers);

// Verbs too general for their block's default code: "take" sits in APPREHEND (171), so
// "would take place" would be a seizure. These code only through a pattern that fits
// ("took hostages"), never through the default. So are verbs whose default names an act
// they mostly do not describe in news: "ELN is expanding into Venezuela" is no aid (060),
// "a case highlighting the flow of fake dollars" no statement (010).
bool pattern_only_verb(std::string_view lemma);

}  // namespace dyad::events

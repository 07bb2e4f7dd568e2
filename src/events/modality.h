#pragma once
// The modality of an event: did it happen as reported, or is it negated, denied,
// intended or only hypothetical? Read from the dependency tree around the event's
// predicate (its verb, or its noun for nominal events like "a possible visit").
//
// Why a tree walk: the cue is rarely on the predicate itself. In "Russia refused to
// withdraw its troops" the negation is on the governing verb; in "Beijing denied that it
// had sent weapons" the denial governs the clause; in "Biden is interested in talking
// with Xi" the intention is an adjective two arcs up. So the predicate's own dependents
// are read first, then each governor up the chain of clausal relations (xcomp, ccomp,
// advcl, acl, ...) until a verb of saying or the root. Verbs of saying ("said",
// "confirmed", "told") are transparent: "X said Y did Z" asserts Y→Z.
//
// When several cues meet, the strongest wins: denied > negated > hypothetical >
// intended > asserted ("would not visit" is negated; "did not plan to visit" too).
//
// Thread-safety: pure functions of the Document.

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/document.h"
#include "core/event.h"

namespace dyad::events {

std::string_view modality_name(Modality m);  // "asserted", "negated", ...
std::optional<Modality> parse_modality(std::string_view name);

// `predicate` is a document token index inside `sentence`.
Modality detect_modality(const Document& doc, const Sentence& sentence, uint32_t predicate);

}  // namespace dyad::events

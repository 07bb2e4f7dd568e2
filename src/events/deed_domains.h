#pragma once
// The domain of a deed that a stance is toward, read from the deed's own words, for the
// CAMEO codebook's leaf codes of intending, appealing, demanding, rejecting and
// threatening (governed_codes.h). The verb lexicon codes what happened, and often
// knows a deed only at its root or not at all: "demanded that North Korea forsake its
// nuclear program", "must drop barriers to U.S. exports", "rejected calls for immediate
// economic aid". The codebook's definitions say which domain such words name: trade
// is economic cooperation (061), extraditing or handing over suspects judicial
// cooperation (063), economic aid 071, peacekeepers 074, resigning 0831, a constitution
// 0834, a ceasefire 087, reaching an agreement settling a dispute, and so on.
//
// A reading is a CAMEO deed code. Two domains have no deed code of their own in the
// codebook, only stance codes, and are named by their intent code: settling a dispute
// (037: appeal 027, demand 107, reject 127) and accepting mediation (038: 028, 108, 126).
//
// Thread-safety: pure functions over constant tables.

#include <span>
#include <string>
#include <string_view>

#include "core/event.h"

namespace dyad::events {

struct DeedDomain {
  CameoCode code;          // empty: the words name no domain the table knows
  bool by_action = false;  // a verb with its object ("hand over suspects"), not a topic word
};

// `lemma`: the deed's verb or noun (lowercase), `particle` its particle ("over" in "hand
// over", else ""); `words`: the lowercased lemmas of the deed's phrase (its objects,
// modifiers and complements, the head included), with "#igo" standing for an
// international organization named there. The first rule of the table that fits.
DeedDomain read_deed_domain(std::string_view lemma, std::string_view particle,
                            std::span<const std::string> words);

// Whether some verb-and-object rule of the table names a leaf under `code` ("172":
// banning parties, 1722): the only deeds worth reading for a finer leaf of their own.
bool domain_refines(std::string_view code);

// Nouns that carry someone's stance rather than a deed: what "rejected a call for aid",
// "rejected North Korea's demand to sever the alliance" reject is the call's content.
bool request_noun(std::string_view lemma);

}  // namespace dyad::events

#pragma once
// Regular English inflections for dictionary words, as the upstream programs generated them
// when a dictionary gives no irregular forms. dyad writes the forms out at import, so the
// coder needs no rule of its own. The rules are the usual ones, which fix two upstream
// slips: PETRARCH made "CONGRESS" -> "CONGRESES" (it replaced a final S by ES) and
// "TRY" -> "TRYED".
//
// - plural: -s; -es after s, x, z, ch, sh; consonant + y -> -ies.
// - third person: as the plural. Past: -ed; -d after e; consonant + y -> -ied.
//   Gerund: -ing; e dropped after a consonant ("MAKE" -> "MAKING", "SEE" -> "SEEING");
//   -ie -> -ying. No consonant doubling: such verbs list their forms upstream.
// The case of the word is kept: upper-case words get upper-case endings.
//
// Thread-safety: pure functions.

#include <string>
#include <string_view>

namespace dyad::actors::import {

std::string noun_plural(std::string_view word);
std::string verb_third_person(std::string_view word);
std::string verb_past(std::string_view word);
std::string verb_gerund(std::string_view word);

}  // namespace dyad::actors::import

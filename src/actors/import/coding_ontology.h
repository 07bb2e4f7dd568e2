#pragma once
// UniversalPETRARCH's internal coding ontology (PETR.Internal.Coding.Ontology.txt, "PICO"):
// each CAMEO code as a sum of hexadecimal terms ("110:0x1007f#0xFFFF+0x0080#...",
// "121:-0xFFFF+0x0070"). The engine codes a negated verb as the code 0xFFFF below the
// verb's own, so the file defines which act the negation of another is: "did not clash"
// (110 = 0xFFFF + 050) is 050, "did not grant" (060) is 121.
//
// Thread-safety: pure functions.

#include <string>
#include <string_view>
#include <vector>

namespace dyad::actors::import {

struct NegatedCode {
  std::string code;     // the verb's code ("110")
  std::string negated;  // what its negation codes ("050")
};

// The pairs the file defines, in file order; lines that are not "CODE:TERMS" are skipped.
// When several codes share a value, the first listed stands for it.
std::vector<NegatedCode> negations_from_coding_ontology(std::string_view text);

}  // namespace dyad::actors::import

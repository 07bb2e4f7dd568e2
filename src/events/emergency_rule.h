#pragma once
// A curfew, a state of emergency or martial law is rule a state lays over its own
// ground: "Sudan's government lifted a state of emergency in West Darfur State", "Iraq's
// interim government announced that it is prepared to impose martial law". Whom it is
// laid on is the country it covers, named by the place the clause names or, with none,
// the state's own; the PLOVER GSR codes both so (SDNGOV SDN, IRQGOV IRQCVL). The coder
// (coder.cc, ruled_state) gives such an act that target; this file only knows the codes.
//
// Thread-safety: a pure function.

#include <string_view>

namespace dyad::events {

// Whether `cameo` imposes, threatens or eases a curfew, a state of emergency or martial
// law (CAMEO 1723, 1724, their threats 1323, 1324, their easing 0813, 0814).
bool emergency_rule(std::string_view cameo);

}  // namespace dyad::events

#include "events/event_codes.h"

#include <array>
#include <utility>

namespace dyad::events {
std::string_view event_noun_verb(std::string_view lemma) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 40> kNouns = {{
      {"visit", "visit"},
      {"trip", "visit"},
      {"talk", "talk"},
      {"talks", "talk"},
      {"negotiation", "negotiate"},
      {"meeting", "meet"},
      {"summit", "meet"},
      {"warning", "warn"},
      {"threat", "threaten"},
      {"criticism", "criticize"},
      {"condemnation", "condemn"},
      {"accusation", "accuse"},
      {"opposition", "oppose"},
      {"protest", "protest"},
      {"attack", "attack"},
      {"strike", "strike"},
      {"airstrike", "bomb"},
      {"invasion", "invade"},
      {"sanction", "sanction"},
      {"sanctions", "sanction"},
      {"appeal", "appeal"},
      {"demand", "demand"},
      {"apology", "apologize"},
      {"praise", "praise"},
      {"support", "support"},
      {"aid", "aid"},
      {"assistance", "assist"},
      {"agreement", "agree"},
      {"deal", "agree"},
      {"arrest", "arrest"},
      {"expulsion", "expel"},
      {"ban", "ban"},
      {"boycott", "boycott"},
      {"blockade", "blockade"},
      {"ceasefire", "cease"},
      {"withdrawal", "withdraw"},
      {"conversation", "converse"},
      {"call", "call"},
      {"rejection", "reject"},
      {"denial", "deny"},
  }};
  for (const auto& [noun, verb] : kNouns) {
    if (noun == lemma) return verb;
  }
  return {};
}

bool pattern_only_verb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 28> kGeneral = {
      "take", "make", "give",  "get",   "have",  "go",    "come",   "put",   "keep", "hold",
      "set",  "run",  "see",   "bring", "carry", "turn",  "leave",  "show",  "move", "open",
      "find", "send", "raise", "reach", "face",  "cover", "follow", "remain"};
  for (std::string_view v : kGeneral) {
    if (v == lemma) return true;
  }
  return false;
}

}  // namespace dyad::events

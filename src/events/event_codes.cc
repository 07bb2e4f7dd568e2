#include "events/event_codes.h"

#include <array>
#include <utility>

namespace dyad::events {
namespace {

CameoCode make(std::string_view s) {
  CameoCode c;
  c.assign(s);
  return c;
}

}  // namespace

CameoCode intent_code(CameoCode deed) {
  const std::string_view d = deed.view();
  if (d.size() < 3) return deed;
  // Exact deeds first, then by root (CAMEO 1.1b3, codes 030-039).
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kExact = {{
      {"061", "0311"},
      {"062", "0312"},
      {"063", "0313"},
      {"064", "0314"},
      {"071", "0331"},
      {"072", "0332"},
      {"073", "0333"},
      {"074", "0334"},
      {"081", "0351"},
      {"082", "0352"},
      {"083", "034"},
      {"084", "0353"},
      {"085", "0354"},
      {"086", "0355"},
      {"087", "0356"},
      {"045", "039"},
  }};
  for (const auto& [from, to] : kExact) {
    if (d.substr(0, 3) == from) return make(to);
  }
  const std::string_view root = d.substr(0, 2);
  if (root == "04") return make("036");
  if (root == "05") return make("032");
  if (root == "06") return make("031");
  if (root == "07") return make("033");
  if (root == "08") return make("035");
  return deed;
}

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

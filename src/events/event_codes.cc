#include "events/event_codes.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

namespace dyad::events {
std::string_view event_noun_verb(std::string_view lemma) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 41> kNouns = {{
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
      {"suspension", "suspend"},
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

namespace {

bool any_of_words(std::span<const std::string> words,
                  std::initializer_list<std::string_view> wanted) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return std::find(wanted.begin(), wanted.end(), w) != wanted.end();
  });
}

// A strike by workers, not by aircraft: only with a word that says which.
std::string_view strike_code(std::span<const std::string> modifiers) {
  if (any_of_words(modifiers, {"hunger"})) return "142";
  if (any_of_words(modifiers, {"general",    "labor",      "labour",    "nationwide", "national",
                               "open-ended", "indefinite", "worker",    "union",      "teacher",
                               "doctor",     "transport",  "wildcat",   "sympathy",   "warning",
                               "one-day",    "two-day",    "three-day", "24-hour",    "48-hour"})) {
    return "143";
  }
  return {};
}

}  // namespace

std::string_view protest_noun_code(std::string_view lemma, std::span<const std::string> modifiers) {
  if (lemma == "demonstration") return any_of_words(modifiers, {"#of"}) ? "" : "141";
  if (lemma == "rally") {
    // Markets rally too.
    const bool market = any_of_words(modifiers, {"market", "stock", "price", "share", "oil",
                                                 "dollar", "bond", "currency", "relief"});
    return market ? "" : "141";
  }
  if (lemma == "sit-in") return "141";
  if (lemma == "hunger-strike") return "142";
  if (lemma == "strike") return strike_code(modifiers);
  if (lemma == "walkout") return "143";
  if (lemma == "riot") return "145";
  return {};
}

bool pattern_only_verb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 37> kGeneral = {
      "take",  "make",   "give",      "get",        "have",   "go",      "come",       "put",
      "keep",  "hold",   "set",       "run",        "see",    "bring",   "carry",      "turn",
      "leave", "show",   "move",      "open",       "find",   "send",    "raise",      "reach",
      "face",  "cover",  "follow",    "remain",     "expand", "provide", "facilitate", "connect",
      "task",  "spread", "highlight", "underscore", "reveal"};
  for (std::string_view v : kGeneral) {
    if (v == lemma) return true;
  }
  return false;
}

}  // namespace dyad::events

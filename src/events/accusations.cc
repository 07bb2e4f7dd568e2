#include "events/accusations.h"

#include <string_view>

namespace dyad::events {
namespace {

struct Kind {
  std::string_view code;
  std::initializer_list<std::string_view> lemmas;
};

// First match wins: war crimes before crimes, abuses before force. Lemmas of the
// allegation's head and of its dependents two levels down.
constexpr std::string_view kWarCrimes = "1124";
const Kind kKinds[] = {
    {"1124", {"genocide", "atrocity", "cleansing", "massacre"}},
    {"1122", {"torture", "abuse", "repression", "persecution", "right"}},
    {"1125", {"spy", "spying", "espionage", "treason", "sabotage"}},
    {"1123", {"aggression", "invasion", "incursion", "attack", "shelling", "bombing", "violation"}},
    {"1121",
     {"corruption", "fraud", "bribery", "embezzlement", "laundering", "smuggling", "trafficking",
      "crime", "theft", "graft"}},
};

bool word_is(const TreeView& tree, uint32_t t, std::string_view lemma) {
  return tree.lemma(t) == lemma || tree.form(t) == lemma;
}

// "war crimes" and "crimes against humanity" are war crimes, not crimes.
bool names_war_crimes(const TreeView& tree, uint32_t t) {
  if (!word_is(tree, t, "crime")) return false;
  for (uint32_t c : tree.children(t)) {
    if (word_is(tree, c, "war") || word_is(tree, c, "humanity")) return true;
  }
  return false;
}

std::string_view kind_of_word(const TreeView& tree, uint32_t t) {
  if (names_war_crimes(tree, t)) return kWarCrimes;
  for (const Kind& kind : kKinds) {
    for (std::string_view lemma : kind.lemmas) {
      if (word_is(tree, t, lemma)) return kind.code;
    }
  }
  return {};
}

// The first kind named at `t` or below it, `depth` levels down, in text order.
std::string_view kind_under(const TreeView& tree, uint32_t t, int depth) {
  if (std::string_view k = kind_of_word(tree, t); !k.empty()) return k;
  if (depth == 0) return {};
  for (uint32_t c : tree.children(t)) {
    if (std::string_view k = kind_under(tree, c, depth - 1); !k.empty()) return k;
  }
  return {};
}

}  // namespace

CameoCode accusation_leaf(const TreeView& tree, uint32_t allegation, const CameoCode& deed) {
  CameoCode leaf;
  std::string_view kind = kind_under(tree, allegation, 2);
  if (kind.empty()) {
    // Force alleged as a deed: kidnapping and hijacking (181) are crimes, beatings and
    // torture (182) abuses, killing, fighting and breaking a truce ("of violating the
    // ceasefire", 196) aggression.
    const std::string_view d = deed.view();
    if (d.starts_with("181")) {
      kind = "1121";
    } else if (d.starts_with("182")) {
      kind = "1122";
    } else if (d.starts_with("18") || d.starts_with("19") || d.starts_with("20")) {
      kind = "1123";
    }
  }
  leaf.assign(kind.empty() ? std::string_view("112") : kind);
  return leaf;
}

}  // namespace dyad::events

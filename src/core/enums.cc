#include "core/enums.h"

#include <array>
#include <string_view>

namespace dyad {
namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "_",    "ADJ",  "ADP",  "ADV",  "AUX",   "CCONJ", "DET", "INTJ", "NOUN",
    "NUM",  "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, kXposCount> kXposNames = {
    "_",   "CC",  "CD",   "DT",  "EX",  "FW",   "IN",  "JJ",  "JJR", "JJS", "LS",  "MD",
    "NN",  "NNS", "NNP",  "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",
    "SYM", "TO",  "UH",   "VB",  "VBD", "VBG",  "VBN", "VBP", "VBZ", "WDT", "WP",  "WP$",
    "WRB", ".",   ",",    ":",   "``",  "''",   "-LRB-", "-RRB-", "$", "#", "HYPH", "NFP",
    "ADD", "GW",  "AFX",  "XX"};

constexpr std::array<std::string_view, kDepRelCount> kDepRelNames = {
    "_",           "acl",        "acl:relcl",  "advcl",         "advcl:relcl", "advmod",
    "amod",        "appos",      "aux",        "aux:pass",      "case",        "cc",
    "cc:preconj",  "ccomp",      "clf",        "compound",      "compound:prt", "conj",
    "cop",         "csubj",      "csubj:outer", "csubj:pass",   "dep",         "det",
    "det:predet",  "discourse",  "dislocated", "expl",          "fixed",       "flat",
    "goeswith",    "iobj",       "list",       "mark",          "nmod",        "nmod:desc",
    "nmod:poss",   "nmod:unmarked", "nsubj",   "nsubj:outer",   "nsubj:pass",  "nummod",
    "obj",         "obl",        "obl:agent",  "obl:unmarked",  "orphan",      "parataxis",
    "punct",       "reparandum", "root",       "vocative",      "xcomp"};

constexpr std::array<std::string_view, 9> kDocStatusNames = {
    "ok",           "empty", "invalid_utf8_repaired", "binary", "not_english",
    "malformed_json", "too_long", "missing_date",      "internal_error"};

template <typename E, size_t N>
std::optional<E> parse_from(const std::array<std::string_view, N>& names, std::string_view s) {
  for (size_t i = 1; i < N; ++i) {
    if (names[i] == s) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(Upos u) { return kUposNames[static_cast<size_t>(u)]; }
std::string_view to_string(Xpos x) { return kXposNames[static_cast<size_t>(x)]; }
std::string_view to_string(DepRel d) { return kDepRelNames[static_cast<size_t>(d)]; }
std::string_view to_string(DocStatus s) { return kDocStatusNames[static_cast<size_t>(s)]; }

std::optional<Upos> parse_upos(std::string_view s) { return parse_from<Upos>(kUposNames, s); }
std::optional<Xpos> parse_xpos(std::string_view s) { return parse_from<Xpos>(kXposNames, s); }
std::optional<DepRel> parse_deprel(std::string_view s) {
  return parse_from<DepRel>(kDepRelNames, s);
}

DepRel universal_deprel(DepRel d) {
  std::string_view name = to_string(d);
  size_t colon = name.find(':');
  if (colon == std::string_view::npos) return d;
  return parse_deprel(name.substr(0, colon)).value_or(d);
}

}  // namespace dyad

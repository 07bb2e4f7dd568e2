#pragma once
// The fixed inventories dyad speaks: UD universal POS tags, the Penn/EWT XPOS tags,
// the EWT dependency relations (with the subtypes of UD English EWT 2.15), and document
// statuses. Each enum has one name table in enums.cc; to_string and parse_* are the only
// ways across, so names cannot drift between the reader, the models and the writers.
//
// Value 0 of Upos, Xpos and DepRel means "not assigned yet" and prints as "_".

#include <cstdint>
#include <optional>
#include <string_view>

namespace dyad {

enum class Upos : uint8_t {
  kNone = 0,
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
  kCount
};

// Penn Treebank tags as used by EWT, including its additions (ADD, GW, NFP, HYPH, AFX).
enum class Xpos : uint8_t {
  kNone = 0,
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRP_S,
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WP_S, WRB,
  PERIOD, COMMA, COLON, OPEN_QUOTE, CLOSE_QUOTE, LRB, RRB, DOLLAR, HASH, HYPH, NFP, ADD, GW, AFX,
  XX,
  kCount
};

enum class DepRel : uint8_t {
  kNone = 0,
  acl, acl_relcl, advcl, advcl_relcl, advmod, amod, appos, aux, aux_pass, case_, cc, cc_preconj,
  ccomp, clf, compound, compound_prt, conj, cop, csubj, csubj_outer, csubj_pass, dep, det,
  det_predet, discourse, dislocated, expl, fixed, flat, goeswith, iobj, list, mark, nmod,
  nmod_desc, nmod_poss, nmod_unmarked, nsubj, nsubj_outer, nsubj_pass, nummod, obj, obl,
  obl_agent, obl_unmarked, orphan, parataxis, punct, reparandum, root, vocative, xcomp,
  kCount
};

// What happened to a document on its way through. kOk documents carry their analysis;
// every other value is written out as an explicit status record, so nothing is lost.
enum class DocStatus : uint8_t {
  kOk = 0,
  kEmpty,
  kInvalidUtf8Repaired,  // bad bytes were replaced by U+FFFD; the analysis is still there
  kBinary,
  kNotEnglish,
  kMalformedJson,
  kTooLong,              // over the document byte limit; truncated, analysis of the prefix kept
  kMissingDate,
  kInternalError,
};

std::string_view to_string(Upos u);
std::string_view to_string(Xpos x);
std::string_view to_string(DepRel d);
std::string_view to_string(DocStatus s);

std::optional<Upos> parse_upos(std::string_view s);
std::optional<Xpos> parse_xpos(std::string_view s);
std::optional<DepRel> parse_deprel(std::string_view s);

// The universal part of a relation ("nsubj" for nsubj:pass), for unlabelled-by-subtype checks.
DepRel universal_deprel(DepRel d);

constexpr int kUposCount = static_cast<int>(Upos::kCount);
constexpr int kXposCount = static_cast<int>(Xpos::kCount);
constexpr int kDepRelCount = static_cast<int>(DepRel::kCount);

}  // namespace dyad

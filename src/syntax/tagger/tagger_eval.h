#pragma once
// Scoring a Tagger against gold CoNLL-U Documents on gold tokenization: per-word accuracy
// of UPOS, XPOS, UFeats (the whole FEATS string, "_" = empty), lemma, and all four
// together. The gold Documents are copied before tagging, so they are left untouched.
//
// Thread-safety: reads the shared const Tagger; uses its own workspace.

#include <cstdint>
#include <span>
#include <string>

#include "core/document.h"
#include "syntax/tagger/tagger.h"

namespace dyad::syntax {

struct TaggerScores {
  uint64_t words = 0;
  double upos = 0, xpos = 0, ufeats = 0, lemma = 0, all_tags = 0;  // percentages
  double tokens_per_second = 0;                                    // tagging only, on this thread

  // {"words":..,"upos":..,...} for artifact metadata and cards.
  std::string to_json() const;
};

TaggerScores evaluate_tagger(const Tagger& tagger, std::span<const Document> gold);

}  // namespace dyad::syntax

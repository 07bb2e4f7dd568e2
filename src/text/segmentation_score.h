#pragma once
// Scores predicted tokenization and sentence segmentation against gold, with the CoNLL
// 2018 shared task definitions: a token (a surface token: a multiword token counts once)
// or a sentence matches when it covers the same characters, white space ignored; words
// inside multiword tokens match when their multiword tokens match and the word at the
// same position has the same form. Used by `dyad eval-syntax` and the text-stage tests.
//
// Both Documents must be over the same characters once white space is dropped (the
// predicted one is typically tokenized from the gold one's text).
//
// Thread-safety: pure function.

#include <cstddef>

#include "core/document.h"

namespace dyad::text {

struct PrfScore {
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
  double f1() const {
    return gold + predicted
               ? 2.0 * static_cast<double>(correct) / static_cast<double>(gold + predicted)
               : 0;
  }
};

struct SegmentationScore {
  PrfScore tokens;  // surface tokens
  PrfScore words;   // syntactic words
  PrfScore sentences;
  // False when the two texts differ outside white space, in which case spans are compared
  // by position anyway and the scores mean little.
  bool same_text = true;
};

SegmentationScore score_segmentation(const Document& gold, const Document& predicted);

}  // namespace dyad::text

#pragma once
// Attachment scores, CoNLL 2018 style: every word counts, punctuation included. LAS
// compares full labels (nsubj:pass != nsubj); universal LAS compares labels without their
// subtypes. Used by the trainer for its dev report and by tests and tools.
//
// Thread-safety: free functions; the Parser is shared read-only.

#include <cstdint>
#include <span>
#include <string>

#include "core/document.h"
#include "syntax/parser/parser.h"

namespace dyad::syntax {

struct AttachmentScores {
  uint64_t words = 0;
  uint64_t head_hits = 0;
  uint64_t label_hits = 0;            // head and full label
  uint64_t universal_label_hits = 0;  // head and label without subtype
  uint64_t sentences = 0;
  uint64_t exact_trees = 0;

  double uas() const { return words ? 100.0 * head_hits / words : 0.0; }
  double las() const { return words ? 100.0 * label_hits / words : 0.0; }
  double ulas() const { return words ? 100.0 * universal_label_hits / words : 0.0; }
  std::string json() const;  // {"uas":..,"las":..,"las_universal":..,"words":..}
};

// Compares predicted heads and labels of `system` with `gold`, document by document (the
// two must hold the same sentences and words).
AttachmentScores attachment_scores(std::span<const Document> system,
                                   std::span<const Document> gold);

// Parses copies of `input` (which carries the tags to parse from: gold or predicted) and
// scores them against `gold`.
AttachmentScores evaluate_parser(const Parser& parser, std::span<const Document> input,
                                 std::span<const Document> gold);

}  // namespace dyad::syntax

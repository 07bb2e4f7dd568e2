#pragma once
// app::evaluate_syntax — `dyad eval-syntax`: scores the tagger and parser against a gold
// CoNLL-U file with the CoNLL 2018 shared-task metrics (see syntax_scores.h).
//
// From raw text (the default) the gold file's text is run through the whole pipeline;
// with gold_tokens the gold words and sentences are kept and only tagging and parsing
// run, so the figures are per-word accuracies.

#include <string>

#include "app/model_paths.h"
#include "app/syntax_scores.h"
#include "core/status.h"

namespace dyad::app {

struct EvalSyntaxOptions {
  std::string gold;  // CoNLL-U path
  bool gold_tokens = false;
  int threads = 1;
  ModelOptions models;
};

Result<SyntaxScores> evaluate_syntax(const EvalSyntaxOptions& options);

// A fixed-width table, one metric a line: precision, recall, F1 (as percentages).
std::string format_scores_table(const SyntaxScores& scores);
// {"Tokens": {"precision": .., "recall": .., "f1": .., "gold": n, "system": n}, ...}
std::string format_scores_json(const SyntaxScores& scores);

}  // namespace dyad::app

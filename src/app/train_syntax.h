#pragma once
// app::train_syntax — `dyad train tagger|parser`: trains a model from UD CoNLL-U files
// and writes it as an artifact. The trainers reload the written file and score the dev
// set with it, so every training run also tests the save/load round trip.
//
// The parser trains on predicted tags, as it will see them at run time: its training
// set is jackknifed (k taggers, each trained on k-1 folds, tag the remaining fold), and
// dev and test are tagged by the tagger model it will run after.

#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace dyad::app {

enum class SyntaxComponent { kTagger, kParser };

struct TrainSyntaxOptions {
  SyntaxComponent component = SyntaxComponent::kTagger;
  std::string train;  // CoNLL-U
  std::string dev;    // CoNLL-U
  std::string test;   // optional CoNLL-U: scored once after training, recorded in the metadata
  std::string out;    // artifact path
  uint64_t seed = 1;
  int epochs = 0;               // 0: the trainer's default
  std::string tagger_model;     // parser: the tagger for dev/test tags (required)
  int jackknife_folds = 4;      // parser: folds for predicted training tags; 0 = gold tags
  int prune_threshold = -1;     // parser: drop features whose weights are all at most this
                                // (-1: the trainer's default; ParserTrainOptions)
  bool clause_features = true;  // tagger (and the parser's jackknife taggers): format-4 features
  bool lean_features = false;   // parser: the lean feature set (syntax/parser/features.h)
  std::string command;          // recorded in the model's metadata
  std::function<void(std::string_view)> log;
};

Status train_syntax(const TrainSyntaxOptions& options);

}  // namespace dyad::app

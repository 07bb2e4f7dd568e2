#pragma once
// app::train_syntax — `dyad train tagger|parser`: trains a model from UD CoNLL-U files
// and writes it as an artifact. The trainers reload the written file and score the dev
// set with it, so every training run also tests the save/load round trip.

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
  std::string out;    // artifact path
  uint64_t seed = 1;
  int epochs = 0;            // 0: the trainer's default
  std::string tagger_model;  // parser only: tags for dev scoring (and jackknifing)
  std::function<void(std::string_view)> log;
};

Status train_syntax(const TrainSyntaxOptions& options);

}  // namespace dyad::app

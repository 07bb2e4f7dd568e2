#pragma once
// Training the Tagger (see tagger.h) from gold CoNLL-U Documents.
//
// train_tagger trains in memory: the parser trainer uses it for jackknifing (train on
// k-1 folds, tag the k-th). train_tagger_file also writes the artifact, reloads the
// written file and scores dev with it, so every run tests the round trip, and records
// those scores in the artifact's metadata.
//
// Determinism: given the same data and seed, one thread produces the same model bytes
// (own Fisher-Yates shuffle over mt19937_64, no unordered iteration, no threads).
// Progress goes to options.log, never to stdout or stderr.

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/status.h"
#include "syntax/tagger/tagger.h"

namespace dyad::syntax {

struct TaggerTrainOptions {
  int epochs = 12;   // at most; the best epoch on dev is kept
  int patience = 3;  // stop after this many epochs without a dev improvement
  uint64_t seed = 1;
  int hash_bits = 22;   // 2^bits feature buckets
  double prune = 0.05;  // drop averaged weights smaller than this in magnitude
  // Tag dictionary: words seen at least this often with one class at least this share.
  int dict_min_count = 20;
  double dict_min_share = 0.995;
  // Ambiguity classes: words seen this often; tags with at least this share of them.
  int lexicon_min_count = 2;
  double lexicon_min_share = 0.02;
  int lemma_max_suffix = 6;
  int lemma_min_rule_types = 2;
  // Second pass (tagger.h): folds for jackknifing the first pass's classes of the training
  // data (< 2: no second pass), and the first-pass margin from which a word is not
  // rescored (quantized units; the largest weight is 32000).
  int second_pass_folds = 4;
  int second_pass_margin = 10000;  // chosen on dev: as accurate as rescoring all, ~2x faster
  // Clause features (tag_features.h, ClauseBit; format 4).
  bool clause_features = true;
  // WordNet 3.0 files (Debian's wordnet-base installs them here), from which a form ->
  // part-of-speech table is derived and embedded in the model (wordnet_lexicon.h). When
  // the directory is missing or empty the tagger trains without WordNet and logs so.
  std::string wordnet_dir = "/usr/share/wordnet";
  // Provenance recorded in the artifact metadata.
  std::string training_data = "UD_English-EWT 2.15";
  std::string licence = "CC BY-SA 4.0";
  std::string command;
  // Optional held-out set, scored once after training and recorded as "test"; it never
  // influences any choice made during training.
  std::span<const Document> test;
  std::function<void(std::string_view)> log;
};

Result<std::shared_ptr<const Tagger>> train_tagger(std::span<const Document> train,
                                                   std::span<const Document> dev,
                                                   const TaggerTrainOptions& options);

Status train_tagger_file(std::span<const Document> train, std::span<const Document> dev,
                         const TaggerTrainOptions& options, const std::string& out_path);

}  // namespace dyad::syntax

#pragma once
// Training the parser: averaged perceptron with the dynamic oracle of Goldberg & Nivre
// (2012) and error exploration, over sentences of gold trees. When a tagger hook is given,
// the training tags are first replaced by jackknifed predictions (jackknife.h), so the
// parser learns from tags as noisy as the ones it will see, and dev (and test) are scored
// after tagging with the pipeline's tagger.
//
// Deterministic given the seed and the data (one thread). Progress goes to options.log.
//
// The parser library does not depend on the tagger: the caller (app/) supplies the two
// hooks, see jackknife.h for the expected shape of each.

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "syntax/parser/parser.h"

namespace dyad::syntax {

struct ParserTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  // From this 0-based epoch on, a wrong prediction is followed with this probability (the
  // parser learns to recover from its own mistakes); before it, the oracle path only.
  int explore_from_epoch = 1;
  double explore_probability = 0.9;
  // Also train on a copy of the training set with its tags as given (gold), next to the
  // jackknifed copy: the parser then knows both clean and noisy tags.
  bool add_gold_tag_copy = true;
  // Weights are 16-bit, the largest at 32000; features whose weights are all at most this
  // are dropped. On EWT, 400 drops ~28% of a model's features (22.8 -> 16.2 MB) at no dev
  // cost, 800 leaves 8.6 MB for -0.04 dev UAS, 1200 4.0 MB for -0.2: 800 lets three
  // ensemble members fit in one file well under 35 MB, with smaller tables to probe. The
  // one-member coding parser is pruned at 1000 (`--prune`): -0.05 dev UAS for 12% faster
  // `dyad code` (data/models/en_ewt_news.parser.card.json).
  int prune_threshold = 800;
  // The models to train, one per entry (true = right-to-left, on mirrored sentences), with
  // seeds seed, seed+1, ...; more than one are combined by arc voting and Eisner decoding
  // (ensemble.h), each costing one more parse per sentence.
  // EWT dev UAS: one model 85.3, lr+rl 85.7, lr+rl+lr 86.0, a fourth arc-eager one adds
  // nothing, a fourth arc-hybrid one (members_hybrid) 86.16: the committed model, made by
  // combining runs (data/models/en_ewt.parser.card.json).
  std::vector<bool> members_reversed = {false, true, false};
  // Per member, true = the arc-hybrid transition system instead of arc-eager (missing
  // entries: arc-eager).
  std::vector<bool> members_hybrid = {};
  // The feature templates every member reads (features.h).
  FeatureSet features = FeatureSet::kFull;

  // Jackknifing: train `jackknife_folds` taggers on the other folds of train, each tagging
  // its held-out fold. 0 or 1 = train on the tags as given.
  int jackknife_folds = 0;
  // Trains a tagger on `train` and overwrites upos, xpos, lemma and feats of `heldout`.
  std::function<Status(std::span<const Document> train, std::span<Document> heldout)>
      jackknife_tagger;
  // Tags documents in place with the tagger the parser will run after (for dev and test
  // scores with predicted tags). Unset = score on the tags as given.
  std::function<Status(std::span<Document> docs)> tagger;
  // Optional extra evaluation set, scored into the metadata like dev. Not owned: must
  // outlive the call.
  std::span<const Document> test;

  // Recorded in the model's metadata.
  std::string command;
  std::string training_data = "UD_English-EWT 2.15";
  std::string tagger_model;
  // For an ensemble assembled from trained members (combine_members): where they came from.
  std::string combined_from;

  // Scores dev after every epoch (costs a few seconds each) when log is set.
  bool evaluate_each_epoch = true;
  std::function<void(std::string_view)> log;
};

// Trains in memory and returns the model (its metadata holds the hyperparameters; dev
// scores of the in-memory model are logged, not stored).
Result<std::shared_ptr<const Parser>> train_parser(std::span<const Document> train,
                                                   std::span<const Document> dev,
                                                   const ParserTrainOptions& options);

// An ensemble of already trained single models, its voting tuned on dev as train_parser
// does (for experiments with members from different runs).
Result<std::shared_ptr<const Parser>> combine_members(
    std::vector<std::shared_ptr<const Parser>> members, std::span<const Document> dev,
    const ParserTrainOptions& options);

// Trains, writes `out_path`, reloads it, scores dev (and test) with the reloaded model, and
// rewrites the file with those scores in its metadata.
Status train_parser_file(std::span<const Document> train, std::span<const Document> dev,
                         const ParserTrainOptions& options, const std::string& out_path);

// The second half of train_parser_file for a model made otherwise (combine_members):
// writes it, reloads it, scores dev (and test) and rewrites it with the scores.
// `seconds` is recorded as its training time.
Status write_parser_file(const Parser& model, std::span<const Document> dev,
                         const ParserTrainOptions& options, const std::string& out_path,
                         double seconds);

}  // namespace dyad::syntax

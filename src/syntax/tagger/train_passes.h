#pragma once
// The trainer's perceptron epochs for the two tagger passes (see tagger.h), and the
// jackknifed first-pass classes the second pass learns from.
//
// Why jackknifed: trained on the first pass's classes of its own training sentences
// (~99% right), the second pass would learn to trust them; on new text they are ~95%
// right. So each training sentence gets the classes of a first pass trained without it.
//
// Determinism: own Fisher-Yates over mt19937_64, no threads. Internal to the trainer.

#include <cstdint>
#include <random>
#include <vector>

#include "core/document.h"
#include "syntax/tagger/hash_index.h"
#include "syntax/tagger/perceptron.h"
#include "syntax/tagger/tag_features.h"

namespace dyad::syntax {

struct TrainSentence {
  const Document* doc;
  const Sentence* sentence;
  std::vector<uint32_t> gold;  // class ids
};

// What an epoch needs besides the weights. `lexicons[j % lexicons.size()]` is the
// (jackknifed) ambiguity lexicon of sentence j; `first`, when set, holds each sentence's
// padded first-pass classes and makes the epoch train the second pass.
struct EpochData {
  const std::vector<TrainSentence>* sentences = nullptr;
  const std::vector<TagLexicon>* lexicons = nullptr;
  const HashIndex* dict = nullptr;
  uint32_t num_classes = 0;
  const std::vector<std::vector<uint32_t>>* first = nullptr;
  const WordNetLexicon* wordnet = nullptr;  // null: no WordNet features
  const uint8_t* kinds = nullptr;           // class_kinds; null: no clause features
};

// Fisher-Yates with our own index draw: std::shuffle's output is not specified.
void shuffle_order(std::vector<size_t>& order, std::mt19937_64& rng);

// One pass over the sentences in `order`; returns the words scored and how many of
// them were right before the update.
std::pair<uint64_t, uint64_t> train_epoch(PerceptronWeights& weights, const EpochData& data,
                                          const std::vector<size_t>& order);

// First-pass classes of every training sentence (padded, see pad_first_pass), each from
// a first pass trained for `epochs` epochs on the other `folds` - 1 folds (j % folds).
std::vector<std::vector<uint32_t>> jackknife_first_pass(const EpochData& data, int folds,
                                                        int epochs, int hash_bits, double prune,
                                                        uint64_t seed);

}  // namespace dyad::syntax

// Perceptron epochs and first-pass jackknifing for the tagger trainer.
#include "syntax/tagger/train_passes.h"

#include <algorithm>

#include "syntax/tagger/tagger.h"

namespace dyad::syntax {

void shuffle_order(std::vector<size_t>& order, std::mt19937_64& rng) {
  for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
}

std::pair<uint64_t, uint64_t> train_epoch(PerceptronWeights& weights, const EpochData& data,
                                          const std::vector<size_t>& order) {
  std::vector<WordHashes> words;
  std::vector<int32_t> scores(data.num_classes);
  uint64_t features[kMaxTagFeatures];
  uint64_t seen = 0, correct = 0;
  for (size_t index : order) {
    const TrainSentence& s = (*data.sentences)[index];
    const TagLexicon& lexicon = (*data.lexicons)[index % data.lexicons->size()];
    hash_sentence_words(*s.doc, *s.sentence, lexicon, data.wordnet, words);
    const uint32_t* first = data.first ? (*data.first)[index].data() : nullptr;
    uint32_t prev1 = kStartClass, prev2 = kStartClass;
    const uint32_t n = s.sentence->size();
    // The clause context as tagger_first_pass / tagger_second_pass compute it.
    ClauseTracker clause(data.kinds);
    uint32_t finite_from_here = first && data.kinds ? count_finite(data.kinds, first, n) : 0;
    for (uint32_t i = 0; i < n; ++i) {
      const WordHashes* w = &words[i + kTagPad];
      uint32_t bits = clause.bits();
      bool finite_here = false;
      if (first && data.kinds) {
        finite_here = (data.kinds[first[i + kTagPad]] & kFiniteKind) != 0;
        bits |= kSecondPass | (finite_from_here > (finite_here ? 1u : 0u) ? kFiniteAfter : 0u);
        finite_from_here -= finite_here ? 1 : 0;
      }
      uint32_t guess = data.dict->find(w->exact);
      if (guess == HashIndex::kMissing) {
        int nf = first
                     ? extract_second_features(w, first + i + kTagPad, prev1, prev2, bits, features)
                     : extract_tag_features(w, prev1, prev2, bits, features);
        weights.score(features, nf, scores.data());
        guess =
            static_cast<uint32_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        weights.tick();
        if (guess != s.gold[i]) weights.update(features, nf, s.gold[i], guess);
        correct += guess == s.gold[i];
        ++seen;
      }
      clause.advance(guess);
      prev2 = prev1;
      prev1 = guess;
    }
  }
  return {seen, correct};
}

std::vector<std::vector<uint32_t>> jackknife_first_pass(const EpochData& data, int folds,
                                                        int epochs, int hash_bits, double prune,
                                                        uint64_t seed) {
  const std::vector<TrainSentence>& sentences = *data.sentences;
  std::vector<std::vector<uint32_t>> first(sentences.size());
  std::vector<WordHashes> words;
  std::vector<int32_t> scores(data.num_classes), margins;
  for (int k = 0; k < folds; ++k) {
    std::vector<size_t> order;
    for (size_t j = 0; j < sentences.size(); ++j) {
      if (static_cast<int>(j % folds) != k) order.push_back(j);
    }
    PerceptronWeights weights(hash_bits, data.num_classes);
    std::mt19937_64 rng(seed * 1000003 + k);
    for (int epoch = 0; epoch < epochs; ++epoch) {
      shuffle_order(order, rng);
      train_epoch(weights, data, order);
    }
    TagWeights compact = weights.compact(prune);
    for (size_t j = k; j < sentences.size(); j += folds) {
      const TrainSentence& s = sentences[j];
      const uint32_t n = s.sentence->size();
      hash_sentence_words(*s.doc, *s.sentence, (*data.lexicons)[j % data.lexicons->size()],
                          data.wordnet, words);
      pad_first_pass(n, first[j]);
      margins.resize(n);
      tagger_first_pass({&compact, data.num_classes, data.kinds}, *data.dict, words.data(), n,
                        first[j].data(), margins.data(), scores.data());
    }
  }
  return first;
}

}  // namespace dyad::syntax

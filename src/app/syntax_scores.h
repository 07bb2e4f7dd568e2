#pragma once
// SyntaxScores: the CoNLL 2018 shared-task metrics for one system Document against one
// gold Document over the same text: Tokens, Sentences, Words, UPOS, XPOS, UFeats,
// AllTags, Lemmas, UAS and LAS, each as precision, recall and F1.
//
// Alignment follows the shared task: surface tokens and sentences match by identical
// character spans of the source text (white space ignored, because a span runs from a
// token's first to its last character); a word matches when its surface token matches
// and, inside a multiword token, by position when both sides split the token into the
// same number of words. Attributes count only on matched words, so F1 = accuracy when the
// tokenization is gold. LAS compares universal relations (subtypes dropped), as the 2018
// evaluation script does; LAS with full labels is reported beside it as "LAS-full".
//
// Offsets: the gold Document's text is taken as the source; the system Document's
// offsets are mapped back to its source through its OffsetMap, so normalization that
// changes bytes (NFC) does not break the alignment.

#include <array>
#include <string>
#include <string_view>

#include "core/document.h"

namespace dyad::app {

struct Score {
  long gold = 0;
  long system = 0;
  long correct = 0;
  double precision() const { return system ? static_cast<double>(correct) / system : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double f1() const {
    return gold + system ? 2.0 * static_cast<double>(correct) / static_cast<double>(gold + system)
                         : 0.0;
  }
};

enum class Metric {
  kTokens, kSentences, kWords, kUpos, kXpos, kUFeats, kAllTags, kLemmas, kUas, kLas, kLasFull,
  kCount
};
inline constexpr std::array<std::string_view, static_cast<size_t>(Metric::kCount)> kMetricNames = {
    "Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS",
    "LAS-full"};

struct SyntaxScores {
  std::array<Score, static_cast<size_t>(Metric::kCount)> scores{};
  Score& operator[](Metric m) { return scores[static_cast<size_t>(m)]; }
  const Score& operator[](Metric m) const { return scores[static_cast<size_t>(m)]; }
  void add(const SyntaxScores& other);
};

SyntaxScores score_syntax(const Document& gold, const Document& system);

// Keeps only the universal features of a CoNLL-U FEATS string, sorted, as the 2018
// script does before comparing UFeats.
std::string universal_feats(std::string_view feats);

}  // namespace dyad::app

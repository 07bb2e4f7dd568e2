#include "text/segmentation_score.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

namespace dyad::text {
namespace {

bool is_space_byte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// For every byte of `text`, the number of non-space bytes before it: positions in the
// text with white space removed, which is how CoNLL 2018 aligns system and gold. U+00A0
// (which EWT uses between some words) counts as space as well.
std::vector<uint32_t> squeezed_positions(const std::string& text, std::string& squeezed) {
  std::vector<uint32_t> pos(text.size() + 1);
  uint32_t k = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    pos[i] = k;
    const auto c = static_cast<unsigned char>(text[i]);
    const bool nbsp = c == 0xC2 && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (nbsp) {
      pos[i + 1] = k;
      ++i;
      continue;
    }
    if (!is_space_byte(c)) {
      squeezed.push_back(static_cast<char>(c));
      ++k;
    }
  }
  pos[text.size()] = k;
  return pos;
}

using Span = std::pair<uint32_t, uint32_t>;
// A word: its surface token's span, its index in that token, and its form.
using WordKey = std::tuple<uint32_t, uint32_t, uint32_t, std::string>;

struct Units {
  std::vector<Span> tokens;
  std::vector<WordKey> words;
  std::vector<Span> sentences;
};

Units units(const Document& doc, const std::vector<uint32_t>& pos) {
  Units u;
  size_t m = 0;
  for (uint32_t i = 0; i < doc.tokens.size();) {
    while (m < doc.multiword_tokens.size() && doc.multiword_tokens[m].token_end <= i) ++m;
    uint32_t end = i + 1;
    if (m < doc.multiword_tokens.size() && doc.multiword_tokens[m].token_begin == i) {
      end = doc.multiword_tokens[m].token_end;
    }
    const Span span{pos[doc.tokens[i].begin], pos[doc.tokens[end - 1].end]};
    u.tokens.push_back(span);
    for (uint32_t k = i; k < end; ++k) {
      // Single words are keyed by their own span, words of a multiword token by position.
      if (end - i == 1) {
        u.words.emplace_back(span.first, span.second, 0, std::string());
      } else {
        u.words.emplace_back(span.first, span.second, k - i + 1, std::string(doc.form(k)));
      }
    }
    i = end;
  }
  for (const Sentence& s : doc.sentences) {
    if (s.token_end > s.token_begin) {
      u.sentences.emplace_back(pos[doc.tokens[s.token_begin].begin],
                               pos[doc.tokens[s.token_end - 1].end]);
    }
  }
  return u;
}

template <typename T>
PrfScore match(std::vector<T> gold, std::vector<T> predicted) {
  std::sort(gold.begin(), gold.end());
  std::sort(predicted.begin(), predicted.end());
  std::vector<T> common;
  std::set_intersection(gold.begin(), gold.end(), predicted.begin(), predicted.end(),
                        std::back_inserter(common));
  return {gold.size(), predicted.size(), common.size()};
}

}  // namespace

SegmentationScore score_segmentation(const Document& gold, const Document& predicted) {
  std::string gold_chars, predicted_chars;
  const std::vector<uint32_t> gold_pos = squeezed_positions(gold.text, gold_chars);
  const std::vector<uint32_t> predicted_pos = squeezed_positions(predicted.text, predicted_chars);
  const Units g = units(gold, gold_pos);
  const Units p = units(predicted, predicted_pos);
  SegmentationScore score;
  score.same_text = gold_chars == predicted_chars;
  score.tokens = match(g.tokens, p.tokens);
  score.words = match(g.words, p.words);
  score.sentences = match(g.sentences, p.sentences);
  return score;
}

}  // namespace dyad::text

// WordSignature (events/word_signature.h): the filter the coder puts before its verb
// patterns. It must never turn away a sentence that has all of a pattern's words, and it
// should turn away most that lack one.
#include "events/word_signature.h"

#include <gtest/gtest.h>

#include <string_view>

namespace dyad::events {
namespace {

// The lowercased forms and lemmas of "China opposes official exchanges between the
// United States and Taiwan", as TreeView adds them.
WordSignature sentence_words() {
  WordSignature s;
  for (std::string_view w : {"china", "opposes", "oppose", "official", "exchanges", "exchange",
                             "between", "the", "united", "states", "state", "and", "taiwan", "."}) {
    s.add(w);
  }
  return s;
}

RequiredWords words(std::initializer_list<std::string_view> list) {
  RequiredWords s;
  for (std::string_view w : list) s.add(w);
  return s;
}

TEST(WordSignature, CoversThePatternWordsASentenceHas) {
  const WordSignature sentence = sentence_words();
  EXPECT_TRUE(sentence.covers(words({"exchange"})));
  EXPECT_TRUE(sentence.covers(words({"official", "exchanges"})));
  EXPECT_TRUE(sentence.covers(RequiredWords{}));  // a pattern that names no word
}

// A pattern keeps four of its words: a fifth the sentence lacks is left to the full fit,
// but a missing word among the first four still turns the pattern away.
TEST(WordSignature, KeepsAPatternsFirstFourWords) {
  const WordSignature sentence = sentence_words();
  EXPECT_TRUE(sentence.covers(words({"china", "oppose", "official", "taiwan", "visit"})));
  EXPECT_FALSE(sentence.covers(words({"china", "visit", "official", "taiwan", "oppose"})));
  // A word named twice takes one place.
  EXPECT_FALSE(sentence.covers(words({"china", "china", "oppose", "taiwan", "visit"})));
}

TEST(WordSignature, TurnsAwayMostPatternsNamingAWordTheSentenceLacks) {
  const WordSignature sentence = sentence_words();
  EXPECT_FALSE(sentence.covers(words({"exchange", "visit"})));
  int turned_away = 0;
  const std::string_view absent[] = {"visit",  "attack", "aid",    "talks",   "sanction",
                                     "troops", "meet",   "accuse", "protest", "ceasefire"};
  for (std::string_view w : absent) turned_away += !sentence.covers(words({w}));
  EXPECT_GE(turned_away, 8);
}

}  // namespace
}  // namespace dyad::events

// Tokenization to UD English EWT 2.15 conventions, on sentences written for these tests.

#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include "text_test_util.h"

namespace dyad::text {
namespace {

using testing::analyze;
using testing::Strings;
using testing::surface_forms;
using testing::words;

TEST(Tokenizer, ContractionsAreMultiwordTokensOfSlices) {
  Document doc = analyze("I'm sure they don't know, and we can't wait.");
  EXPECT_EQ(words(doc), (Strings{"I", "'m", "sure", "they", "do", "n't", "know", ",", "and", "we",
                                 "ca", "n't", "wait", "."}));
  EXPECT_EQ(surface_forms(doc), (Strings{"I'm", "sure", "they", "don't", "know", ",", "and", "we",
                                         "can't", "wait", "."}));
  ASSERT_EQ(doc.multiword_tokens.size(), 3u);
  EXPECT_EQ(doc.multiword_tokens[0].token_begin, 0u);
  EXPECT_EQ(doc.multiword_tokens[0].token_end, 2u);
  EXPECT_FALSE(doc.tokens[0].space_after);  // inside "I'm"
  EXPECT_TRUE(doc.tokens[1].space_after);
}

TEST(Tokenizer, PossessivesAndCurlyApostrophes) {
  EXPECT_EQ(words(analyze("Beijing's envoy won’t attend the rebels' talks.")),
            (Strings{"Beijing", "'s", "envoy", "wo", "n’t", "attend", "the", "rebels", "'", "talks",
                     "."}));
}

TEST(Tokenizer, FusedFormsWithoutApostrophe) {
  EXPECT_EQ(words(analyze("We cannot say we dont know, gonna")),
            (Strings{"We", "can", "not", "say", "we", "do", "nt", "know", ",", "gon", "na"}));
  // Possessive "its" is one word.
  EXPECT_EQ(words(analyze("its army")), (Strings{"its", "army"}));
}

TEST(Tokenizer, NumbersKeepInnerPunctuation) {
  EXPECT_EQ(surface_forms(analyze("About 1,000 troops, 3.5 percent, at 10:30 on 9/11 for $10bn.")),
            (Strings{"About", "1,000", "troops", ",", "3.5", "percent", ",", "at", "10:30", "on",
                     "9/11", "for", "$", "10", "bn", "."}));
  EXPECT_EQ(surface_forms(analyze("the 1990s and the 21st century")),
            (Strings{"the", "1990s", "and", "the", "21st", "century"}));
}

TEST(Tokenizer, HyphensSplitExceptAfterPrefixes) {
  EXPECT_EQ(surface_forms(analyze("al-Qaeda sent an e-mail on a well-known non-stop route")),
            (Strings{"al", "-", "Qaeda", "sent", "an", "e-mail", "on", "a", "well", "-", "known",
                     "non-stop", "route"}));
  EXPECT_EQ(surface_forms(analyze("call 713-853-3989")), (Strings{"call", "713-853-3989"}));
}

// A hyphenated East Asian given name after its surname is one word; a name's modifier
// ("Hamas-led") still splits as EWT splits it.
TEST(Tokenizer, GivenNameAfterSurnameStaysWhole) {
  EXPECT_EQ(surface_forms(analyze("Tsai Ing-wen met Kim Jong-un and Moon Jae-in")),
            (Strings{"Tsai", "Ing-wen", "met", "Kim", "Jong-un", "and", "Moon", "Jae-in"}));
  EXPECT_EQ(surface_forms(analyze("the Islamist Hamas-led government")),
            (Strings{"the", "Islamist", "Hamas", "-", "led", "government"}));
  EXPECT_EQ(surface_forms(analyze("a Russia-Ukraine deal")),
            (Strings{"a", "Russia", "-", "Ukraine", "deal"}));
}

TEST(Tokenizer, UrlsEmailsAbbreviationsAndPunctuationRuns) {
  EXPECT_EQ(surface_forms(analyze("See http://example.org/a?b=1, or mail press@un.org.")),
            (Strings{"See", "http://example.org/a?b=1", ",", "or", "mail", "press@un.org", "."}));
  EXPECT_EQ(surface_forms(analyze("Sen. Smith (D-Ill.) met U.S. officials... Really?!")),
            (Strings{"Sen.", "Smith", "(", "D", "-", "Ill", ".", ")", "met", "U.S.", "officials",
                     "...", "Really", "?!"}));
  EXPECT_EQ(surface_forms(analyze("\"Yes,\" she said -- :)")),
            (Strings{"\"", "Yes", ",", "\"", "she", "said", "--", ":)"}));
}

TEST(Tokenizer, TokensTileTheText) {
  const std::string text =
      "WASHINGTON, March 21 (AP) — The U.S. and China’s envoys didn't meet. "
      "Talks in Geneva, Switzerland, ended at 5pm.\n\nA new paragraph… with “quotes”.";
  Document doc = analyze(text);
  ASSERT_FALSE(doc.tokens.empty());
  uint32_t prev_end = 0;
  for (const Token& t : doc.tokens) {
    ASSERT_LE(prev_end, t.begin);
    ASSERT_LT(t.begin, t.end);
    ASSERT_LE(t.end, doc.text.size());
    for (uint32_t k = prev_end; k < t.begin; ++k) {
      EXPECT_TRUE(doc.text[k] == ' ' || doc.text[k] == '\n') << "non-space between tokens at " << k;
    }
    prev_end = t.end;
  }
  uint32_t covered = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(s.token_begin, covered);
    EXPECT_LT(s.token_begin, s.token_end);
    covered = s.token_end;
  }
  EXPECT_EQ(covered, doc.tokens.size());
}

TEST(Tokenizer, BinaryAndEmptyDocumentsGetNoTokens) {
  Document doc = analyze("  \n\t ");
  EXPECT_EQ(doc.status, DocStatus::kEmpty);
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
}

}  // namespace
}  // namespace dyad::text

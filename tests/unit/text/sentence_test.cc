// Sentence splitting of news text: abbreviations, initials, datelines, quotations,
// paragraph breaks and the bound on sentence length.

#include <gtest/gtest.h>

#include <string>

#include "text/tokenizer.h"
#include "text_test_util.h"

namespace dyad::text {
namespace {

using testing::analyze;
using testing::sentences;
using testing::Strings;

TEST(SentenceSplitter, NewsAbbreviationsAndInitialsDoNotEndSentences) {
  EXPECT_EQ(sentences(analyze("Sen. Mary Hale and Gen. Omar Diallo met Mr. Lee of Acme Corp. "
                              "on Jan. 5 at 9 a.m. in St. Louis. Dr. Ruiz of John F. Kennedy "
                              "Hospital, No. 2 in the U.S. ranking, did not attend.")),
            (Strings{"Sen. Mary Hale and Gen. Omar Diallo met Mr. Lee of Acme Corp. on Jan. 5 at "
                     "9 a.m. in St. Louis.",
                     "Dr. Ruiz of John F. Kennedy Hospital, No. 2 in the U.S. ranking, did not "
                     "attend."}));
}

TEST(SentenceSplitter, AbbreviationEndsSentenceBeforeAnOpener) {
  EXPECT_EQ(sentences(analyze("The sanctions hit firms in the U.S. The talks resumed. "
                              "U.S. President Jane Doe spoke.")),
            (Strings{"The sanctions hit firms in the U.S.", "The talks resumed.",
                     "U.S. President Jane Doe spoke."}));
}

TEST(SentenceSplitter, Datelines) {
  EXPECT_EQ(sentences(analyze("BEIJING (Reuters) - China said on Monday it would retaliate. "
                              "Officials gave no details.")),
            (Strings{"BEIJING (Reuters) - China said on Monday it would retaliate.",
                     "Officials gave no details."}));
  EXPECT_EQ(sentences(analyze("WASHINGTON, March 21 (AP) — The Senate voted 52-48.")).size(), 1u);
}

TEST(SentenceSplitter, Quotations) {
  EXPECT_EQ(sentences(analyze("The minister said. \"We will go.\" Then he left.")),
            (Strings{"The minister said.", "\"We will go.\"", "Then he left."}));
  EXPECT_EQ(sentences(analyze("\"Why now?\" he asked. \"Because,\" she said.")),
            (Strings{"\"Why now?\" he asked.", "\"Because,\" she said."}));
}

TEST(SentenceSplitter, LineBreaksAndBlankLines) {
  EXPECT_EQ(sentences(analyze("Headline without a period\n\nFirst paragraph ends here.\nNext "
                              "line is a paragraph too")),
            (Strings{"Headline without a period", "First paragraph ends here.",
                     "Next line is a paragraph too"}));
  TokenizerOptions options;
  options.line_break_ends_sentence = false;
  EXPECT_EQ(sentences(analyze("a wrapped\nline.\n\nNew", options)),
            (Strings{"a wrapped\nline.", "New"}));
}

TEST(SentenceSplitter, TenMegabyteLineIsSplitIntoBoundedSentences) {
  std::string text;
  text.reserve(10u << 20);
  while (text.size() < (10u << 20)) text += "troops moved north, and ";
  TokenizerOptions options;
  options.max_sentence_tokens = 200;
  Document doc = analyze(text, options);
  ASSERT_GT(doc.sentences.size(), 1000u);
  size_t total = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_LE(s.size(), 200u);
    ASSERT_GT(s.size(), 0u);
    total += s.size();
  }
  EXPECT_EQ(total, doc.tokens.size());
  // Cuts prefer a comma: every sentence but the last ends with one.
  EXPECT_EQ(doc.form(doc.sentences[0].token_end - 1), ",");
}

TEST(SentenceSplitter, CutNeverSplitsAMultiwordToken) {
  TokenizerOptions options;
  options.max_sentence_tokens = 3;
  Document doc = analyze("we don't don't don't stop", options);
  for (const Sentence& s : doc.sentences) {
    for (const MultiwordToken& m : doc.multiword_tokens) {
      EXPECT_FALSE(m.token_begin < s.token_begin && s.token_begin < m.token_end);
    }
  }
}

}  // namespace
}  // namespace dyad::text

// Lemmatizer rules on real words: learned from a handful of examples, the suffix rules
// must generalize to words not in the examples, and the exception table must hold the
// irregular ones.
#include "syntax/tagger/lemmatizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::syntax {
namespace {

Lemmatizer train_lemmatizer() {
  // (form, xpos, lemma) as in EWT: proper nouns keep their case, common words are lowered.
  static const std::vector<LemmaExample> kExamples = {
      {"arrested", Xpos::VBD, "arrest"}, {"attacked", Xpos::VBD, "attack"},
      {"signed", Xpos::VBD, "sign"},     {"carried", Xpos::VBD, "carry"},
      {"tried", Xpos::VBD, "try"},       {"applied", Xpos::VBD, "apply"},
      {"was", Xpos::VBD, "be"},          {"were", Xpos::VBD, "be"},
      {"says", Xpos::VBZ, "say"},        {"meets", Xpos::VBZ, "meet"},
      {"rejects", Xpos::VBZ, "reject"},  {"tries", Xpos::VBZ, "try"},
      {"carries", Xpos::VBZ, "carry"},   {"is", Xpos::VBZ, "be"},
      {"troops", Xpos::NNS, "troop"},    {"leaders", Xpos::NNS, "leader"},
      {"groups", Xpos::NNS, "group"},    {"children", Xpos::NNS, "child"},
      {"n't", Xpos::RB, "not"},          {"Moscow", Xpos::NNP, "Moscow"},
      {"Paris", Xpos::NNP, "Paris"},     {"NATO", Xpos::NNP, "NATO"},
      {"The", Xpos::DT, "the"},          {"the", Xpos::DT, "the"},
  };
  return Lemmatizer::train(kExamples, LemmatizerOptions{});
}

std::string lemma(const Lemmatizer& lem, std::string_view form, Xpos xpos) {
  std::string scratch;
  return std::string(lem.lemmatize(form, xpos, scratch));
}

TEST(LemmatizerTest, SuffixRulesGeneralizeToUnseenWords) {
  Lemmatizer lem = train_lemmatizer();
  EXPECT_EQ(lemma(lem, "visited", Xpos::VBD), "visit");
  EXPECT_EQ(lemma(lem, "denied", Xpos::VBD), "deny");
  EXPECT_EQ(lemma(lem, "talks", Xpos::NNS), "talk");
  EXPECT_EQ(lemma(lem, "denies", Xpos::VBZ), "deny");
  EXPECT_EQ(lemma(lem, "Visited", Xpos::VBD), "visit");  // sentence-initial: lowercased
}

TEST(LemmatizerTest, ExceptionsAndCase) {
  Lemmatizer lem = train_lemmatizer();
  EXPECT_EQ(lemma(lem, "was", Xpos::VBD), "be");
  EXPECT_EQ(lemma(lem, "Was", Xpos::VBD), "be");
  EXPECT_EQ(lemma(lem, "n't", Xpos::RB), "not");
  EXPECT_EQ(lemma(lem, "children", Xpos::NNS), "child");
  EXPECT_EQ(lemma(lem, "Beijing", Xpos::NNP), "Beijing");  // unseen proper noun keeps case
}

TEST(LemmatizerTest, SerializationRoundTrip) {
  Lemmatizer lem = train_lemmatizer();
  model::ByteWriter out;
  lem.write(out);
  std::string bytes = out.take();
  Lemmatizer loaded;
  model::ByteReader in(bytes);
  ASSERT_TRUE(loaded.read(in));
  EXPECT_TRUE(in.at_end());
  for (auto [form, xpos] : {std::pair{"denies", Xpos::VBZ},
                            {"was", Xpos::VBD},
                            {"Beijing", Xpos::NNP},
                            {"talks", Xpos::NNS}}) {
    EXPECT_EQ(lemma(loaded, form, xpos), lemma(lem, form, xpos)) << form;
  }
  model::ByteReader truncated(std::string_view(bytes).substr(0, bytes.size() - 3));
  Lemmatizer broken;
  EXPECT_FALSE(broken.read(truncated));
}

}  // namespace
}  // namespace dyad::syntax

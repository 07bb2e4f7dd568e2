// WordNetLexicon on a tiny WordNet-format fixture written here (no WordNet install needed):
// lemma and inflection bits, irregular forms, capitalization, morphy, the artifact round
// trip, and the lemmatizer's use of it.
#include "syntax/tagger/wordnet_lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "syntax/tagger/lemmatizer.h"

namespace dyad::syntax {
namespace {

void write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The files in WordNet 3.0's formats, with a licence-like header (lines starting with a
// space) that the reader must skip.
// One folder per process: ctest runs each test as its own process, two at a time, and
// a shared folder let one process read files the other was rewriting.
std::string make_fixture() {
  std::string dir = testing::TempDir() + "wordnet_fixture_" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  const std::string header = "  1 This software and database is provided\n";
  write(dir + "/index.noun", header +
                                 "dog n 1 1 @ 1 0 00000001  \n"
                                 "box n 1 1 @ 1 0 00000002  \n"
                                 "mexico n 1 1 @ 1 0 00000003  \n"
                                 "child n 1 1 @ 1 0 00000004  \n"
                                 "walk n 1 1 @ 1 0 00000005  \n"
                                 "ice_cream n 1 1 @ 1 0 00000006  \n");
  write(dir + "/index.verb", header +
                                 "walk v 1 1 @ 1 0 00000011  \n"
                                 "provoke v 1 1 @ 1 0 00000012  \n"
                                 "stop v 1 1 @ 1 0 00000013  \n"
                                 "go v 1 1 @ 1 0 00000014  \n"
                                 "try v 1 1 @ 1 0 00000015  \n");
  write(dir + "/index.adj", header + "happy a 1 1 & 1 0 00000021  \n");
  write(dir + "/index.adv", header + "quickly r 1 0 1 0 00000031  \n");
  write(dir + "/data.noun", header +
                                "00000001 05 n 01 dog 0 000 | a dog  \n"
                                "00000003 15 n 01 Mexico 0 000 | a country  \n"
                                "00000005 04 n 01 walk 0 000 | a walk  \n");
  write(dir + "/noun.exc", "children child\n");
  write(dir + "/verb.exc", "went go\nstopped stop\nstopping stop\n");
  write(dir + "/adj.exc", "happier happy\n");
  write(dir + "/cntlist.rev", "walk%2:38:00:: 1 50\nwalk%1:04:00:: 1 7\ndog%1:05:00:: 1 3\n");
  return dir;
}

const WordNetLexicon& lexicon() {
  static const WordNetLexicon lex = [] {
    auto built = WordNetLexicon::build(make_fixture());
    EXPECT_TRUE(built.ok()) << built.status().message();
    return std::move(built).value();
  }();
  return lex;
}

uint32_t dominant(uint32_t mask) { return (mask >> kWnDominantShift) & 7; }

TEST(WordNetLexiconTest, LemmasAndRegularInflections) {
  const WordNetLexicon& wn = lexicon();
  EXPECT_EQ(wn.lookup_form("dog") & 15, kWnNoun);
  EXPECT_TRUE(wn.lookup_form("dogs") & kWnPlural);
  EXPECT_TRUE(wn.lookup_form("boxes") & kWnPlural);
  EXPECT_EQ(wn.lookup_form("walk") & 15, kWnNoun | kWnVerb);
  EXPECT_TRUE(wn.lookup_form("walks") & kWnVerbS);
  EXPECT_TRUE(wn.lookup_form("walks") & kWnPlural);
  EXPECT_TRUE(wn.lookup_form("walked") & kWnVerbEd);
  EXPECT_TRUE(wn.lookup_form("walking") & kWnVerbIng);
  EXPECT_TRUE(wn.lookup_form("provoking") & kWnVerbIng);
  EXPECT_TRUE(wn.lookup_form("tried") & kWnVerbEd);
  EXPECT_TRUE(wn.lookup_form("happiest") & kWnAdjEst);
  EXPECT_EQ(wn.lookup_form("quickly"), static_cast<uint32_t>(kWnAdv));
  EXPECT_EQ(wn.lookup_form("zzyzx"), 0u);
  EXPECT_EQ(wn.lookup_form("ice_cream"), 0u);  // multiword lemmas are left out
}

TEST(WordNetLexiconTest, IrregularFormsCapitalsAndSenseCounts) {
  const WordNetLexicon& wn = lexicon();
  EXPECT_TRUE(wn.lookup_form("went") & kWnVerbEd);
  EXPECT_TRUE(wn.lookup_form("children") & kWnPlural);
  EXPECT_TRUE(wn.lookup_form("happier") & kWnAdjEr);
  EXPECT_EQ(wn.irregular("went", WnPos::kVerb), "go");
  EXPECT_EQ(wn.irregular("went", WnPos::kNoun), "");
  EXPECT_TRUE(wn.lookup_form("mexico") & kWnCapital);
  EXPECT_FALSE(wn.lookup_form("dog") & kWnCapital);
  EXPECT_EQ(wn.capitalized("mexico"), "Mexico");
  EXPECT_EQ(wn.capitalized("dog"), "");
  EXPECT_EQ(dominant(wn.lookup_form("walk")), 2u);  // 50 verb vs 7 noun
  EXPECT_EQ(dominant(wn.lookup_form("dog")), 1u);
  EXPECT_EQ(dominant(wn.lookup_form("box")), 0u);
}

TEST(WordNetLexiconTest, MorphyFindsBaseForms) {
  const WordNetLexicon& wn = lexicon();
  std::string out;
  EXPECT_TRUE(wn.base_form("provoked", WnPos::kVerb, out));
  EXPECT_EQ(out, "provoke");
  EXPECT_TRUE(wn.base_form("stopped", WnPos::kVerb, out));
  EXPECT_EQ(out, "stop");
  EXPECT_TRUE(wn.base_form("went", WnPos::kVerb, out));
  EXPECT_EQ(out, "go");
  EXPECT_TRUE(wn.base_form("boxes", WnPos::kNoun, out));
  EXPECT_EQ(out, "box");
  EXPECT_FALSE(wn.base_form("zzyzxed", WnPos::kVerb, out));
}

TEST(WordNetLexiconTest, RoundTripAndCorruptBytes) {
  const WordNetLexicon& wn = lexicon();
  model::ByteWriter out;
  wn.write(out);
  std::string bytes = out.take();
  WordNetLexicon back;
  model::ByteReader in(bytes);
  ASSERT_TRUE(back.read(in));
  EXPECT_EQ(back.size(), wn.size());
  EXPECT_EQ(back.lookup_form("walked"), wn.lookup_form("walked"));
  EXPECT_EQ(back.capitalized("mexico"), "Mexico");
  EXPECT_EQ(back.irregular("children", WnPos::kNoun), "child");
  WordNetLexicon bad;
  model::ByteReader truncated(std::string_view(bytes).substr(0, bytes.size() / 2));
  EXPECT_FALSE(bad.read(truncated));
}

TEST(WordNetLexiconTest, MissingDirectoryIsNotFound) {
  auto built = WordNetLexicon::build(testing::TempDir() + "no_such_wordnet_dir");
  EXPECT_FALSE(built.ok());
}

TEST(WordNetLexiconTest, LemmatizerUsesWordNetForUnseenForms) {
  static const std::vector<LemmaExample> kExamples = {
      {"arrested", Xpos::VBD, "arrest"}, {"attacked", Xpos::VBD, "attack"},
      {"signed", Xpos::VBD, "sign"},     {"Paris", Xpos::NNP, "Paris"},
      {"troops", Xpos::NNS, "troop"},    {"leaders", Xpos::NNS, "leader"},
  };
  const WordNetLexicon& wn = lexicon();
  Lemmatizer plain = Lemmatizer::train(kExamples, LemmatizerOptions{});
  Lemmatizer with_wn = Lemmatizer::train(kExamples, LemmatizerOptions{}, &wn);
  std::string scratch;
  EXPECT_EQ(plain.lemmatize("provoked", Xpos::VBD, scratch), "provok");
  EXPECT_EQ(with_wn.lemmatize("provoked", Xpos::VBD, scratch, &wn), "provoke");
  EXPECT_EQ(with_wn.lemmatize("went", Xpos::VBD, scratch, &wn), "go");
  EXPECT_EQ(with_wn.lemmatize("mexico", Xpos::NNP, scratch, &wn), "Mexico");
  EXPECT_EQ(with_wn.lemmatize("walked", Xpos::VBD, scratch, &wn), "walk");
  EXPECT_EQ(with_wn.lemmatize("arrested", Xpos::VBD, scratch, &wn), "arrest");
}

}  // namespace
}  // namespace dyad::syntax

// The trained parser end to end on sentences we wrote: a tiny model learns its training
// sentences, any input (random words and tags) comes out as one tree, models survive a
// write/load round trip, and damaged files are refused with an error naming them.
#include "syntax/parser/parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "syntax/conllu.h"
#include "syntax/parser/jackknife.h"
#include "syntax/parser/parser_eval.h"
#include "syntax/parser/parser_trainer.h"
#include "tiny_parser.h"

namespace dyad::syntax {
namespace {

using testing::news_docs;

class TinyParser : public testing::TinyParserTest {};

// Exactly one root, labelled root; every other head inside the sentence; no cycles.
void expect_tree(const Document& doc, const Sentence& s) {
  int roots = 0;
  for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.head == kNoIndex) {
      ++roots;
      EXPECT_EQ(t.deprel, DepRel::root);
      continue;
    }
    ASSERT_GE(t.head, s.token_begin);
    ASSERT_LT(t.head, s.token_end);
    EXPECT_NE(t.head, i);
    EXPECT_NE(t.deprel, DepRel::root);
    EXPECT_NE(t.deprel, DepRel::kNone);
    uint32_t a = i;
    for (uint32_t steps = 0; a != kNoIndex; ++steps) {
      ASSERT_LE(steps, s.size()) << "cycle through word " << i;
      a = doc.tokens[a].head;
    }
  }
  EXPECT_EQ(roots, 1);
}

// `a` and `b` parse `docs` into the same trees.
void expect_same_trees(const Parser& a, const Parser& b, const std::vector<Document>& docs) {
  std::vector<Document> by_a = docs, by_b = docs;
  ParserWorkspace ws;
  for (Document& d : by_a) {
    for (const Sentence& s : d.sentences) a.parse(d, s, ws);
  }
  for (Document& d : by_b) {
    for (const Sentence& s : d.sentences) b.parse(d, s, ws);
  }
  for (size_t d = 0; d < docs.size(); ++d) {
    for (size_t i = 0; i < docs[d].tokens.size(); ++i) {
      EXPECT_EQ(by_a[d].tokens[i].head, by_b[d].tokens[i].head);
      EXPECT_EQ(by_a[d].tokens[i].deprel, by_b[d].tokens[i].deprel);
    }
  }
}

TEST_F(TinyParser, ParsesItsTrainingSentences) {
  const AttachmentScores scores = evaluate_parser(**parser_, *docs_, *docs_);
  EXPECT_EQ(scores.words, 60u);
  EXPECT_EQ(scores.head_hits, scores.words);
  EXPECT_EQ(scores.label_hits, scores.words);
}

TEST_F(TinyParser, ParseOverwritesWhateverTreeWasThere) {
  std::vector<Document> docs = *docs_;
  for (Document& d : docs) {
    for (Token& t : d.tokens) {
      t.head = kNoIndex;
      t.deprel = DepRel::kNone;
    }
  }
  ParserWorkspace ws;
  for (Document& d : docs) {
    for (const Sentence& s : d.sentences) (*parser_)->parse(d, s, ws);
  }
  // "Xi" is the subject of "visited".
  const Document& d = docs[0];
  EXPECT_EQ(d.form(d.tokens[2]), "Xi");
  EXPECT_EQ(d.tokens[2].head, 4u);
  EXPECT_EQ(d.tokens[2].deprel, DepRel::nsubj);
  EXPECT_EQ(d.tokens[4].head, kNoIndex);
}

TEST_F(TinyParser, AlwaysBuildsOneTree) {
  std::mt19937 rng(5);
  const char* vocab[] = {"the", "talks", ",", "Xi", "said", "in", "Geneva", "!", "and", "2024"};
  ParserWorkspace ws;
  for (int trial = 0; trial < 200; ++trial) {
    Document doc;
    const uint32_t n = 1 + rng() % 60;
    Sentence s;
    for (uint32_t i = 0; i < n; ++i) {
      Token t;
      t.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += vocab[rng() % 10];
      t.end = static_cast<uint32_t>(doc.text.size());
      doc.text += ' ';
      t.upos = static_cast<Upos>(rng() % kUposCount);  // kNone included
      t.xpos = static_cast<Xpos>(rng() % kXposCount);
      t.head = rng() % 3 == 0 ? kNoIndex : static_cast<uint32_t>(rng());  // garbage in
      doc.tokens.push_back(t);
    }
    s.token_end = n;
    s.end = static_cast<uint32_t>(doc.text.size());
    doc.sentences.push_back(s);
    (*parser_)->parse(doc, doc.sentences[0], ws);
    expect_tree(doc, doc.sentences[0]);
  }
}

TEST_F(TinyParser, SentencesInsideADocumentUseDocumentIndices) {
  std::vector<Document> docs = *docs_;
  ParserWorkspace ws;
  Document& d = docs[0];
  for (const Sentence& s : d.sentences) {
    (*parser_)->parse(d, s, ws);
    expect_tree(d, s);
  }
  const Sentence& second = d.sentences[1];  // "Rebels attacked ... officials said."
  EXPECT_EQ(d.tokens[second.token_begin].head, second.token_begin + 1);
}

TEST_F(TinyParser, WriteLoadRoundTrip) {
  const std::string path = ::testing::TempDir() + "tiny.parser.dyad";
  ASSERT_TRUE((*parser_)->write(path, "{\"test\": true}").ok());
  auto loaded = Parser::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded.value()->metadata_json(), "{\"test\": true}");
  EXPECT_EQ(loaded.value()->feature_count(), (*parser_)->feature_count());
  expect_same_trees(**parser_, *loaded.value(), *docs_);
}

TEST_F(TinyParser, CorruptFileIsRefusedWithItsName) {
  const std::string path = ::testing::TempDir() + "corrupt.parser.dyad";
  ASSERT_TRUE((*parser_)->write(path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  ASSERT_GT(bytes.size(), 100u);
  bytes[bytes.size() - 20] = static_cast<char>(bytes[bytes.size() - 20] ^ 0x5a);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  auto damaged = Parser::load(path);
  ASSERT_FALSE(damaged.ok());
  EXPECT_NE(damaged.status().message().find("corrupt.parser.dyad"), std::string::npos)
      << damaged.status().message();

  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() / 2);
  auto truncated = Parser::load(path);
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find("corrupt.parser.dyad"), std::string::npos);

  auto missing = Parser::load(::testing::TempDir() + "no-such.parser.dyad");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no-such.parser.dyad"), std::string::npos);
}

TEST_F(TinyParser, PruningKeepsOutputsUntilWeightsGo) {
  auto same = (*parser_)->pruned(0);
  EXPECT_EQ(same->feature_count(), (*parser_)->feature_count());
  EXPECT_EQ(evaluate_parser(*same, *docs_, *docs_).label_hits, 60u);
  auto empty = (*parser_)->pruned(40000);  // above any 16-bit weight: nothing left
  EXPECT_EQ(empty->feature_count(), 0u);
  std::vector<Document> docs = *docs_;
  ParserWorkspace ws;
  for (Document& d : docs) {
    for (const Sentence& s : d.sentences) {
      empty->parse(d, s, ws);  // no weights at all still gives trees
      expect_tree(d, s);
    }
  }
}

TEST(ParserTrainer, FileRoundTripRecordsDevScores) {
  const std::vector<Document> docs = news_docs();
  const std::string path = ::testing::TempDir() + "trained.parser.dyad";
  ParserTrainOptions options;
  options.epochs = 3;
  options.command = "test";
  ASSERT_TRUE(train_parser_file(docs, docs, options, path).ok());
  auto loaded = Parser::load(path);
  ASSERT_TRUE(loaded.ok());
  const std::string meta = loaded.value()->metadata_json();
  EXPECT_NE(meta.find("\"dev\": {\"uas\""), std::string::npos) << meta;
  EXPECT_NE(meta.find("\"licence\": \"CC BY-SA 4.0\""), std::string::npos) << meta;
  EXPECT_NE(meta.find("\"seed\": 1"), std::string::npos) << meta;
}

// A model trained on the lean feature set says so in its file, and parses after loading
// as it did before: read with the full set's templates it would not.
TEST(ParserTrainer, LeanModelKeepsItsFeatureSetThroughItsFile) {
  const std::vector<Document> docs = news_docs();
  ParserTrainOptions options;
  options.epochs = 4;
  options.features = FeatureSet::kLean;
  auto trained = train_parser(docs, docs, options);
  ASSERT_TRUE(trained.ok()) << trained.status().message();
  EXPECT_EQ(trained.value()->features(), FeatureSet::kLean);
  const std::string path = ::testing::TempDir() + "lean.parser.dyad";
  ASSERT_TRUE(trained.value()->write(path, "{}").ok());
  auto loaded = Parser::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded.value()->features(), FeatureSet::kLean);
  expect_same_trees(*trained.value(), *loaded.value(), docs);
}

// The shipped lean coding parser (`dyad code --fast`) is read with the templates it was
// trained on: it parses a news sentence's core arguments as the default coding parser does.
TEST(ShippedModels, LeanCodingParserIsLeanAndParsesANewsSentence) {
  const std::string models = std::string(DYAD_SOURCE_DIR) + "/data/models/";
  auto lean = Parser::load(models + "en_ewt_news_lean.parser.dyad");
  ASSERT_TRUE(lean.ok()) << lean.status().message();
  EXPECT_EQ(lean.value()->features(), FeatureSet::kLean);
  auto full = Parser::load(models + "en_ewt_news.parser.dyad", 1);
  ASSERT_TRUE(full.ok()) << full.status().message();
  EXPECT_EQ(full.value()->features(), FeatureSet::kFull);
  auto docs = read_conllu(
      "# text = China opposes official exchanges with Taiwan.\n"
      "1\tChina\tChina\tPROPN\tNNP\t_\t0\t_\t_\t_\n"
      "2\topposes\toppose\tVERB\tVBZ\t_\t0\t_\t_\t_\n"
      "3\tofficial\tofficial\tADJ\tJJ\t_\t0\t_\t_\t_\n"
      "4\texchanges\texchange\tNOUN\tNNS\t_\t0\t_\t_\t_\n"
      "5\twith\twith\tADP\tIN\t_\t0\t_\t_\t_\n"
      "6\tTaiwan\tTaiwan\tPROPN\tNNP\t_\t0\t_\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t0\t_\t_\t_\n\n",
      "news.conllu");
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  Document doc = docs.value()[0];
  ParserWorkspace ws;
  lean.value()->parse(doc, doc.sentences[0], ws);
  EXPECT_EQ(doc.tokens[0].head, 1u);
  EXPECT_EQ(doc.tokens[0].deprel, DepRel::nsubj);
  EXPECT_EQ(doc.tokens[1].deprel, DepRel::root);
  EXPECT_EQ(doc.tokens[3].head, 1u);
  EXPECT_EQ(doc.tokens[3].deprel, DepRel::obj);
  EXPECT_EQ(doc.tokens[5].head, 3u);
}

TEST(ParserTrainer, SameSeedSameModel) {
  const std::vector<Document> docs = news_docs();
  ParserTrainOptions options;
  options.epochs = 4;
  const std::string a = ::testing::TempDir() + "seed_a.dyad",
                    b = ::testing::TempDir() + "seed_b.dyad";
  ASSERT_TRUE(train_parser(docs, docs, options).value()->write(a, "{}").ok());
  ASSERT_TRUE(train_parser(docs, docs, options).value()->write(b, "{}").ok());
  std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
  std::stringstream sa, sb;
  sa << fa.rdbuf();
  sb << fb.rdbuf();
  EXPECT_EQ(sa.str(), sb.str());
}

TEST(Jackknife, TagsEveryDocumentOnceFromOtherFoldsAndKeepsTrees) {
  const std::vector<Document> docs = news_docs();
  ASSERT_EQ(docs.size(), 2u);
  int calls = 0;
  JackknifeTagger tagger = [&](std::span<const Document> train, std::span<Document> heldout) {
    ++calls;
    EXPECT_EQ(train.size() + heldout.size(), docs.size());
    for (Document& d : heldout) {
      EXPECT_NE(d.id, train[0].id);  // never tagged by a tagger that saw it
      for (Token& t : d.tokens) {
        t.xpos = Xpos::NN;
        t.head = 0;  // a misbehaving tagger must not change the trees
      }
    }
    return Status();
  };
  auto out = jackknife_tags(docs, 2, tagger, nullptr);
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ(calls, 2);
  for (size_t d = 0; d < docs.size(); ++d) {
    for (size_t i = 0; i < docs[d].tokens.size(); ++i) {
      EXPECT_EQ(out.value()[d].tokens[i].xpos, Xpos::NN);
      EXPECT_EQ(out.value()[d].tokens[i].head, docs[d].tokens[i].head);
    }
  }
}

}  // namespace
}  // namespace dyad::syntax

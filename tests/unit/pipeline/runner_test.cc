// The pipeline end to end with the committed models: every document comes out once, in
// input order, whatever the thread count, and every parse is a tree.

#include "pipeline/runner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/data_dir.h"
#include "pipeline/pipeline.h"
#include "text/reader.h"

namespace dyad::pipeline {
namespace {

Pipeline make_pipeline() {
  PipelineConfig config;
  const std::string data = std::string(DYAD_SOURCE_DIR) + "/data";
  config.tagger_model = default_tagger_path(data);
  config.parser_model = default_parser_path(data);
  auto p = Pipeline::create(config);
  EXPECT_TRUE(p.ok()) << p.status().message();
  return std::move(p).value();
}

// A news feed with the kinds of trouble real feeds have, between good documents.
std::string feed() {
  std::string out;
  for (int i = 0; i < 40; ++i) {
    out += "{\"id\":\"d" + std::to_string(i) +
           "\",\"text\":\"Ukrainian troops shelled Russian positions near Bakhmut on Sunday. "
           "The Kremlin denied the report.\"}\n";
    if (i == 7) out += "{\"id\":\"broken\",\"text\":\n";
    if (i == 19) out += "{\"id\":\"empty\",\"text\":\"   \"}\n";
    if (i == 29) out += "{\"id\":\"bad-bytes\",\"text\":\"Talks in Bogot\xE1 ended.\"}\n";
  }
  return out;
}

std::vector<Document> run_feed(const Pipeline& pipeline, int threads) {
  auto reader = text::DocumentReader::from_string(feed(), "feed.jsonl", {});
  RunnerOptions options;
  options.threads = threads;
  options.batch_documents = 8;  // several batches, so order across batches is tested too
  std::vector<Document> out;
  run([&](Document& d) { return reader->next(d); }, pipeline, options,
      [&](Document& d) { out.push_back(std::move(d)); });
  return out;
}

void expect_trees(const Document& doc) {
  for (const Sentence& s : doc.sentences) {
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
      // Following heads from any word reaches the root without a cycle.
      uint32_t at = i;
      for (uint32_t steps = 0; at != kNoIndex; ++steps) {
        ASSERT_LE(steps, s.size()) << "cycle in " << doc.id;
        at = doc.tokens[at].head;
      }
    }
    EXPECT_EQ(roots, 1) << doc.id;
  }
}

TEST(Runner, EveryDocumentComesOutOnceInOrder) {
  Pipeline pipeline = make_pipeline();
  for (int threads : {1, 2}) {
    std::vector<Document> docs = run_feed(pipeline, threads);
    ASSERT_EQ(docs.size(), 43u) << threads << " threads";
    EXPECT_EQ(docs[0].id, "d0");
    EXPECT_EQ(docs[8].id, "feed.jsonl:9");
    EXPECT_EQ(docs[8].status, DocStatus::kMalformedJson);
    EXPECT_EQ(docs[21].id, "empty");
    EXPECT_EQ(docs[21].status, DocStatus::kEmpty);
    EXPECT_EQ(docs[32].id, "bad-bytes");
    EXPECT_EQ(docs[32].status, DocStatus::kInvalidUtf8Repaired);
    EXPECT_FALSE(docs[32].tokens.empty());  // repaired, and still analysed
    EXPECT_EQ(docs.back().id, "d39");
    for (const Document& d : docs) expect_trees(d);
  }
}

TEST(Runner, ThreadCountDoesNotChangeTheAnalysis) {
  Pipeline pipeline = make_pipeline();
  std::vector<Document> one = run_feed(pipeline, 1);
  std::vector<Document> two = run_feed(pipeline, 2);
  ASSERT_EQ(one.size(), two.size());
  for (size_t d = 0; d < one.size(); ++d) {
    ASSERT_EQ(one[d].tokens.size(), two[d].tokens.size());
    for (size_t i = 0; i < one[d].tokens.size(); ++i) {
      EXPECT_EQ(one[d].tokens[i].head, two[d].tokens[i].head);
      EXPECT_EQ(one[d].tokens[i].deprel, two[d].tokens[i].deprel);
      EXPECT_EQ(one[d].tokens[i].xpos, two[d].tokens[i].xpos);
    }
  }
}

TEST(Pipeline, ParsesANewsSentence) {
  Pipeline pipeline = make_pipeline();
  Document doc;
  doc.id = "kremlin";
  doc.source = "The Kremlin rejected the proposal on Wednesday.";
  Workspace ws;
  pipeline.process(doc, ws);
  ASSERT_EQ(doc.status, DocStatus::kOk);
  ASSERT_EQ(doc.tokens.size(), 8u);
  // "rejected" is the root, with "Kremlin" its subject and "proposal" its object.
  EXPECT_EQ(doc.tokens[2].head, kNoIndex);
  EXPECT_EQ(doc.tokens[1].head, 2u);
  EXPECT_EQ(universal_deprel(doc.tokens[1].deprel), DepRel::nsubj);
  EXPECT_EQ(doc.tokens[4].head, 2u);
  EXPECT_EQ(doc.tokens[4].deprel, DepRel::obj);
  EXPECT_EQ(doc.lemma(doc.tokens[2]), "reject");
  EXPECT_EQ(doc.tokens[2].xpos, Xpos::VBD);
}

TEST(Pipeline, UnknownOrMisorderedStagesAreRefused) {
  PipelineConfig config;
  config.stages = {"parse", "text"};
  EXPECT_FALSE(Pipeline::create(config).ok());
  config.stages = {"text", "lemmatize"};
  auto p = Pipeline::create(config);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("lemmatize"), std::string::npos);
  config.stages = {"text", "parse"};
  EXPECT_FALSE(Pipeline::create(config).ok());
}

}  // namespace
}  // namespace dyad::pipeline

#pragma once
// The news sentences as Documents, and a fixture whose parser is trained on them once per
// test binary, so the parser and ensemble suites share one tiny model instead of each
// training its own copy.

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/parser/parser.h"
#include "syntax/parser/parser_trainer.h"
#include "test_sentences.h"

namespace dyad::syntax::testing {

inline std::vector<Document> news_docs() {
  auto docs = read_conllu(kNewsConllu, "news.conllu");
  EXPECT_TRUE(docs.ok()) << docs.status().message();
  return docs.ok() ? docs.value() : std::vector<Document>{};
}

class TinyParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (parser_) return;  // trained by an earlier suite
    docs_ = std::make_unique<std::vector<Document>>(news_docs());
    ParserTrainOptions options;
    options.epochs = 25;
    options.seed = 3;
    auto parser = train_parser(*docs_, *docs_, options);
    ASSERT_TRUE(parser.ok()) << parser.status().message();
    parser_ = std::make_unique<std::shared_ptr<const Parser>>(parser.value());
  }

  // The news documents parsed by `p`.
  static std::vector<Document> parsed(const Parser& p) {
    std::vector<Document> docs = *docs_;
    ParserWorkspace ws;
    for (Document& d : docs) {
      for (const Sentence& s : d.sentences) p.parse(d, s, ws);
    }
    return docs;
  }

  static inline std::unique_ptr<std::vector<Document>> docs_;
  static inline std::unique_ptr<std::shared_ptr<const Parser>> parser_;
};

}  // namespace dyad::syntax::testing

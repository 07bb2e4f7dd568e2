// Acceptance figures of the syntax layer on UD English EWT 2.15 test, as floors (floors.h):
// a change that drops below one fails here. docs/RESULTS.md records the measured values and the
// commands that print them (dyad eval-syntax).

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "app/evaluate_syntax.h"
#include "pipeline/pipeline.h"
#include "floors.h"
#include "shared_dir.h"

namespace dyad::eval {
namespace {

app::ModelOptions committed_models() {
  app::ModelOptions m;
  m.data_dir = std::string(DYAD_SOURCE_DIR) + "/data";
  return m;
}

double f1(const app::SyntaxScores& s, app::Metric m) { return 100 * s[m].f1(); }

TEST(EwtTest, GoldTokensMeetTheFloors) {
  DYAD_REQUIRE_SHARED(shared);
  app::EvalSyntaxOptions options;
  options.gold = shared + "/data/ud/en_ewt-ud-test.conllu";
  options.gold_tokens = true;
  options.models = committed_models();
  auto scores = app::evaluate_syntax(options);
  ASSERT_TRUE(scores.ok()) << scores.status().message();
  RecordProperty("scores", app::format_scores_json(*scores));
  EXPECT_GE(f1(*scores, app::Metric::kUpos), kUposFloor);
  EXPECT_GE(f1(*scores, app::Metric::kXpos), kXposFloor);
  EXPECT_GE(f1(*scores, app::Metric::kLemmas), kLemmaFloor);
  EXPECT_GE(f1(*scores, app::Metric::kUas), kUasFloor);
  EXPECT_GE(f1(*scores, app::Metric::kLas), kLasFloor);
  std::cout << app::format_scores_table(*scores);
}

TEST(EwtTest, RawTextSegmentationMeetsTheFloors) {
  DYAD_REQUIRE_SHARED(shared);
  app::EvalSyntaxOptions options;
  options.gold = shared + "/data/ud/en_ewt-ud-test.conllu";
  options.models = committed_models();
  auto scores = app::evaluate_syntax(options);
  ASSERT_TRUE(scores.ok()) << scores.status().message();
  EXPECT_GE(f1(*scores, app::Metric::kTokens), kTokensFloor);
  EXPECT_GE(f1(*scores, app::Metric::kSentences), kSentencesFloor);
  std::cout << app::format_scores_table(*scores);
}

// Every paragraph of the example article is one sentence; each must come out whole.
TEST(ExampleArticle, EverySentenceBoundaryIsRight) {
  DYAD_REQUIRE_SHARED(shared);
  std::ifstream in(shared + "/eval/example/us-china-2023-03-21.txt", std::ios::binary);
  ASSERT_TRUE(in) << "no example article in " << shared;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string article = buffer.str();

  std::vector<std::string> expected;
  std::istringstream lines(article);
  for (std::string line; std::getline(lines, line);) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (!line.empty()) expected.push_back(line);
  }
  ASSERT_EQ(expected.size(), 12u);

  pipeline::PipelineConfig config;
  config.stages = {"text"};
  auto pipeline = pipeline::Pipeline::create(config);
  ASSERT_TRUE(pipeline.ok());
  Document doc;
  doc.id = "us-china-2023-03-21";
  doc.source = article;
  pipeline::Workspace ws;
  pipeline->process(doc, ws);
  std::vector<std::string> got;
  for (const Sentence& s : doc.sentences) {
    std::string text(doc.text.substr(doc.tokens[s.token_begin].begin,
                                     doc.tokens[s.token_end - 1].end -
                                         doc.tokens[s.token_begin].begin));
    got.push_back(text);
  }
  EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace dyad::eval

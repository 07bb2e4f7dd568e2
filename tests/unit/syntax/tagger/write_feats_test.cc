// TagOptions::write_feats: event coding skips the FEATS lookup and keeps tags and lemmas.
#include <gtest/gtest.h>

#include <string>

#include "core/document.h"
#include "pipeline/data_dir.h"
#include "pipeline/pipeline.h"

namespace dyad::syntax {
namespace {

Document tagged(const std::string& text, bool write_feats) {
  pipeline::PipelineConfig config;
  config.stages = {"text", "tag"};
  config.tagger_model = pipeline::default_tagger_path(std::string(DYAD_SOURCE_DIR) + "/data",
                                                      pipeline::ModelUse::kCoding);
  config.tag_options.write_feats = write_feats;
  auto created = pipeline::Pipeline::create(config);
  EXPECT_TRUE(created.ok()) << created.status().message();
  Document doc;
  doc.source = text;
  pipeline::Workspace ws;
  created.value().process(doc, ws);
  return doc;
}

TEST(WriteFeats, OffLeavesFeatsEmptyAndTagsAndLemmasAsTheyWere) {
  const std::string text = "Beijing denied arming Russia.";
  const Document with = tagged(text, true);
  const Document without = tagged(text, false);
  ASSERT_EQ(with.tokens.size(), 5u);
  ASSERT_EQ(without.tokens.size(), with.tokens.size());
  EXPECT_EQ(with.feats(with.tokens[1]), "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin");
  for (size_t t = 0; t < with.tokens.size(); ++t) {
    EXPECT_TRUE(without.feats(without.tokens[t]).empty()) << t;
    EXPECT_EQ(without.tokens[t].xpos, with.tokens[t].xpos) << t;
    EXPECT_EQ(without.lemma(without.tokens[t]), with.lemma(with.tokens[t])) << t;
  }
}

}  // namespace
}  // namespace dyad::syntax

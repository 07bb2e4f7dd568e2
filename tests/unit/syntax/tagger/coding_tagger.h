#pragma once
// Shared by the tagger tests that run the committed coding (news) tagger on real text.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/document.h"
#include "pipeline/data_dir.h"
#include "pipeline/pipeline.h"

namespace dyad::syntax::testing {

// `text` split, tokenized and tagged by data/'s coding tagger with `options`.
inline Document tag_with_coding_tagger(std::string_view text, TagOptions options) {
  pipeline::PipelineConfig config;
  config.stages = {"text", "tag"};
  config.tagger_model = pipeline::default_tagger_path(std::string(DYAD_SOURCE_DIR) + "/data",
                                                      pipeline::ModelUse::kCoding);
  config.tag_options = options;
  auto created = pipeline::Pipeline::create(config);
  EXPECT_TRUE(created.ok()) << created.status().message();
  Document doc;
  doc.source = std::string(text);
  pipeline::Workspace ws;
  if (created.ok()) created.value().process(doc, ws);
  return doc;
}

}  // namespace dyad::syntax::testing

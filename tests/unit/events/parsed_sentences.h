#pragma once
// The committed models, loaded once for the events tests: these tests read real trees
// of real sentences, so a parser change that breaks an event rule shows up here.

#include <gtest/gtest.h>

#include <string>

#include "app/model_paths.h"
#include "pipeline/data_dir.h"
#include "pipeline/pipeline.h"

namespace dyad::events::testing {

inline const pipeline::Pipeline& syntax_pipeline() {
  static const pipeline::Pipeline* p = [] {
    pipeline::PipelineConfig config;
    app::ModelOptions models;
    models.data_dir = std::string(DYAD_SOURCE_DIR) + "/data";
    // The models, members and tagging options `dyad code` codes from.
    Status resolved = app::resolve_coding_models(models, config);
    EXPECT_TRUE(resolved.ok()) << resolved.message();
    auto created = pipeline::Pipeline::create(config);
    EXPECT_TRUE(created.ok()) << created.status().message();
    return new pipeline::Pipeline(std::move(created).value());
  }();
  return *p;
}

inline Document parse(std::string_view text) {
  Document doc;
  doc.source = std::string(text);
  pipeline::Workspace ws;
  syntax_pipeline().process(doc, ws);
  return doc;
}

// The first token whose form is `word`, with its sentence; kNoIndex when absent.
inline uint32_t find_word(const Document& doc, std::string_view word, const Sentence** sentence) {
  for (const Sentence& s : doc.sentences) {
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (doc.form(t) == word) {
        *sentence = &s;
        return t;
      }
    }
  }
  return kNoIndex;
}

}  // namespace dyad::events::testing

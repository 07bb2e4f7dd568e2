#pragma once
// The model-selection options every syntax verb shares, and how they resolve to files.

#include <string>

#include "core/status.h"
#include "pipeline/pipeline.h"

namespace dyad::app {

struct ModelOptions {
  std::string data_dir;      // --data-dir; empty: the usual lookup (see pipeline/data_dir.h)
  std::string tagger_model;  // --tagger; empty: <data>/models/en_ewt.tagger.dyad
  std::string parser_model;  // --parser; empty: <data>/models/en_ewt.parser.dyad
  int parser_members = 0;    // --parser-members; 0: every member of the parser ensemble
};

// Fills the model paths of `config` for the stages it has.
Status resolve_models(const ModelOptions& models, pipeline::PipelineConfig& config);

}  // namespace dyad::app

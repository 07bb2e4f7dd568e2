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
  int parser_members = -1;   // --parser-members; 0: every member; -1: the command's default
};

// How many parser-ensemble members event coding parses with unless told otherwise. One:
// on the dev event sets the full four-member ensemble scores within a point of a single
// member either way (docs/RESULTS.md, "Parser members for event coding"), at 2.7 times
// the cost, and coding speed is an acceptance figure of its own. `dyad parse` and
// `dyad eval-syntax`, whose output is the trees, keep every member.
inline constexpr int kCodingParserMembers = 1;

// Fills the model paths of `config` for the stages it has; a parser_members of -1 becomes
// `default_members` (0: all).
Status resolve_models(const ModelOptions& models, pipeline::PipelineConfig& config,
                      int default_members = 0);

}  // namespace dyad::app

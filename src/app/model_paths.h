#pragma once
// The model-selection options every syntax verb shares, and how they resolve to files.

#include <string>

#include "core/status.h"
#include "pipeline/data_dir.h"
#include "pipeline/pipeline.h"

namespace dyad::app {

struct ModelOptions {
  std::string data_dir;      // --data-dir; empty: the usual lookup (see pipeline/data_dir.h)
  std::string tagger_model;  // --tagger; empty: the default for the use (pipeline/data_dir.h)
  std::string parser_model;  // --parser; empty: the default for the use
  int parser_members = -1;   // --parser-members; 0: every member; -1: the command's default
  int finite_verb = -1;      // --finite-verb; 0 or 1; -1: on for the coding models' use
  bool fast = false;         // --fast: the lean parser when --parser is not given
};

// How many parser-ensemble members event coding parses with unless told otherwise. One:
// on the dev event sets the full four-member ensemble scored within a point of a single
// member either way (docs/RESULTS.md, "Parser members for event coding"), at 2.7 times
// the cost, and coding speed is an acceptance figure of its own. The coding parser
// (en_ewt_news.parser.dyad) is that one member, news-adapted; `dyad parse` and
// `dyad eval-syntax`, whose output is the trees, keep every member of en_ewt.parser.dyad.
inline constexpr int kCodingParserMembers = 1;

// Fills the model paths of `config` for the stages it has, from the defaults for `use`
// where none is given; a parser_members of -1 becomes `default_members` (0: all).
Status resolve_models(const ModelOptions& models, pipeline::PipelineConfig& config,
                      int default_members = 0, pipeline::ModelUse use = pipeline::ModelUse::kTrees);

// The models event coding parses with: the news-adapted ones, kCodingParserMembers.
inline Status resolve_coding_models(const ModelOptions& models, pipeline::PipelineConfig& config) {
  return resolve_models(models, config, kCodingParserMembers, pipeline::ModelUse::kCoding);
}

}  // namespace dyad::app

#pragma once
// Where dyad's own data (models, dictionaries) lives. Lookup order: an explicit
// --data-dir, the DYAD_DATA environment variable, <prefix>/share/dyad beside an installed
// binary, then the source tree's data/ found by walking up from the binary (a build
// tree inside a checkout). No machine path is compiled in.

#include <string>

#include "core/status.h"

namespace dyad::pipeline {

// `explicit_dir` is the --data-dir flag, empty when not given. The result holds a
// models/ folder.
Result<std::string> find_data_dir(const std::string& explicit_dir);

// What the trees are for. Event coding reads news, and uses models adapted to it: the
// tagger and the parser's coding member are trained on EWT plus news-style copies of its
// sentences (tools/augment_news_ud.py), which EWT's own test set does not reward. The
// syntax verbs (`dyad parse`, `dyad eval-syntax`) keep the EWT models, whose scores are
// issue 2's acceptance figures. docs/RESULTS.md, "News-adapted models for coding".
enum class ModelUse { kTrees, kCoding };

// The default model files inside a data dir.
std::string default_tagger_path(const std::string& data_dir, ModelUse use = ModelUse::kTrees);
std::string default_parser_path(const std::string& data_dir, ModelUse use = ModelUse::kTrees);
// The lean coding parser (`--fast`): one member on the lean feature set, faster than the
// default coding parser for a few points of event accuracy (docs/RESULTS.md).
std::string lean_parser_path(const std::string& data_dir);

}  // namespace dyad::pipeline

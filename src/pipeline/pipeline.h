#pragma once
// Pipeline: the stages a Document goes through, assembled from a list of stage names by
// one fixed table (stages.cc) — no registries, no singletons. Stages are built from
// loaded, immutable resources, so one Pipeline serves any number of threads; each thread
// brings its own Workspace (scratch reused across documents).
//
// Stage names, in order: "text" (normalize, split sentences, tokenize), "tag" (UPOS,
// XPOS, features, lemmas), "parse" (labelled dependencies), "events" (actor mentions
// and events: events::Coder, which resolves actors as it codes, so the design's
// "actors" and "events" are one stage here). A later stage needs the earlier ones;
// create() checks that. With "events" on, a sentence the coder cannot code from
// (events::Coder::sentences_to_code: no candidate actor, no pronoun for one) is not
// tagged or parsed: its syntax would be computed for nothing.
//
// Error policy: process() never throws and never drops a document. A stage failure on one
// document becomes that Document's DocStatus (internal_error, with a detail), and the
// analysis is cleared so no half-made output escapes.

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "events/coder.h"
#include "syntax/parser/parser.h"
#include "syntax/tagger/tagger.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace dyad::pipeline {

struct PipelineConfig {
  std::vector<std::string> stages = {"text", "tag", "parse"};
  text::NormalizeOptions normalize;
  text::TokenizerOptions tokenizer;
  std::string tagger_model;  // paths; needed when the stage is on
  std::string parser_model;
  // Parse with only the first N members of an ensemble parser (0: all of them): fewer
  // members parse proportionally faster and a little less accurately (docs/RESULTS.md,
  // issue 2, has the figures per member count).
  int parser_members = 0;
  // Tagging options (syntax::TagOptions); event coding requires a finite verb per sentence.
  syntax::TagOptions tag_options;
  // The event coder, needed when "events" is on. It is built from loaded resources
  // (app::load_coder_resources, then events::Coder::create), which live in the data
  // folder rather than in one model file, so the config carries the built coder.
  std::shared_ptr<const events::Coder> coder;
};

struct Workspace {
  syntax::TaggerWorkspace tagger;
  syntax::ParserWorkspace parser;
  events::CoderWorkspace coder;
  std::vector<uint8_t> sentences_to_code;  // Coder::sentences_to_code
};

class Pipeline {
 public:
  static Result<Pipeline> create(const PipelineConfig& config);

  // Runs every configured stage on `doc`.
  void process(Document& doc, Workspace& ws) const noexcept;
  // Runs the syntax stages only, on a Document already split and tokenized (gold tokens).
  void analyze_syntax(Document& doc, Workspace& ws) const noexcept;

  bool has_stage(std::string_view name) const;
  const PipelineConfig& config() const { return config_; }
  // The loaded models' metadata, for output headers: {"tagger": {...}, "parser": {...}}.
  std::string models_json() const;

 private:
  void run_syntax(Document& doc, Workspace& ws) const;

  PipelineConfig config_;
  bool text_ = false;
  std::shared_ptr<const syntax::Tagger> tagger_;
  std::shared_ptr<const syntax::Parser> parser_;
  std::shared_ptr<const events::Coder> coder_;
};

}  // namespace dyad::pipeline

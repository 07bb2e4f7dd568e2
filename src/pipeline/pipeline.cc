#include "pipeline/pipeline.h"

#include <algorithm>
#include <exception>

namespace dyad::pipeline {
namespace {

// The fixed stage table: every name dyad knows, in pipeline order.
constexpr std::string_view kStageOrder[] = {"text", "tag", "parse", "events"};

// Statuses after which a document has no text worth analysing; a repaired or truncated
// one still has.
bool unreadable(DocStatus s) {
  return s == DocStatus::kMalformedJson || s == DocStatus::kBinary || s == DocStatus::kEmpty ||
         s == DocStatus::kInternalError;
}

int stage_rank(std::string_view name) {
  for (int i = 0; i < static_cast<int>(std::size(kStageOrder)); ++i) {
    if (kStageOrder[i] == name) return i;
  }
  return -1;
}

}  // namespace

Result<Pipeline> Pipeline::create(const PipelineConfig& config) {
  Pipeline p;
  p.config_ = config;
  int last = -1;
  for (const std::string& name : config.stages) {
    int rank = stage_rank(name);
    if (rank < 0) {
      return invalid_argument("unknown pipeline stage '" + name +
                              "' (known: text, tag, parse, events)");
    }
    if (rank <= last) return invalid_argument("pipeline stage '" + name + "' is out of order");
    last = rank;
  }
  p.text_ = p.has_stage("text");
  if (p.has_stage("parse") && !p.has_stage("tag")) {
    return invalid_argument("the parse stage reads the tag stage's output: add 'tag'");
  }
  if (p.has_stage("tag")) {
    auto tagger = syntax::Tagger::load(config.tagger_model);
    if (!tagger.ok()) return tagger.status();
    p.tagger_ = std::move(tagger).value();
  }
  if (p.has_stage("parse")) {
    auto parser = syntax::Parser::load(config.parser_model, config.parser_members);
    if (!parser.ok()) return parser.status();
    p.parser_ = std::move(parser).value();
  }
  if (p.has_stage("events")) {
    if (!p.has_stage("parse")) {
      return invalid_argument("the events stage reads the parse stage's output: add 'parse'");
    }
    if (!config.coder)
      return invalid_argument("the events stage needs a coder (PipelineConfig::coder)");
    p.coder_ = config.coder;
  }
  return p;
}

bool Pipeline::has_stage(std::string_view name) const {
  return std::find(config_.stages.begin(), config_.stages.end(), name) != config_.stages.end();
}

void Pipeline::run_syntax(Document& doc, Workspace& ws) const {
  // A sentence the coder cannot code from needs no syntax (Coder::sentences_to_code).
  if (coder_) coder_->sentences_to_code(doc, ws.coder, ws.sentences_to_code);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& sentence = doc.sentences[i];
    if (sentence.token_begin == sentence.token_end) continue;
    if (coder_ && !ws.sentences_to_code[i]) continue;
    if (tagger_) tagger_->tag(doc, sentence, ws.tagger, config_.tag_options);
    if (parser_) parser_->parse(doc, sentence, ws.parser);
  }
}

void Pipeline::process(Document& doc, Workspace& ws) const noexcept {
  try {
    if (text_) {
      // A document that failed upstream (malformed JSON) has no text to analyse; one that
      // was repaired or truncated by the reader still has.
      if (unreadable(doc.status)) return;
      text::normalize(doc, config_.normalize);
      if (doc.status == DocStatus::kEmpty || doc.status == DocStatus::kBinary) return;
      text::tokenize(doc, config_.tokenizer);
    }
    run_syntax(doc, ws);
    if (coder_ && !unreadable(doc.status)) coder_->code(doc, ws.coder);
  } catch (const std::exception& e) {
    doc.clear_analysis();
    doc.status = DocStatus::kInternalError;
    doc.status_detail = std::string("internal error: ") + e.what();
  } catch (...) {
    doc.clear_analysis();
    doc.status = DocStatus::kInternalError;
    doc.status_detail = "internal error (unknown exception)";
  }
}

void Pipeline::analyze_syntax(Document& doc, Workspace& ws) const noexcept {
  try {
    run_syntax(doc, ws);
  } catch (const std::exception& e) {
    doc.status = DocStatus::kInternalError;
    doc.status_detail = std::string("internal error: ") + e.what();
  } catch (...) {
    doc.status = DocStatus::kInternalError;
    doc.status_detail = "internal error (unknown exception)";
  }
}

std::string Pipeline::models_json() const {
  std::string out = "{";
  if (tagger_) out += "\"tagger\":" + tagger_->metadata_json();
  if (parser_) out += std::string(tagger_ ? "," : "") + "\"parser\":" + parser_->metadata_json();
  if (coder_) {
    out += std::string(tagger_ || parser_ ? "," : "") +
           "\"actors\":" + coder_->resources().actors->metadata_json();
  }
  out += "}";
  return out;
}

}  // namespace dyad::pipeline

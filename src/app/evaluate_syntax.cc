#include "app/evaluate_syntax.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "pipeline/runner.h"
#include "syntax/conllu.h"

namespace dyad::app {
namespace {

// The gold Document with its analysis stripped, keeping words and sentences.
Document strip_to_tokens(const Document& gold) {
  Document d;
  d.id = gold.id;
  d.source = gold.source;
  d.text = gold.text;
  d.sentences = gold.sentences;
  d.multiword_tokens = gold.multiword_tokens;
  d.tokens.reserve(gold.tokens.size());
  for (const Token& g : gold.tokens) {
    Token t;
    t.begin = g.begin;
    t.end = g.end;
    t.space_after = g.space_after;
    d.tokens.push_back(t);
  }
  return d;
}

}  // namespace

Result<SyntaxScores> evaluate_syntax(const EvalSyntaxOptions& options) {
  // The whole file as one document: from raw text, sentence boundaries between the
  // gold documents are then scored too, as in the shared task.
  syntax::ConlluReadOptions read_options;
  read_options.split_documents = options.gold_tokens;
  auto gold = syntax::read_conllu_file(options.gold, read_options);
  if (!gold.ok()) return gold.status();

  pipeline::PipelineConfig config;
  if (options.gold_tokens) config.stages = {"tag", "parse"};
  DYAD_RETURN_IF_ERROR(resolve_models(options.models, config));
  auto pipeline = pipeline::Pipeline::create(config);
  if (!pipeline.ok()) return pipeline.status();

  size_t next = 0;
  auto next_doc = [&](Document& doc) {
    if (next >= gold->size()) return false;
    const Document& g = (*gold)[next++];
    if (options.gold_tokens) {
      doc = strip_to_tokens(g);
    } else {
      doc.id = g.id;
      doc.source = g.text;
    }
    return true;
  };
  // Gold-token documents are already segmented: run only the syntax stages on them.
  SyntaxScores total;
  size_t scored = 0;
  pipeline::RunnerOptions runner;
  runner.threads = options.threads;
  pipeline::run(next_doc, *pipeline, runner, [&](Document& system) {
    total.add(score_syntax((*gold)[scored++], system));
  });
  return total;
}

std::string format_scores_table(const SyntaxScores& scores) {
  std::string out = fmt::format("{:<10} {:>9} {:>9} {:>9}\n", "Metric", "Precision", "Recall",
                                "F1");
  for (size_t m = 0; m < scores.scores.size(); ++m) {
    const Score& s = scores.scores[m];
    out += fmt::format("{:<10} {:>9.2f} {:>9.2f} {:>9.2f}\n", kMetricNames[m],
                       100 * s.precision(), 100 * s.recall(), 100 * s.f1());
  }
  return out;
}

std::string format_scores_json(const SyntaxScores& scores) {
  nlohmann::ordered_json j;
  for (size_t m = 0; m < scores.scores.size(); ++m) {
    const Score& s = scores.scores[m];
    j[std::string(kMetricNames[m])] = {{"precision", 100 * s.precision()},
                                       {"recall", 100 * s.recall()},
                                       {"f1", 100 * s.f1()},
                                       {"gold", s.gold},
                                       {"system", s.system}};
  }
  return j.dump(2) + "\n";
}

}  // namespace dyad::app

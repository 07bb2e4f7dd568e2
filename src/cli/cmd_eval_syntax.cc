// dyad eval-syntax: CoNLL 2018 metrics against a gold CoNLL-U file.

#include <iostream>
#include <memory>

#include "app/evaluate_syntax.h"
#include "cli/commands.h"

namespace dyad::cli {

void register_eval_syntax(CLI::App& app, CommandTable& table) {
  auto options = std::make_shared<app::EvalSyntaxOptions>();
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "eval-syntax", "score tokenization, tags, lemmas and parses against gold CoNLL-U");
  cmd->add_option("gold", options->gold, "gold CoNLL-U file")->required();
  cmd->add_flag("--gold-tokens", options->gold_tokens,
                "keep the gold words and sentences; score tagging and parsing only");
  cmd->add_flag("--json", *json, "print the scores as JSON");
  cmd->add_option("--threads", options->threads, "worker threads")->check(CLI::Range(1, 64));
  add_model_flags(*cmd, options->models);
  cmd->callback([&table, options, json] {
    table.set([options, json] {
      auto scores = app::evaluate_syntax(*options);
      if (!scores.ok()) return report_error(scores.status());
      std::cout << (*json ? app::format_scores_json(*scores) : app::format_scores_table(*scores));
      return kExitOk;
    });
  });
}

}  // namespace dyad::cli

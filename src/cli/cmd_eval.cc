// dyad eval: code a gold event set (../shared/eval/dev/*.jsonl) and score it
// (app/evaluate_events.h; the rules are ../shared/eval/README.md "How to score").

#include <iostream>
#include <memory>

#include "app/evaluate_events.h"
#include "cli/commands.h"

namespace dyad::cli {

void register_eval(CLI::App& app, CommandTable& table) {
  auto options = std::make_shared<app::EvalEventsOptions>();
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "code a gold event set and score it: P/R/F1, label accuracy, confusion, worst records");
  cmd->add_option("gold", options->gold, "gold event set, JSON Lines")->required();
  cmd->add_option("--dictionaries", options->dictionaries,
                  "code every record with these dictionaries: a folder of upstream TABARI or "
                  "PETRARCH files, or one shaped like data/src (actors/, verbs/); default: the "
                  "record's own, else dyad's");
  cmd->add_flag("--json", *json, "print everything as one JSON object");
  cmd->add_flag("--score-negated", options->score_negated,
                "score negated and denied events too (default: listed, not scored, as CAMEO "
                "codes no event that did not happen)");
  cmd->add_option("--worst", options->worst, "how many worst records to list (default 20)");
  cmd->add_option("--limit", options->limit, "read only the first N records");
  add_model_flags(*cmd, options->models);
  cmd->callback([&table, options, json] {
    table.set([options, json] {
      auto report = app::evaluate_events(*options);
      if (!report.ok()) return report_error(report.status());
      std::cout << (*json ? app::format_events_json(*report) : app::format_events_table(*report));
      return kExitOk;
    });
  });
}

}  // namespace dyad::cli

// dyad bench: throughput and memory on a JSONL corpus.

#include <iostream>
#include <memory>

#include "app/bench.h"
#include "cli/commands.h"

namespace dyad::cli {

void register_bench(CLI::App& app, CommandTable& table) {
  auto options = std::make_shared<app::BenchOptions>();
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "bench", "time the pipeline on a JSONL corpus (default: the shared news benchmark)");
  cmd->add_option("--corpus", options->corpus, "JSONL corpus");
  cmd->add_option("--threads", options->threads, "thread counts to time")->delimiter(',');
  cmd->add_option("--repeats", options->repeats, "best of this many runs");
  cmd->add_option("--max-documents", options->max_documents, "use only the first N documents");
  cmd->add_flag("--json", *json, "print the report as JSON");
  auto no_code = std::make_shared<bool>(false);
  cmd->add_flag("--no-code", *no_code, "skip the `code` stage (coding events end to end)");
  add_model_flags(*cmd, options->models);
  cmd->callback([&table, options, json, no_code] {
    options->code = !*no_code;
    table.set([options, json] {
      auto report = app::bench(*options);
      if (!report.ok()) return report_error(report.status());
      std::cout << (*json ? app::format_bench_json(*report) : app::format_bench_table(*report));
      return kExitOk;
    });
  });
}

}  // namespace dyad::cli

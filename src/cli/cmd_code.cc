// dyad code: raw news text or JSONL to coded events (JSONL, GDELT TSV or PLOVER JSON).

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "app/code.h"
#include "cli/commands.h"

namespace dyad::cli {

void register_code(CLI::App& app, CommandTable& table) {
  auto options = std::make_shared<app::CodeOptions>();
  auto input_format = std::make_shared<std::string>("auto");
  auto format = std::make_shared<std::string>("jsonl");
  auto status_file = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "code", "code events from raw news text or JSONL (JSONL, GDELT TSV or PLOVER on stdout)");
  cmd->add_option("inputs", options->inputs, "input files; '-' or none for stdin");
  cmd->add_option("--date", options->date,
                  "publication date (YYYY-MM-DD) for inputs without one: plain text, and JSONL "
                  "lines lacking \"date\"");
  cmd->add_option("--format", *format, "output: jsonl (dyad's events), tsv (GDELT 2.0), plover")
      ->check(CLI::IsMember({"jsonl", "tsv", "plover"}));
  cmd->add_option("--input-format", *input_format,
                  "text (one document per file), jsonl ({\"id\",\"text\",\"date\"} per line), or "
                  "auto: *.jsonl and *.ndjson files are JSONL, the rest text")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_option("--status-file", *status_file,
                  "write status records (JSONL) here, apart from the events (tsv default: stderr)");
  cmd->add_flag("--header", options->header,
                "first line: the run's config and model/data versions (tsv: the column names)");
  cmd->add_option("--threads", options->threads, "worker threads")->check(CLI::Range(1, 64));
  cmd->add_option("--dictionaries", options->dictionaries,
                  "a folder shaped like data/src (actors/, verbs/) to code with instead");
  add_model_flags(*cmd, options->models);
  cmd->callback([&table, options, input_format, format, status_file] {
    options->input_format = *input_format == "text"    ? app::CodeInputFormat::kText
                            : *input_format == "jsonl" ? app::CodeInputFormat::kJsonl
                                                       : app::CodeInputFormat::kAuto;
    options->format = *output::parse_format(*format);
    options->generator = "dyad " + std::string(kVersion);
    options->status_apart = !status_file->empty();
    table.set([options, status_file] {
      std::ios::sync_with_stdio(false);
      std::ofstream status_stream;
      if (!status_file->empty()) {
        status_stream.open(*status_file);
        if (!status_stream) {
          return report_error(not_found("cannot write --status-file " + *status_file));
        }
      }
      if (isatty(STDERR_FILENO)) {
        options->progress = [](const pipeline::RunStats& s) {
          std::fprintf(stderr, "\rdyad code: %zu documents, %zu sentences, %zu events",
                       s.documents, s.sentences, s.events);
        };
      }
      std::ostream& status_out = status_file->empty() ? std::cerr : status_stream;
      auto report = app::code(*options, std::cout, status_out);
      if (options->progress) std::fputc('\n', stderr);
      if (!report.ok()) return report_error(report.status());
      return report->stats.failed ? kExitSomeFailed : kExitOk;
    });
  });
}

}  // namespace dyad::cli

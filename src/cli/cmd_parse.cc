// dyad parse: raw text or JSONL to CoNLL-U.

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include "app/parse.h"
#include "cli/commands.h"

namespace dyad::cli {

void register_parse(CLI::App& app, CommandTable& table) {
  auto options = std::make_shared<app::ParseOptions>();
  auto format = std::make_shared<std::string>("text");
  CLI::App* cmd = app.add_subcommand(
      "parse", "tokenize, tag and parse raw text or JSONL into CoNLL-U (stdout)");
  cmd->add_option("inputs", options->inputs, "input files; '-' or none for stdin");
  cmd->add_option("--format", *format, "input format: text (one document per file) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_flag("--offsets", options->offsets,
                "add TokenRange=START:END (character offsets into the input) to MISC");
  cmd->add_option("--threads", options->threads, "worker threads")->check(CLI::Range(1, 64));
  cmd->add_option("--max-sentence-tokens", options->max_sentence_tokens,
                  "split sentences longer than this many tokens");
  add_model_flags(*cmd, options->models);
  cmd->callback([&table, options, format] {
    options->format = *format == "jsonl" ? text::InputFormat::kJsonl : text::InputFormat::kText;
    table.set([options] {
      std::ios::sync_with_stdio(false);
      if (isatty(STDERR_FILENO)) {
        options->progress = [](const pipeline::RunStats& s) {
          std::fprintf(stderr, "\rdyad parse: %zu documents, %zu sentences", s.documents,
                       s.sentences);
        };
      }
      auto stats = app::parse(*options, std::cout);
      if (options->progress) std::fputc('\n', stderr);
      if (!stats.ok()) return report_error(stats.status());
      return stats->failed ? kExitSomeFailed : kExitOk;
    });
  });
}

}  // namespace dyad::cli

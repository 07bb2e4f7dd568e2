// dyad actors resolve | compile: the actor dictionary from the command line.

#include <cstdio>
#include <iostream>
#include <memory>

#include "app/resolve_actors.h"
#include "cli/commands.h"

namespace dyad::cli {
namespace {

// Peak resident set of this process in MB (VmHWM), or -1.
double peak_rss_mb() {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  double mb = -1;
  while (std::fgets(line, sizeof line, f)) {
    long kb = 0;
    if (std::sscanf(line, "VmHWM: %ld kB", &kb) == 1) mb = kb / 1024.0;
  }
  std::fclose(f);
  return mb;
}

void add_dictionary_flags(CLI::App& cmd, app::ActorDictionaryOptions& d) {
  cmd.add_option("--data-dir", d.data_dir,
                 "dyad's data folder (default: $DYAD_DATA, or the checkout's data/)");
  cmd.add_option("--dictionary", d.dictionary,
                 "compiled actor dictionary (default: <data>/dict/actors.dyad)");
  cmd.add_option("--dictionaries", d.dictionaries,
                 "a folder of actor TSV files (like data/src/actors), compiled in memory");
}

void register_resolve(CLI::App& actors, CommandTable& table) {
  auto options = std::make_shared<app::ResolveActorsOptions>();
  auto stats = std::make_shared<bool>(false);
  auto warnings = std::make_shared<bool>(false);
  CLI::App* cmd = actors.add_subcommand(
      "resolve", "find actor mentions in text and print their codes on a date (JSON)");
  cmd->add_option("texts", options->texts, "texts to resolve; none or '-': one per stdin line");
  cmd->add_option("--date", options->date, "the date the text speaks of, YYYY-MM-DD");
  cmd->add_flag("--stats", *stats, "print the dictionary load time and peak memory on stderr");
  cmd->add_flag("--warnings", *warnings, "print the TSV loader's warnings on stderr");
  add_dictionary_flags(*cmd, options->dictionary);
  cmd->callback([&table, options, stats, warnings] {
    table.set([options, stats, warnings] {
      std::ios::sync_with_stdio(false);
      auto report = app::resolve_actors(*options, std::cin, std::cout);
      if (!report.ok()) return report_error(report.status());
      if (*warnings) {
        for (const std::string& w : report->warnings)
          std::fprintf(stderr, "warning: %s\n", w.c_str());
      }
      if (*stats) {
        std::cout.flush();
        std::fprintf(stderr, "dictionary load %.1f ms; %zu texts, %zu mentions; peak RSS %.1f MB\n",
                     report->load_seconds * 1000, report->texts, report->mentions, peak_rss_mb());
      }
      return kExitOk;
    });
  });
}

void register_compile(CLI::App& actors, CommandTable& table) {
  auto options = std::make_shared<app::CompileActorsOptions>();
  auto quiet = std::make_shared<bool>(false);
  CLI::App* cmd = actors.add_subcommand(
      "compile", "compile data/src/actors into the actor dictionary (data/dict/actors.dyad)");
  cmd->add_option("--sources", options->sources, "TSV folder (default: <data>/src/actors)");
  cmd->add_option("-o,--output", options->output,
                  "compiled file (default: <data>/dict/actors.dyad)");
  cmd->add_option("--data-dir", options->data_dir, "dyad's data folder");
  cmd->add_flag("-q,--quiet", *quiet, "do not list the loader's warnings");
  cmd->callback([&table, options, quiet] {
    table.set([options, quiet] {
      options->command = "dyad actors compile";
      if (!options->sources.empty()) options->command += " --sources " + options->sources;
      auto report = app::compile_actors(*options);
      if (!report.ok()) return report_error(report.status());
      if (!*quiet) {
        for (const std::string& w : report->warnings)
          std::fprintf(stderr, "warning: %s\n", w.c_str());
      }
      std::fprintf(stderr,
                   "dyad actors compile: %s -> %s: %zu entries, %zu names, %zu agents, %zu words, "
                   "%zu trie nodes, %zu warnings\n",
                   report->sources.c_str(), report->output.c_str(), report->entries, report->names,
                   report->agents, report->words, report->nodes, report->warnings.size());
      return kExitOk;
    });
  });
}

}  // namespace

void register_actors(CLI::App& app, CommandTable& table) {
  CLI::App* actors = app.add_subcommand("actors", "the actor dictionary: resolve, compile");
  actors->require_subcommand(1);
  register_resolve(*actors, table);
  register_compile(*actors, table);
}

}  // namespace dyad::cli

// dyad data import: TABARI and PETRARCH dictionaries into dyad's own TSV formats.

#include <cstdio>
#include <memory>

#include "app/import_dictionary.h"
#include "cli/commands.h"

namespace dyad::cli {
namespace {

void register_import(CLI::App& data, CommandTable& table) {
  auto options = std::make_shared<app::ImportDictionaryOptions>();
  auto format = std::make_shared<std::string>();
  auto kind = std::make_shared<std::string>();
  auto verbose = std::make_shared<bool>(false);
  auto quiet = std::make_shared<bool>(false);
  CLI::App* cmd = data.add_subcommand(
      "import",
      "import TABARI or PETRARCH dictionaries into dyad's TSV formats; bad lines are listed on "
      "stderr as file:line: message");
  cmd->add_option("inputs", options->inputs, "upstream dictionary files")->required();
  cmd->add_option("--format", *format,
                  "tabari, petrarch (PETRARCH 1: linear verb patterns) or petrarch2 (parse-tree "
                  "verb patterns, CAMEO.2.0.txt)")
      ->required()
      ->check(CLI::IsMember({"tabari", "petrarch", "petrarch2"}));
  cmd->add_option("--kind", *kind, "actors, agents, verbs, discards, issues or options")
      ->required()
      ->check(CLI::IsMember({"actors", "agents", "verbs", "discards", "issues", "options"}));
  cmd->add_option("-o,--out", options->out,
                  "a folder (one <stem>.<kind>.tsv per input; agents: agents.tsv) or one FILE.tsv "
                  "for all inputs");
  cmd->add_option("--fixes", options->fixes,
                  "table of corrections of upstream lines (file, line, find, replace, note)");
  cmd->add_option("--valid-until", options->valid_until,
                  "actors: YYYY-MM-DD, when the dictionaries were last brought up to date; "
                  "every open-ended dated role of a person ends there (to = DATE, exclusive), "
                  "so from DATE on the entry gives its default or <country>ELI. Places "
                  "(entries with a bare country code), defaults and undated entries are kept");
  cmd->add_flag("--strict", options->strict, "fail (exit 1, nothing written) on any warning");
  cmd->add_flag("--dry-run", options->dry_run, "read and check only; write nothing");
  cmd->add_flag("-v,--verbose", *verbose, "also list notes (conversion details)");
  cmd->add_flag("-q,--quiet", *quiet, "do not list warnings; print only the summary");
  cmd->callback([&table, options, format, kind, verbose, quiet] {
    options->format = *actors::import::format_from_name(*format);
    options->kind = *app::dictionary_kind_from_name(*kind);
    options->command = "dyad data import --format " + *format + " --kind " + *kind;
    if (!options->fixes.empty()) options->command += " --fixes FIXES";
    if (!options->valid_until.empty()) options->command += " --valid-until " + options->valid_until;
    table.set([options, verbose, quiet] {
      auto report = app::import_dictionary(*options);
      if (!report.ok()) return report_error(report.status());
      for (const auto& d : report->diagnostics) {
        const bool note = d.severity == actors::import::Severity::kNote;
        if ((note && *verbose) || (!note && !*quiet)) {
          std::fprintf(stderr, "%s\n", d.to_string().c_str());
        }
      }
      std::string counts;
      for (const auto& [label, n] : report->counts) {
        counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + label;
      }
      std::fprintf(stderr, "dyad data import: %zu file(s): %s; %zu warnings, %zu notes; %.2f s\n",
                   options->inputs.size(), counts.c_str(), report->warnings, report->notes,
                   report->seconds);
      for (const std::string& out : report->outputs) {
        std::fprintf(stderr, "  %s %s\n", report->written ? "wrote" : "would write", out.c_str());
      }
      if (options->strict && report->warnings > 0) {
        std::fprintf(stderr, "dyad data import: --strict: %zu warnings, nothing written\n",
                     report->warnings);
        return kExitSomeFailed;
      }
      return kExitOk;
    });
  });
}

}  // namespace

void register_data(CLI::App& app, CommandTable& table) {
  CLI::App* data = app.add_subcommand("data", "dyad's data: import upstream dictionaries");
  data->require_subcommand(1);
  register_import(*data, table);
}

}  // namespace dyad::cli

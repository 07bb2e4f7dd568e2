#pragma once
// The table of subcommands: each cmd_<verb>.cc has one register_<verb> that adds its
// CLI11 subcommand and the callback that runs it.

#include <CLI/CLI.hpp>

#include <functional>
#include <string_view>

#include "app/model_paths.h"
#include "core/status.h"

namespace dyad::cli {

inline constexpr std::string_view kVersion = "0.1.0";

// Exit codes shared by every verb.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitResource = 3;

class CommandTable {
 public:
  // The callback of the subcommand the user chose; set by its register_ function.
  void set(std::function<int()> run) { run_ = std::move(run); }
  int run() const { return run_ ? run_() : kExitUsage; }

 private:
  std::function<int()> run_;
};

void register_commands(CLI::App& app, CommandTable& table);

// Prints "dyad: <message>" on stderr; returns the exit code for the Status.
int report_error(const Status& status);
// --data-dir, --tagger, --parser.
void add_model_flags(CLI::App& cmd, app::ModelOptions& models);

void register_parse(CLI::App& app, CommandTable& table);
void register_code(CLI::App& app, CommandTable& table);
void register_eval_syntax(CLI::App& app, CommandTable& table);
void register_eval(CLI::App& app, CommandTable& table);
void register_train(CLI::App& app, CommandTable& table);
void register_bench(CLI::App& app, CommandTable& table);
void register_actors(CLI::App& app, CommandTable& table);
void register_places(CLI::App& app, CommandTable& table);
void register_data(CLI::App& app, CommandTable& table);

}  // namespace dyad::cli

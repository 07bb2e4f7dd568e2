#pragma once
// The table of subcommands: each cmd_<verb>.cc has one register_<verb> that adds its
// CLI11 subcommand and the callback that runs it.

#include <CLI/CLI.hpp>

#include <functional>
#include <string_view>

namespace dyad::cli {

inline constexpr std::string_view kVersion = "0.1.0";

// Exit codes shared by every verb.
enum ExitCode : int { kExitOk = 0, kExitSomeFailed = 1, kExitUsage = 2, kExitResource = 3 };

class CommandTable {
 public:
  // The callback of the subcommand the user chose; set by its register_ function.
  void set(std::function<int()> run) { run_ = std::move(run); }
  int run() const { return run_ ? run_() : kExitUsage; }

 private:
  std::function<int()> run_;
};

void register_commands(CLI::App& app, CommandTable& table);

void register_parse(CLI::App& app, CommandTable& table);
void register_eval_syntax(CLI::App& app, CommandTable& table);
void register_train(CLI::App& app, CommandTable& table);
void register_bench(CLI::App& app, CommandTable& table);

}  // namespace dyad::cli

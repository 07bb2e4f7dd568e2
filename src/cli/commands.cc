#include "cli/commands.h"

namespace dyad::cli {

void register_commands(CLI::App& app, CommandTable& table) {
  // Filled in as the verbs land.
  (void)app;
  (void)table;
}

}  // namespace dyad::cli

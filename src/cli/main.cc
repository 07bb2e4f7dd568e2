// dyad: the command-line front end. Each subcommand lives in cmd_<verb>.cc, declares its
// flags, fills an app::<Verb>Options, calls one app:: function and maps its Status to an
// exit code: 0 ok; 1 done, but some documents carry an error status; 2 usage; 3 resource
// or model error. No pipeline logic lives here.

#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: political event coding from raw news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(dyad::cli::kVersion));
  dyad::cli::CommandTable table;
  dyad::cli::register_commands(app, table);
  CLI11_PARSE(app, argc, argv);
  return table.run();
}

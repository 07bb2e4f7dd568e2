// dyad: the command-line front end. Each subcommand lives in cmd_<verb>.cc, declares its
// flags, fills an app::<Verb>Options, calls one app:: function and maps its Status to an
// exit code: 0 ok; 1 done, but some documents carry an error status; 2 usage; 3 resource
// or model error. No pipeline logic lives here.

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/huge_page_heap.h"

int main(int argc, char** argv) {
  dyad::cli::place_heap_on_huge_pages();
  CLI::App app{"dyad: political event coding from raw news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(dyad::cli::kVersion));
  dyad::cli::CommandTable table;
  dyad::cli::register_commands(app, table);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0; every other parse error is a usage error (exit 2).
    return app.exit(e) == 0 ? dyad::cli::kExitOk : dyad::cli::kExitUsage;
  }
  return table.run();
}

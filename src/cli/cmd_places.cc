// dyad places resolve: the gazetteer on one text, as JSON (app::resolve_places).

#include <iostream>
#include <memory>

#include "app/resolve_places.h"
#include "cli/commands.h"

namespace dyad::cli {

void register_places(CLI::App& app, CommandTable& table) {
  auto options = std::make_shared<app::ResolvePlacesOptions>();
  CLI::App* places = app.add_subcommand("places", "the gazetteer (countries, regions, cities)");
  places->require_subcommand(1);
  CLI::App* cmd =
      places->add_subcommand("resolve", "print the places named in TEXT, as JSON (stdout)");
  cmd->add_option("text", options->text, "the text to search")->required();
  cmd->add_option("--data-dir", options->data_dir,
                  "dyad's data folder (default: $DYAD_DATA, or the checkout's data/)");
  cmd->callback([&table, options] {
    table.set([options] {
      auto json = app::resolve_places(*options);
      if (!json.ok()) return report_error(json.status());
      std::cout << *json << '\n';
      return kExitOk;
    });
  });
}

}  // namespace dyad::cli

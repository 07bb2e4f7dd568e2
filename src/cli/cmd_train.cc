// dyad train tagger|parser: train a syntax model on UD CoNLL-U.

#include <cstdio>
#include <memory>

#include "app/train_syntax.h"
#include "cli/commands.h"

namespace dyad::cli {

void register_train(CLI::App& app, CommandTable& table) {
  CLI::App* train = app.add_subcommand("train", "train a model");
  train->require_subcommand(1);
  for (auto component : {app::SyntaxComponent::kTagger, app::SyntaxComponent::kParser}) {
    const bool is_tagger = component == app::SyntaxComponent::kTagger;
    auto options = std::make_shared<app::TrainSyntaxOptions>();
    options->component = component;
    CLI::App* cmd = train->add_subcommand(
        is_tagger ? "tagger" : "parser",
        is_tagger ? "train the POS tagger, features and lemmatizer"
                  : "train the dependency parser (on tags predicted by --tagger)");
    cmd->add_option("--train", options->train, "training CoNLL-U")->required();
    cmd->add_option("--dev", options->dev, "development CoNLL-U")->required();
    cmd->add_option("--out", options->out, "model file to write")->required();
    cmd->add_option("--test", options->test,
                    "optional CoNLL-U scored once after training and recorded in the model");
    cmd->add_option("--seed", options->seed, "random seed (training is deterministic)");
    cmd->add_option("--epochs", options->epochs, "training epochs (0: default)");
    cmd->add_option("--clause-features", options->clause_features,
                    is_tagger ? "clause-context features (tag_features.h; default true)"
                              : "clause-context features of the jackknife taggers");
    if (!is_tagger) {
      cmd->add_option("--tagger", options->tagger_model,
                      "tagger model whose predicted tags the parser trains and scores on")
          ->required();
      cmd->add_option("--jackknife", options->jackknife_folds,
                      "folds of jackknifed training tags (0: train on gold tags)");
      cmd->add_option("--prune", options->prune_threshold,
                      "drop features whose 16-bit weights are all at most this (default 800)");
      cmd->add_flag("--lean", options->lean_features,
                    "train on the lean feature set (fewer lookups per move; features.h)");
    }
    cmd->callback([&table, options, cmd, is_tagger] {
      // The command as a user would retype it, for the model's metadata.
      options->command = std::string("dyad train ") + (is_tagger ? "tagger" : "parser");
      for (const CLI::Option* opt : cmd->get_options()) {
        if (opt->count() == 0 || opt->get_name() == "--help") continue;
        if (opt->get_expected_max() == 0) {  // a flag: its name alone
          options->command += " " + opt->get_name();
          continue;
        }
        for (const std::string& value : opt->results()) {
          options->command += " " + opt->get_name() + " " + value;
        }
      }
      table.set([options] {
        options->log = [](std::string_view line) {
          std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
        };
        Status status = app::train_syntax(*options);
        if (!status.ok()) return report_error(status);
        return kExitOk;
      });
    });
  }
}

}  // namespace dyad::cli

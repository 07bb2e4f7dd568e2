#include "cli/commands.h"

#include <cstdio>
#include <string>

namespace dyad::cli {

void register_commands(CLI::App& app, CommandTable& table) {
  register_code(app, table);
  register_parse(app, table);
  register_eval_syntax(app, table);
  register_eval(app, table);
  register_train(app, table);
  register_bench(app, table);
  register_actors(app, table);
  register_places(app, table);
  register_data(app, table);
}

int report_error(const Status& status) {
  std::fprintf(stderr, "dyad: %s\n", status.message().c_str());
  return status.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitResource;
}

void add_model_flags(CLI::App& cmd, app::ModelOptions& models) {
  cmd.add_option("--data-dir", models.data_dir,
                 "dyad's data folder (default: $DYAD_DATA, or the checkout's data/)");
  cmd.add_option("--tagger", models.tagger_model,
                 "tagger model (default: en_ewt.tagger.dyad; for code, eval and bench's code "
                 "stage en_ewt_news.tagger.dyad)");
  cmd.add_option("--parser", models.parser_model,
                 "parser model (default: en_ewt.parser.dyad; for code, eval and bench's code "
                 "stage en_ewt_news.parser.dyad)");
  cmd.add_flag("--fast", models.fast,
               "parse with the lean parser (en_ewt_news_lean.parser.dyad): about a fifth faster "
               "coding, a few points lower event accuracy (docs/RESULTS.md)");
  cmd.add_option("--parser-members", models.parser_members,
                 "parse with the first N members of the parser ensemble only (0: all); "
                 "default: all for parse, eval-syntax and bench's syntax stages, " +
                     std::to_string(app::kCodingParserMembers) +
                     " for code, eval and bench's code stage")
      ->check(CLI::Range(0, 4));
  cmd.add_option("--finite-verb", models.finite_verb,
                 "1: read the likeliest word of a verbless sentence as its verb (the default for "
                 "code, eval and bench's code stage); 0: tag as the model says (the default for "
                 "parse and eval-syntax)")
      ->check(CLI::Range(0, 1));
}

}  // namespace dyad::cli

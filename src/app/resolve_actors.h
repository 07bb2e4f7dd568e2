#pragma once
// app::resolve_actors — `dyad actors resolve --date D "TEXT"`: tokenizes each text with
// the project's tokenizer, runs the actor stage's resolver (the code path the event coder
// uses) and writes one JSON object per text (docs/formats/actors.md):
//   {"text", "date", "mentions": [{"text", "start", "end", "code", "country", "sector",
//                                  "entry", "matched", "role", "from", "to", "how"}]}
// start and end count code points of the text, end exclusive.
//
// app::compile_actors — `dyad actors compile`: data/src/actors (or --sources) to the
// compiled artifact (data/dict/actors.dyad), run by the build.

#include <ostream>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "app/actor_paths.h"
#include "core/document.h"
#include "core/status.h"

namespace dyad::app {

struct ResolveActorsOptions {
  std::vector<std::string> texts;  // each resolved on its own; empty: one text per stdin line
  std::string date;                // YYYY-MM-DD; empty: unknown (persons' default rows)
  ActorDictionaryOptions dictionary;
};

struct ResolveActorsReport {
  double load_seconds = 0;  // finding and loading (or compiling) the dictionary
  size_t texts = 0;
  size_t mentions = 0;
  std::vector<std::string> warnings;  // from the TSV loader when it compiled sources
};

// `in` is read when options.texts is empty.
Result<ResolveActorsReport> resolve_actors(const ResolveActorsOptions& options, std::istream& in,
                                           std::ostream& out);

// The JSON object for one resolved text: `doc` holds the text (source) and its tokens.
std::string mentions_json(const actors::Dictionary& dict, const Document& doc,
                          const std::vector<Mention>& mentions);

// Tokenizes `text` into `doc` (date set), resolves it, returns the mentions.
std::vector<Mention> resolve_text(const actors::Dictionary& dict, std::string_view text,
                                  std::string_view date, Document& doc);

struct CompileActorsOptions {
  std::string sources;  // TSV folder; empty: <data>/src/actors
  std::string output;   // artifact; empty: <data>/dict/actors.dyad
  std::string data_dir;
  std::string command;  // recorded in the metadata
};

struct CompileActorsReport {
  std::string sources;
  std::string output;
  size_t entries = 0, names = 0, agents = 0, words = 0, nodes = 0;
  std::vector<std::string> warnings;
};

Result<CompileActorsReport> compile_actors(const CompileActorsOptions& options);

}  // namespace dyad::app

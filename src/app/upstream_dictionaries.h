#pragma once
// Coding with upstream dictionaries: the TABARI and PETRARCH actor, agent and verb files
// an engine suite was written for (../shared/eval/dev/dictionaries/...), imported in
// memory with the importers of actors/import (the same code `dyad data import` runs) and
// built into the coder's resources. The ontology and the gazetteer stay dyad's: they come
// from `base`, loaded once by the caller.
//
//   actors  parse_actor_dictionary -> build_actor_entries -> check_actor_sources ->
//           actors::Dictionary::build
//   agents  parse_agent_dictionary -> finish_agents (into the same ActorSources)
//   verbs   parse_verb_dictionary -> events::VerbLexicon::build, tables in the given order
//
// Discard lists, .options files, issue lists and the like are named in the result as
// ignored: the coder reads no such data yet.
//
// Format guessing. `dyad data import` never guesses a format: the same line means
// different things to TABARI and PETRARCH, so the user says which. `dyad eval` has to pick
// one for each record's dictionary set, and guess_upstream_format does it from the file
// names. That is safe there and only there: the eval sets name fixed upstream files whose
// program is part of their name by the upstream projects' own convention (PETR.* were
// written for PETRARCH, with ".2.0" the PETRARCH 2 tree-pattern verbs; TABARI.* and
// Validate.* for TABARI), and a name that fits no rule is an error, never a default.
//
// Thread-safety: pure functions; the resources returned are immutable and shareable.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/import/import_format.h"
#include "core/status.h"
#include "events/coder.h"

namespace dyad::app {

enum class UpstreamFileKind : uint8_t {
  kActors,
  kAgents,
  kVerbs,
  kIgnored,  // read by no part of the coder: discards, options, issues, ontology, texts
  kUnknown,
};

// From the file name alone (folders dropped): "PETR.Validate.actors.txt" -> kActors,
// "TABARI.Demo.verbs" -> kVerbs, "CAMEO.2.0.txt" -> kVerbs, "Validate.options" -> kIgnored.
UpstreamFileKind upstream_file_kind(std::string_view path);

// The format of a dictionary set, from its file names (see above): kTabari when a name
// starts with TABARI. or Validate. or ends with .verbs/.actors/.agents/.options (TABARI's
// extensions); kPetrarch2 when a PETRARCH verb file has "2.0" in its name (CAMEO.2.0.txt,
// PETR.Validate.verbs.2.0.txt); kPetrarch for other PETR.*, Phoenix.* and CAMEO.* names.
// kInvalidArgument when a name fits no rule or the set mixes TABARI and PETRARCH files.
Result<actors::import::Format> guess_upstream_format(const std::vector<std::string>& paths);

struct UpstreamCoderResources {
  events::CoderResources resources;
  actors::import::Format format = actors::import::Format::kPetrarch;
  std::vector<std::string> used;     // files imported, in order
  std::vector<std::string> ignored;  // files the coder has no use for
  size_t warnings = 0;               // importer warnings (bad or repaired lines)
  size_t notes = 0;
  std::vector<std::string> messages;  // the warnings, "file:line: ..."
};

// Imports `paths` (in `format`) and builds the coder's resources on `base`'s ontology and
// gazetteer. `fixes`: optional upstream line-fix table (data/src/dictionaries/
// upstream_fixes.tsv), applied as `dyad data import` does. Errors: kNotFound for an
// unreadable file, kInvalidArgument when the set has no actor or no verb file or names a
// file of unknown kind, and whatever building the dictionary or lexicon reports.
Result<UpstreamCoderResources> load_upstream_coder_resources(const std::vector<std::string>& paths,
                                                             actors::import::Format format,
                                                             const events::CoderResources& base,
                                                             const std::string& fixes = {});

}  // namespace dyad::app

#pragma once
// Where the actor dictionary comes from, shared by `dyad actors resolve`, `dyad actors
// compile` and (later) the coder: an explicit compiled file, an explicit TSV folder, or the
// data folder's compiled data/dict/actors.dyad, built from data/src/actors at build time.
// When that file is missing or unusable (a fresh checkout before the build, a file from an
// older build), the sources are compiled in memory instead, slower but never stale.

#include <memory>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "core/status.h"

namespace dyad::app {

struct ActorDictionaryOptions {
  std::string data_dir;      // --data-dir; empty: the usual lookup (pipeline/data_dir.h)
  std::string dictionary;    // --dictionary FILE: a compiled actors artifact
  std::string dictionaries;  // --dictionaries DIR: a TSV folder shaped like data/src/actors
};

struct LoadedActorDictionary {
  std::shared_ptr<const actors::Dictionary> dictionary;
  std::string origin;  // the file or folder it came from
  bool compiled_from_sources = false;
  std::vector<std::string> warnings;  // from the TSV loader, when compiled from sources
};

std::string default_actor_dictionary_path(const std::string& data_dir);  // <data>/dict/actors.dyad
std::string default_actor_sources_dir(const std::string& data_dir);      // <data>/src/actors

Result<LoadedActorDictionary> load_actor_dictionary(const ActorDictionaryOptions& options);

// Loads a TSV folder and compiles it; `command` goes into the artifact's metadata.
Result<LoadedActorDictionary> compile_actor_sources(const std::string& dir,
                                                    const std::string& command);

}  // namespace dyad::app

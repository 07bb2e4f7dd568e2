#include "app/actor_paths.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/actors_tsv.h"
#include "model/artifact.h"
#include "pipeline/data_dir.h"

namespace dyad::app {
namespace fs = std::filesystem;

std::string default_actor_dictionary_path(const std::string& data_dir) {
  return (fs::path(data_dir) / "dict" / "actors.dyad").string();
}

std::string default_actor_sources_dir(const std::string& data_dir) {
  return (fs::path(data_dir) / "src" / "actors").string();
}

Result<LoadedActorDictionary> compile_actor_sources(const std::string& dir,
                                                    const std::string& command) {
  Result<actors::LoadedActors> loaded = actors::load_actor_dir(dir);
  if (!loaded.ok()) return loaded.status();
  // The hash of every file read, in load order: the artifact says exactly what it was
  // built from.
  uint64_t hash = 1469598103934665603ULL;
  for (const std::string& path : loaded->files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    const std::string name = fs::path(path).lexically_relative(dir).generic_string();
    hash = (hash ^ model::fnv1a64(name)) * 1099511628211ULL;
    hash = (hash ^ model::fnv1a64(buf.str())) * 1099511628211ULL;
  }
  char hex[24];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  actors::BuildInfo info{command, dir, hex};
  auto dict = actors::Dictionary::build(loaded->sources, info);
  if (!dict.ok()) return dict.status();
  LoadedActorDictionary out;
  out.dictionary = std::move(dict).value();
  out.origin = dir;
  out.compiled_from_sources = true;
  out.warnings = std::move(loaded->warnings);
  return out;
}

Result<LoadedActorDictionary> load_actor_dictionary(const ActorDictionaryOptions& options) {
  if (!options.dictionaries.empty()) {
    return compile_actor_sources(options.dictionaries, "dyad actors (--dictionaries)");
  }
  std::string file = options.dictionary;
  std::string sources;
  if (file.empty()) {
    Result<std::string> dir = pipeline::find_data_dir(options.data_dir);
    if (!dir.ok()) return dir.status();
    file = default_actor_dictionary_path(*dir);
    sources = default_actor_sources_dir(*dir);
    std::error_code ec;
    if (!fs::exists(file, ec) && fs::is_directory(sources, ec)) {
      return compile_actor_sources(sources, "dyad actors (no compiled file)");
    }
  }
  auto dict = actors::Dictionary::load(file);
  if (!dict.ok()) {
    // The data folder's own file from an older build (another version, another layout):
    // the sources next to it still say what it should hold.
    std::error_code ec;
    if (!sources.empty() && fs::is_directory(sources, ec) &&
        (dict.status().code() == StatusCode::kUnsupported ||
         dict.status().code() == StatusCode::kDataLoss)) {
      auto compiled = compile_actor_sources(sources, "dyad actors (compiled file unusable)");
      if (compiled.ok()) {
        compiled->warnings.insert(compiled->warnings.begin(),
                                  dict.status().message() + "; compiled " + sources +
                                      " instead (rebuild to refresh the file)");
      }
      return compiled;
    }
    return dict.status();
  }
  LoadedActorDictionary out;
  out.dictionary = std::move(dict).value();
  out.origin = file;
  return out;
}

}  // namespace dyad::app

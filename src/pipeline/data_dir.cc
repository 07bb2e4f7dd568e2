#include "pipeline/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace dyad::pipeline {
namespace fs = std::filesystem;
namespace {

bool has_models(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "models", ec);
}

}  // namespace

Result<std::string> find_data_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) {
    if (!has_models(explicit_dir)) {
      return not_found("--data-dir '" + explicit_dir + "' has no models/ folder");
    }
    return explicit_dir;
  }
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) {
    if (!has_models(env)) {
      return not_found("DYAD_DATA='" + std::string(env) + "' has no models/ folder");
    }
    return std::string(env);
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path dir = exe.parent_path();
    if (has_models(dir.parent_path() / "share" / "dyad")) {
      return (dir.parent_path() / "share" / "dyad").string();
    }
    for (int up = 0; up < 6 && !dir.empty(); ++up, dir = dir.parent_path()) {
      if (has_models(dir / "data") && fs::exists(dir / "CMakeLists.txt", ec)) {
        return (dir / "data").string();
      }
      if (dir == dir.root_path()) break;
    }
  }
  return not_found(
      "cannot find dyad's data folder: pass --data-dir, set DYAD_DATA, or run the dyad "
      "binary from a build tree inside the source checkout");
}

std::string default_tagger_path(const std::string& data_dir, ModelUse use) {
  const char* file = use == ModelUse::kCoding ? "en_ewt_news.tagger.dyad" : "en_ewt.tagger.dyad";
  return (fs::path(data_dir) / "models" / file).string();
}

std::string default_parser_path(const std::string& data_dir, ModelUse use) {
  const char* file = use == ModelUse::kCoding ? "en_ewt_news.parser.dyad" : "en_ewt.parser.dyad";
  return (fs::path(data_dir) / "models" / file).string();
}

std::string lean_parser_path(const std::string& data_dir) {
  return (fs::path(data_dir) / "models" / "en_ewt_news_lean.parser.dyad").string();
}

}  // namespace dyad::pipeline

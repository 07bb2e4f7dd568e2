#pragma once
// Where the evaluation suites find ../shared: $DYAD_SHARED, else the folder beside the
// source checkout. Empty when neither exists, and the suites then skip with a message.

#include <cstdlib>
#include <filesystem>
#include <string>

namespace dyad::eval {

inline std::string shared_dir() {
  if (const char* env = std::getenv("DYAD_SHARED"); env && *env) return env;
  std::filesystem::path beside = std::filesystem::path(DYAD_SOURCE_DIR).parent_path() / "shared";
  std::error_code ec;
  return std::filesystem::is_directory(beside, ec) ? beside.string() : std::string();
}

#define DYAD_REQUIRE_SHARED(dir)                                                        \
  const std::string dir = ::dyad::eval::shared_dir();                                   \
  if (dir.empty()) {                                                                    \
    GTEST_SKIP() << "../shared is missing (set DYAD_SHARED to the shared folder): "     \
                    "evaluation suite skipped";                                         \
  }

}  // namespace dyad::eval

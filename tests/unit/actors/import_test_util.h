#pragma once
// Shared helpers for the importer tests: fixture paths and diagnostics lookup.

#include <algorithm>
#include <string>
#include <vector>

#include "actors/import/diagnostics.h"
#include "actors/import/source_text.h"

namespace dyad::actors::import::testing {

inline std::string fixture(const std::string& name) {
  return std::string(DYAD_SOURCE_DIR) + "/tests/data/import/" + name;
}

// True when some diagnostic of `severity` names `file_suffix`:`line` and contains `text`.
inline bool has(const Diagnostics& d, Severity severity, const std::string& file_suffix, int line,
                const std::string& text) {
  return std::any_of(d.all().begin(), d.all().end(), [&](const Diagnostic& x) {
    return x.severity == severity && x.file.ends_with(file_suffix) && x.line == line &&
           x.message.find(text) != std::string::npos;
  });
}

inline bool has_warning(const Diagnostics& d, const std::string& file, int line,
                        const std::string& text) {
  return has(d, Severity::kWarning, file, line, text);
}

inline SourceFile source_of(const std::string& text, CommentStyle style, Diagnostics& d,
                            const std::string& path = "test.txt") {
  return split_source(text, path, style, d);
}

}  // namespace dyad::actors::import::testing

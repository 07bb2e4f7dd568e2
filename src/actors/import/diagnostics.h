#pragma once
// What the dictionary importers report: one message per bad, repaired or skipped line of
// an upstream dictionary, naming the file and line and saying what was found and what was
// expected or done ("Phoenix.agents.txt:904: substitution marker !MINIST! inside the word
// AD!MINIST!RATIVE; read as ADMINISTRATIVE").
//
// Two levels. A warning is a line the upstream tools would have misread or that dyad had to
// change or drop; `dyad data import --strict` fails on any. A note records a faithful
// conversion detail (a handover day given to the incoming role, a TABARI stem imported as
// a whole word) and is printed only with --verbose.
//
// Thread-safety: a plain value; one importer fills one Diagnostics.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::actors::import {

enum class Severity : std::uint8_t { kNote, kWarning };

struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string file;  // as the user gave it
  int line = 0;      // 1-based; 0 when the message is about the whole file
  std::string message;

  // "file:line: message" (warnings) or "file:line: note: message".
  std::string to_string() const;
};

class Diagnostics {
 public:
  void warn(std::string_view file, int line, std::string message) {
    add(Severity::kWarning, file, line, std::move(message));
  }
  void note(std::string_view file, int line, std::string message) {
    add(Severity::kNote, file, line, std::move(message));
  }
  void add(Severity severity, std::string_view file, int line, std::string message);

  const std::vector<Diagnostic>& all() const { return items_; }
  size_t warnings() const { return warnings_; }
  size_t notes() const { return items_.size() - warnings_; }
  // Messages of one severity, formatted; handy in tests.
  std::vector<std::string> messages(Severity severity) const;

 private:
  std::vector<Diagnostic> items_;
  size_t warnings_ = 0;
};

}  // namespace dyad::actors::import

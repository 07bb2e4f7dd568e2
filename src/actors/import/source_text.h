#pragma once
// Reading an upstream dictionary (TABARI, PETRARCH) into numbered logical lines, with the
// comment conventions of both programs, so the format parsers see only content:
//
// - PETRARCH: "#" anywhere starts a comment; "<!-- ... -->" is a comment, possibly over
//   several lines; any other line beginning "<!" is skipped whole (PETRARCH's reader does
//   the same, so "<! -- NEW ACTORS -->" in PETR.Validate.actors.txt is a comment too).
// - TABARI: ";" anywhere starts a comment, "#" only at the start of a line (TABARI codes
//   such as [###] contain it); "//" at the start of a line in .options files.
// - Both: "~~FINISH" or a line of only "~" ends the data, as TABARI writes it.
//
// Lines are decoded as UTF-8; a line that is not UTF-8 is read as Windows-1252 and
// mojibake is repaired (mojibake.h), each with a warning naming the line. A UTF-8 byte
// order mark and CR line ends are accepted silently.
//
// Ownership: a SourceFile owns its strings. Thread-safety: pure functions.

#include <string>
#include <string_view>
#include <vector>

#include "actors/import/diagnostics.h"
#include "core/status.h"

namespace dyad::actors::import {

enum class CommentStyle : std::uint8_t {
  kPetrarch,  // "#" anywhere, <!-- -->
  kTabari,    // ";" anywhere, "#" at line start, <!-- -->
  kOptions,   // "//" at line start (TABARI .options)
};

struct SourceLine {
  int number = 0;    // 1-based line in the file
  std::string text;  // without comment and trailing blanks; leading blanks kept
  bool has_comment = false;
};

struct SourceFile {
  std::string path;  // as given: used in messages
  std::string name;  // the file name without folders: used in origins ("CAMEO.2.0.txt:12")
  std::vector<SourceLine> lines;  // lines with content only

  std::string origin(int line) const { return name + ":" + std::to_string(line); }
};

// Splits `bytes` (the file's content) into lines; `path` is used in messages.
SourceFile split_source(std::string_view bytes, const std::string& path, CommentStyle style,
                        Diagnostics& diagnostics);

// Reads the file at `path` (kNotFound when it cannot be opened).
Result<SourceFile> read_source(const std::string& path, CommentStyle style,
                               Diagnostics& diagnostics);

// Small text helpers shared by the format parsers.
std::string_view trim(std::string_view s);
// Upstream phrase to dyad phrase: "_" and runs of blanks become one space, ends trimmed
// ("XI_JINPING_" -> "XI JINPING").
std::string phrase_from_upstream(std::string_view s);
// Splits on blanks (spaces and tabs), dropping empty pieces.
std::vector<std::string_view> split_blanks(std::string_view s);

// "PHRASE {PLURAL} [A] [B 990101-991231]" -> head "PHRASE {PLURAL}", groups {"A",
// "B 990101-991231"} (trimmed). Lenient as the upstream readers were: a group closed by
// "}" instead of "]", or not closed at all, is taken with a warning; text between or after
// the groups is ignored with a warning.
struct Bracketed {
  std::string_view head;
  std::vector<std::string_view> groups;
};
Bracketed split_brackets(std::string_view text, const std::string& path, int line,
                         Diagnostics& diagnostics);

}  // namespace dyad::actors::import

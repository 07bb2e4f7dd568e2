#pragma once
// A strict reader for dyad's own editable tables (data/src/**/*.tsv): UTF-8, LF line ends,
// optional leading "#" comment lines (provenance, licence), one header line naming the
// columns, then rows of exactly that many tab-separated fields. No quoting or escapes: a
// field cannot hold a tab or newline, which keeps the files diff-friendly and the reader
// small (hand-written because no Debian package reads this strict a dialect).
//
// Every error names the file and line and says what was expected and what was found
// ("cameo.tsv:12: expected 6 tab-separated fields, found 5"), so a bad edit is fixed
// from the message alone.
//
// Ownership: a TsvTable owns its strings. Thread-safety: plain values, no shared state.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad::ontology {

struct TsvRow {
  int line = 0;  // 1-based line number in the file, for messages
  std::vector<std::string> fields;
};

struct TsvTable {
  std::string path;  // as given to read_tsv, used in messages
  std::vector<std::string> columns;
  std::vector<TsvRow> rows;

  // "path:line: column 'name': expected <expected>, found '<value>'".
  Status field_error(const TsvRow& row, size_t column, std::string_view expected) const;
  // "path:line: <what>".
  Status row_error(const TsvRow& row, std::string_view what) const;
};

// Parses `text` as a table whose header must be exactly `columns`; `path` is used only in
// messages.
Result<TsvTable> parse_tsv(std::string_view text, const std::string& path,
                           std::span<const std::string_view> columns);

// Reads and parses the file at `path` (kNotFound when it cannot be opened).
Result<TsvTable> read_tsv(const std::string& path, std::span<const std::string_view> columns);

}  // namespace dyad::ontology

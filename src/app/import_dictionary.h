#pragma once
// app::import_dictionary — `dyad data import`: TABARI and PETRARCH dictionaries into dyad's
// own TSV formats (docs/formats/actors.md, verbs.md, dictionaries.md).
//
// One call imports one kind of dictionary from one or more upstream files. Every bad,
// repaired or skipped line becomes a Diagnostic ("file:line: message"), returned, never
// printed. Actor files of one call are merged (an entry listed in two files stays in the
// first); agents always make one table.
//
// Output: `out` ending in ".tsv" is one file for all inputs; otherwise it is a folder and
// each input gives <stem>.<kind>.tsv there ("Phoenix.Countries.actors.txt" ->
// phoenix_countries.actors.tsv), except agents, which give <folder>/agents.tsv. With
// `strict`, any warning fails the import and nothing is written.
//
// Errors: kInvalidArgument for a bad combination of options, kNotFound for an unreadable
// input or fixes table, kParseError for a malformed fixes table.

#include <string>
#include <utility>
#include <vector>

#include "actors/import/diagnostics.h"
#include "actors/import/import_format.h"
#include "core/status.h"

namespace dyad::app {

enum class DictionaryKind { kActors, kAgents, kVerbs, kDiscards, kIssues, kOptions };

std::optional<DictionaryKind> dictionary_kind_from_name(std::string_view name);
std::string_view dictionary_kind_name(DictionaryKind kind);

struct ImportDictionaryOptions {
  actors::import::Format format = actors::import::Format::kPetrarch;
  DictionaryKind kind = DictionaryKind::kActors;
  std::vector<std::string> inputs;
  std::string out;    // folder, or a file ending in .tsv
  std::string fixes;  // optional table of upstream line fixes (line_fixes.h)
  bool strict = false;
  bool dry_run = false;  // read and check, write nothing
  // Actors only: "YYYY-MM-DD", when the dictionaries were last brought up to date; open-ended
  // roles of persons end on it (actors/import/role_intervals.h). Empty: they stay open.
  std::string valid_until;
  // The command line, written into the outputs' header comment.
  std::string command;
};

struct ImportDictionaryReport {
  std::vector<actors::import::Diagnostic> diagnostics;
  size_t warnings = 0;
  size_t notes = 0;
  bool written = false;              // false under strict with warnings, or dry_run
  std::vector<std::string> outputs;  // files written (or that would be)
  std::vector<std::pair<std::string, size_t>> counts;  // "entries" -> 26045, in order
  double seconds = 0;
};

Result<ImportDictionaryReport> import_dictionary(const ImportDictionaryOptions& options);

}  // namespace dyad::app

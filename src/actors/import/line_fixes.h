#pragma once
// Corrections of upstream lines, applied while importing: a small TSV the project keeps
// (data/src/dictionaries/upstream_fixes.tsv) for faults that no general rule can repair,
// such as a mistyped date ("[GBRGOV >201005011]": David Cameron took office on
// 2010-05-11). Each fix names the file (without folders), the line, the text to find on
// that line (after comments are removed) and its replacement, and why:
//
//   file	line	find	replace	note
//   Phoenix.Countries.actors.txt	18010	201005011	20100511	Cameron PM from
//   2010-05-11
//
// A fix that no longer matches (upstream changed) is a warning, so fixes cannot silently
// rot. Applied fixes are notes.
//
// Thread-safety: pure functions.

#include <string>
#include <vector>

#include "actors/import/diagnostics.h"
#include "actors/import/source_text.h"
#include "core/status.h"

namespace dyad::actors::import {

struct LineFix {
  std::string file;  // file name without folders
  int line = 0;
  std::string find;
  std::string replace;
  std::string note;
  std::string origin;  // "fixes.tsv:12"
};

Result<std::vector<LineFix>> parse_line_fixes(std::string_view text, const std::string& path);
Result<std::vector<LineFix>> read_line_fixes(const std::string& path);

// Applies the fixes for `file` (matched on its name).
void apply_line_fixes(SourceFile& file, const std::vector<LineFix>& fixes,
                      Diagnostics& diagnostics);

}  // namespace dyad::actors::import

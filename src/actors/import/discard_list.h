#pragma once
// Discard lists (Phoenix.discards.txt, PETR.Validate.discards.txt): phrases whose presence
// keeps a sentence, or with "+" the whole story, from being coded (sports, film titles,
// historical chronologies). dyad's form is a small TSV (docs/formats/dictionaries.md):
//
//   phrase	scope	match	origin
//   ACADEMY AWARD	story	stem	Phoenix.discards.txt:62
//
// scope is `sentence` or `story` ("+" upstream); match is `word` when the upstream phrase
// ends with "_" (it must end at a word boundary) and `stem` otherwise (its last word may
// continue: "BASEBALL" also matches "BASEBALLS"). Rows are sorted by phrase; a phrase listed
// twice is kept once (story scope wins), with a note.
//
// Thread-safety: pure functions.

#include <string>
#include <vector>

#include "actors/import/diagnostics.h"
#include "actors/import/source_text.h"
#include "core/status.h"

namespace dyad::actors::import {

struct DiscardRow {
  std::string phrase;
  bool story = false;     // "+": the whole story is not coded
  bool word_end = false;  // "_" at the end: match whole words only
  std::string origin;
  std::string path;  // for messages
  int line = 0;
};

std::vector<DiscardRow> parse_discard_list(const SourceFile& file, Diagnostics& diagnostics);

// Sorts, collapses duplicates (note) and formats; `comment` lines become "# " lines.
Result<std::string> format_discards_tsv(std::vector<DiscardRow> rows, std::string_view comment,
                                        Diagnostics& diagnostics);

}  // namespace dyad::actors::import

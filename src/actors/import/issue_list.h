#pragma once
// PETRARCH issue lists (Phoenix.IssueCoding.txt): phrases that tag an event with an issue
// (EDUCATION, DISEASE ...), grouped in <ISSUE CATEGORY="..."> sections, with "~phrase"
// (do not tag this sentence with the section's issues) and "~~phrase" (not this story).
// Upstream expansions are written out at import, one row per phrase:
//   n:WORD  the word and its regular plural;  v:WORD  the word, -s, -ed, -ing;
//   a+b     both "a b" and "a-b".
// dyad's form (docs/formats/dictionaries.md):
//
//   category	kind	code	phrase	origin
//   EDUCATION	match	TEACHERS	teachers	Phoenix.IssueCoding.txt:71
//   EDUCATION	exclude		a head start	Phoenix.IssueCoding.txt:68
//
// kind is `match`, `exclude` (sentence) or `exclude_story`. Rows keep the file's order
// (grouped by section); an exact duplicate row is dropped.
//
// Thread-safety: pure functions.

#include <string>
#include <vector>

#include "actors/import/diagnostics.h"
#include "actors/import/source_text.h"
#include "core/status.h"

namespace dyad::actors::import {

struct IssueRow {
  std::string category;  // the section's CATEGORY, or "" outside a section
  std::string kind;      // match | exclude | exclude_story
  std::string code;      // empty for exclusions
  std::string phrase;
  std::string origin;
};

struct IssueStats {
  size_t lines = 0;       // phrase lines read
  size_t expansions = 0;  // extra rows made by n:, v: and +
};

std::vector<IssueRow> parse_issue_list(const SourceFile& file, Diagnostics& diagnostics,
                                       IssueStats& stats);

Result<std::string> format_issues_tsv(const std::vector<IssueRow>& rows, std::string_view comment);

// The phrase forms of one upstream issue pattern ("pre+n:school" -> "pre school",
// "pre schools", "pre-school", "pre-schools").
std::vector<std::string> expand_issue_pattern(std::string_view pattern);

}  // namespace dyad::actors::import

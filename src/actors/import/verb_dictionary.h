#pragma once
// Verb dictionaries into dyad's verb-pattern table (docs/formats/verbs.md):
// - PETRARCH 2 (CAMEO.2.0.txt, PETR.Validate.verbs.2.0.txt): synonym sets, verb blocks
//   "--- NAME [CODE] ---" of verbs and tree patterns, and "~" transformation lines.
// - PETRARCH 1 (CAMEO.verbpatterns.150430.txt, PETR.Validate.verbs.txt): the same blocks
//   with linear patterns.
// - TABARI (CAMEO.091003.master.verbs, TABARI.Demo.verbs): each verb line starts its own
//   block, patterns follow it; optional <SYNSETS> and <TIME> sections; "{ FORMS }" on the
//   line after a verb gives its irregular forms.
//
// Everything is kept in upstream spelling (whitespace collapsed), so nothing the coder may
// need is lost, and checked on the way: every pattern is split (verb_pattern.h), its
// synonym sets must exist, its code must look like a CAMEO code. What dyad adds: the
// regular forms of PETRARCH verbs given without "{...}" (english_forms.h) and the plural of
// synonym-set members, written out and flagged `generated`.
//
// Thread-safety: pure functions.

#include <string>
#include <vector>

#include "actors/import/diagnostics.h"
#include "actors/import/import_format.h"
#include "actors/import/source_text.h"
#include "actors/import/verb_pattern.h"
#include "core/status.h"

namespace dyad::actors::import {

// One row of the table; `kind` says which fields mean what (docs/formats/verbs.md).
struct VerbRow {
  std::string kind;   // synset | block | verb | pattern | transform | time | time_pattern
  std::string block;  // synset name (&CURRENCY), block id, or time phrase
  std::string text;   // member, description, verb, pattern or transformation, upstream spelling
  std::vector<std::string> forms;  // verb forms, synset plural
  std::string code;                // CAMEO code as written ("042:043", "---")
  std::vector<std::string> flags;  // generated, given, stem, noplural, tree, linear, stems
  std::string origin;              // "CAMEO.2.0.txt:712"
  std::string note;                // dyad's remark, when it changed something
};

struct VerbDictionary {
  PatternSyntax syntax = PatternSyntax::kTree;
  std::vector<VerbRow> rows;  // in upstream order
};

struct VerbImportStats {
  size_t synsets = 0;
  size_t synset_members = 0;
  size_t blocks = 0;
  size_t verbs = 0;
  size_t forms_generated = 0;  // verbs whose forms dyad generated
  size_t patterns = 0;
  size_t transforms = 0;
  size_t times = 0;
  size_t dropped = 0;  // lines or patterns not imported (each warned)
};

VerbDictionary parse_verb_dictionary(const SourceFile& file, Format format,
                                     Diagnostics& diagnostics, VerbImportStats& stats);

Result<std::string> format_verbs_tsv(const VerbDictionary& dictionary, std::string_view comment);

// Reads a table written by format_verbs_tsv (for tests and `--check`).
Result<VerbDictionary> parse_verbs_tsv(std::string_view text, const std::string& path);

}  // namespace dyad::actors::import

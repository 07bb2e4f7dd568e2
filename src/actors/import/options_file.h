#pragma once
// TABARI .options files (TABARI.Demo.options, Validate.options): what they set, kept for
// the coder, which may honour some of it (COMPLEX limits, LABEL names for codes).
// Upstream lines are "COMMAND: arguments"; "//" starts a comment line and "~~~~~" ends the
// file. dyad's form (docs/formats/dictionaries.md), in file order:
//
//   command	key	value	origin
//   COMPLEX	VERBS	5	Validate.options:6
//   COMPLEX	NOACTPRIOR		Validate.options:6
//   SET	VERB USAGE	FALSE	Validate.options:8
//   LABEL	010	YIELD	Validate.options:30
//   OUTPUT	ACTOR MATCH ID		Validate.options:11
//
// SET splits on "=", LABEL on the first "=", COMPLEX into one row per item ("VERBS[5]" ->
// VERBS, 5); other commands keep their arguments as the key.
//
// Thread-safety: pure functions.

#include <string>
#include <vector>

#include "actors/import/diagnostics.h"
#include "actors/import/source_text.h"
#include "core/status.h"

namespace dyad::actors::import {

struct OptionRow {
  std::string command;  // COMPLEX, SET, LABEL, OUTPUT, FORWARD ...
  std::string key;
  std::string value;
  std::string origin;
};

std::vector<OptionRow> parse_options_file(const SourceFile& file, Diagnostics& diagnostics);

Result<std::string> format_options_tsv(const std::vector<OptionRow>& rows,
                                       std::string_view comment);

}  // namespace dyad::actors::import

#pragma once
// Small helpers for the importers' own TSV outputs (discards, issues, options, verbs):
// the "# " comment block and the field check every writer makes, so that a written file
// always reads back (no tab or line break in a field).

#include <string>
#include <string_view>

namespace dyad::actors::import {

// Each line of `comment` prefixed by "# ", then a newline.
std::string tsv_comment_block(std::string_view comment);

// True when `field` can be written as one TSV field.
inline bool tsv_field_ok(std::string_view field) {
  return field.find_first_of("\t\n\r") == std::string_view::npos;
}

}  // namespace dyad::actors::import

#pragma once
// Which upstream program a dictionary was written for. Given by the user (--format), never
// guessed: the same line can mean different things to TABARI and PETRARCH ("ABANDON" is a
// stem for TABARI, a whole word for PETRARCH; "#" starts a comment only for PETRARCH).

#include <cstdint>
#include <optional>
#include <string_view>

#include "actors/import/source_text.h"

namespace dyad::actors::import {

enum class Format : std::uint8_t {
  kTabari,     // TABARI 0.8 (.actors, .agents, .verbs, .options)
  kPetrarch,   // PETRARCH 1 (linear verb patterns) and the shared PETRARCH dictionary formats
  kPetrarch2,  // PETRARCH 2 (parse-tree verb patterns: CAMEO.2.0.txt); same as kPetrarch otherwise
};

inline std::optional<Format> format_from_name(std::string_view name) {
  if (name == "tabari") return Format::kTabari;
  if (name == "petrarch") return Format::kPetrarch;
  if (name == "petrarch2") return Format::kPetrarch2;
  return std::nullopt;
}

inline std::string_view format_name(Format f) {
  switch (f) {
    case Format::kTabari:
      return "tabari";
    case Format::kPetrarch:
      return "petrarch";
    case Format::kPetrarch2:
      return "petrarch2";
  }
  return "?";
}

inline CommentStyle comment_style(Format f) {
  return f == Format::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
}

}  // namespace dyad::actors::import

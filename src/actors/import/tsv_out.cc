#include "actors/import/tsv_out.h"

namespace dyad::actors::import {

std::string tsv_comment_block(std::string_view comment) {
  std::string out;
  while (!comment.empty()) {
    const size_t nl = comment.find('\n');
    const std::string_view line = comment.substr(0, nl);
    out += line.empty() ? "#\n" : "# " + std::string(line) + "\n";
    if (nl == std::string_view::npos) break;
    comment.remove_prefix(nl + 1);
  }
  return out;
}

}  // namespace dyad::actors::import

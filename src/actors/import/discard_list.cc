#include "actors/import/discard_list.h"

#include <algorithm>

#include "actors/import/tsv_out.h"

namespace dyad::actors::import {

std::vector<DiscardRow> parse_discard_list(const SourceFile& file, Diagnostics& diagnostics) {
  std::vector<DiscardRow> out;
  for (const SourceLine& sl : file.lines) {
    std::string_view t = trim(sl.text);
    DiscardRow row;
    if (t.starts_with('+')) {
      row.story = true;
      t = trim(t.substr(1));
    }
    if (t.find_first_of("[]{}<>") != std::string_view::npos) {
      diagnostics.warn(file.path, sl.number,
                       "expected a discard phrase, found '" + std::string(t) +
                           "' (brackets are not discard syntax); line skipped");
      continue;
    }
    row.word_end = t.ends_with('_');
    row.phrase = phrase_from_upstream(t);
    if (row.phrase.empty()) {
      diagnostics.warn(file.path, sl.number, "expected a discard phrase after '+'; line skipped");
      continue;
    }
    row.origin = file.origin(sl.number);
    row.path = file.path;
    row.line = sl.number;
    out.push_back(std::move(row));
  }
  return out;
}

Result<std::string> format_discards_tsv(std::vector<DiscardRow> rows, std::string_view comment,
                                        Diagnostics& diagnostics) {
  auto key = [](const std::string& p) {
    std::string k = p;
    for (char& c : k) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return k;
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const DiscardRow& a, const DiscardRow& b) {
    return key(a.phrase) < key(b.phrase);
  });
  std::string out = tsv_comment_block(comment);
  out += "phrase\tscope\tmatch\torigin\n";
  for (size_t i = 0; i < rows.size(); ++i) {
    DiscardRow& r = rows[i];
    while (i + 1 < rows.size() && key(rows[i + 1].phrase) == key(r.phrase)) {
      diagnostics.note(rows[i + 1].path, rows[i + 1].line,
                       "discard '" + rows[i + 1].phrase + "' also at " + r.origin + "; kept once");
      r.story = r.story || rows[i + 1].story;
      r.word_end = r.word_end && rows[i + 1].word_end;
      ++i;
    }
    if (!tsv_field_ok(r.phrase)) return invalid_argument(r.origin + ": tab in a discard phrase");
    out += r.phrase + "\t" + (r.story ? "story" : "sentence") + "\t" +
           (r.word_end ? "word" : "stem") + "\t" + r.origin + "\n";
  }
  return out;
}

}  // namespace dyad::actors::import

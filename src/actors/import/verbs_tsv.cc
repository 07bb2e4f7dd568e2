// The verb-pattern table as TSV (docs/formats/verbs.md): writer and reader.

#include <algorithm>

#include "actors/import/tsv_out.h"
#include "actors/import/verb_dictionary.h"

namespace dyad::actors::import {
namespace {

constexpr std::string_view kHeader = "kind\tblock\ttext\tforms\tcode\tflags\torigin\tnote";

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    out.emplace_back(s.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

bool known_kind(std::string_view k) {
  return k == "synset" || k == "block" || k == "verb" || k == "pattern" || k == "transform" ||
         k == "time" || k == "time_pattern";
}

}  // namespace

Result<std::string> format_verbs_tsv(const VerbDictionary& dictionary, std::string_view comment) {
  std::string out = tsv_comment_block(comment);
  out += kHeader;
  out += '\n';
  for (const VerbRow& r : dictionary.rows) {
    for (const std::string* f : {&r.block, &r.text, &r.code, &r.origin, &r.note}) {
      if (!tsv_field_ok(*f)) return invalid_argument(r.origin + ": tab or line break in a field");
    }
    for (const std::string& f : r.forms) {
      if (!tsv_field_ok(f) || f.find('|') != std::string::npos || f.empty()) {
        return invalid_argument(r.origin + ": form '" + f + "' cannot be written");
      }
    }
    out += r.kind + "\t" + r.block + "\t" + r.text + "\t" + joined(r.forms, "|") + "\t" + r.code +
           "\t" + joined(r.flags, " ") + "\t" + r.origin + "\t" + r.note + "\n";
  }
  return out;
}

Result<VerbDictionary> parse_verbs_tsv(std::string_view text, const std::string& path) {
  VerbDictionary dict;
  bool have_header = false;
  bool syntax_seen = false;
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    const std::string where = path + ":" + std::to_string(number) + ": ";
    if (line.empty() || line.starts_with('#')) continue;
    if (!have_header) {
      if (line != kHeader) {
        return parse_error(
            where + "expected the header '" +
            std::string("kind\\tblock\\ttext\\tforms\\tcode\\tflags\\torigin\\tnote") +
            "', found '" + std::string(line.substr(0, 80)) + "'");
      }
      have_header = true;
      continue;
    }
    std::vector<std::string> f = split(line, '\t');
    if (f.size() != 8) {
      return parse_error(where + "expected 8 tab-separated fields, found " +
                         std::to_string(f.size()));
    }
    if (!known_kind(f[0])) {
      return parse_error(where +
                         "column 'kind': expected synset, block, verb, pattern, "
                         "transform, time or time_pattern, found '" +
                         f[0] + "'");
    }
    VerbRow row{f[0], f[1], f[2], split(f[3], '|'), f[4], split(f[5], ' '), f[6], f[7]};
    if (row.kind == "pattern" || row.kind == "time_pattern") {
      const bool tree = std::find(row.flags.begin(), row.flags.end(), "tree") != row.flags.end();
      const PatternSyntax syntax = tree ? PatternSyntax::kTree : PatternSyntax::kLinear;
      if (syntax_seen && syntax != dict.syntax) {
        return parse_error(where + "column 'flags': a table holds one pattern syntax, found '" +
                           f[5] + "'");
      }
      syntax_seen = true;
      dict.syntax = syntax;
      if (Result<std::vector<PatternElement>> els = parse_pattern(row.text, syntax); !els.ok()) {
        return parse_error(where + "column 'text': " + els.status().message());
      }
    }
    dict.rows.push_back(std::move(row));
  }
  if (!have_header) return parse_error(path + ": expected the header line, found end of file");
  return dict;
}

}  // namespace dyad::actors::import

#include "ontology/tsv.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace dyad::ontology {
namespace {

std::string joined(std::span<const std::string_view> parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += "\\t";
    out += parts[i];
  }
  return out;
}

// Printable form of a found line for messages: tabs shown as \t, cut to a readable length.
std::string shown(std::string_view s) {
  constexpr size_t kMax = 80;
  std::string out;
  for (char c : s.substr(0, kMax)) {
    if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  if (s.size() > kMax) out += "...";
  return out;
}

// Byte offset of the first invalid UTF-8 sequence in s, or npos. Overlongs, surrogates
// and code points past U+10FFFF are invalid too, so mojibake fixes stay real fixes.
size_t invalid_utf8_at(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n;
    unsigned min;
    unsigned cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 4, min = 0x10000, cp = c & 0x07;
    } else {
      return i;
    }
    if (i + n > s.size()) return i;
    for (size_t k = 1; k < n; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

Status TsvTable::row_error(const TsvRow& row, std::string_view what) const {
  return parse_error(path + ":" + std::to_string(row.line) + ": " + std::string(what));
}

Status TsvTable::field_error(const TsvRow& row, size_t column, std::string_view expected) const {
  std::string name = column < columns.size() ? columns[column] : "?";
  std::string found = column < row.fields.size() ? row.fields[column] : "";
  return row_error(row, "column '" + name + "': expected " + std::string(expected) + ", found '" +
                            shown(found) + "'");
}

Result<TsvTable> parse_tsv(std::string_view text, const std::string& path,
                           std::span<const std::string_view> columns) {
  TsvTable table;
  table.path = path;
  bool have_header = false;
  int line_no = 0;
  size_t pos = 0;
  auto where = [&](int line) { return path + ":" + std::to_string(line) + ": "; };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) {
      // A last line without '\n' is accepted: editors differ, and nothing is lost.
      nl = text.size();
    }
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (size_t bad = invalid_utf8_at(line); bad != std::string_view::npos) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(line[bad]));
      return parse_error(where(line_no) + "expected UTF-8 text, found byte " + hex + " at column " +
                         std::to_string(bad + 1));
    }
    if (!line.empty() && line.back() == '\r') {
      return parse_error(where(line_no) + "expected LF line ends, found CR LF");
    }
    if (!have_header && line.starts_with("#")) continue;
    if (line.empty()) {
      return parse_error(where(line_no) + "expected a row, found an empty line");
    }
    if (!have_header) {
      if (split_tabs(line) != std::vector<std::string>(columns.begin(), columns.end())) {
        return parse_error(where(line_no) + "expected header '" + joined(columns) + "', found '" +
                           shown(line) + "'");
      }
      table.columns.assign(columns.begin(), columns.end());
      have_header = true;
      continue;
    }
    TsvRow row{line_no, split_tabs(line)};
    if (row.fields.size() != columns.size()) {
      return parse_error(where(line_no) + "expected " + std::to_string(columns.size()) +
                         " tab-separated fields, found " + std::to_string(row.fields.size()) +
                         " in '" + shown(line) + "'");
    }
    table.rows.push_back(std::move(row));
  }
  if (!have_header) {
    return parse_error(path + ":" + std::to_string(line_no + 1) + ": expected header '" +
                       joined(columns) + "', found end of file");
  }
  return table;
}

Result<TsvTable> read_tsv(const std::string& path, std::span<const std::string_view> columns) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found(path + ": cannot open table");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return data_loss(path + ": read error");
  return parse_tsv(buf.str(), path, columns);
}

}  // namespace dyad::ontology

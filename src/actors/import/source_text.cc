#include "actors/import/source_text.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "actors/import/mojibake.h"

namespace dyad::actors::import {
namespace {

bool only_tildes(std::string_view s) {
  return s.size() >= 3 && s.find_first_not_of('~') == std::string_view::npos;
}

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

// Removes comments from one line. `in_xml` carries an open "<!--" across lines.
std::string strip_comments(std::string_view line, CommentStyle style, bool& in_xml,
                           bool& had_comment) {
  std::string out;
  size_t pos = 0;
  if (in_xml) {
    const size_t end = line.find("-->");
    had_comment = true;
    if (end == std::string_view::npos) return {};
    in_xml = false;
    pos = end + 3;
  }
  std::string_view rest = line.substr(pos);
  if (style == CommentStyle::kOptions) {
    if (trim(rest).starts_with("//")) {
      had_comment = true;
      return {};
    }
    return std::string(rest);
  }
  if (pos == 0) {
    const std::string_view lead = trim(rest);
    if (lead.starts_with("<!") && !lead.starts_with("<!--")) {
      had_comment = true;  // PETRARCH skips every line that starts "<!"
      return {};
    }
    if (style == CommentStyle::kTabari && rest.starts_with("#")) {
      had_comment = true;
      return {};
    }
  }
  while (!rest.empty()) {
    const size_t xml = rest.find("<!--");
    const size_t hash = style == CommentStyle::kPetrarch ? rest.find('#') : rest.find(';');
    if (hash != std::string_view::npos && (xml == std::string_view::npos || hash < xml)) {
      out += rest.substr(0, hash);
      had_comment = true;
      return out;
    }
    if (xml == std::string_view::npos) {
      out += rest;
      return out;
    }
    out += rest.substr(0, xml);
    had_comment = true;
    const size_t end = rest.find("-->", xml + 4);
    if (end == std::string_view::npos) {
      in_xml = true;
      return out;
    }
    rest = rest.substr(end + 3);
  }
  return out;
}

}  // namespace

std::string_view trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::string phrase_from_upstream(std::string_view s) {
  std::string out;
  bool gap = false;
  for (char c : s) {
    if (c == '_' || c == ' ' || c == '\t') {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += c;
  }
  return out;
}

std::vector<std::string_view> split_blanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

Bracketed split_brackets(std::string_view text, const std::string& path, int line,
                         Diagnostics& diagnostics) {
  Bracketed out;
  size_t open = text.find('[');
  out.head = trim(text.substr(0, open));
  while (open != std::string_view::npos) {
    size_t close = text.find(']', open + 1);
    const size_t next_open = text.find('[', open + 1);
    const size_t brace = text.find('}', open + 1);
    if (close == std::string_view::npos ||
        (next_open != std::string_view::npos && next_open < close)) {
      if (brace != std::string_view::npos &&
          (next_open == std::string_view::npos || brace < next_open)) {
        diagnostics.warn(path, line,
                         "'[' closed by '}' in '" + std::string(trim(text)) + "'; read as ']'");
        close = brace;
      } else {
        const size_t end = next_open == std::string_view::npos ? text.size() : next_open;
        diagnostics.warn(path, line, "'[' not closed in '" + std::string(trim(text)) + "'");
        out.groups.push_back(trim(text.substr(open + 1, end - open - 1)));
        open = next_open;
        continue;
      }
    }
    out.groups.push_back(trim(text.substr(open + 1, close - open - 1)));
    open = text.find('[', close + 1);
    const std::string_view between = trim(text.substr(
        close + 1, open == std::string_view::npos ? std::string_view::npos : open - close - 1));
    if (!between.empty()) {
      diagnostics.warn(path, line,
                       "unexpected text '" + std::string(between) + "' after [" +
                           std::string(out.groups.back()) + "]; ignored");
    }
  }
  return out;
}

SourceFile split_source(std::string_view bytes, const std::string& path, CommentStyle style,
                        Diagnostics& diagnostics) {
  SourceFile file;
  file.path = path;
  const size_t slash = path.find_last_of('/');
  file.name = slash == std::string::npos ? path : path.substr(slash + 1);
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  bool in_xml = false;
  int number = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view raw = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    std::string line;
    if (const size_t bad = invalid_utf8_at(raw); bad != std::string_view::npos) {
      line = windows1252_to_utf8(raw);
      diagnostics.warn(path, number,
                       "not UTF-8 (byte " + hex_byte(static_cast<unsigned char>(raw[bad])) +
                           " at column " + std::to_string(bad + 1) + "); read as Windows-1252");
    } else {
      line = std::string(raw);
    }
    bool suspect = false;
    if (std::optional<std::string> fixed = repair_mojibake(line, &suspect)) {
      diagnostics.warn(path, number,
                       "mojibake '" + std::string(trim(line)) + "' repaired to '" +
                           std::string(trim(*fixed)) + "'");
      line = std::move(*fixed);
    } else if (suspect) {
      diagnostics.warn(
          path, number,
          "mojibake that cannot be repaired in '" + std::string(trim(line)) + "'; line dropped");
      continue;
    }
    if (!in_xml && (trim(line).starts_with("~~FINISH") || only_tildes(trim(line)))) {
      // TABARI's end-of-data mark: what follows is not read by TABARI either.
      for (size_t p = pos; p < bytes.size(); ++p) {
        if (bytes[p] != ' ' && bytes[p] != '\t' && bytes[p] != '\n' && bytes[p] != '\r') {
          diagnostics.note(path, number,
                           "text after the end mark '" + std::string(trim(line)) + "' ignored");
          break;
        }
      }
      break;
    }
    bool had_comment = false;
    std::string text = strip_comments(line, style, in_xml, had_comment);
    const size_t end = text.find_last_not_of(" \t");
    if (end == std::string::npos) continue;
    text.resize(end + 1);
    file.lines.push_back(SourceLine{number, std::move(text), had_comment});
  }
  if (in_xml) diagnostics.warn(path, number, "'<!--' comment not closed by '-->' at end of file");
  return file;
}

Result<SourceFile> read_source(const std::string& path, CommentStyle style,
                               Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found(path + ": cannot open dictionary");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return data_loss(path + ": read error");
  return split_source(buf.str(), path, style, diagnostics);
}

}  // namespace dyad::actors::import

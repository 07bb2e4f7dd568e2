#include "actors/import/line_fixes.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace dyad::actors::import {

Result<std::vector<LineFix>> parse_line_fixes(std::string_view text, const std::string& path) {
  constexpr std::string_view kHeader = "file\tline\tfind\treplace\tnote";
  std::vector<LineFix> out;
  bool have_header = false;
  int number = 0;
  size_t pos = 0;
  const size_t slash = path.find_last_of('/');
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    const std::string where = path + ":" + std::to_string(number) + ": ";
    if (line.empty() || line.starts_with('#')) continue;
    if (!have_header) {
      if (line != kHeader) {
        return parse_error(where +
                           "expected the header 'file\\tline\\tfind\\treplace\\tnote', found '" +
                           std::string(line) + "'");
      }
      have_header = true;
      continue;
    }
    std::vector<std::string> f;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      f.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (f.size() != 5) {
      return parse_error(where + "expected 5 tab-separated fields, found " +
                         std::to_string(f.size()));
    }
    LineFix fix{f[0], 0, f[2], f[3], f[4], name + ":" + std::to_string(number)};
    const auto [end, ec] = std::from_chars(f[1].data(), f[1].data() + f[1].size(), fix.line);
    if (ec != std::errc() || end != f[1].data() + f[1].size() || fix.line < 1) {
      return parse_error(where + "column 'line': expected a line number, found '" + f[1] + "'");
    }
    if (fix.file.empty() || fix.find.empty()) {
      return parse_error(where + "expected a file name and a text to find");
    }
    out.push_back(std::move(fix));
  }
  if (!have_header) return parse_error(path + ": expected the header line, found end of file");
  return out;
}

Result<std::vector<LineFix>> read_line_fixes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found(path + ": cannot open the fixes table");
  std::ostringstream buf;
  buf << in.rdbuf();
  return parse_line_fixes(buf.str(), path);
}

void apply_line_fixes(SourceFile& file, const std::vector<LineFix>& fixes,
                      Diagnostics& diagnostics) {
  for (const LineFix& fix : fixes) {
    if (fix.file != file.name) continue;
    SourceLine* target = nullptr;
    for (SourceLine& l : file.lines) {
      if (l.number == fix.line) target = &l;
    }
    const size_t at = target ? target->text.find(fix.find) : std::string::npos;
    if (at == std::string::npos) {
      diagnostics.warn(file.path, fix.line,
                       "fix " + fix.origin + " does not apply: '" + fix.find +
                           "' is not on this line (has the upstream file changed?)");
      continue;
    }
    target->text.replace(at, fix.find.size(), fix.replace);
    diagnostics.note(file.path, fix.line,
                     "fixed by " + fix.origin + ": '" + fix.find + "' -> '" + fix.replace + "' (" +
                         fix.note + ")");
  }
}

}  // namespace dyad::actors::import

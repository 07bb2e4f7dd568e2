#include "actors/actors_tsv.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <utility>

namespace dyad::actors {
namespace {

constexpr std::string_view kActorHeader = "entry\tkind\tvalue\tfrom\tto\tnote";
constexpr std::string_view kAgentHeader = "phrase\tcode\tattach\tnote";
constexpr std::string_view kActorColumns[] = {"entry", "kind", "value", "from", "to", "note"};
constexpr std::string_view kAgentColumns[] = {"phrase", "code", "attach", "note"};

// ---- dates (Howard Hinnant's civil-day algorithms) ----

Day days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

void civil_from_days(Day z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

unsigned days_in_month(int y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

// ---- lines and fields ----

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

// Byte offset of the first invalid UTF-8 sequence (overlongs and surrogates included), or
// npos.
size_t invalid_utf8_at(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
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
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// One data row of a file, with what the messages need.
struct Row {
  const std::string* path;
  int line;
  std::vector<std::string_view> fields;  // padded to the header's width
  std::span<const std::string_view> columns;

  std::string_view operator[](size_t i) const { return fields[i]; }
  std::string origin() const { return *path + ":" + std::to_string(line); }
  Status error(std::string_view what) const {
    return parse_error(origin() + ": " + std::string(what));
  }
  Status field_error(size_t column, std::string_view expected) const {
    return error("column '" + std::string(columns[column]) + "': expected " +
                 std::string(expected) + ", found '" + shown(fields[column]) + "'");
  }
};

// Splits `text` into rows after checking encoding, line ends and the header. Rows may
// omit trailing empty fields down to `min_fields`.
Status split_rows(std::string_view text, const std::string& path, std::string_view header,
                  std::span<const std::string_view> columns, size_t min_fields,
                  std::vector<Row>& rows) {
  bool have_header = false;
  int line_no = 0;
  size_t pos = 0;
  auto where = [&](int line) { return path + ":" + std::to_string(line) + ": "; };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();  // last line without '\n'
    const std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (const size_t bad = invalid_utf8_at(line); bad != std::string_view::npos) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(line[bad]));
      return parse_error(where(line_no) + "expected UTF-8 text, found byte " + hex + " at column " +
                         std::to_string(bad + 1));
    }
    if (!line.empty() && line.back() == '\r') {
      return parse_error(where(line_no) + "expected LF line ends, found CR LF");
    }
    if (line.starts_with("#") || is_blank(line)) continue;
    if (!have_header) {
      if (line != header) {
        return parse_error(where(line_no) + "expected the header '" + shown(header) + "', found '" +
                           shown(line) + "'");
      }
      have_header = true;
      continue;
    }
    Row row{&path, line_no, split_tabs(line), columns};
    if (row.fields.size() < min_fields || row.fields.size() > columns.size()) {
      return parse_error(where(line_no) + "expected " + std::to_string(min_fields) + " to " +
                         std::to_string(columns.size()) + " tab-separated fields, found " +
                         std::to_string(row.fields.size()) + " in '" + shown(line) + "'");
    }
    row.fields.resize(columns.size());
    rows.push_back(std::move(row));
  }
  if (!have_header) {
    return parse_error(where(line_no + 1) + "expected the header '" + shown(header) +
                       "', found end of file");
  }
  return {};
}

// ---- value checks shared by the reader and the writers ----

bool valid_id(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool valid_code(std::string_view s) {
  if (s.size() < 3) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// Words separated by single spaces; no tabs or line breaks.
bool valid_phrase(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
  if (s.find("  ") != std::string_view::npos) return false;
  return s.find_first_of("\t\n\r") == std::string_view::npos;
}

bool valid_note(std::string_view s) { return s.find_first_of("\t\n\r") == std::string_view::npos; }

constexpr std::string_view kExpectId = "an UPPER_SNAKE id ([A-Z0-9_]+)";
constexpr std::string_view kExpectCode = "a CAMEO code of 3 or more [A-Z0-9]";
constexpr std::string_view kExpectPhrase = "a phrase of words separated by single spaces";

Status parse_bound(const Row& row, size_t column, Day& out) {
  if (row[column].empty()) return {};
  std::optional<Day> d = parse_day(row[column]);
  if (!d) return row.field_error(column, "a date YYYY-MM-DD (or empty)");
  out = *d;
  return {};
}

}  // namespace

std::optional<Day> parse_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8};
  const size_t lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = starts[k]; i < starts[k] + lens[k]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  }
  const auto m = static_cast<unsigned>(v[1]);
  const auto d = static_cast<unsigned>(v[2]);
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(v[0], m)) return std::nullopt;
  return days_from_civil(v[0], m, d);
}

std::string format_day(Day day) {
  if (day == kOpenStart || day == kOpenEnd) return "";
  int y;
  unsigned m;
  unsigned d;
  civil_from_days(day, y, m, d);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

Result<std::vector<ActorEntry>> parse_actor_tsv(std::string_view text, const std::string& path) {
  std::vector<Row> rows;
  DYAD_RETURN_IF_ERROR(split_rows(text, path, kActorHeader, kActorColumns, 3, rows));
  std::vector<ActorEntry> entries;
  std::unordered_map<std::string_view, size_t> index;  // id (a view of `text`) -> position
  auto entry_for = [&](const Row& row) -> ActorEntry& {
    auto [it, added] = index.try_emplace(row[0], entries.size());
    if (added) entries.push_back(ActorEntry{std::string(row[0]), {}, {}, row.origin()});
    return entries[it->second];
  };
  for (const Row& row : rows) {
    if (!valid_id(row[0])) return row.field_error(0, kExpectId);
    const std::string_view kind = row[1];
    if (kind == "name" || kind == "adjective") {
      if (!valid_phrase(row[2])) return row.field_error(2, kExpectPhrase);
      if (!row[3].empty()) return row.field_error(3, "no date on a " + std::string(kind) + " row");
      if (!row[4].empty()) return row.field_error(4, "no date on a " + std::string(kind) + " row");
    } else if (kind == "role") {
      if (!valid_code(row[2])) return row.field_error(2, kExpectCode);
    } else {
      return row.field_error(1, "'name', 'role' or 'adjective'");
    }
    if (!valid_note(row[5])) return row.field_error(5, "a note without tabs");
    ActorEntry* entry = &entry_for(row);
    if (kind == "role") {
      RoleRow role;
      role.code = std::string(row[2]);
      DYAD_RETURN_IF_ERROR(parse_bound(row, 3, role.from));
      DYAD_RETURN_IF_ERROR(parse_bound(row, 4, role.to));
      if (role.from != kOpenStart && role.to != kOpenEnd && role.from >= role.to) {
        return row.error("column 'to': expected a date after 'from' (" + std::string(row[3]) +
                         "; the interval is from <= date < to), found '" + std::string(row[4]) +
                         "'");
      }
      role.note = std::string(row[5]);
      role.origin = row.origin();
      entry->roles.push_back(std::move(role));
    } else {
      entry->names.push_back(NameRow{std::string(row[2]),
                                     kind == "name" ? NameKind::kName : NameKind::kAdjective,
                                     row.origin()});
    }
  }
  return entries;
}

Result<std::vector<AgentRow>> parse_agents_tsv(std::string_view text, const std::string& path) {
  std::vector<Row> rows;
  DYAD_RETURN_IF_ERROR(split_rows(text, path, kAgentHeader, kAgentColumns, 3, rows));
  std::vector<AgentRow> agents;
  agents.reserve(rows.size());
  for (const Row& row : rows) {
    AgentRow a;
    if (!valid_phrase(row[0])) return row.field_error(0, kExpectPhrase);
    if (!valid_code(row[1])) return row.field_error(1, "an agent code of 3 or more [A-Z0-9]");
    if (row[2] == "suffix") {
      a.attach = AgentAttach::kSuffix;
    } else if (row[2] == "prefix") {
      a.attach = AgentAttach::kPrefix;
    } else {
      return row.field_error(2, "'suffix' or 'prefix'");
    }
    if (!valid_note(row[3])) return row.field_error(3, "a note without tabs");
    a.phrase = std::string(row[0]);
    a.code = std::string(row[1]);
    a.note = std::string(row[3]);
    a.origin = row.origin();
    agents.push_back(std::move(a));
  }
  return agents;
}

namespace {

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found(path + ": cannot open actor table");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return data_loss(path + ": read error");
  return buf.str();
}

std::string comment_block(std::string_view comment) {
  std::string out;
  size_t pos = 0;
  while (pos < comment.size()) {
    size_t nl = comment.find('\n', pos);
    if (nl == std::string_view::npos) nl = comment.size();
    std::string_view line = comment.substr(pos, nl - pos);
    out += line.empty() ? "#" : "# ";
    out += line;
    out += '\n';
    pos = nl + 1;
  }
  return out;
}

Status write_file(const std::string& path, const std::string& bytes) {
  std::error_code ec;
  const std::filesystem::path p(path);
  if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path(), ec);
  if (ec) return not_found(path + ": cannot create folder: " + ec.message());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return not_found(path + ": cannot open for writing");
  out << bytes;
  out.close();
  if (!out) return data_loss(path + ": write error");
  return {};
}

// Drops trailing empty fields, as the hand-edited files do.
void append_row(std::string& out, std::initializer_list<std::string_view> fields) {
  std::vector<std::string_view> f(fields);
  while (f.size() > 3 && f.back().empty()) f.pop_back();
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) out += '\t';
    out += f[i];
  }
  out += '\n';
}

}  // namespace

Result<std::vector<ActorEntry>> read_actor_tsv(const std::string& path) {
  Result<std::string> text = slurp(path);
  if (!text.ok()) return text.status();
  return parse_actor_tsv(*text, path);
}

Result<std::vector<AgentRow>> read_agents_tsv(const std::string& path) {
  Result<std::string> text = slurp(path);
  if (!text.ok()) return text.status();
  return parse_agents_tsv(*text, path);
}

Result<std::string> format_actor_tsv(std::span<const ActorEntry> entries,
                                     std::string_view comment) {
  std::vector<const ActorEntry*> order;
  order.reserve(entries.size());
  for (const ActorEntry& e : entries) order.push_back(&e);
  std::stable_sort(order.begin(), order.end(),
                   [](const ActorEntry* a, const ActorEntry* b) { return a->id < b->id; });
  std::string out = comment_block(comment);
  out += kActorHeader;
  out += '\n';
  for (const ActorEntry* e : order) {
    auto bad = [&](const std::string& what) {
      return invalid_argument("actor entry '" + shown(e->id) + "': " + what);
    };
    if (!valid_id(e->id)) return bad("expected " + std::string(kExpectId));
    for (NameKind kind : {NameKind::kName, NameKind::kAdjective}) {
      for (const NameRow& n : e->names) {
        if (n.kind != kind) continue;
        if (!valid_phrase(n.phrase)) {
          return bad("name '" + shown(n.phrase) + "': expected " + std::string(kExpectPhrase));
        }
        append_row(out, {e->id, kind == NameKind::kName ? "name" : "adjective", n.phrase});
      }
    }
    for (const RoleRow& r : e->roles) {
      if (!valid_code(r.code)) {
        return bad("role '" + shown(r.code) + "': expected " + std::string(kExpectCode));
      }
      if (!valid_note(r.note)) return bad("role note '" + shown(r.note) + "' holds a tab");
      if (r.from != kOpenStart && r.to != kOpenEnd && r.from >= r.to) {
        return bad("role " + r.code + ": expected from < to, found " + format_day(r.from) +
                   " >= " + format_day(r.to));
      }
      const std::string from = format_day(r.from);
      const std::string to = format_day(r.to);
      append_row(out, {e->id, "role", r.code, from, to, r.note});
    }
  }
  return out;
}

Result<std::string> format_agents_tsv(std::span<const AgentRow> agents, std::string_view comment) {
  std::vector<const AgentRow*> order;
  order.reserve(agents.size());
  for (const AgentRow& a : agents) order.push_back(&a);
  std::stable_sort(order.begin(), order.end(),
                   [](const AgentRow* a, const AgentRow* b) { return a->phrase < b->phrase; });
  std::string out = comment_block(comment);
  out += kAgentHeader;
  out += '\n';
  for (const AgentRow* a : order) {
    if (!valid_phrase(a->phrase)) {
      return invalid_argument("agent '" + shown(a->phrase) + "': expected " +
                              std::string(kExpectPhrase));
    }
    if (!valid_code(a->code)) {
      return invalid_argument("agent '" + a->phrase + "': code '" + shown(a->code) +
                              "': expected 3 or more [A-Z0-9]");
    }
    if (!valid_note(a->note)) {
      return invalid_argument("agent '" + a->phrase + "': note holds a tab");
    }
    append_row(out, {a->phrase, a->code, a->attach == AgentAttach::kSuffix ? "suffix" : "prefix",
                     a->note});
  }
  return out;
}

Status write_actor_tsv(const std::string& path, std::span<const ActorEntry> entries,
                       std::string_view comment) {
  Result<std::string> text = format_actor_tsv(entries, comment);
  if (!text.ok()) return invalid_argument(path + ": " + text.status().message());
  return write_file(path, *text);
}

Status write_agents_tsv(const std::string& path, std::span<const AgentRow> agents,
                        std::string_view comment) {
  Result<std::string> text = format_agents_tsv(agents, comment);
  if (!text.ok()) return invalid_argument(path + ": " + text.status().message());
  return write_file(path, *text);
}

}  // namespace dyad::actors

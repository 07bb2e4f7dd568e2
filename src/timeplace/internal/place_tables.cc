#include "timeplace/internal/place_tables.h"

#include <utf8proc.h>
#include <algorithm>
#include <array>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <functional>
#include <span>
#include <sstream>

namespace dyad::timeplace::internal {
namespace {

constexpr size_t kMaxColumns = 8;

struct Row {
  int line = 0;
  std::array<std::string_view, kMaxColumns> fields;
};

// One table: its path (for messages), its columns and its text.
class Table {
 public:
  Table(std::string path, std::span<const std::string_view> columns)
      : path_(std::move(path)), columns_(columns) {}

  const std::string& path() const { return path_; }

  Status field_error(const Row& row, size_t column, std::string_view expected) const {
    return parse_error(path_ + ":" + std::to_string(row.line) + ": column '" +
                       std::string(columns_[column]) + "': expected " + std::string(expected) +
                       ", found '" + std::string(row.fields[column]) + "'");
  }

  // Calls `on_row` for each data row of `text`.
  Status for_each_row(std::string_view text, const std::function<Status(const Row&)>& on_row) {
    if (utf8proc_ssize_t bad = first_invalid_utf8(text); bad >= 0) {
      return parse_error(path_ + ":" + std::to_string(line_of(text, bad)) +
                         ": invalid UTF-8 at byte " + std::to_string(bad));
    }
    bool header_seen = false;
    int line = 0;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) {
        return parse_error(path_ + ":" + std::to_string(line + 1) +
                           ": expected a line end (LF) after the last line");
      }
      std::string_view l = text.substr(pos, nl - pos);
      pos = nl + 1;
      ++line;
      if (!l.empty() && l.back() == '\r') {
        return parse_error(path_ + ":" + std::to_string(line) +
                           ": expected LF line ends, found CR LF");
      }
      if (!header_seen && l.starts_with('#')) continue;
      Row row;
      row.line = line;
      size_t n = 0;
      for (size_t start = 0;;) {
        size_t tab = l.find('\t', start);
        if (n < kMaxColumns) row.fields[n] = l.substr(start, tab - start);
        ++n;
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
      if (!header_seen) {
        header_seen = true;
        if (n != columns_.size() ||
            !std::equal(columns_.begin(), columns_.end(), row.fields.begin())) {
          std::string want;
          for (std::string_view c : columns_) want += (want.empty() ? "" : "\\t") + std::string(c);
          return parse_error(path_ + ":" + std::to_string(line) + ": expected the header '" + want +
                             "', found '" + std::string(l) + "'");
        }
        continue;
      }
      if (n != columns_.size()) {
        return parse_error(path_ + ":" + std::to_string(line) + ": expected " +
                           std::to_string(columns_.size()) + " tab-separated fields, found " +
                           std::to_string(n));
      }
      DYAD_RETURN_IF_ERROR(on_row(row));
    }
    if (!header_seen) return parse_error(path_ + ": expected a header line, found none");
    return {};
  }

 private:
  static utf8proc_ssize_t first_invalid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
      if (static_cast<unsigned char>(s[i]) < 0x80) {
        ++i;
        continue;
      }
      utf8proc_int32_t cp = 0;
      utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
      if (n <= 0) return static_cast<utf8proc_ssize_t>(i);
      i += static_cast<size_t>(n);
    }
    return -1;
  }
  static int line_of(std::string_view s, utf8proc_ssize_t byte) {
    return 1 + static_cast<int>(std::count(s.begin(), s.begin() + byte, '\n'));
  }

  std::string path_;
  std::span<const std::string_view> columns_;
};

bool is_upper_code(std::string_view s, size_t size) {
  if (s.size() != size) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool parse_uint(std::string_view s, uint32_t& out) {
  if (s.empty() || s.size() > 10) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

bool parse_degrees(std::string_view s, float limit, float& out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size() && out >= -limit && out <= limit;
}

// Both empty (no coordinates) or both valid degrees.
Status read_coordinates(const Table& t, const Row& row, size_t lat_column, float& lat, float& lon,
                        bool& has, bool required) {
  std::string_view la = row.fields[lat_column], lo = row.fields[lat_column + 1];
  has = !(la.empty() && lo.empty());
  if (!has && !required) return {};
  if (!parse_degrees(la, 90, lat)) {
    return t.field_error(row, lat_column, "a latitude in degrees (-90..90)");
  }
  if (!parse_degrees(lo, 180, lon)) {
    return t.field_error(row, lat_column + 1, "a longitude in degrees (-180..180)");
  }
  return {};
}

bool is_plain_name(std::string_view s) { return !s.empty() && s.front() != ' ' && s.back() != ' '; }

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found("cannot open gazetteer table '" + path + "'");
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

constexpr std::array<std::string_view, 7> kCountryColumns = {
    "iso3", "iso2", "name", "capital", "capital_geonameid", "lat", "lon"};
constexpr std::array<std::string_view, 6> kAdmin1Columns = {"country",   "code", "name",
                                                            "geonameid", "lat",  "lon"};
constexpr std::array<std::string_view, 8> kPlaceColumns = {
    "geonameid", "name", "country", "admin1", "feature", "population", "lat", "lon"};
constexpr std::array<std::string_view, 3> kAliasColumns = {"name", "target", "note"};

Status read_countries(const std::string& path, std::string_view text,
                      std::vector<CountryRow>& out) {
  Table t(path, kCountryColumns);
  return t.for_each_row(text, [&](const Row& row) -> Status {
    CountryRow c;
    c.line = row.line;
    c.iso3 = row.fields[0];
    c.iso2 = row.fields[1];
    c.name = row.fields[2];
    c.capital = row.fields[3];
    if (!is_upper_code(c.iso3, 3)) return t.field_error(row, 0, "an ISO 3166-1 alpha-3 code");
    if (!is_upper_code(c.iso2, 2)) return t.field_error(row, 1, "an ISO 3166-1 alpha-2 code");
    if (!is_plain_name(c.name)) return t.field_error(row, 2, "a name");
    if (!row.fields[4].empty() && !parse_uint(row.fields[4], c.capital_geonameid)) {
      return t.field_error(row, 4, "a GeoNames id (digits) or nothing");
    }
    if (c.capital.empty() != row.fields[4].empty()) {
      return t.field_error(row, 3, "a capital exactly when capital_geonameid is given");
    }
    DYAD_RETURN_IF_ERROR(read_coordinates(t, row, 5, c.lat, c.lon, c.has_coordinates, false));
    out.push_back(c);
    return {};
  });
}

Status read_admin1(const std::string& path, std::string_view text, std::vector<Admin1Row>& out) {
  Table t(path, kAdmin1Columns);
  return t.for_each_row(text, [&](const Row& row) -> Status {
    Admin1Row a;
    a.line = row.line;
    a.country = row.fields[0];
    a.code = row.fields[1];
    a.name = row.fields[2];
    if (!is_upper_code(a.country, 3)) return t.field_error(row, 0, "an ISO3 country code");
    if (a.code.empty() || a.code.find(' ') != std::string_view::npos) {
      return t.field_error(row, 1, "a region code without spaces");
    }
    if (!is_plain_name(a.name)) return t.field_error(row, 2, "a name");
    if (!parse_uint(row.fields[3], a.geonameid)) return t.field_error(row, 3, "a GeoNames id");
    DYAD_RETURN_IF_ERROR(read_coordinates(t, row, 4, a.lat, a.lon, a.has_coordinates, false));
    out.push_back(a);
    return {};
  });
}

Status read_places(const std::string& path, std::string_view text, std::vector<PlaceRow>& out) {
  Table t(path, kPlaceColumns);
  return t.for_each_row(text, [&](const Row& row) -> Status {
    PlaceRow p;
    p.line = row.line;
    p.name = row.fields[1];
    p.country = row.fields[2];
    p.admin1 = row.fields[3];
    p.feature = row.fields[4];
    if (!parse_uint(row.fields[0], p.geonameid) || p.geonameid == 0) {
      return t.field_error(row, 0, "a GeoNames id");
    }
    if (!is_plain_name(p.name)) return t.field_error(row, 1, "a name");
    if (!is_upper_code(p.country, 3)) return t.field_error(row, 2, "an ISO3 country code");
    if (p.admin1.find(' ') != std::string_view::npos) {
      return t.field_error(row, 3, "a region code or nothing");
    }
    bool feature_ok = !p.feature.empty() && p.feature.size() <= 6;
    for (char c : p.feature) feature_ok &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!feature_ok) return t.field_error(row, 4, "a GeoNames feature code (PPL, PPLC, ...)");
    if (!parse_uint(row.fields[5], p.population)) return t.field_error(row, 5, "a population");
    bool has = false;
    DYAD_RETURN_IF_ERROR(read_coordinates(t, row, 6, p.lat, p.lon, has, true));
    out.push_back(p);
    return {};
  });
}

Status read_aliases(const std::string& path, std::string_view text, std::vector<AliasRow>& out) {
  Table t(path, kAliasColumns);
  return t.for_each_row(text, [&](const Row& row) -> Status {
    AliasRow a{row.line, row.fields[0], row.fields[1]};
    if (!is_plain_name(a.name)) return t.field_error(row, 0, "a name");
    if (a.target.empty()) {
      return t.field_error(row, 1, "an ISO3 code, ISO3.REGION, a GeoNames id or '-'");
    }
    out.push_back(a);
    return {};
  });
}

}  // namespace

Status PlaceTables::error(std::string_view file, int line, std::string_view what) const {
  return parse_error((std::filesystem::path(dir) / file).string() + ":" + std::to_string(line) +
                     ": " + std::string(what));
}

Result<std::unique_ptr<PlaceTables>> read_place_tables(const std::string& dir) {
  auto tables = std::make_unique<PlaceTables>();
  tables->dir = dir;
  struct File {
    const char* name;
    std::string* text;
  };
  const File files[] = {{"countries.tsv", &tables->countries_text},
                        {"admin1.tsv", &tables->admin1_text},
                        {"places.tsv", &tables->places_text},
                        {"aliases.tsv", &tables->aliases_text}};
  for (const File& f : files) {
    auto text = read_file((std::filesystem::path(dir) / f.name).string());
    if (!text.ok()) return text.status();
    *f.text = std::move(text).value();
  }
  auto path = [&](const char* name) { return (std::filesystem::path(dir) / name).string(); };
  DYAD_RETURN_IF_ERROR(
      read_countries(path("countries.tsv"), tables->countries_text, tables->countries));
  DYAD_RETURN_IF_ERROR(read_admin1(path("admin1.tsv"), tables->admin1_text, tables->admin1));
  DYAD_RETURN_IF_ERROR(read_places(path("places.tsv"), tables->places_text, tables->places));
  DYAD_RETURN_IF_ERROR(read_aliases(path("aliases.tsv"), tables->aliases_text, tables->aliases));
  return tables;
}

}  // namespace dyad::timeplace::internal

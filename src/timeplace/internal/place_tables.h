#pragma once
// The four gazetteer tables of data/src/places read as they are written
// (docs/formats/places.md), checked field by field and against each other, before the
// Gazetteer indexes them. Strict dialect, as for every data/src table: UTF-8, LF line
// ends, leading "#" comment lines, one header naming the columns, then rows of exactly
// that many tab-separated fields; no quoting.
//
// Hand-written rather than the ontology's TSV reader: timeplace does not link the
// ontology stage, and this reader keeps fields as views into the file text (no string per
// field), which keeps loading 28,000 rows within a few milliseconds.
//
// Ownership: PlaceTables owns the file texts; every string_view in its rows points into
// them and lives as long as the PlaceTables, which is therefore handed out by unique_ptr
// (moving a short std::string would move its bytes).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad::timeplace::internal {

struct CountryRow {
  int line = 0;
  std::string_view iso3, iso2, name, capital;
  uint32_t capital_geonameid = 0;  // 0: none
  float lat = 0, lon = 0;
  bool has_coordinates = false;
};

struct Admin1Row {
  int line = 0;
  std::string_view country, code, name;
  uint32_t geonameid = 0;
  float lat = 0, lon = 0;
  bool has_coordinates = false;
};

struct PlaceRow {
  int line = 0;
  uint32_t geonameid = 0;
  std::string_view name, country, admin1, feature;
  uint32_t population = 0;
  float lat = 0, lon = 0;
};

struct AliasRow {
  int line = 0;
  std::string_view name;
  std::string_view target;  // "-", ISO3, ISO3.REGION or a geonameid
};

struct PlaceTables {
  std::string dir;
  std::string countries_text, admin1_text, places_text, aliases_text;
  std::vector<CountryRow> countries;
  std::vector<Admin1Row> admin1;
  std::vector<PlaceRow> places;
  std::vector<AliasRow> aliases;

  // "<dir>/<file>:<line>: <what>", for checks made after reading.
  Status error(std::string_view file, int line, std::string_view what) const;
};

// Reads and checks the format of every field; cross-references (known countries, regions,
// alias targets, capitals) are checked by the Gazetteer builder.
Result<std::unique_ptr<PlaceTables>> read_place_tables(const std::string& dir);

}  // namespace dyad::timeplace::internal

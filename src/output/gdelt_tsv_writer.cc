#include "output/gdelt_tsv_writer.h"

#include <cstdio>

#include "output/event_facts.h"
#include "output/internal/json_text.h"

namespace dyad::output {
namespace {

using internal::append_integer;
using internal::append_number;
using internal::append_tsv_field;

constexpr const char* kColumnNames[GdeltTsvWriter::kColumns] = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"};

void tab(std::string& out) { out += '\t'; }

void append_padded(std::string& out, int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%0*d", width, v);
  out += buf;
}

// GDELT writes actor names in capitals ("UNITED NATIONS", "GEORGE W BUSH"): the
// country's name for a country entry (its id is the ISO3 code: "UKR" -> "UKRAINE"), else
// the dictionary entry id with spaces for underscores, else the text as written;
// upper-cased (ASCII letters).
void actor_name(std::string& out, const timeplace::Gazetteer& gaz, const ActorFacts& a) {
  std::string_view from = a.entry.empty() ? a.text : a.entry;
  if (a.entry.size() == 3 && a.entry == a.country) {
    if (const uint32_t c = gaz.find_country(a.country); c != kNoIndex) {
      from = gaz.name(gaz.place(c));
    }
  }
  std::string name;
  name.reserve(from.size());
  for (char c : from) {
    if (c == '_') c = ' ';
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    name += c;
  }
  append_tsv_field(out, name);
}

// Actor code, name, country, known group, ethnic, religion 1 and 2, types 1-3 (10
// columns, without the trailing tab). CAMEO codes are 3-letter parts: a country or an
// IGO/NGO prefix ("IGOUNO": type IGO, known group UNO), then sector parts.
void actor_columns(std::string& out, const timeplace::Gazetteer& gaz, const ActorFacts& a) {
  if (!a.present) {
    out.append(9, '\t');
    return;
  }
  append_tsv_field(out, a.code);
  tab(out);
  actor_name(out, gaz, a);
  tab(out);
  append_tsv_field(out, a.country);
  tab(out);
  std::string_view rest = a.code.substr(a.country.size());
  std::string_view known, types[3];
  int n = 0;
  if (a.country.empty() &&
      (rest.starts_with("IGO") || rest.starts_with("NGO") || rest.starts_with("IMG"))) {
    types[n++] = rest.substr(0, 3);
    known = rest.substr(3, 3);
    rest = rest.size() > 6 ? rest.substr(6) : std::string_view();
  }
  for (; n < 3 && !rest.empty(); ++n) {
    types[n] = rest.substr(0, 3);
    rest = rest.size() > 3 ? rest.substr(3) : std::string_view();
  }
  append_tsv_field(out, known);
  out += "\t\t\t\t";  // ethnic, religion 1, religion 2
  append_tsv_field(out, types[0]);
  tab(out);
  append_tsv_field(out, types[1]);
  tab(out);
  append_tsv_field(out, types[2]);
}

// ActionGeo_* (8 columns, without the trailing tab).
void action_geo(std::string& out, const timeplace::Gazetteer& gaz, const PlaceFacts& p) {
  if (p.place == nullptr) {
    out.append(7, '\t');
    return;
  }
  const timeplace::Place& place = *p.place;
  const bool usa = p.country == "USA";
  int type = 1;  // GDELT: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
  if (place.kind == timeplace::PlaceKind::kAdmin1) type = usa ? 2 : 5;
  if (place.kind == timeplace::PlaceKind::kCity) type = usa ? 3 : 4;
  append_integer(out, type);
  tab(out);
  // "City, State, Country" / "State, Country" / "Country".
  std::string full(p.name);
  if (place.kind == timeplace::PlaceKind::kCity && !p.region.empty()) {
    full += ", ";
    full += p.region;
  }
  if (place.kind != timeplace::PlaceKind::kCountry) {
    full += ", ";
    full += gaz.name(gaz.place(place.country));
  }
  append_tsv_field(out, full);
  tab(out);
  append_tsv_field(out, p.country);
  tab(out);
  std::string adm1(p.country);
  if (place.kind != timeplace::PlaceKind::kCountry && place.admin1 != kNoIndex) {
    adm1 += gaz.code(gaz.place(place.admin1));
  }
  append_tsv_field(out, adm1);
  tab(out);  // ADM2: none
  tab(out);
  if (place.has_coordinates()) append_number(out, place.lat);
  tab(out);
  if (place.has_coordinates()) append_number(out, place.lon);
  tab(out);
  if (place.kind == timeplace::PlaceKind::kCity && place.geonameid != 0) {
    append_integer(out, place.geonameid);
  } else {
    append_tsv_field(out, adm1);
  }
}

}  // namespace

const char* const* GdeltTsvWriter::column_names() { return kColumnNames; }

void GdeltTsvWriter::write_header(std::string_view, std::string& out) const {
  for (int i = 0; i < kColumns; ++i) {
    if (i) tab(out);
    out += kColumnNames[i];
  }
  out += '\n';
}

size_t GdeltTsvWriter::write_events(const Document& doc, std::string& out) {
  FactsBuilder builder(r_, doc);
  for (const Event& e : doc.events) {
    const EventFacts f = builder.facts(e);
    append_integer(out, static_cast<int64_t>(next_id_++));
    tab(out);
    if (f.year != 0) {  // SQLDATE, MonthYear, Year, FractionDate
      append_padded(out, f.year * 10000 + f.month * 100 + f.day, 8);
      tab(out);
      append_padded(out, f.year * 100 + f.month, 6);
      tab(out);
      append_integer(out, f.year);
      tab(out);
      // GDELT's approximation of the year's fraction, four decimals. The codebook writes
      // (MONTH * 30 + DAY) / 365, but GDELT's own rows use (MONTH - 1): 20190125 is
      // 2019.0685 (25 / 365) there. dyad follows the rows.
      char buf[32];
      std::snprintf(buf, sizeof(buf), "%.4f", f.year + ((f.month - 1) * 30 + f.day) / 365.0);
      out += buf;
    } else {
      out += "\t\t\t";
    }
    tab(out);
    actor_columns(out, *r_.gazetteer, f.source);
    tab(out);
    actor_columns(out, *r_.gazetteer, f.target);
    tab(out);
    out += f.sentence_index == 0 ? '1' : '0';  // IsRootEvent: the lead sentence
    tab(out);
    const std::string_view code = e.cameo.view();
    append_tsv_field(out, code);
    tab(out);
    append_tsv_field(out, code.substr(0, 3));
    tab(out);
    append_tsv_field(out, code.substr(0, 2));
    tab(out);
    if (f.cameo != nullptr) {
      append_integer(out, static_cast<int>(f.cameo->quad_class));
      tab(out);
      append_number(out, f.cameo->goldstein);
    } else {
      tab(out);
    }
    tab(out);
    append_integer(out, e.mentions);
    out += "\t1\t1\t";  // NumSources, NumArticles: one document; AvgTone: none
    out.append(17, '\t');  // ends AvgTone, then Actor1Geo_*, Actor2Geo_*: 8 empty columns each
    action_geo(out, *r_.gazetteer, f.place);
    tab(out);
    if (doc.date.size() == 10) {  // DATEADDED: the publication date, YYYYMMDD000000
      out.append(doc.date, 0, 4);
      out.append(doc.date, 5, 2);
      out.append(doc.date, 8, 2);
      out += "000000";
    }
    tab(out);
    append_tsv_field(out, doc.id);
    out += '\n';
  }
  return doc.events.size();
}

}  // namespace dyad::output

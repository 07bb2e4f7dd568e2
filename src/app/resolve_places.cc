#include "app/resolve_places.h"

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/char_offsets.h"
#include "pipeline/data_dir.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace dyad::app {
namespace {

using Json = nlohmann::ordered_json;

// Coordinates are stored as float; five decimals (about a metre) is what GeoNames gives,
// and printing the rounded double keeps "50.45466" from becoming "50.454660415649414".
Json degrees(float value) {
  if (std::isnan(value)) return nullptr;
  return std::round(static_cast<double>(value) * 1e5) / 1e5;
}

Json place_json(const timeplace::Gazetteer& g, const timeplace::PlaceMatch& m,
                std::string_view source, uint32_t start, uint32_t end) {
  const timeplace::Place& p = g.place(m.place);
  Json j;
  j["text"] = std::string(source);
  j["start"] = start;
  j["end"] = end;
  j["name"] = std::string(g.name(p));
  j["kind"] = std::string(timeplace::place_kind_name(p.kind));
  j["country"] = std::string(g.iso3(p));
  if (p.admin1 != kNoIndex) {
    j["admin1"] = std::string(g.name(g.place(p.admin1)));
    j["admin1_code"] = std::string(g.code(g.place(p.admin1)));
  } else {
    j["admin1"] = nullptr;
    j["admin1_code"] = nullptr;
  }
  j["geonameid"] = p.geonameid ? Json(p.geonameid) : Json(nullptr);
  j["lat"] = degrees(p.lat);
  j["lon"] = degrees(p.lon);
  j["population"] = p.kind == timeplace::PlaceKind::kCity ? Json(p.population) : Json(nullptr);
  j["capital"] = p.capital;
  return j;
}

}  // namespace

std::string places_dir(const std::string& data_dir) {
  return (std::filesystem::path(data_dir) / "src" / "places").string();
}

Result<std::shared_ptr<const timeplace::Gazetteer>> load_gazetteer(const std::string& data_dir) {
  auto dir = pipeline::find_data_dir(data_dir);
  if (!dir.ok()) return dir.status();
  return timeplace::Gazetteer::load(places_dir(*dir));
}

std::string resolve_places_json(const timeplace::Gazetteer& gazetteer, const std::string& text) {
  Document doc;
  doc.source = text;
  text::normalize(doc);
  text::tokenize(doc);
  timeplace::MatchScratch scratch;
  std::vector<timeplace::PlaceMatch> matches;
  for (const Sentence& s : doc.sentences) {
    gazetteer.find(doc, s.token_begin, s.token_end, scratch, matches);
  }
  CharOffsets chars(doc.source);
  Json places = Json::array();
  for (const timeplace::PlaceMatch& m : matches) {
    uint32_t begin = doc.offsets.to_source(doc.tokens[m.token_begin].begin);
    uint32_t end = doc.offsets.to_source(doc.tokens[m.token_end - 1].end);
    std::string_view source = std::string_view(doc.source).substr(begin, end - begin);
    uint32_t start_char = chars.at(begin);
    places.push_back(place_json(gazetteer, m, source, start_char, chars.at(end)));
  }
  Json out;
  out["text"] = text;
  out["places"] = std::move(places);
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<std::string> resolve_places(const ResolvePlacesOptions& options) {
  auto gazetteer = load_gazetteer(options.data_dir);
  if (!gazetteer.ok()) return gazetteer.status();
  return resolve_places_json(**gazetteer, options.text);
}

}  // namespace dyad::app

#pragma once
// app::resolve_places — `dyad places resolve "TEXT"`: the gazetteer on one text, as
// JSON. The text goes through the text stage (normalize, tokenize, sentences) and each
// sentence through timeplace::Gazetteer::find, the same call the event coder makes.
//
// Output: {"text": ..., "places": [{"text", "start", "end", "name", "kind", "country",
// "admin1", "admin1_code", "geonameid", "lat", "lon", "population", "capital"}]}, where
// start/end are code point offsets into the input and unknown values are null
// (docs/formats/places.md).

#include <memory>
#include <string>

#include "core/status.h"
#include "timeplace/gazetteer.h"

namespace dyad::app {

struct ResolvePlacesOptions {
  std::string text;
  std::string data_dir;  // --data-dir; empty: the usual lookup (pipeline/data_dir.h)
};

// The gazetteer tables' folder inside a data dir: <data>/src/places.
std::string places_dir(const std::string& data_dir);

// Loads the gazetteer from the data dir the options name (or find).
Result<std::shared_ptr<const timeplace::Gazetteer>> load_gazetteer(const std::string& data_dir);

// The JSON document for `text`, one line, no trailing newline.
std::string resolve_places_json(const timeplace::Gazetteer& gazetteer, const std::string& text);

// Loads the gazetteer and resolves options.text.
Result<std::string> resolve_places(const ResolvePlacesOptions& options);

}  // namespace dyad::app

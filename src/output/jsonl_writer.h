#pragma once
// JsonlWriter: dyad's own event records, one JSON object per line (docs/formats/events.md):
//
//   {"doc_id", "sentence_index",
//    "source": {"text", "start", "end", "code", "country", "sector", "entry", "role"},
//    "target": {...} | null,
//    "cameo": {"code", "name", "root", "quad_class", "goldstein"},
//    "plover": {"event_type", "mode", "context", "intensity"},
//    "modality", "date", "date_precision", "date_source",
//    "place": {"text", "name", "kind", "country", "geonameid", "lat", "lon"} | null,
//    "evidence": {"sentence", "start", "end"}, "trigger": {"text", "start", "end"},
//    "confidence", "mentions", "pattern"}
//
// Thread-safety: see writer.h.

#include "output/writer.h"

namespace dyad::output {

class JsonlWriter : public Writer {
 public:
  explicit JsonlWriter(events::CoderResources resources) : r_(std::move(resources)) {}

  void write_header(std::string_view header_json, std::string& out) const override;
  size_t write_events(const Document& doc, std::string& out) override;
  bool status_inline() const override { return true; }

 private:
  events::CoderResources r_;
};

}  // namespace dyad::output

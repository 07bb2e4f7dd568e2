#pragma once
// PloverJsonWriter: one PLOVER record per event, one JSON object per line, with the
// field names of the PLOVER manual's "Data Fields" chapter (PLOVER_MANUAL.tex, tables
// "PLOVER JSON", "Information object for entities", "Information object for text",
// "Location object"):
//
//   {"id", "date", "actor": [entity], "recipient": [entity], "event": [type],
//    "mode": [...], "context": [...], "quad_code", "event_scale", "event_loc" | null,
//    "event_text": [trigger], "text", "text_info": {"sequence", "start", "end"},
//    "cite_info": {"citation"}, "coder",
//    dyad's extras: "date_precision", "modality", "cameo", "confidence"}
//   entity: {"code" (country), "sector", "entity_text", "identifier_text" (dictionary
//            entry), "office" (role note), "cameo_code" (the full actor code)}
//
// The manual's auxiliary modes go into "context" as it says: negated and denied events
// get "negation", intended ones "future", hypothetical ones "hypothetical".
//
// Thread-safety: see writer.h.

#include "output/writer.h"

namespace dyad::output {

class PloverJsonWriter : public Writer {
 public:
  explicit PloverJsonWriter(events::CoderResources resources) : r_(std::move(resources)) {}

  void write_header(std::string_view header_json, std::string& out) const override;
  size_t write_events(const Document& doc, std::string& out) override;
  bool status_inline() const override { return true; }

 private:
  events::CoderResources r_;
};

}  // namespace dyad::output

#pragma once
// GdeltTsvWriter: one tab-separated row per event in the 61 columns of the GDELT 2.0
// event table (GLOBALEVENTID, SQLDATE, ..., ActionGeo_FeatureID, DATEADDED, SOURCEURL),
// so tools that load GDELT exports load dyad's output. Columns dyad has no value for
// (ethnic and religion codes, AvgTone, the actors' geography, ADM2) are empty. Where
// dyad's facts differ in kind from GDELT's they are said in docs/formats/events.md:
// country codes are ISO 3166-1 alpha-3 (as the actor codes), not FIPS 10-4; FeatureID
// is a GeoNames id; GLOBALEVENTID numbers the events of one run from 1; DATEADDED is
// the publication date at 000000; SOURCEURL is the document id.
//
// The stream holds rows only (and, with a header, the column names first): status
// records go elsewhere (writer.h).
//
// Thread-safety: see writer.h; the writer counts events across documents.

#include <cstdint>

#include "output/writer.h"

namespace dyad::output {

class GdeltTsvWriter : public Writer {
 public:
  static constexpr int kColumns = 61;
  explicit GdeltTsvWriter(events::CoderResources resources) : r_(std::move(resources)) {}

  void write_header(std::string_view header_json, std::string& out) const override;
  size_t write_events(const Document& doc, std::string& out) override;
  bool status_inline() const override { return false; }

  // The GDELT 2.0 column names, in order.
  static const char* const* column_names();

 private:
  events::CoderResources r_;
  uint64_t next_id_ = 1;
};

}  // namespace dyad::output

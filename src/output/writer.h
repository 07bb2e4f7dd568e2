#pragma once
// The event writers of `dyad code` (docs/formats/events.md): one interface, one file per
// format (jsonl_writer, gdelt_tsv_writer, plover_json_writer), chosen by name.
//
// Records per document. Nothing is dropped silently: every input document yields at
// least one line, in input order (write_document below).
//   - A document whose status is not ok gets one status record naming it and saying
//     why: {"doc_id", "status": "<DocStatus name>", "detail"}. Statuses that keep the
//     analysis (invalid_utf8_repaired, too_long, missing_date) are followed by the
//     document's events, if any; the others (malformed_json, binary, empty,
//     internal_error) have none.
//   - An ok document with no events gets {"doc_id", "status": "no_events"}.
//   - Each event is one record in the writer's format.
// Status records are JSON in every format. The JSON formats put them in the event
// stream; the TSV format keeps its stream pure GDELT rows, and the caller sends status
// records elsewhere (`dyad code --status-file`, else stderr).
//
// Thread-safety: a Writer is used by one thread (the Runner's sink runs on the driver
// thread, in input order). It may keep state across documents (the TSV writer numbers
// events). It holds the coder's resources, which it reads to label events.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.h"
#include "events/coder.h"

namespace dyad::output {

enum class Format : uint8_t { kJsonl, kGdeltTsv, kPloverJson };

// "jsonl", "tsv", "plover".
std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format format);

class Writer {
 public:
  virtual ~Writer() = default;

  // The opening line when a header is asked for (`dyad code --header`): the JSON formats
  // write {"header": <header_json>}; the TSV format writes its column names.
  virtual void write_header(std::string_view header_json, std::string& out) const = 0;
  // Appends one line per event of `doc`, in the document's order; returns the count.
  virtual size_t write_events(const Document& doc, std::string& out) = 0;
  // True when status records belong in the event stream (the JSON formats).
  virtual bool status_inline() const = 0;
};

std::unique_ptr<Writer> make_writer(Format format, events::CoderResources resources);

// The status record `doc` needs (see above), appended to `out` with its newline;
// false, and nothing appended, when it needs none (ok with events).
bool write_status(const Document& doc, std::string& out);

struct DocumentLines {
  size_t events = 0;
  size_t statuses = 0;  // 0 or 1
};

// The status record (to `status_out`, which may be `out` itself) then the events.
DocumentLines write_document(Writer& writer, const Document& doc, std::string& out,
                             std::string& status_out);

}  // namespace dyad::output

#include "output/writer.h"

#include "output/gdelt_tsv_writer.h"
#include "output/internal/json_text.h"
#include "output/jsonl_writer.h"
#include "output/plover_json_writer.h"

namespace dyad::output {

using internal::append_json_string;
using internal::append_key;

std::optional<Format> parse_format(std::string_view name) {
  if (name == "jsonl") return Format::kJsonl;
  if (name == "tsv") return Format::kGdeltTsv;
  if (name == "plover") return Format::kPloverJson;
  return std::nullopt;
}

std::string_view format_name(Format format) {
  switch (format) {
    case Format::kJsonl: return "jsonl";
    case Format::kGdeltTsv: return "tsv";
    case Format::kPloverJson: return "plover";
  }
  return "?";
}

std::unique_ptr<Writer> make_writer(Format format, events::CoderResources resources) {
  switch (format) {
    case Format::kJsonl: return std::make_unique<JsonlWriter>(std::move(resources));
    case Format::kGdeltTsv: return std::make_unique<GdeltTsvWriter>(std::move(resources));
    case Format::kPloverJson: return std::make_unique<PloverJsonWriter>(std::move(resources));
  }
  return nullptr;
}

bool write_status(const Document& doc, std::string& out) {
  const bool ok = doc.status == DocStatus::kOk;
  if (ok && !doc.events.empty()) return false;
  out += '{';
  append_key(out, "doc_id");
  append_json_string(out, doc.id);
  out += ',';
  append_key(out, "status");
  append_json_string(out, ok ? std::string_view("no_events") : to_string(doc.status));
  if (!ok && !doc.status_detail.empty()) {
    out += ',';
    append_key(out, "detail");
    append_json_string(out, doc.status_detail);
  }
  out += "}\n";
  return true;
}

DocumentLines write_document(Writer& writer, const Document& doc, std::string& out,
                             std::string& status_out) {
  DocumentLines lines;
  lines.statuses = write_status(doc, status_out) ? 1 : 0;
  lines.events = writer.write_events(doc, out);
  return lines;
}

}  // namespace dyad::output

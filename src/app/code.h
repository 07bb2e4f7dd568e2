#pragma once
// app::code — `dyad code`: raw news in, coded events out (docs/formats/events.md).
//
// Reads plain text files (one document each) or JSONL ({"id", "text", "date", ...} per
// line), runs the pipeline text → tag → parse → events (actors and events: events::Coder)
// on N threads, and writes each document's events, in input order, as JSONL (default),
// GDELT 2.0 TSV or PLOVER JSON (output/writer.h). Every input document yields at least
// one line: its events, or a status record saying why there are none.
//
// Publication dates. A JSONL "date" may be YYYY-MM-DD, YYYYMMDD or YYMMDD (years 69-99
// are 19xx, 00-68 20xx, as POSIX %y); it is normalized to YYYY-MM-DD. `date` (--date)
// stands in for documents without one (plain text; JSONL lines lacking "date"). A date
// that cannot be read, or none at all, gives the document status missing_date with a
// detail, and it is coded without a date: asserted events then carry no date rather than
// a wrong one. missing_date is a warning, like invalid_utf8_repaired: the document is
// fully coded, and it does not by itself make the exit code 1.

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "app/coder_resources.h"
#include "app/model_paths.h"
#include "core/status.h"
#include "output/writer.h"
#include "pipeline/pipeline.h"
#include "pipeline/runner.h"
#include "text/reader.h"

namespace dyad::app {

// How inputs are read: kAuto takes a file named *.jsonl or *.ndjson as JSONL and
// anything else (stdin included) as plain text. The name decides, never the content.
enum class CodeInputFormat { kAuto, kText, kJsonl };

struct CodeOptions {
  std::vector<std::string> inputs;  // files; "-" is stdin; empty means stdin
  CodeInputFormat input_format = CodeInputFormat::kAuto;
  output::Format format = output::Format::kJsonl;
  std::string date;  // --date: YYYY-MM-DD (or YYYYMMDD, YYMMDD); empty: none
  bool header = false;  // --header: a first line describing the run (docs/formats/events.md)
  // --status-file: status records go to `status_out` in every format (TSV always sends
  // them there; the JSON formats otherwise keep them in the event stream).
  bool status_apart = false;
  int threads = 1;
  ModelOptions models;       // --data-dir, --tagger, --parser
  std::string dictionaries;  // --dictionaries DIR (app/coder_resources.h)
  std::string generator = "dyad";  // name and version for the header ("dyad 0.1.0")
  // Called after each batch of documents with the counts so far.
  std::function<void(const pipeline::RunStats&)> progress;
};

struct CodeReport {
  pipeline::RunStats stats;  // documents, failed (error statuses), sentences, events...
  size_t event_lines = 0;
  size_t status_lines = 0;
};

// Writes to `out`; status records go to `out` too for the JSON formats, and to
// `status_out` for TSV (which keeps its stream pure GDELT rows) or with status_apart. Returns a resource error
// (unreadable input, missing model or data, bad --date) before anything is written for
// that input.
Result<CodeReport> code(const CodeOptions& options, std::ostream& out, std::ostream& status_out);

// The coding pipeline (text, tag, parse, events) with its resources loaded: what `dyad
// code` runs, for other verbs (eval, bench) that code the same way.
struct CodingPipeline {
  pipeline::Pipeline pipeline;
  events::CoderResources resources;
};
Result<CodingPipeline> make_coding_pipeline(const ModelOptions& models,
                                            const std::string& dictionaries);
// The same with the coder's resources already loaded (load_coder_resources).
Result<CodingPipeline> make_coding_pipeline(const ModelOptions& models,
                                            events::CoderResources resources);

// "2023-03-21" for "2023-03-21", "20230321" and "230321"; "" for anything else,
// impossible days (February 30) included.
std::string normalize_publication_date(std::string_view date);

// Gives `doc` its publication date, before coding: normalizes the one it was read with
// (recovering a compact date the reader left out), else takes `fallback` (already
// normalized, may be empty). Returns "" when it has a date, else the reason it has none
// (a detail for the status record). The status itself is set after the text stage
// (mark_missing_date), so that a document found empty or binary there says so instead.
std::string settle_publication_date(Document& doc, const std::string& fallback);
// Sets status missing_date with `reason` on a document that was analysed (warning
// statuses keep theirs and gain the reason in the detail); a no-op when `reason` is
// empty or the document could not be analysed (empty, binary, malformed, failed).
void mark_missing_date(Document& doc, const std::string& reason);

}  // namespace dyad::app

#include "app/code.h"

#include <chrono>
#include <cstdio>
#include <deque>
#include <optional>
#include <nlohmann/json.hpp>

#include "events/verb_lexicon.h"

namespace dyad::app {
namespace {

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool is_jsonl_name(std::string_view path) {
  return path.ends_with(".jsonl") || path.ends_with(".ndjson");
}

text::InputFormat input_format_for(CodeInputFormat format, std::string_view path) {
  switch (format) {
    case CodeInputFormat::kText: return text::InputFormat::kText;
    case CodeInputFormat::kJsonl: return text::InputFormat::kJsonl;
    case CodeInputFormat::kAuto: break;
  }
  return is_jsonl_name(path) ? text::InputFormat::kJsonl : text::InputFormat::kText;
}

// The reader (text/reader.cc) accepts YYYY-MM-DD and YYYYMMDD; any other date it leaves
// out, saying so in the detail as "<file:line>: date '<raw>' is not YYYY-MM-DD; left
// empty". This takes the raw date back out of that message (and the message out of the
// detail), so YYMMDD dates can be read here. When the reader reads YYMMDD itself this
// finds nothing and does nothing.
struct RejectedDate {
  std::string where;
  std::string raw;
};
std::optional<RejectedDate> take_rejected_date(Document& doc) {
  static constexpr std::string_view kOpen = ": date '";
  static constexpr std::string_view kClose = "' is not YYYY-MM-DD; left empty";
  std::string& d = doc.status_detail;
  const size_t open = d.find(kOpen);
  if (open == std::string::npos) return std::nullopt;
  const size_t close = d.find(kClose, open + kOpen.size());
  if (close == std::string::npos) return std::nullopt;
  size_t begin = d.rfind("; ", open);
  begin = begin == std::string::npos ? 0 : begin + 2;
  RejectedDate r;
  r.where = d.substr(begin, open - begin);
  r.raw = d.substr(open + kOpen.size(), close - open - kOpen.size());
  size_t end = close + kClose.size();
  if (d.compare(end, 2, "; ") == 0) {
    end += 2;
  } else if (begin >= 2) {
    begin -= 2;  // drop the separator before it instead
  }
  d.erase(begin, end - begin);
  return r;
}

void add_status(Document& doc, DocStatus status, const std::string& detail) {
  if (doc.status == DocStatus::kOk) {
    doc.status = status;
    doc.status_detail = doc.status_detail.empty() ? detail : detail + "; " + doc.status_detail;
  } else {
    doc.status_detail += doc.status_detail.empty() ? detail : "; " + detail;
  }
}

std::string header_json(const CodeOptions& options, const std::string& date,
                        const CodingPipeline& coding) {
  using json = nlohmann::ordered_json;
  json h;
  h["generator"] = options.generator;
  h["format"] = output::format_name(options.format);
  json config;
  config["stages"] = coding.pipeline.config().stages;
  config["date"] = date.empty() ? json(nullptr) : json(date);
  config["input_format"] = options.input_format == CodeInputFormat::kText    ? "text"
                           : options.input_format == CodeInputFormat::kJsonl ? "jsonl"
                                                                             : "auto";
  config["dictionaries"] = options.dictionaries.empty() ? json(nullptr) : json(options.dictionaries);
  config["tagger"] = coding.pipeline.config().tagger_model;
  config["parser"] = coding.pipeline.config().parser_model;
  h["config"] = std::move(config);
  json models = json::parse(coding.pipeline.models_json(), nullptr, false);
  h["models"] = models.is_discarded() ? json(coding.pipeline.models_json()) : std::move(models);
  const events::CoderResources& r = coding.resources;
  h["data"] = {{"cameo_codes", r.ontology->codes().size()},
               {"actor_entries", r.actors->entry_count()},
               {"places", r.gazetteer->places().size()},
               {"verbs", r.verbs->verb_count()},
               {"verb_patterns", r.verbs->pattern_count()}};
  return h.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string normalize_publication_date(std::string_view d) {
  std::string_view y, m, day;
  int year = 0;
  if (d.size() == 10 && d[4] == '-' && d[7] == '-') {
    y = d.substr(0, 4), m = d.substr(5, 2), day = d.substr(8, 2);
  } else if (d.size() == 8) {
    y = d.substr(0, 4), m = d.substr(4, 2), day = d.substr(6, 2);
  } else if (d.size() == 6) {
    y = d.substr(0, 2), m = d.substr(2, 2), day = d.substr(4, 2);
  } else {
    return {};
  }
  if (!all_digits(y) || !all_digits(m) || !all_digits(day)) return {};
  year = to_int(y);
  if (y.size() == 2) year += year >= 69 ? 1900 : 2000;
  const std::chrono::year_month_day ymd{std::chrono::year(year),
                                        std::chrono::month(static_cast<unsigned>(to_int(m))),
                                        std::chrono::day(static_cast<unsigned>(to_int(day)))};
  if (!ymd.ok()) return {};
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, to_int(m), to_int(day));
  return buf;
}

std::string settle_publication_date(Document& doc, const std::string& fallback) {
  if (doc.status == DocStatus::kMalformedJson) return {};  // no document to date
  if (std::optional<RejectedDate> rejected = take_rejected_date(doc)) {
    doc.date = normalize_publication_date(rejected->raw);
    if (!doc.date.empty()) return {};
    return rejected->where + ": date '" + rejected->raw +
           "' is not YYYY-MM-DD, YYYYMMDD or YYMMDD; coded without a date";
  }
  if (!doc.date.empty()) {
    // The reader checked the shape (YYYY-MM-DD); the calendar check is here.
    const std::string checked = normalize_publication_date(doc.date);
    std::string reason;
    if (checked.empty()) reason = "date '" + doc.date + "' is not a calendar day; coded without a date";
    doc.date = checked;
    return reason;
  }
  if (!fallback.empty()) {
    doc.date = fallback;
    return {};
  }
  return "no publication date (give --date, or a \"date\" field in JSONL); coded without a "
         "date, so events carry only the dates their text states";
}

void mark_missing_date(Document& doc, const std::string& reason) {
  if (reason.empty() || doc.status == DocStatus::kMalformedJson ||
      doc.status == DocStatus::kBinary || doc.status == DocStatus::kEmpty ||
      doc.status == DocStatus::kInternalError) {
    return;
  }
  add_status(doc, DocStatus::kMissingDate, reason);
}

Result<CodingPipeline> make_coding_pipeline(const ModelOptions& models,
                                            const std::string& dictionaries) {
  CoderDataOptions data;
  data.data_dir = models.data_dir;
  data.dictionaries = dictionaries;
  Result<events::CoderResources> resources = load_coder_resources(data);
  if (!resources.ok()) return resources.status();
  return make_coding_pipeline(models, std::move(resources).value());
}

Result<CodingPipeline> make_coding_pipeline(const ModelOptions& models,
                                            events::CoderResources resources) {
  auto coder = events::Coder::create(resources);
  if (!coder.ok()) return coder.status();

  pipeline::PipelineConfig config;
  config.stages = {"text", "tag", "parse", "events"};
  config.coder = std::move(coder).value();
  DYAD_RETURN_IF_ERROR(resolve_coding_models(models, config));
  Result<pipeline::Pipeline> p = pipeline::Pipeline::create(config);
  if (!p.ok()) return p.status();
  return CodingPipeline{std::move(p).value(), std::move(resources)};
}

Result<CodeReport> code(const CodeOptions& options, std::ostream& out, std::ostream& status_out) {
  std::string fallback_date;
  if (!options.date.empty()) {
    fallback_date = normalize_publication_date(options.date);
    if (fallback_date.empty()) {
      return invalid_argument("--date: expected YYYY-MM-DD (or YYYYMMDD, YYMMDD), found '" +
                              options.date + "'");
    }
  }
  Result<CodingPipeline> coding = make_coding_pipeline(options.models, options.dictionaries);
  if (!coding.ok()) return coding.status();
  std::unique_ptr<output::Writer> writer =
      output::make_writer(options.format, coding->resources);
  const bool inline_status = writer->status_inline() && !options.status_apart;

  std::string buffer, status_buffer;
  if (options.header) {
    writer->write_header(header_json(options, fallback_date, *coding), buffer);
    out << buffer;
  }
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  CodeReport report;
  pipeline::RunStats& total = report.stats;
  for (const std::string& input : inputs) {
    text::ReaderOptions reader_options;
    reader_options.format = input_format_for(options.input_format, input);
    auto reader = text::DocumentReader::open(input, reader_options);
    if (!reader.ok()) return reader.status();
    pipeline::RunnerOptions runner;
    runner.threads = options.threads;
    pipeline::RunStats before = total;
    if (options.progress) {
      runner.progress = [&](const pipeline::RunStats& s) {
        pipeline::RunStats sum = before;
        sum.documents += s.documents;
        sum.failed += s.failed;
        sum.sentences += s.sentences;
        sum.tokens += s.tokens;
        sum.events += s.events;
        sum.bytes += s.bytes;
        options.progress(sum);
      };
    }
    // The reason each document has no date, "" when it has one: next() and the sink both
    // run on this thread, and the Runner hands documents to the sink in reading order.
    std::deque<std::string> date_reasons;
    const pipeline::RunStats stats = pipeline::run(
        [&](Document& doc) {
          if (!(*reader)->next(doc)) return false;
          date_reasons.push_back(settle_publication_date(doc, fallback_date));
          return true;
        },
        coding->pipeline, runner,
        [&](Document& doc) {
          mark_missing_date(doc, date_reasons.front());
          date_reasons.pop_front();
          buffer.clear();
          status_buffer.clear();
          const output::DocumentLines lines = output::write_document(
              *writer, doc, buffer, inline_status ? buffer : status_buffer);
          report.event_lines += lines.events;
          report.status_lines += lines.statuses;
          // Status first, then events: written in one piece per document.
          if (!inline_status && !status_buffer.empty()) status_out << status_buffer;
          out << buffer;
        });
    total.documents += stats.documents;
    total.failed += stats.failed;
    total.sentences += stats.sentences;
    total.tokens += stats.tokens;
    total.events += stats.events;
    total.bytes += stats.bytes;
  }
  out.flush();
  status_out.flush();
  return report;
}

}  // namespace dyad::app

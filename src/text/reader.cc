#include "text/reader.h"

#include "text/internal/utf8.h"

#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace dyad::text {

struct DocumentReader::Impl {
  simdjson::ondemand::parser parser;
  std::string line;  // reused; padded for simdjson
  std::string repaired;  // reused: the line with invalid UTF-8 replaced
};

namespace {

// Wraps std::cin without owning it.
class StdinStream : public std::istream {
 public:
  StdinStream() : std::istream(std::cin.rdbuf()) {}
};

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

bool blank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

void set_status(Document& doc, DocStatus status, std::string detail) {
  if (doc.status == DocStatus::kOk) {
    doc.status = status;
    doc.status_detail = std::move(detail);
  } else {
    doc.status_detail += "; " + detail;
  }
}

}  // namespace

std::string normalize_date(std::string_view d) {
  std::string_view y, m, day;
  if (d.size() == 10 && d[4] == '-' && d[7] == '-') {
    y = d.substr(0, 4);
    m = d.substr(5, 2);
    day = d.substr(8, 2);
  } else if (d.size() == 8) {
    y = d.substr(0, 4);
    m = d.substr(4, 2);
    day = d.substr(6, 2);
  } else {
    return {};
  }
  if (!all_digits(y) || !all_digits(m) || !all_digits(day)) return {};
  const int month = to_int(m), dd = to_int(day);
  if (month < 1 || month > 12 || dd < 1 || dd > 31) return {};
  std::string out(y);
  out += '-';
  out += m;
  out += '-';
  out += day;
  return out;
}

void truncate_utf8(std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return;
  size_t cut = max_bytes;
  // Back off continuation bytes so the cut falls on a code point boundary.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
}

DocumentReader::DocumentReader(std::unique_ptr<std::istream> in, std::string name,
                               const ReaderOptions& options)
    : in_(std::move(in)), name_(std::move(name)), options_(options), impl_(new Impl) {}

DocumentReader::~DocumentReader() = default;

Result<std::unique_ptr<DocumentReader>> DocumentReader::open(const std::string& path,
                                                             const ReaderOptions& options) {
  std::unique_ptr<std::istream> in;
  std::string name;
  if (path == "-") {
    in = std::make_unique<StdinStream>();
    name = "stdin";
  } else {
    auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*file) return not_found("cannot open input file '" + path + "'");
    in = std::move(file);
    name =
        options.format == InputFormat::kText ? std::filesystem::path(path).stem().string() : path;
  }
  return std::unique_ptr<DocumentReader>(new DocumentReader(std::move(in), name, options));
}

std::unique_ptr<DocumentReader> DocumentReader::from_string(std::string content, std::string name,
                                                            const ReaderOptions& options) {
  return std::unique_ptr<DocumentReader>(new DocumentReader(
      std::make_unique<std::istringstream>(std::move(content)), std::move(name), options));
}

bool DocumentReader::next(Document& doc) {
  doc = Document();
  return options_.format == InputFormat::kText ? next_text(doc) : next_jsonl(doc);
}

bool DocumentReader::next_text(Document& doc) {
  if (text_done_) return false;
  text_done_ = true;
  doc.id = name_;
  // Read at most one byte past the limit, so a huge file costs no more than the limit.
  const size_t limit = options_.max_document_bytes;
  std::string& s = doc.source;
  char buf[1 << 16];
  while (s.size() <= limit && in_->read(buf, sizeof buf).gcount() > 0) {
    s.append(buf, static_cast<size_t>(in_->gcount()));
  }
  if (s.size() > limit) {
    truncate_utf8(s, limit);
    set_status(doc, DocStatus::kTooLong,
               name_ + ": over " + std::to_string(limit) + " bytes; truncated");
  }
  return true;
}

bool DocumentReader::next_jsonl(Document& doc) {
  std::string& line = impl_->line;
  do {
    if (!std::getline(*in_, line)) return false;
    ++line_;
  } while (blank(line));
  const std::string where = name_ + ":" + std::to_string(line_);
  auto malformed = [&](std::string_view what) {
    doc = Document();
    doc.id = where;
    doc.status = DocStatus::kMalformedJson;
    doc.status_detail = where + ": " + std::string(what);
    return true;
  };
  // simdjson refuses invalid UTF-8 outright. The document is still worth having: repair
  // the line (U+FFFD for each bad sequence) and flag it, as the normalizer does for text.
  size_t first_bad = std::string::npos;
  if (!simdjson::validate_utf8(line.data(), line.size())) {
    first_bad = internal::repair_utf8(line, impl_->repaired);
    line.swap(impl_->repaired);
  }
  const size_t length = line.size();
  line.reserve(length + simdjson::SIMDJSON_PADDING);
  simdjson::ondemand::document json;
  if (impl_->parser.iterate(line.data(), length, line.capacity()).get(json)) {
    return malformed("not a JSON document");
  }
  simdjson::ondemand::object object;
  if (json.get_object().get(object)) return malformed("expected a JSON object");
  bool has_text = false;
  std::string date;
  for (auto field_result : object) {
    simdjson::ondemand::field field;
    std::string_view key;
    if (std::move(field_result).get(field) || field.unescaped_key().get(key)) {
      return malformed("broken JSON object");
    }
    simdjson::ondemand::value value = field.value();
    if (key == "text") {
      std::string_view text;
      if (value.get_string().get(text)) return malformed("\"text\" is not a string");
      doc.source.assign(text);
      has_text = true;
    } else if (key == "id") {
      std::string_view id;
      simdjson::ondemand::json_type type;
      if (value.type().get(type)) return malformed("broken \"id\" value");
      if (type == simdjson::ondemand::json_type::string) {
        if (value.get_string().get(id)) return malformed("bad \"id\" string");
        doc.id.assign(id);
      } else {
        id = value.raw_json_token();
        doc.id.assign(id);  // a numeric id keeps its spelling
        while (!doc.id.empty() && doc.id.back() == ' ') doc.id.pop_back();
      }
    } else if (key == "date") {
      std::string_view d;
      if (value.get_string().get(d) == simdjson::SUCCESS) {
        date.assign(d);
      } else {
        date = "(not a string)";
      }
    }  // other fields are skipped by the iteration itself
  }
  if (!has_text) return malformed("no \"text\" field");
  if (doc.id.empty()) doc.id = where;
  if (first_bad != std::string::npos) {
    set_status(doc, DocStatus::kInvalidUtf8Repaired,
               where + ": invalid UTF-8 replaced by U+FFFD (first bad byte at line offset " +
                   std::to_string(first_bad) + ")");
  }
  if (!date.empty()) {
    doc.date = normalize_date(date);
    if (doc.date.empty()) {
      doc.status_detail = where + ": date '" + date + "' is not YYYY-MM-DD; left empty";
    }
  }
  if (doc.source.size() > options_.max_document_bytes) {
    truncate_utf8(doc.source, options_.max_document_bytes);
    set_status(
        doc, DocStatus::kTooLong,
        where + ": text over " + std::to_string(options_.max_document_bytes) + " bytes; truncated");
  }
  return true;
}

}  // namespace dyad::text

#pragma once
// DocumentReader: turns input files into Documents, one per input document, always.
// Plain text: one document per file, id = the file name's stem. JSONL: one document per
// non-blank line, {"id", "text", "date", ...} (other fields ignored), parsed with simdjson.
// A bad line does not stop the stream: it becomes a Document with status kMalformedJson
// and a detail naming the file, line and fault, and reading goes on with the next line.
//
// The reader fills id, date, source and (for problems) status and status_detail; the
// normalizer then makes text from source.
//
// Ownership and thread-safety: a DocumentReader owns its stream and parser and is used by
// one thread at a time. Lines have no length limit (a 10 MB line is one document).

#include <cstddef>
#include <istream>
#include <memory>
#include <string>

#include "core/document.h"
#include "core/status.h"

namespace dyad::text {

enum class InputFormat { kText, kJsonl };

struct ReaderOptions {
  InputFormat format = InputFormat::kJsonl;
  // Longer texts are cut at a UTF-8 boundary and get status kTooLong.
  size_t max_document_bytes = size_t{32} << 20;
};

class DocumentReader {
 public:
  // `path` "-" reads standard input. Fails only when the file cannot be opened.
  static Result<std::unique_ptr<DocumentReader>> open(const std::string& path,
                                                      const ReaderOptions& options);
  // Reads from a string; `name` plays the file's part in ids and messages.
  static std::unique_ptr<DocumentReader> from_string(std::string content, std::string name,
                                                     const ReaderOptions& options);

  ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;

  // Replaces `doc` with the next input document; false at the end of the input.
  bool next(Document& doc);

  // 1-based number of the last line read (JSONL), for callers' messages.
  size_t line_number() const { return line_; }

 private:
  struct Impl;
  DocumentReader(std::unique_ptr<std::istream> in, std::string name, const ReaderOptions& options);

  bool next_text(Document& doc);
  bool next_jsonl(Document& doc);

  std::unique_ptr<std::istream> in_;
  std::string name_;
  ReaderOptions options_;
  std::unique_ptr<Impl> impl_;
  size_t line_ = 0;
  bool text_done_ = false;
};

// Checks a date and returns it as YYYY-MM-DD: accepts YYYY-MM-DD and the compact
// YYYYMMDD; returns an empty string for anything else.
std::string normalize_date(std::string_view date);

// Truncates `s` to at most `max_bytes` without splitting a UTF-8 sequence.
void truncate_utf8(std::string& s, size_t max_bytes);

}  // namespace dyad::text

#pragma once
// Small JSON text helpers for the output writers. The writers build each record by hand
// into a reused std::string rather than through a JSON DOM: a record is a fixed shape,
// and appending to one buffer allocates nothing once it has grown.
//
// Strings are always valid UTF-8 on output: a source slice of a document whose bytes
// were repaired (status invalid_utf8_repaired) can still hold bad bytes, and those
// become U+FFFD here, as the normalizer does for the text.

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::output::internal {

// Appends `s` as a quoted JSON string: '"', '\\' and control characters escaped,
// invalid UTF-8 sequences replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view s);
// Appends `s` as it would appear inside a JSON string, without quotes (for TSV fields,
// which also must not hold tabs or newlines: those become spaces).
void append_tsv_field(std::string& out, std::string_view s);

// Shortest round-trip decimal form ("4", "-2.5", "0.8"); NaN and infinities print null.
void append_number(std::string& out, double v);
void append_number(std::string& out, float v);
void append_integer(std::string& out, int64_t v);

// `"key":` (the key is trusted ASCII).
inline void append_key(std::string& out, std::string_view key) {
  out += '"';
  out += key;
  out += "\":";
}

}  // namespace dyad::output::internal

#pragma once
// Event: one coded event of a Document, as the events stage writes it and the output
// writers, the store and the bindings read it. Like every Document part it is a plain
// value linked by indices: `sentence` into Document::sentences, `predicate` into
// Document::tokens, `source` and `target` into Document::mentions.
//
// What is not here, on purpose: labels (CAMEO name, root, quad class, Goldstein, PLOVER
// type, mode, context, intensity) come from the ontology tables by `cameo`, and place
// names and coordinates from the gazetteer by `place`, when an output is written, so one
// table decides each fact.

#include <cstdint>
#include <string_view>

namespace dyad {

// What the text says of the event: it happened (asserted), it did not (negated), an
// actor says it did not (denied), someone means or plans it (intended: "wants to",
// "plans", "will"), or it is only possible (hypothetical: "would", "if", "possible").
// An event in the past is asserted, with its own date before the publication date.
enum class Modality : uint8_t { kAsserted, kNegated, kDenied, kIntended, kHypothetical };

enum class DatePrecision : uint8_t { kDay, kMonth, kYear };

// A CAMEO event code held inline ("036", "1121"), so Event stays trivially copyable.
struct CameoCode {
  char bytes[4] = {};
  uint8_t size = 0;

  std::string_view view() const { return {bytes, size}; }
  bool empty() const { return size == 0; }
  // False, and the code unchanged, unless `s` is 2 to 4 digits.
  bool assign(std::string_view s) {
    if (s.size() < 2 || s.size() > 4) return false;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
    }
    for (size_t i = 0; i < s.size(); ++i) bytes[i] = s[i];
    size = static_cast<uint8_t>(s.size());
    return true;
  }
  // The engine suites' validation dictionaries also write WEIS-style variants, three
  // digits and a capital letter ("174K", "075A"): as assign, or such a variant.
  bool assign_variant(std::string_view s) {
    if (assign(s)) return true;
    if (s.size() != 4 || s[3] < 'A' || s[3] > 'Z') return false;
    for (size_t i = 0; i < 3; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    for (size_t i = 0; i < s.size(); ++i) bytes[i] = s[i];
    size = 4;
    return true;
  }
  friend bool operator==(const CameoCode& a, const CameoCode& b) { return a.view() == b.view(); }
};

struct Event {
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  static constexpr int32_t kNoDate = INT32_MIN;

  uint32_t sentence = kNone;   // Document::sentences
  uint32_t predicate = kNone;  // Document::tokens: the verb or event noun that fired
  uint32_t source = kNone;     // Document::mentions
  uint32_t target = kNone;     // Document::mentions; kNone for events without a target
  CameoCode cameo;
  Modality modality = Modality::kAsserted;
  int32_t date = kNoDate;  // days since 1970-01-01: the event's own date
  DatePrecision date_precision = DatePrecision::kDay;
  bool date_from_text = false;   // false: the publication date stands in
  uint32_t place = kNone;        // gazetteer place index
  uint32_t place_token = kNone;  // Document::tokens: first word of the place name
  uint32_t pattern = kNone;      // the verb pattern that fired (its row in the verb table)
  uint32_t mentions = 1;         // how many mentions in the document were merged into it
  float confidence = 0.0f;
};

}  // namespace dyad

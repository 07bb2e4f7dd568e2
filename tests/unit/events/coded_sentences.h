#pragma once
// The committed data and models coding real sentences, for the events tests: each event
// as "SOURCE TARGET CODE modality [date]" ("-" for no source or no target), so a test asserts what
// an analyst reads off the output.

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/coder_resources.h"
#include "events/coder.h"
#include "events/modality.h"
#include "parsed_sentences.h"
#include "timeplace/date_expressions.h"

namespace dyad::events::testing {

inline const Coder& committed_coder() {
  static const std::shared_ptr<const Coder> c = [] {
    app::CoderDataOptions options;
    options.data_dir = std::string(DYAD_SOURCE_DIR) + "/data";
    auto resources = app::load_coder_resources(options);
    EXPECT_TRUE(resources.ok()) << resources.status().message();
    auto created = Coder::create(resources.value());
    EXPECT_TRUE(created.ok());
    return created.value();
  }();
  return *c;
}

// The events of `text` published on `date`, in order.
inline std::vector<std::string> code(std::string_view text, std::string_view date) {
  Document doc = parse(text);
  doc.date = std::string(date);
  CoderWorkspace ws;
  committed_coder().code(doc, ws);
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    std::string s = std::string(e.source == Event::kNone ? std::string_view("-")
                                                         : doc.mentions[e.source].code.view()) +
                    " " +
                    std::string(e.target == Event::kNone ? std::string_view("-")
                                                         : doc.mentions[e.target].code.view()) +
                    " " + std::string(e.cameo.view()) + " " +
                    std::string(modality_name(e.modality));
    if (e.date != Event::kNoDate) {
      s += " " + timeplace::format_date(
                     {std::chrono::sys_days{std::chrono::days{e.date}}, e.date_precision});
    }
    out.push_back(s);
  }
  return out;
}

inline bool has(const std::vector<std::string>& events, std::string_view prefix) {
  for (const std::string& e : events) {
    if (e.starts_with(prefix)) return true;
  }
  return false;
}

inline std::string all(const std::vector<std::string>& events) {
  std::string s;
  for (const std::string& e : events) s += e + "\n";
  return s;
}

}  // namespace dyad::events::testing

// Issue 4's acceptance on the example article (../shared/eval/example, published
// 2023-03-21): the events a careful analyst codes from it, and no meeting reported as
// having happened on the publication day.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/code.h"
#include "app/coder_resources.h"
#include "app/model_paths.h"
#include "events/coder.h"
#include "events/modality.h"
#include "pipeline/data_dir.h"
#include "pipeline/pipeline.h"
#include "shared_dir.h"
#include "timeplace/date_expressions.h"

namespace dyad::eval {
namespace {

struct Coded {
  std::string source, target, cameo, modality, date, predicate;
};

std::vector<Coded> code_article(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  const std::string data = std::string(DYAD_SOURCE_DIR) + "/data";
  pipeline::PipelineConfig config;
  app::ModelOptions models;
  models.data_dir = data;
  const Status resolved = app::resolve_coding_models(models, config);  // as `dyad code` parses
  EXPECT_TRUE(resolved.ok()) << resolved.message();
  auto pipeline = pipeline::Pipeline::create(config);
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().message();
  app::CoderDataOptions options;
  options.data_dir = data;
  auto resources = app::load_coder_resources(options);
  EXPECT_TRUE(resources.ok()) << resources.status().message();
  auto coder = events::Coder::create(resources.value());
  EXPECT_TRUE(coder.ok());

  Document doc;
  doc.source = text.str();
  doc.date = "2023-03-21";
  pipeline::Workspace ws;
  pipeline->process(doc, ws);
  events::CoderWorkspace cws;
  coder.value()->code(doc, cws);
  std::vector<Coded> out;
  for (const Event& e : doc.events) {
    Coded c;
    c.source = std::string(doc.mentions[e.source].code.view());
    c.target =
        e.target == Event::kNone ? std::string() : std::string(doc.mentions[e.target].code.view());
    c.cameo = std::string(e.cameo.view());
    c.modality = std::string(events::modality_name(e.modality));
    if (e.date != Event::kNoDate) {
      c.date = timeplace::format_date(
          {std::chrono::sys_days{std::chrono::days{e.date}}, e.date_precision});
    }
    c.predicate = std::string(doc.form(e.predicate));
    out.push_back(c);
  }
  return out;
}

std::string describe(const std::vector<Coded>& events) {
  std::string s;
  for (const Coded& c : events) {
    s += c.source + " -> " + c.target + " " + c.cameo + " " + c.modality + " " + c.date + " (" +
         c.predicate + ")\n";
  }
  return s;
}

TEST(ExampleArticle, YieldsTheEventsAnAnalystWouldCode) {
  DYAD_REQUIRE_SHARED(shared);
  const auto events = code_article(shared + "/eval/example/us-china-2023-03-21.txt");
  auto has = [&](auto pred) { return std::any_of(events.begin(), events.end(), pred); };

  // Biden wants to talk with Xi: intent to meet, not a meeting.
  EXPECT_TRUE(has([](const Coded& c) {
    return c.source == "USAGOV" && c.target == "CHNGOV" && c.cameo == "036" &&
           c.modality == "intended";
  })) << describe(events);
  // Xi visits Russia.
  EXPECT_TRUE(has([](const Coded& c) {
    return c.source == "CHNGOV" && c.target.starts_with("RUS") && c.cameo == "042";
  })) << describe(events);
  // China's Foreign Ministry opposes official US-Taiwan exchanges: disapproval of the US.
  EXPECT_TRUE(has([](const Coded& c) {
    return c.source == "CHNGOV" && c.target.starts_with("USA") && c.cameo.starts_with("11");
  })) << describe(events);
  // The Bali meeting of November 2022 keeps its own date.
  EXPECT_TRUE(has([](const Coded& c) {
    return c.source == "USAGOV" && c.target == "CHNGOV" && c.cameo.starts_with("04") &&
           c.date == "2022-11";
  })) << describe(events);
  // Beyond the four: the possible phone call between the two presidents (an
  // intention, hypothetical, undated) and the consultation with Beijing under way.
  EXPECT_TRUE(has([](const Coded& c) {
    return c.source == "USAGOV" && c.target == "CHNGOV" && c.cameo == "036" &&
           c.modality == "hypothetical" && c.date.empty();
  })) << describe(events);
  // The consultation's other party is China: the news parse hangs "with Beijing" off the
  // clause, and the target found is "China" (CHN) of "a visit … to China" in the same
  // clause; either is the right country.
  EXPECT_TRUE(has([](const Coded& c) {
    return c.source == "USAGOV" && c.target.starts_with("CHN") && c.cameo == "040";
  })) << describe(events);
  // "..., which Beijing denies": China denies (016); the denial happened.
  EXPECT_TRUE(has([](const Coded& c) {
    return c.source == "CHNGOV" && c.cameo == "016" && c.modality == "asserted";
  })) << describe(events);
  // "In February, the US secretary of state backed out of his planned visit to China": a
  // visit that did not happen, dated to February.
  EXPECT_TRUE(has([](const Coded& c) {
    return c.source == "USAGOV" && c.target.starts_with("CHN") && c.cameo == "042" &&
           c.modality == "negated" && c.date == "2023-02";
  })) << describe(events);
  // Tsai Ing-wen's expected visit to the United States: an intention, not a visit made.
  EXPECT_TRUE(has([](const Coded& c) {
    return c.source == "TWNGOV" && c.target == "USA" && c.cameo == "036" &&
           c.modality == "intended";
  })) << describe(events);
}

// The article's events as `dyad code` (app::code, with its file reader) writes them, and
// its whole output in `out` for failure messages.
std::vector<nlohmann::json> cli_events(const std::string& shared, bool fast, std::string& out) {
  app::CodeOptions options;
  options.inputs = {shared + "/eval/example/us-china-2023-03-21.txt"};
  options.date = "2023-03-21";
  options.models.data_dir = std::string(DYAD_SOURCE_DIR) + "/data";
  options.models.fast = fast;
  std::ostringstream written, status;
  const auto report = app::code(options, written, status);
  EXPECT_TRUE(report.ok()) << report.status().message();
  out = written.str();
  std::vector<nlohmann::json> events;
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    auto e = nlohmann::json::parse(line);
    if (e.contains("cameo")) events.push_back(std::move(e));
  }
  return events;
}

std::string target_code(const nlohmann::json& e) {
  return e["target"].is_null() ? "" : e["target"].value("code", "");
}

// The same article through `dyad code`: the CLI reads the text its own way, and the parse
// can differ from the pipeline run above. The consultation with Beijing was lost there
// once while the test above still passed.
TEST(ExampleArticle, DyadCodeYieldsTheConsultationToo) {
  DYAD_REQUIRE_SHARED(shared);
  std::string out;
  const auto events = cli_events(shared, /*fast=*/false, out);
  const bool consultation = std::any_of(events.begin(), events.end(), [](const auto& e) {
    return e["source"].value("code", "") == "USAGOV" && target_code(e).starts_with("CHN") &&
           e["cameo"]["code"] == "040";
  });
  EXPECT_TRUE(consultation) << out;
  EXPECT_GE(events.size(), 14u) << out;
}

// `dyad code --fast` (the lean parser) codes the four events as well.
TEST(ExampleArticle, DyadCodeFastYieldsTheRequiredEvents) {
  DYAD_REQUIRE_SHARED(shared);
  std::string out;
  std::vector<std::string> found;
  for (const auto& e : cli_events(shared, /*fast=*/true, out)) {
    const std::string date = e["date"].is_null() ? "" : e["date"].get<std::string>();
    found.push_back(e["source"].value("code", "") + " " + target_code(e) + " " +
                    e["cameo"]["code"].get<std::string>() + " " + e.value("modality", "") + " " +
                    date);
  }
  auto has = [&](std::string_view prefix) {
    return std::any_of(found.begin(), found.end(),
                       [&](const std::string& f) { return f.starts_with(prefix); });
  };
  EXPECT_TRUE(has("USAGOV CHNGOV 036 intended")) << out;
  EXPECT_TRUE(has("CHNGOV RUS 042")) << out;
  EXPECT_TRUE(has("CHNGOV USA 11")) << out;
  EXPECT_TRUE(has("USAGOV CHNGOV 040 asserted 2022-11")) << out;
}

TEST(ExampleArticle, NoMeetingHappensOnThePublicationDay) {
  DYAD_REQUIRE_SHARED(shared);
  const auto events = code_article(shared + "/eval/example/us-china-2023-03-21.txt");
  for (const Coded& c : events) {
    const bool meeting =
        c.cameo == "040" || c.cameo == "042" || c.cameo == "043" || c.cameo == "044";
    // Xi's visit to Russia (and Russia hosting it) is under way on the publication day.
    const bool visit_in_progress = (c.source == "CHNGOV" && c.target.starts_with("RUS")) ||
                                   (c.source.starts_with("RUS") && c.target == "CHNGOV");
    // So is the consultation the administration "was currently actively discussing" with
    // Beijing: a consultation (040) the text reports as going on, not a meeting held.
    const bool consultation_in_progress = c.cameo == "040" && c.predicate == "discussing";
    if (meeting && !visit_in_progress && !consultation_in_progress) {
      EXPECT_FALSE(c.modality == "asserted" && c.date == "2023-03-21") << describe(events);
    }
  }
}

}  // namespace
}  // namespace dyad::eval

// The PLOVER records, field by field (PLOVER_MANUAL.tex, "Data Fields").

#include "output/plover_json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "output_test_util.h"

namespace dyad::output {
namespace {

using nlohmann::json;
using testing::code_points;
using testing::coded_document;
using testing::kSource;
using testing::resources;

std::vector<json> records(const Document& doc) {
  PloverJsonWriter writer(resources());
  std::string out;
  EXPECT_EQ(writer.write_events(doc, out), doc.events.size());
  std::vector<json> r;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) r.push_back(json::parse(line));
  return r;
}

TEST(PloverJsonWriter, FieldsOfAnIntendedMeeting) {
  const std::vector<json> r = records(coded_document());
  ASSERT_EQ(r.size(), 2u);
  const json& e = r[0];
  const ontology::PloverCoding& coding = resources().ontology->find("036")->plover;
  EXPECT_EQ(e["id"], "doc-1-1");
  EXPECT_TRUE(e["date"].is_null());
  ASSERT_EQ(e["actor"].size(), 1u);
  EXPECT_EQ(e["actor"][0]["code"], "USA");
  EXPECT_EQ(e["actor"][0]["sector"], "GOV");
  EXPECT_EQ(e["actor"][0]["entity_text"], "Joe Biden");
  EXPECT_EQ(e["actor"][0]["identifier_text"], "JOE_BIDEN");
  EXPECT_EQ(e["actor"][0]["office"], "President of the United States");
  EXPECT_EQ(e["actor"][0]["cameo_code"], "USAGOV");
  ASSERT_EQ(e["recipient"].size(), 1u);
  EXPECT_EQ(e["recipient"][0]["code"], "CHN");
  EXPECT_EQ(e["event"], json::array({coding.event_type}));
  EXPECT_EQ(e["mode"].size(), coding.mode.empty() ? 0u : 1u);
  // The intention is PLOVER's auxiliary "future", after the code's own contexts.
  ASSERT_EQ(e["context"].size(), coding.contexts.size() + 1);
  EXPECT_EQ(e["context"].back(), "future");
  EXPECT_EQ(e["quad_code"],
            static_cast<int>(resources().ontology->find_event_type(coding.event_type)->quad_class));
  EXPECT_DOUBLE_EQ(e["event_scale"].get<double>(), coding.intensity);
  const json& loc = e["event_loc"];
  EXPECT_EQ(loc["extracted_place"], "São Paulo");
  EXPECT_EQ(loc["country_code"], "BRA");
  EXPECT_EQ(loc["resolution"], 4);
  EXPECT_TRUE(loc["geonameid"].is_number_integer());
  EXPECT_EQ(e["event_text"], json::array({"meet"}));
  const std::string_view sentence =
      "Joe Biden will meet Xi Jinping (\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3) in S\xC3\xA3o Paulo.";
  EXPECT_EQ(e["text"], sentence);
  EXPECT_EQ(e["text_info"]["sequence"], 2);
  EXPECT_EQ(e["text_info"]["start"], code_points(kSource, kSource.find(sentence)));
  EXPECT_EQ(e["text_info"]["end"],
            code_points(kSource, kSource.find(sentence) + sentence.size()));
  EXPECT_EQ(e["cite_info"]["citation"], "doc-1");
  EXPECT_EQ(e["coder"], "dyad");
  EXPECT_EQ(e["modality"], "intended");
  EXPECT_EQ(e["cameo"], "036");
}

TEST(PloverJsonWriter, DatesAreFullDaysAndNegationIsAContext) {
  Document doc = coded_document();
  doc.events[1].modality = Modality::kNegated;
  doc.events[1].date = 19297;  // 2022-11
  doc.events[1].date_precision = DatePrecision::kMonth;
  const std::vector<json> r = records(doc);
  const json& e = r[1];
  EXPECT_EQ(e["id"], "doc-1-2");
  EXPECT_EQ(e["date"], "2022-11-01");
  EXPECT_EQ(e["date_precision"], "month");
  EXPECT_EQ(e["actor"][0]["code"], "IGO");
  EXPECT_EQ(e["context"].back(), "negation");
  EXPECT_TRUE(e["event_loc"].is_null());
}

}  // namespace
}  // namespace dyad::output

// The JSONL event records, field by field, on a hand-coded document whose source has
// multibyte characters, a decomposed accent and CRLF line ends.

#include "output/jsonl_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "output/event_facts.h"
#include "output_test_util.h"

namespace dyad::output {
namespace {

using nlohmann::json;
using testing::code_points;
using testing::coded_document;
using testing::kSource;
using testing::resources;

std::vector<json> lines(const std::string& text) {
  std::vector<json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    EXPECT_TRUE(json::accept(line)) << line;
    out.push_back(json::parse(line));
  }
  return out;
}

// Code point offsets of the n-th occurrence of `needle` in the source.
std::pair<uint32_t, uint32_t> offsets(std::string_view needle, int nth = 0) {
  size_t at = kSource.find(needle);
  for (int i = 0; i < nth; ++i) at = kSource.find(needle, at + 1);
  EXPECT_NE(at, std::string_view::npos) << needle;
  return {code_points(kSource, at), code_points(kSource, at + needle.size())};
}

TEST(JsonlWriter, EveryFieldOfAnIntendedMeeting) {
  const Document doc = coded_document();
  JsonlWriter writer(resources());
  std::string out;
  ASSERT_EQ(writer.write_events(doc, out), 2u);
  const std::vector<json> records = lines(out);
  ASSERT_EQ(records.size(), 2u);
  const json& r = records[0];

  EXPECT_EQ(r["doc_id"], "doc-1");
  EXPECT_EQ(r["sentence_index"], 2);

  const json& s = r["source"];
  EXPECT_EQ(s["text"], "Joe Biden");
  EXPECT_EQ(s["code"], "USAGOV");
  EXPECT_EQ(s["country"], "USA");
  EXPECT_EQ(s["sector"], "GOV");
  EXPECT_EQ(s["entry"], "JOE_BIDEN");
  EXPECT_EQ(s["role"], "President of the United States");
  const auto [biden_start, biden_end] = offsets("Joe Biden", 1);
  EXPECT_EQ(s["start"], biden_start);
  EXPECT_EQ(s["end"], biden_end);

  const json& t = r["target"];
  EXPECT_EQ(t["text"], "Xi Jinping");
  EXPECT_EQ(t["code"], "CHNGOV");
  EXPECT_EQ(t["country"], "CHN");
  EXPECT_EQ(t["sector"], "GOV");
  EXPECT_EQ(t["entry"], "XI_JINPING");
  EXPECT_EQ(t["start"], offsets("Xi Jinping").first);

  const json& c = r["cameo"];
  EXPECT_EQ(c["code"], "036");
  EXPECT_EQ(c["name"], resources().ontology->find("036")->label);
  EXPECT_EQ(c["root"], "03");
  EXPECT_EQ(c["quad_class"], 1);
  EXPECT_DOUBLE_EQ(c["goldstein"].get<double>(), resources().ontology->find("036")->goldstein);

  const ontology::PloverCoding& coding = resources().ontology->find("036")->plover;
  const json& p = r["plover"];
  EXPECT_EQ(p["event_type"], coding.event_type);
  if (coding.mode.empty()) {
    EXPECT_TRUE(p["mode"].is_null());
  } else {
    EXPECT_EQ(p["mode"], coding.mode);
  }
  EXPECT_EQ(p["context"].size(), coding.contexts.size());
  EXPECT_DOUBLE_EQ(p["intensity"].get<double>(), coding.intensity);

  EXPECT_EQ(r["modality"], "intended");
  EXPECT_TRUE(r["date"].is_null());
  EXPECT_TRUE(r["date_precision"].is_null());
  EXPECT_TRUE(r["date_source"].is_null());

  const json& place = r["place"];
  ASSERT_TRUE(place.is_object());
  EXPECT_EQ(place["text"], "São Paulo");
  EXPECT_EQ(place["country"], "BRA");
  EXPECT_EQ(place["kind"], "city");
  EXPECT_TRUE(place["geonameid"].is_number_integer());
  EXPECT_NEAR(place["lat"].get<double>(), -23.5, 0.5);
  EXPECT_NEAR(place["lon"].get<double>(), -46.6, 0.5);

  // The evidence is the sentence as written in the source, with its offsets.
  const std::string_view sentence =
      "Joe Biden will meet Xi Jinping (\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3) in S\xC3\xA3o Paulo.";
  const json& ev = r["evidence"];
  EXPECT_EQ(ev["sentence"], sentence);
  EXPECT_EQ(ev["start"], offsets(sentence).first);
  EXPECT_EQ(ev["end"], offsets(sentence).second);
  EXPECT_EQ(r["trigger"]["text"], "meet");
  EXPECT_EQ(r["trigger"]["start"], offsets("meet").first);

  EXPECT_FLOAT_EQ(r["confidence"].get<float>(), 0.8f);
  EXPECT_EQ(r["mentions"], 1);
  EXPECT_EQ(r["pattern"], std::string(resources().verbs->origin(0)));
}

TEST(JsonlWriter, DatedEventAfterCrlfAndAnIgoSource) {
  const Document doc = coded_document();
  JsonlWriter writer(resources());
  std::string out;
  writer.write_events(doc, out);
  const json r = lines(out)[1];
  EXPECT_EQ(r["sentence_index"], 3);
  EXPECT_EQ(r["source"]["code"], "IGOUNO");
  EXPECT_EQ(r["source"]["country"], "");
  EXPECT_EQ(r["source"]["sector"], "IGO");
  EXPECT_EQ(r["source"]["start"], offsets("United Nations").first);
  EXPECT_EQ(r["target"]["start"], offsets("Xi Jinping", 1).first);
  EXPECT_EQ(r["cameo"]["code"], "111");
  EXPECT_EQ(r["cameo"]["root"], "11");
  EXPECT_EQ(r["cameo"]["quad_class"], 3);
  EXPECT_EQ(r["modality"], "asserted");
  EXPECT_EQ(r["date"], "2023-03-20");
  EXPECT_EQ(r["date_precision"], "day");
  EXPECT_EQ(r["date_source"], "text");
  EXPECT_TRUE(r["place"].is_null());
  EXPECT_EQ(r["mentions"], 2);
  EXPECT_TRUE(r["pattern"].is_null());
  const std::string_view sentence = "The United Nations condemned Xi Jinping on Monday.";
  EXPECT_EQ(r["evidence"]["sentence"], sentence);
  EXPECT_EQ(r["evidence"]["start"], offsets(sentence).first);
  EXPECT_EQ(r["evidence"]["end"], offsets(sentence).second);
}

TEST(JsonlWriter, MonthPrecisionAndThePublicationDate) {
  Document doc = coded_document();
  doc.events[0].modality = Modality::kAsserted;
  doc.events[0].date = 19297;  // 2022-11-01
  doc.events[0].date_precision = DatePrecision::kMonth;
  doc.events[0].date_from_text = true;
  doc.events[1].date_from_text = false;
  JsonlWriter writer(resources());
  std::string out;
  writer.write_events(doc, out);
  const std::vector<json> r = lines(out);
  EXPECT_EQ(r[0]["date"], "2022-11");
  EXPECT_EQ(r[0]["date_precision"], "month");
  EXPECT_EQ(r[0]["date_source"], "text");
  EXPECT_EQ(r[1]["date_source"], "publication");
}

TEST(JsonlWriter, EventWithoutTargetAndInvalidBytesStayValidJson) {
  Document doc = coded_document();
  doc.events[1].target = Event::kNone;
  doc.id = "tab\there \"quoted\" \xFF";
  JsonlWriter writer(resources());
  std::string out;
  writer.write_events(doc, out);
  const std::vector<json> r = lines(out);
  EXPECT_TRUE(r[1]["target"].is_null());
  EXPECT_EQ(r[1]["doc_id"], "tab\there \"quoted\" \xEF\xBF\xBD");
}

TEST(StatusRecords, OneLinePerDocumentWithoutEvents) {
  std::string out;
  Document ok;
  ok.id = "quiet";
  ok.source = "Nothing happened.";
  EXPECT_TRUE(write_status(ok, out));
  EXPECT_EQ(out, "{\"doc_id\":\"quiet\",\"status\":\"no_events\"}\n");

  out.clear();
  Document broken;
  broken.id = "feed.jsonl:3";
  broken.status = DocStatus::kMalformedJson;
  broken.status_detail = "feed.jsonl:3: not a JSON document";
  EXPECT_TRUE(write_status(broken, out));
  const json r = json::parse(out);
  EXPECT_EQ(r["doc_id"], "feed.jsonl:3");
  EXPECT_EQ(r["status"], "malformed_json");
  EXPECT_EQ(r["detail"], "feed.jsonl:3: not a JSON document");

  out.clear();
  const Document coded = coded_document();
  EXPECT_FALSE(write_status(coded, out));
  EXPECT_TRUE(out.empty());
}

TEST(StatusRecords, WarningStatusComesBeforeTheEvents) {
  Document doc = coded_document();
  doc.status = DocStatus::kMissingDate;
  doc.status_detail = "no publication date";
  JsonlWriter writer(resources());
  std::string out;
  const DocumentLines n = write_document(writer, doc, out, out);
  EXPECT_EQ(n.statuses, 1u);
  EXPECT_EQ(n.events, 2u);
  const std::vector<json> r = lines(out);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0]["status"], "missing_date");
  EXPECT_EQ(r[0]["detail"], "no publication date");
  EXPECT_EQ(r[1]["cameo"]["code"], "036");
}

TEST(Formats, NamesRoundTrip) {
  for (Format f : {Format::kJsonl, Format::kGdeltTsv, Format::kPloverJson}) {
    EXPECT_EQ(parse_format(format_name(f)), f);
  }
  EXPECT_FALSE(parse_format("csv").has_value());
  EXPECT_EQ(sector_of("USAGOV"), "GOV");
  EXPECT_EQ(sector_of("USA"), "");
  EXPECT_EQ(sector_of("IGOUNO"), "IGO");
}

}  // namespace
}  // namespace dyad::output

// The GDELT 2.0 rows, column by column.

#include "output/gdelt_tsv_writer.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "output_test_util.h"

namespace dyad::output {
namespace {

using testing::coded_document;
using testing::resources;

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

// Each row as column name -> value; every row must have exactly 61 columns.
std::vector<std::map<std::string, std::string>> rows(const std::string& text) {
  std::vector<std::map<std::string, std::string>> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const std::vector<std::string> fields = split(line, '\t');
    EXPECT_EQ(fields.size(), 61u) << line;
    std::map<std::string, std::string> row;
    for (size_t i = 0; i < fields.size() && i < 61; ++i) {
      row[GdeltTsvWriter::column_names()[i]] = fields[i];
    }
    out.push_back(std::move(row));
  }
  return out;
}

TEST(GdeltTsvWriter, HeaderNamesTheSixtyOneColumns) {
  GdeltTsvWriter writer(resources());
  std::string out;
  writer.write_header("{}", out);
  const std::vector<std::string> names = split(out.substr(0, out.size() - 1), '\t');
  ASSERT_EQ(names.size(), 61u);
  EXPECT_EQ(names.front(), "GLOBALEVENTID");
  EXPECT_EQ(names[1], "SQLDATE");
  EXPECT_EQ(names[26], "EventCode");
  EXPECT_EQ(names[51], "ActionGeo_Type");
  EXPECT_EQ(names[58], "ActionGeo_FeatureID");
  EXPECT_EQ(names.back(), "SOURCEURL");
}

TEST(GdeltTsvWriter, ColumnsOfTwoEvents) {
  const Document doc = coded_document();
  GdeltTsvWriter writer(resources());
  std::string out;
  ASSERT_EQ(writer.write_events(doc, out), 2u);
  const auto r = rows(out);
  ASSERT_EQ(r.size(), 2u);

  // An intended meeting: no date, a place.
  EXPECT_EQ(r[0].at("GLOBALEVENTID"), "1");
  EXPECT_EQ(r[0].at("SQLDATE"), "");
  EXPECT_EQ(r[0].at("Actor1Code"), "USAGOV");
  EXPECT_EQ(r[0].at("Actor1Name"), "JOE BIDEN");
  EXPECT_EQ(r[0].at("Actor1CountryCode"), "USA");
  EXPECT_EQ(r[0].at("Actor1Type1Code"), "GOV");
  EXPECT_EQ(r[0].at("Actor2Code"), "CHNGOV");
  EXPECT_EQ(r[0].at("Actor2CountryCode"), "CHN");
  EXPECT_EQ(r[0].at("IsRootEvent"), "0");
  EXPECT_EQ(r[0].at("EventCode"), "036");
  EXPECT_EQ(r[0].at("EventBaseCode"), "036");
  EXPECT_EQ(r[0].at("EventRootCode"), "03");
  EXPECT_EQ(r[0].at("QuadClass"), "1");
  EXPECT_EQ(r[0].at("NumMentions"), "1");
  EXPECT_EQ(r[0].at("NumSources"), "1");
  EXPECT_EQ(r[0].at("NumArticles"), "1");
  EXPECT_EQ(r[0].at("AvgTone"), "");
  EXPECT_EQ(r[0].at("Actor1Geo_Type"), "");
  EXPECT_EQ(r[0].at("ActionGeo_Type"), "4");  // a city outside the US
  EXPECT_EQ(r[0].at("ActionGeo_FullName").rfind("São Paulo, ", 0), 0u)
      << r[0].at("ActionGeo_FullName");
  EXPECT_NE(r[0].at("ActionGeo_FullName").find("Brazil"), std::string::npos);
  EXPECT_EQ(r[0].at("ActionGeo_CountryCode"), "BRA");
  EXPECT_EQ(r[0].at("ActionGeo_ADM1Code").rfind("BRA", 0), 0u);
  EXPECT_FALSE(r[0].at("ActionGeo_Lat").empty());
  EXPECT_FALSE(r[0].at("ActionGeo_FeatureID").empty());
  EXPECT_EQ(r[0].at("DATEADDED"), "20230321000000");
  EXPECT_EQ(r[0].at("SOURCEURL"), "doc-1");

  // A condemnation dated by the text; an IGO source.
  EXPECT_EQ(r[1].at("GLOBALEVENTID"), "2");
  EXPECT_EQ(r[1].at("SQLDATE"), "20230320");
  EXPECT_EQ(r[1].at("MonthYear"), "202303");
  EXPECT_EQ(r[1].at("Year"), "2023");
  // GDELT's rows: YYYY + ((MONTH - 1) * 30 + DAY) / 365 (20190125 is 2019.0685 there).
  EXPECT_EQ(r[1].at("FractionDate"), "2023.2192");
  EXPECT_EQ(r[1].at("Actor1Code"), "IGOUNO");
  EXPECT_EQ(r[1].at("Actor1Name"), "UNITED NATIONS");
  EXPECT_EQ(r[1].at("Actor1CountryCode"), "");
  EXPECT_EQ(r[1].at("Actor1KnownGroupCode"), "UNO");
  EXPECT_EQ(r[1].at("Actor1Type1Code"), "IGO");
  EXPECT_EQ(r[1].at("EventCode"), "111");
  EXPECT_EQ(r[1].at("EventBaseCode"), "111");
  EXPECT_EQ(r[1].at("EventRootCode"), "11");
  EXPECT_EQ(r[1].at("QuadClass"), "3");
  EXPECT_EQ(r[1].at("NumMentions"), "2");
  EXPECT_EQ(r[1].at("ActionGeo_Type"), "");
  EXPECT_EQ(r[1].at("ActionGeo_FullName"), "");
}

TEST(GdeltTsvWriter, NumbersEventsAcrossDocumentsAndKeepsRowsWhole) {
  Document doc = coded_document();
  doc.id = "with\ttab\nand newline";
  // A country entry is named by the country's name, as GDELT does.
  doc.mentions[1].entry = resources().actors->find_entry("CHN");
  doc.mentions[1].code.assign("CHN");
  GdeltTsvWriter writer(resources());
  std::string out;
  writer.write_events(doc, out);
  writer.write_events(doc, out);
  const auto r = rows(out);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[3].at("GLOBALEVENTID"), "4");
  EXPECT_EQ(r[3].at("SOURCEURL"), "with tab and newline");
  EXPECT_EQ(r[2].at("Actor2Code"), "CHN");
  EXPECT_EQ(r[2].at("Actor2Name"), "CHINA");
  EXPECT_EQ(r[2].at("Actor2Type1Code"), "");
  EXPECT_FALSE(writer.status_inline());
}

}  // namespace
}  // namespace dyad::output

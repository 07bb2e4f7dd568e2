// `dyad code` end to end with the committed models and data (app::code): every input
// document yields at least one line, in input order, whatever the thread count, and
// the publication date rules (docs/formats/events.md).

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "app/code.h"

namespace dyad::app {
namespace {

using nlohmann::json;

// A feed with the troubles real feeds have, between documents with events.
// A malformed line's id is "<path>:<line>" (text/reader.h).
std::string feed(const std::string& path, std::vector<std::string>& ids) {
  std::string out;
  auto add = [&](const std::string& id, const std::string& line) {
    ids.push_back(id);
    out += line + "\n";
  };
  for (int i = 0; i < 30; ++i) {
    const std::string id = "d" + std::to_string(i);
    add(id, "{\"id\":\"" + id +
                "\",\"date\":\"2023-03-21\",\"text\":\"Xi Jinping visited Russia on Monday. "
                "China criticized the United States.\"}");
    if (i == 3) add(path + ":5", "{\"id\":\"broken\",\"text\":");
    if (i == 9) add("empty", "{\"id\":\"empty\",\"text\":\"  \"}");
    if (i == 12) add("quiet", "{\"id\":\"quiet\",\"date\":\"230321\",\"text\":\"It rained.\"}");
    if (i == 17) add("baddate", "{\"id\":\"baddate\",\"date\":\"March\",\"text\":\"It rained.\"}");
    if (i == 21) add("nodate", "{\"id\":\"nodate\",\"text\":\"Xi Jinping visited Russia.\"}");
    if (i == 25) add("bytes", "{\"id\":\"bytes\",\"text\":\"Talks in Bogot\xE1 ended.\"}");
  }
  return out;
}

struct Coded {
  std::vector<json> lines;
  CodeReport report;
};

Coded code_file(const std::string& path, int threads, output::Format format = output::Format::kJsonl) {
  CodeOptions options;
  options.inputs = {path};
  options.input_format = CodeInputFormat::kJsonl;
  options.threads = threads;
  options.format = format;
  options.models.data_dir = std::string(DYAD_SOURCE_DIR) + "/data";
  std::ostringstream out, status;
  auto report = code(options, out, status);
  EXPECT_TRUE(report.ok()) << report.status().message();
  Coded run;
  if (report.ok()) run.report = report.value();
  std::istringstream in(format == output::Format::kGdeltTsv ? status.str() : out.str());
  for (std::string line; std::getline(in, line);) run.lines.push_back(json::parse(line));
  return run;
}

// The doc_id of each line, consecutive repeats collapsed: the documents in output order.
std::vector<std::string> documents(const std::vector<json>& lines, const char* key = "doc_id") {
  std::vector<std::string> out;
  for (const json& l : lines) {
    const std::string id = l.contains(key) ? l[key].get<std::string>() : "";
    if (out.empty() || out.back() != id) out.push_back(id);
  }
  return out;
}

class CodeLines : public ::testing::Test {
 protected:
  void SetUp() override {
    // One file per test and process: ctest runs the tests of this fixture in parallel.
    path_ = ::testing::TempDir() + "dyad_code_lines_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + "_" +
            std::to_string(getpid()) + ".jsonl";
    std::ofstream(path_) << feed(path_, ids_);
  }
  void TearDown() override { std::remove(path_.c_str()); }
  std::string path_;
  std::vector<std::string> ids_;
};

TEST_F(CodeLines, EveryDocumentAtLeastOneLineInOrder) {
  std::vector<std::string> first;
  for (int threads : {1, 2}) {
    const Coded run = code_file(path_, threads);
    EXPECT_EQ(documents(run.lines), ids_) << threads << " threads";
    EXPECT_EQ(run.report.stats.documents, ids_.size());
    EXPECT_EQ(run.report.event_lines + run.report.status_lines, run.lines.size());
    std::vector<std::string> dumped;
    for (const json& l : run.lines) dumped.push_back(l.dump());
    if (first.empty()) {
      first = dumped;
    } else {
      EXPECT_EQ(dumped, first) << "1 and 2 threads differ";
    }
  }
}

TEST_F(CodeLines, StatusRecordsSayWhy) {
  const Coded run = code_file(path_, 1);
  auto status_of = [&](const std::string& id) -> json {
    for (const json& l : run.lines) {
      if (l["doc_id"] == id && l.contains("status")) return l;
    }
    return json();
  };
  EXPECT_EQ(status_of(path_ + ":5")["status"], "malformed_json");
  EXPECT_EQ(status_of("empty")["status"], "empty");
  EXPECT_EQ(status_of("quiet")["status"], "no_events");  // its YYMMDD date was read
  EXPECT_EQ(status_of("baddate")["status"], "missing_date");
  EXPECT_NE(status_of("baddate")["detail"].get<std::string>().find("'March'"), std::string::npos);
  EXPECT_EQ(status_of("nodate")["status"], "missing_date");
  EXPECT_EQ(status_of("bytes")["status"], "invalid_utf8_repaired");
  EXPECT_TRUE(status_of("d0").is_null());  // coded documents carry no status line
  // Only the malformed line is a failure: missing dates and repairs are warnings.
  EXPECT_EQ(run.report.stats.failed, 1u);
}

TEST_F(CodeLines, TsvKeepsStatusRecordsApartAndRowsInOrder) {
  CodeOptions options;
  options.inputs = {path_};
  options.input_format = CodeInputFormat::kJsonl;
  options.format = output::Format::kGdeltTsv;
  options.models.data_dir = std::string(DYAD_SOURCE_DIR) + "/data";
  std::ostringstream out, status;
  auto report = code(options, out, status);
  ASSERT_TRUE(report.ok()) << report.status().message();
  std::istringstream rows(out.str());
  size_t n = 0;
  for (std::string line; std::getline(rows, line); ++n) {
    EXPECT_EQ(line.find('{'), std::string::npos) << "a status record in the TSV stream";
    EXPECT_EQ(line.rfind(std::to_string(n + 1) + "\t", 0), 0u) << "GLOBALEVENTID " << n + 1;
  }
  EXPECT_EQ(n, report->event_lines);
  EXPECT_NE(status.str().find("\"malformed_json\""), std::string::npos);
}

TEST_F(CodeLines, StatusFileTakesStatusRecordsInJsonlToo) {
  CodeOptions options;
  options.inputs = {path_};
  options.input_format = CodeInputFormat::kJsonl;
  options.status_apart = true;
  options.models.data_dir = std::string(DYAD_SOURCE_DIR) + "/data";
  std::ostringstream out, status;
  auto report = code(options, out, status);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(out.str().find("\"status\""), std::string::npos);
  size_t lines = 0;
  std::istringstream in(status.str());
  for (std::string line; std::getline(in, line); ++lines) {
    EXPECT_TRUE(json::parse(line).contains("status")) << line;
  }
  EXPECT_EQ(lines, report->status_lines);
}

TEST(PublicationDate, ThreeSpellingsOneDate) {
  EXPECT_EQ(normalize_publication_date("2023-03-21"), "2023-03-21");
  EXPECT_EQ(normalize_publication_date("20230321"), "2023-03-21");
  EXPECT_EQ(normalize_publication_date("230321"), "2023-03-21");
  EXPECT_EQ(normalize_publication_date("950102"), "1995-01-02");
  EXPECT_EQ(normalize_publication_date("690102"), "1969-01-02");
  EXPECT_EQ(normalize_publication_date("680102"), "2068-01-02");
  EXPECT_EQ(normalize_publication_date("2023-02-30"), "");
  EXPECT_EQ(normalize_publication_date("2023-3-21"), "");
  EXPECT_EQ(normalize_publication_date("March 21"), "");
  EXPECT_EQ(normalize_publication_date(""), "");
}

TEST(PublicationDate, FallbackOnlyForDocumentsWithoutOne) {
  Document with;
  with.date = "2020-01-02";
  EXPECT_EQ(settle_publication_date(with, "2023-03-21"), "");
  EXPECT_EQ(with.date, "2020-01-02");

  Document without;
  EXPECT_EQ(settle_publication_date(without, "2023-03-21"), "");
  EXPECT_EQ(without.date, "2023-03-21");

  Document none;
  const std::string reason = settle_publication_date(none, "");
  EXPECT_FALSE(reason.empty());
  mark_missing_date(none, reason);
  EXPECT_EQ(none.status, DocStatus::kMissingDate);
  EXPECT_EQ(none.status_detail, reason);

  Document impossible;
  impossible.date = "2023-02-30";
  EXPECT_NE(settle_publication_date(impossible, "2023-03-21"), "");
  EXPECT_EQ(impossible.date, "");
}

TEST(PublicationDate, RecoversTheCompactDateTheReaderLeftOut) {
  Document doc;
  doc.status_detail = "feed.jsonl:7: date '950102' is not YYYY-MM-DD; left empty";
  EXPECT_EQ(settle_publication_date(doc, "2023-03-21"), "");
  EXPECT_EQ(doc.date, "1995-01-02");
  EXPECT_EQ(doc.status_detail, "");

  Document bad;
  bad.status_detail = "feed.jsonl:8: date 'soon' is not YYYY-MM-DD; left empty";
  const std::string reason = settle_publication_date(bad, "2023-03-21");
  EXPECT_EQ(reason,
            "feed.jsonl:8: date 'soon' is not YYYY-MM-DD, YYYYMMDD or YYMMDD; coded without a date");
  EXPECT_EQ(bad.date, "");  // a bad date is not replaced by --date
}

TEST(PublicationDate, EmptyAndBinaryDocumentsKeepTheirStatus) {
  Document empty;
  empty.status = DocStatus::kEmpty;
  empty.status_detail = "no text";
  mark_missing_date(empty, "no publication date");
  EXPECT_EQ(empty.status, DocStatus::kEmpty);
  EXPECT_EQ(empty.status_detail, "no text");

  Document repaired;
  repaired.status = DocStatus::kInvalidUtf8Repaired;
  repaired.status_detail = "bad byte";
  mark_missing_date(repaired, "no publication date");
  EXPECT_EQ(repaired.status, DocStatus::kInvalidUtf8Repaired);
  EXPECT_EQ(repaired.status_detail, "bad byte; no publication date");
}

}  // namespace
}  // namespace dyad::app

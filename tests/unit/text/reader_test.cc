// The document reader: JSONL records, malformed lines, dates, size limits, plain text.

#include "text/reader.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::text {
namespace {

std::vector<Document> read_all(std::string content, ReaderOptions options = {}) {
  auto reader = DocumentReader::from_string(std::move(content), "feed.jsonl", options);
  std::vector<Document> docs;
  Document doc;
  while (reader->next(doc)) docs.push_back(doc);
  return docs;
}

TEST(Reader, JsonlRecordsWithUnknownFields) {
  auto docs = read_all(
      "{\"id\":\"a1\",\"text\":\"Rebels \\\"seized\\\" the town.\",\"date\":\"2023-03-21\","
      "\"source\":{\"name\":\"x\",\"tags\":[1,2]}}\n"
      "\n"
      "{\"text\":\"No id here.\",\"id\":42}\n");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "a1");
  EXPECT_EQ(docs[0].source, "Rebels \"seized\" the town.");
  EXPECT_EQ(docs[0].date, "2023-03-21");
  EXPECT_EQ(docs[0].status, DocStatus::kOk);
  EXPECT_EQ(docs[1].id, "42");
}

// simdjson rejects invalid UTF-8; the reader must repair the line and keep the document.
TEST(Reader, InvalidUtf8InAJsonLineIsRepairedAndFlagged) {
  auto docs = read_all(
      "{\"id\":\"latin1\",\"text\":\"Talks in Bogot\xE1 ended.\"}\n"
      "{\"id\":\"next\",\"text\":\"Fine.\"}\n");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "latin1");
  EXPECT_EQ(docs[0].status, DocStatus::kInvalidUtf8Repaired);
  EXPECT_EQ(docs[0].source, "Talks in Bogot\xEF\xBF\xBD ended.");
  EXPECT_NE(docs[0].status_detail.find("feed.jsonl:1"), std::string::npos);
  EXPECT_EQ(docs[1].status, DocStatus::kOk);
}

TEST(Reader, MalformedLineGivesStatusRecordAndReadingGoesOn) {
  auto docs = read_all(
      "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n"
      "{\"id\":\"bad\",\"text\":\"unterminated}\n"
      "{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n"
      "{\"id\":\"notext\"}\n");
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[1].status, DocStatus::kMalformedJson);
  EXPECT_EQ(docs[1].id, "feed.jsonl:2");
  EXPECT_NE(docs[1].status_detail.find("feed.jsonl:2"), std::string::npos);
  EXPECT_EQ(docs[2].id, "ok2");
  EXPECT_EQ(docs[2].source, "Also fine.");
  EXPECT_EQ(docs[3].status, DocStatus::kMalformedJson);
  EXPECT_NE(docs[3].status_detail.find("text"), std::string::npos);
}

TEST(Reader, MissingIdAndBadDates) {
  auto docs = read_all(
      "{\"text\":\"a\",\"date\":\"21/03/2023\"}\n"
      "{\"text\":\"b\",\"date\":\"20230321\"}\n"
      "{\"text\":\"c\"}\n");
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "feed.jsonl:1");
  EXPECT_EQ(docs[0].date, "");
  EXPECT_EQ(docs[0].status, DocStatus::kOk);
  EXPECT_NE(docs[0].status_detail.find("21/03/2023"), std::string::npos);
  EXPECT_EQ(docs[1].date, "2023-03-21");
  EXPECT_EQ(docs[2].date, "");
}

TEST(Reader, TooLongIsTruncatedAtUtf8Boundary) {
  ReaderOptions options;
  options.max_document_bytes = 8;
  auto docs = read_all("{\"text\":\"abcdefg\xC3\xA9xyz\"}\n", options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].status, DocStatus::kTooLong);
  EXPECT_EQ(docs[0].source, "abcdefg");
}

TEST(Reader, VeryLongLine) {
  std::string text(10u << 20, 'a');
  ReaderOptions options;
  options.max_document_bytes = 16u << 20;
  auto docs =
      read_all("{\"id\":\"big\",\"text\":\"" + text + "\"}\n{\"text\":\"next\"}\n", options);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].source.size(), text.size());
  EXPECT_EQ(docs[0].status, DocStatus::kOk);
  EXPECT_EQ(docs[1].source, "next");
}

TEST(Reader, PlainTextIsOneDocument) {
  ReaderOptions options;
  options.format = InputFormat::kText;
  auto reader = DocumentReader::from_string("Line one.\nLine two.\n", "story", options);
  Document doc;
  ASSERT_TRUE(reader->next(doc));
  EXPECT_EQ(doc.id, "story");
  EXPECT_EQ(doc.source, "Line one.\nLine two.\n");
  EXPECT_FALSE(reader->next(doc));
}

TEST(Reader, MissingFileIsAStatus) {
  auto reader = DocumentReader::open("no/such/file.jsonl", {});
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dyad::text

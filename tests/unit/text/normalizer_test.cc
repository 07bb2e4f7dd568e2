// Normalization: UTF-8 repair, control bytes, binary and empty input, NFC with offsets
// back to the source, and the quote/dash folding of match_form.

#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <string>

#include "text_test_util.h"

namespace dyad::text {
namespace {

Document normalized(std::string source) {
  Document doc;
  doc.source = std::move(source);
  normalize(doc);
  return doc;
}

bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c >= 0x80 && (c < 0xC2 || c > 0xF4)) return false;
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

TEST(Normalizer, CleanAsciiIsCopiedWithIdentityOffsets) {
  Document doc = normalized("Rebels seized the town.");
  EXPECT_EQ(doc.text, doc.source);
  EXPECT_TRUE(doc.offsets.identity());
  EXPECT_EQ(doc.status, DocStatus::kOk);
}

TEST(Normalizer, InvalidUtf8IsRepairedAndFlagged) {
  Document doc = normalized("Troops \xFF\xFE entered Kharkiv \xE2\x82 today.");
  EXPECT_EQ(doc.status, DocStatus::kInvalidUtf8Repaired);
  EXPECT_NE(doc.status_detail.find("offset 7"), std::string::npos) << doc.status_detail;
  EXPECT_TRUE(valid_utf8(doc.text));
  EXPECT_EQ(doc.text, "Troops \xEF\xBF\xBD\xEF\xBF\xBD entered Kharkiv \xEF\xBF\xBD today.");
  // "today" maps back to its source bytes.
  const size_t t = doc.text.find("today");
  EXPECT_EQ(doc.source.substr(doc.offsets.to_source(t), 5), "today");
}

TEST(Normalizer, NulAndControlBytesBecomeSpacesKeepingOffsets) {
  Document doc = normalized(std::string("Talks\0ended\x07 today.", 19));
  EXPECT_EQ(doc.text, "Talks ended  today.");
  EXPECT_TRUE(doc.offsets.identity());
  EXPECT_EQ(doc.status, DocStatus::kOk);
}

TEST(Normalizer, BinaryInputIsDetected) {
  std::string bytes(1000, '\0');
  for (size_t i = 0; i < bytes.size(); i += 3) bytes[i] = 'A';
  Document doc = normalized(bytes);
  EXPECT_EQ(doc.status, DocStatus::kBinary);
  EXPECT_TRUE(doc.text.empty());
}

TEST(Normalizer, EmptyAndWhitespaceOnly) {
  EXPECT_EQ(normalized("").status, DocStatus::kEmpty);
  EXPECT_EQ(normalized(" \r\n\t").status, DocStatus::kEmpty);
}

TEST(Normalizer, NfcComposesAndOffsetsRoundTrip) {
  // "Mu" + "n" + combining acute in a name, then plain text.
  const std::string source =
      "Pe\xCC\x81rez met Ren\xC3\xA9 in Qu\xC3\xA9"
      "bec.";
  Document doc;
  doc.source = source;
  normalize(doc);
  tokenize(doc);
  EXPECT_EQ(doc.text,
            "P\xC3\xA9rez met Ren\xC3\xA9 in Qu\xC3\xA9"
            "bec.");
  EXPECT_FALSE(doc.offsets.identity());
  // Tokens after the composed character map back to identical source slices.
  for (const Token& t : doc.tokens) {
    if (t.begin < 6) continue;
    const uint32_t b = doc.offsets.to_source(t.begin), e = doc.offsets.to_source(t.end);
    EXPECT_EQ(doc.source.substr(b, e - b), doc.form(t));
  }
}

TEST(Normalizer, OffsetsRoundTripOnValidSource) {
  const std::string source = "“Kyiv’s forces – backed by NATO – advanced,” he said. Ça va.";
  Document doc = testing::analyze(source);
  EXPECT_TRUE(doc.offsets.identity());
  for (const Token& t : doc.tokens) {
    const uint32_t b = doc.offsets.to_source(t.begin), e = doc.offsets.to_source(t.end);
    EXPECT_EQ(doc.source.substr(b, e - b), doc.form(t));
  }
}

TEST(MatchForm, FoldsQuotesAndDashes) {
  EXPECT_EQ(match_form("Kyiv’s “forces” – ‘x’ — −5 «a» „b″"),
            "Kyiv's \"forces\" - 'x' - -5 \"a\" \"b\"");
  std::string out = "x";
  append_match_form("n’t", out);
  EXPECT_EQ(out, "xn't");
}

}  // namespace
}  // namespace dyad::text

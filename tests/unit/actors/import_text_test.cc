// Reading upstream dictionaries: comments, encodings, mojibake, end marks, line fixes.

#include <gtest/gtest.h>

#include "actors/import/line_fixes.h"
#include "actors/import/mojibake.h"
#include "actors/import/source_text.h"
#include "import_test_util.h"

namespace dyad::actors::import {
namespace {

using testing::has_warning;
using testing::source_of;

std::vector<std::string> texts(const SourceFile& f) {
  std::vector<std::string> out;
  for (const SourceLine& l : f.lines) out.push_back(std::to_string(l.number) + ":" + l.text);
  return out;
}

TEST(ImportText, PetrarchCommentsAndXmlBlocks) {
  Diagnostics d;
  SourceFile f = source_of(
      "<!-- one\n two -->\nA [X] # note\n<! -- skipped whole -->\nB <!-- inline --> [Y]\n#c\n\n",
      CommentStyle::kPetrarch, d);
  EXPECT_EQ(texts(f), (std::vector<std::string>{"3:A [X]", "5:B  [Y]"}));
  EXPECT_EQ(d.warnings(), 0u);
}

TEST(ImportText, TabariCommentsKeepHashCodesAndStopAtFinish) {
  Diagnostics d;
  SourceFile f = source_of("NASGUL [###] ;comment\n#OLD [X]\r\n~~FINISH\nLATE [Y]\n",
                           CommentStyle::kTabari, d);
  EXPECT_EQ(texts(f), (std::vector<std::string>{"1:NASGUL [###]"}));
  EXPECT_EQ(d.notes(), 1u);  // text after the end mark
}

TEST(ImportText, OptionsComments) {
  Diagnostics d;
  SourceFile f = source_of("// c\nSET: A = B\n~~~~~\n", CommentStyle::kOptions, d);
  EXPECT_EQ(texts(f), (std::vector<std::string>{"2:SET: A = B"}));
}

TEST(ImportText, UnclosedXmlCommentIsReported) {
  Diagnostics d;
  source_of("A [X]\n<!-- never closed\nB [Y]\n", CommentStyle::kPetrarch, d, "f.txt");
  EXPECT_TRUE(has_warning(d, "f.txt", 3, "not closed"));
}

// Upstream fault: Phoenix.agents.txt:815 "PÃŠBLICAS" (UTF-8 read as Windows-1252, then
// upper-cased: š -> Š).
TEST(ImportText, MojibakeUtf8AsWindows1252UpperCased) {
  EXPECT_EQ(repair_mojibake("!MINIST! DE_OBRAS_P\xC3\x83\xC5\xA0"
                            "BLICAS [~GOV]"),
            "!MINIST! DE_OBRAS_P\xC3\x9A"
            "BLICAS [~GOV]");
  // Lower case: plain Windows-1252 mojibake of "é".
  EXPECT_EQ(repair_mojibake("caf\xC3\x83\xC2\xA9"), "caf\xC3\xA9");
}

// Upstream fault: Phoenix.IssueCoding.txt "people¬ís" (’ as Windows-1252, read as Latin-1,
// then as Mac OS Roman) and "mÈniËre's" (Latin-1 read as Mac OS Roman).
TEST(ImportText, MojibakeMacRoman) {
  EXPECT_EQ(repair_mojibake("manipur people\xC2\xAC\xC3\xADs liberation front"),
            "manipur people\xE2\x80\x99s liberation front");
  EXPECT_EQ(repair_mojibake("m\xC3\x88ni\xC3\x8Bre's disease"), "m\xC3\xA9ni\xC3\xA8re's disease");
}

TEST(ImportText, AccentedNamesAreNotMojibake) {
  EXPECT_FALSE(repair_mojibake("+PRESIDENT_ABDULLAH_G\xC3\x9CL"));  // GÜL
  EXPECT_FALSE(repair_mojibake("MANFRED_W\xC3\x96RNER_"));          // WÖRNER
  EXPECT_FALSE(
      repair_mojibake("+MES\xC3\x9B"
                      "D_BARZAN\xC3\x8E"));           // MESÛD BARZANÎ
  EXPECT_FALSE(repair_mojibake("vis-\xC3\xA0-vis"));  // vis-à-vis
  EXPECT_FALSE(repair_mojibake("C\xC3\xB4te d'Ivoire"));
}

TEST(ImportText, RepairIsReportedWithTheLine) {
  Diagnostics d;
  SourceFile f = source_of(
      "OK [X]\nP\xC3\x83\xC5\xA0"
      "BLICAS [Y]\n",
      CommentStyle::kPetrarch, d, "a.txt");
  ASSERT_EQ(f.lines.size(), 2u);
  EXPECT_EQ(f.lines[1].text,
            "P\xC3\x9A"
            "BLICAS [Y]");
  EXPECT_TRUE(has_warning(d, "a.txt", 2, "mojibake"));
}

TEST(ImportText, NonUtf8LineIsReadAsWindows1252) {
  Diagnostics d;
  SourceFile f = source_of("CAF\xC9 [X]\n", CommentStyle::kPetrarch, d, "b.txt");
  ASSERT_EQ(f.lines.size(), 1u);
  EXPECT_EQ(f.lines[0].text, "CAF\xC3\x89 [X]");
  EXPECT_TRUE(has_warning(d, "b.txt", 1, "not UTF-8 (byte 0xC9 at column 4)"));
}

TEST(ImportText, Brackets) {
  Diagnostics d;
  Bracketed b = split_brackets("NAME {P} [A] [ B 1-2 ]", "f", 1, d);
  EXPECT_EQ(b.head, "NAME {P}");
  EXPECT_EQ(b.groups, (std::vector<std::string_view>{"A", "B 1-2"}));
  b = split_brackets("X [~ENV}", "f", 2, d);
  EXPECT_EQ(b.groups, (std::vector<std::string_view>{"~ENV"}));
  EXPECT_TRUE(has_warning(d, "f", 2, "closed by '}'"));
  b = split_brackets("X [A] junk", "f", 3, d);
  EXPECT_TRUE(has_warning(d, "f", 3, "unexpected text 'junk'"));
  EXPECT_EQ(phrase_from_upstream("  XI_JINPING_ "), "XI JINPING");
  EXPECT_EQ(phrase_from_upstream("CARLOS SANTOS_CRUZ_"), "CARLOS SANTOS CRUZ");
}

TEST(ImportText, LineFixesApplyAndReportStaleOnes) {
  Result<std::vector<LineFix>> fixes = read_line_fixes(testing::fixture("fixes.tsv"));
  ASSERT_TRUE(fixes.ok()) << fixes.status().message();
  ASSERT_EQ(fixes->size(), 2u);
  Diagnostics d;
  Result<SourceFile> f =
      read_source(testing::fixture("petrarch.actors.txt"), CommentStyle::kPetrarch, d);
  ASSERT_TRUE(f.ok());
  apply_line_fixes(*f, *fixes, d);
  bool fixed = false;
  for (const SourceLine& l : f->lines)
    fixed = fixed || (l.number == 41 && l.text == "\t[GBRGOV >20100511]");
  EXPECT_TRUE(fixed);
  EXPECT_TRUE(has_warning(d, "petrarch.actors.txt", 999, "does not apply"));
  EXPECT_FALSE(parse_line_fixes("file\tline\n", "x.tsv").ok());
  Result<std::vector<LineFix>> bad =
      parse_line_fixes("file\tline\tfind\treplace\tnote\nf\tten\ta\tb\tc\n", "x.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "x.tsv:2: column 'line': expected a line number, found 'ten'");
}

}  // namespace
}  // namespace dyad::actors::import

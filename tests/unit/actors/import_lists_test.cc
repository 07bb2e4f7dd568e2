// Discard lists, issue lists and TABARI .options files.

#include <gtest/gtest.h>

#include "actors/import/coding_ontology.h"
#include "actors/import/discard_list.h"
#include "actors/import/english_forms.h"
#include "actors/import/issue_list.h"
#include "actors/import/options_file.h"
#include "import_test_util.h"

namespace dyad::actors::import {
namespace {

using testing::has_warning;

SourceFile read(const std::string& name, CommentStyle style, Diagnostics& d) {
  Result<SourceFile> src = read_source(testing::fixture(name), style, d);
  EXPECT_TRUE(src.ok());
  return std::move(src).value();
}

TEST(ImportLists, Discards) {
  Diagnostics d;
  std::vector<DiscardRow> rows =
      parse_discard_list(read("petrarch.discards.txt", CommentStyle::kPetrarch, d), d);
  EXPECT_TRUE(has_warning(d, "petrarch.discards.txt", 7, "expected a discard phrase"));
  Result<std::string> text = format_discards_tsv(rows, "", d);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text,
            "phrase\tscope\tmatch\torigin\n"
            "ACADEMY AWARD\tstory\tstem\tpetrarch.discards.txt:2\n"
            "AFRICAN NATIONS CUP\tsentence\tstem\tpetrarch.discards.txt:3\n"
            "BASEBALL\tsentence\tstem\tpetrarch.discards.txt:4\n"
            "World Golf Championships\tstory\tstem\tpetrarch.discards.txt:5\n");
  EXPECT_TRUE(testing::has(d, Severity::kNote, "petrarch.discards.txt", 6, "kept once"));
}

TEST(ImportLists, Issues) {
  Diagnostics d;
  IssueStats st;
  std::vector<IssueRow> rows =
      parse_issue_list(read("petrarch.issues.txt", CommentStyle::kPetrarch, d), d, st);
  std::vector<std::string> got;
  for (const IssueRow& r : rows)
    got.push_back(r.category + "/" + r.kind + "/" + r.code + "/" + r.phrase);
  EXPECT_EQ(
      got,
      (std::vector<std::string>{
          "EDUCATION/match/EARLY_CHILDHOOD_EDUCATION/preschool",
          "EDUCATION/match/EARLY_CHILDHOOD_EDUCATION/preschools",
          "EDUCATION/match/EARLY_CHILDHOOD_EDUCATION/pre school",
          "EDUCATION/match/EARLY_CHILDHOOD_EDUCATION/pre schools",
          "EDUCATION/match/EARLY_CHILDHOOD_EDUCATION/pre-school",
          "EDUCATION/match/EARLY_CHILDHOOD_EDUCATION/pre-schools",
          "EDUCATION/match/ID_ATROCITY/ethnic purge", "EDUCATION/match/ID_ATROCITY/ethnic purges",
          "EDUCATION/match/ID_ATROCITY/ethnic purged", "EDUCATION/match/ID_ATROCITY/ethnic purging",
          "EDUCATION/exclude//a head start", "EDUCATION/exclude_story//Armenian genocide",
          "HEALTH/match/DISEASE/m\xC3\xA9ni\xC3\xA8re's disease"}));
  EXPECT_TRUE(has_warning(d, "petrarch.issues.txt", 7, "expected 'phrase [CODE]'"));
  EXPECT_TRUE(has_warning(d, "petrarch.issues.txt", 10, "mojibake"));
}

TEST(ImportLists, Options) {
  Diagnostics d;
  std::vector<OptionRow> rows =
      parse_options_file(read("tabari.options", CommentStyle::kOptions, d), d);
  std::vector<std::string> got;
  for (const OptionRow& r : rows) got.push_back(r.command + "/" + r.key + "/" + r.value);
  EXPECT_EQ(got, (std::vector<std::string>{"COMPLEX/VERBS/5", "COMPLEX/CONJ/4",
                                           "COMPLEX/NOACTPRIOR/", "COMPLEX/EXPLAIN/",
                                           "SET/ACTOR USAGE/TRUE", "SET/CODE BY SENTENCE/",
                                           "LABEL/010/YIELD", "OUTPUT/ACTOR MATCH ID/"}));
  EXPECT_TRUE(has_warning(d, "tabari.options", 8, "expected 'COMMAND: arguments'"));
}

TEST(ImportLists, EnglishForms) {
  EXPECT_EQ(noun_plural("CONGRESS"), "CONGRESSES");
  EXPECT_EQ(noun_plural("CITY"), "CITIES");
  EXPECT_EQ(noun_plural("DAY"), "DAYS");
  EXPECT_EQ(noun_plural("church"), "churches");
  EXPECT_EQ(verb_past("TRY"), "TRIED");
  EXPECT_EQ(verb_past("AGREE"), "AGREED");
  EXPECT_EQ(verb_gerund("MAKE"), "MAKING");
  EXPECT_EQ(verb_gerund("SEE"), "SEEING");
  EXPECT_EQ(verb_gerund("DIE"), "DYING");
  EXPECT_EQ(verb_third_person("PUSH"), "PUSHES");
}

}  // namespace
}  // namespace dyad::actors::import

// UniversalPETRARCH's coding ontology: which code the negation of another is.
TEST(CodingOntology, NegationIsTheCode0xFFFFBelow) {
  const std::string text =
      "# comment\n"
      "010:0x1000#Make Public Statement\n"
      "011:0x1000-0xFFFF\n"
      "050:0x0080#DiplomaticCoop\n"
      "060:0x0070\n"
      "110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove\n"
      "121:-0xFFFF+0x0070\n"
      "not a line\n";
  const auto pairs = dyad::actors::import::negations_from_coding_ontology(text);
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[0].code, "010");
  EXPECT_EQ(pairs[0].negated, "011");  // "declined to comment"
  EXPECT_EQ(pairs[1].code, "060");
  EXPECT_EQ(pairs[1].negated, "121");  // not granting is rejecting
  EXPECT_EQ(pairs[2].code, "110");
  EXPECT_EQ(pairs[2].negated, "050");  // not clashing is cooperating
}

// Verb dictionaries: PETRARCH 2 (tree patterns), PETRARCH 1 and TABARI (linear patterns),
// the pattern element syntax, and the TSV round trip.

#include <gtest/gtest.h>

#include "actors/import/verb_dictionary.h"
#include "actors/import/verb_pattern.h"
#include "import_test_util.h"

namespace dyad::actors::import {
namespace {

using testing::has_warning;

struct Imported {
  Diagnostics d;
  VerbImportStats stats;
  VerbDictionary dict;
};

Imported import(const std::string& name, Format format) {
  Imported out;
  Result<SourceFile> src = read_source(testing::fixture(name), comment_style(format), out.d);
  EXPECT_TRUE(src.ok());
  out.dict = parse_verb_dictionary(*src, format, out.d, out.stats);
  return out;
}

const VerbRow* row(const VerbDictionary& d, const std::string& kind, const std::string& text) {
  for (const VerbRow& r : d.rows) {
    if (r.kind == kind && r.text == text) return &r;
  }
  return nullptr;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : "|") + s;
  return out;
}

TEST(ImportVerbs, Petrarch2SynsetsVerbsAndForms) {
  Imported im = import("petrarch2.verbs.txt", Format::kPetrarch2);
  const VerbRow* dollar = row(im.dict, "synset", "DOLLAR");
  ASSERT_TRUE(dollar);
  EXPECT_EQ(dollar->block, "&CURRENCY");
  EXPECT_EQ(joined(dollar->forms), "DOLLARS");
  EXPECT_EQ(joined(row(im.dict, "synset", "CASH_")->forms), "");         // "_": no plural
  EXPECT_EQ(joined(row(im.dict, "synset", "WILL")->flags), "noplural");  // &AUXVERB_
  const VerbRow* hurry = row(im.dict, "verb", "HURRY");
  ASSERT_TRUE(hurry);
  EXPECT_EQ(joined(hurry->forms), "HURRIES|HURRYING|HURRIED");
  EXPECT_EQ(joined(hurry->flags), "given");
  EXPECT_EQ(joined(row(im.dict, "verb", "ACCELERATE")->forms),
            "ACCELERATES|ACCELERATED|ACCELERATING");
  EXPECT_EQ(joined(row(im.dict, "verb", "+BEEF_UP")->forms), "+BEEFS_UP|+BEEFED_UP|+BEEFING_UP");
  EXPECT_EQ(joined(row(im.dict, "verb", "WIRE_+TAP")->forms),
            "WIRE_+TAPS|WIRE_+TAPED|WIRE_+TAPING");
  // A verb's own code, else the block's.
  EXPECT_EQ(row(im.dict, "verb", "CLAIM")->code, "012");
  EXPECT_EQ(row(im.dict, "verb", "SAY")->code, "010");
  EXPECT_EQ(row(im.dict, "block", "SAY")->origin, "petrarch2.verbs.txt:27");
}

TEST(ImportVerbs, Petrarch2PatternsAndTransforms) {
  Imported im = import("petrarch2.verbs.txt", Format::kPetrarch2);
  const VerbRow* p = row(im.dict, "pattern", "&AUXVERB * &CURRENCY (FOR {FINANCIAL AID})");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->block, "ACCELERATE");
  EXPECT_EQ(p->code, "0231");
  EXPECT_EQ(joined(p->flags), "tree");
  EXPECT_EQ(p->origin, "petrarch2.verbs.txt:20");
  EXPECT_EQ(row(im.dict, "pattern", "* (TO)")->code, "042:043");
  EXPECT_EQ(row(im.dict, "pattern", "* (BEFORE COURT)")->code, ":173");
  const VerbRow* t = row(im.dict, "transform", "a (a b ATTACK) SAY");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->code, "a b 015");
  EXPECT_EQ(im.stats.patterns, 5u);
  EXPECT_EQ(im.stats.transforms, 3u);
}

TEST(ImportVerbs, BadPatternsAreDroppedWithFileAndLine) {
  Imported im = import("petrarch2.verbs.txt", Format::kPetrarch2);
  EXPECT_TRUE(has_warning(im.d, "petrarch2.verbs.txt", 22, "undefined synonym set &UNDEFINED"));
  EXPECT_TRUE(has_warning(im.d, "petrarch2.verbs.txt", 23, "expected '(' before ')'"));
  EXPECT_TRUE(has_warning(im.d, "petrarch2.verbs.txt", 24, "has no [CODE]"));
  EXPECT_TRUE(has_warning(im.d, "petrarch2.verbs.txt", 25, "without the leading '-'"));
  EXPECT_TRUE(has_warning(im.d, "petrarch2.verbs.txt", 34, "names the verb INVADE"));
  EXPECT_EQ(row(im.dict, "pattern", "* &UNDEFINED"), nullptr);
  EXPECT_EQ(im.stats.dropped, 3u);
}

TEST(ImportVerbs, Petrarch1LinearPatterns) {
  Imported im = import("petrarch1.verbs.txt", Format::kPetrarch);
  const VerbRow* p = row(im.dict, "pattern", "SUGGESTED_+ * DEMAND_&TIETYPES_CONVENTIONS");
  ASSERT_TRUE(p);
  EXPECT_EQ(joined(p->flags), "linear");
  EXPECT_EQ(joined(row(im.dict, "verb", "ADMIT")->forms), "ADMITS|ADMITTED|ADMITTING");
  EXPECT_TRUE(has_warning(im.d, "petrarch1.verbs.txt", 13, "forms after the code"));
  EXPECT_TRUE(has_warning(im.d, "petrarch1.verbs.txt", 11, "found 2"));
  EXPECT_TRUE(has_warning(im.d, "petrarch1.verbs.txt", 14, "no '+'"));
}

TEST(ImportVerbs, TabariVerbsTimeAndForms) {
  Imported im = import("tabari.verbs", Format::kTabari);
  const VerbRow* act = row(im.dict, "verb", "ACT_");
  ASSERT_TRUE(act);
  EXPECT_EQ(joined(act->forms), "ACTING_|ACTED_");
  EXPECT_EQ(row(im.dict, "verb", "BURN DOWN")->code, "222");
  const VerbRow* abandon = row(im.dict, "verb", "ABANDON");
  ASSERT_TRUE(abandon);
  EXPECT_TRUE(abandon->forms.empty());  // a TABARI stem: no forms generated
  EXPECT_EQ(row(im.dict, "time", "LAST_WEEK")->code, "-7");
  EXPECT_EQ(row(im.dict, "time_pattern", "* AND TOMORROW")->block, "TOMORROW");
  const VerbRow* p =
      row(im.dict, "pattern", "SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->block, "ABANDON");
  EXPECT_EQ(joined(p->flags), "linear|stems");
  EXPECT_TRUE(has_warning(im.d, "tabari.verbs", 17, "expected '}' to close '{'"));
  EXPECT_TRUE(has_warning(im.d, "tabari.verbs", 19, "unusual code [sdf]"));
}

TEST(ImportVerbs, LinearElements) {
  Result<std::vector<PatternElement>> els = parse_pattern(
      "SUGGESTED_+ * TO_ { GENEVA_ | INTERNATIONAL }_CONVENTIONS IN_*", PatternSyntax::kLinear);
  ASSERT_FALSE(els.ok());  // two verbs
  els = parse_pattern("SUGGESTED_+ * TO_ DEMAND_{ GENEVA_ | INTL }_CONV &FIGHT_OF_WORDS_X",
                      PatternSyntax::kLinear, std::vector<std::string>{"FIGHT_OF_WORDS"});
  ASSERT_TRUE(els.ok()) << els.status().message();
  const std::vector<PatternElement>& e = *els;
  ASSERT_EQ(e.size(), 13u);
  EXPECT_EQ(e[0].text, "SUGGESTED");
  EXPECT_TRUE(e[0].exact && e[0].joined);
  EXPECT_EQ(e[1].kind, ElementKind::kTarget);
  EXPECT_EQ(e[2].kind, ElementKind::kVerb);
  EXPECT_TRUE(e[3].exact && !e[3].joined);  // TO_ then a blank
  EXPECT_EQ(e[5].kind, ElementKind::kOpenBrace);
  EXPECT_EQ(e[7].kind, ElementKind::kOr);
  EXPECT_EQ(e[11].kind, ElementKind::kSynset);
  EXPECT_EQ(e[11].text, "FIGHT_OF_WORDS");
  EXPECT_TRUE(e[11].joined);
  EXPECT_EQ(e[12].text, "X");
  EXPECT_EQ(pattern_text(e, PatternSyntax::kLinear),
            "SUGGESTED_+ * TO_ DEMAND_{ GENEVA_ | INTL }_CONV &FIGHT_OF_WORDS_X");
}

TEST(ImportVerbs, TreeElements) {
  Result<std::vector<PatternElement>> els =
      parse_pattern("&AIRCRAFT  *   {MOCK ATTACKS} (FOR {FINANCIAL AID})", PatternSyntax::kTree);
  ASSERT_TRUE(els.ok());
  EXPECT_EQ(els->size(), 13u);
  EXPECT_EQ(pattern_text(*els, PatternSyntax::kTree),
            "&AIRCRAFT * {MOCK ATTACKS} (FOR {FINANCIAL AID})");
  EXPECT_FALSE(parse_pattern("* (A (B))", PatternSyntax::kTree).ok());
  EXPECT_FALSE(parse_pattern("* A | B", PatternSyntax::kTree).ok());
  EXPECT_FALSE(parse_pattern("NO VERB", PatternSyntax::kTree).ok());
}

TEST(ImportVerbs, TableRoundTrip) {
  for (auto [name, format] : {std::pair{"petrarch2.verbs.txt", Format::kPetrarch2},
                              std::pair{"tabari.verbs", Format::kTabari}}) {
    Imported im = import(name, format);
    Result<std::string> text = format_verbs_tsv(im.dict, "a comment\nover two lines");
    ASSERT_TRUE(text.ok()) << text.status().message();
    EXPECT_TRUE(text->starts_with("# a comment\n# over two lines\nkind\tblock\ttext\tforms"));
    Result<VerbDictionary> back = parse_verbs_tsv(*text, "back.tsv");
    ASSERT_TRUE(back.ok()) << back.status().message();
    ASSERT_EQ(back->rows.size(), im.dict.rows.size());
    for (size_t i = 0; i < back->rows.size(); ++i) {
      EXPECT_EQ(back->rows[i].text, im.dict.rows[i].text);
      EXPECT_EQ(back->rows[i].forms, im.dict.rows[i].forms);
      EXPECT_EQ(back->rows[i].flags, im.dict.rows[i].flags);
    }
    EXPECT_EQ(back->syntax, im.dict.syntax);
  }
  Result<VerbDictionary> bad = parse_verbs_tsv(
      "kind\tblock\ttext\tforms\tcode\tflags\torigin\tnote\npattern\tX\tNO "
      "VERB\t\t010\ttree\tf:1\t\n",
      "bad.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            "bad.tsv:2: column 'text': expected one '*' (the verb), found 0");
}

}  // namespace
}  // namespace dyad::actors::import

#include "ontology/ontology.h"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <string>

#include "ontology/tsv.h"

namespace dyad::ontology {
namespace {

namespace fs = std::filesystem;

const std::string kDataDir = std::string(DYAD_SOURCE_DIR) + "/data/src/ontology";

// Loaded once: the tables are immutable, and every test reads the same committed files.
std::shared_ptr<const Ontology> committed() {
  static const std::shared_ptr<const Ontology> loaded = [] {
    auto r = Ontology::load(kDataDir);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : nullptr;
  }();
  return loaded;
}

const CameoCode& code(std::string_view c) {
  const CameoCode* found = committed()->find(c);
  EXPECT_NE(found, nullptr) << c;
  static const CameoCode kMissing;
  return found ? *found : kMissing;
}

TEST(Ontology, LoadsTheCommittedTables) {
  auto o = committed();
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->codes().size(), 315u);  // 20 roots + 295 codes of CAMEO 1.1b3
  EXPECT_EQ(o->event_types().size(), 16u);
  EXPECT_EQ(o->find("999"), nullptr);
  EXPECT_EQ(o->find("0811i"), nullptr);  // ICEWS variant lines are not codes
}

TEST(Ontology, LooksUpACode) {
  const CameoCode& c = code("0231");
  EXPECT_EQ(c.label, "Appeal for economic aid");
  EXPECT_EQ(c.root, "02");
  EXPECT_EQ(c.quad_class, QuadClass::kVerbalCooperation);
  EXPECT_EQ(c.five_class, FiveClass::kStatement);
  EXPECT_DOUBLE_EQ(c.goldstein, 3.4);
  EXPECT_EQ(c.plover.event_type, "REQUEST");
  EXPECT_EQ(c.plover.mode, "assist");
  EXPECT_EQ(c.plover.contexts, std::vector<std::string>{"economic"});
  EXPECT_DOUBLE_EQ(c.plover.intensity, 0.5);  // REQUEST: assist
  EXPECT_EQ(c.plover.basis, PloverBasis::kDyad);
}

TEST(Ontology, EveryCodeHasAQuadClassAndAPloverType) {
  for (const CameoCode& c : committed()->codes()) {
    int root = std::stoi(c.root);
    QuadClass want = root <= 5    ? QuadClass::kVerbalCooperation
                     : root <= 8  ? QuadClass::kMaterialCooperation
                     : root <= 13 ? QuadClass::kVerbalConflict
                                  : QuadClass::kMaterialConflict;
    EXPECT_EQ(c.quad_class, want) << c.code;
    EXPECT_NE(committed()->find_event_type(c.plover.event_type), nullptr) << c.code;
    EXPECT_FALSE(c.label.empty()) << c.code;
  }
}

TEST(Ontology, FiveWayClassFollowsConfliBert) {
  EXPECT_EQ(code("019").five_class, FiveClass::kStatement);
  EXPECT_EQ(code("028").five_class, FiveClass::kStatement);
  EXPECT_EQ(code("057").five_class, FiveClass::kVerbalCooperation);
  EXPECT_EQ(code("0874").five_class, FiveClass::kMaterialCooperation);
  EXPECT_EQ(code("139").five_class, FiveClass::kVerbalConflict);
  EXPECT_EQ(code("164").five_class, FiveClass::kVerbalConflict);  // 16 is the odd one out
  EXPECT_EQ(code("145").five_class, FiveClass::kMaterialConflict);
  EXPECT_EQ(code("154").five_class, FiveClass::kMaterialConflict);
  EXPECT_EQ(code("2042").five_class, FiveClass::kMaterialConflict);
}

// GDELT merges 106 into the 1056 line and drops it from its Goldstein table.
TEST(Ontology, Code106HasItsOwnRowLabelAndValue) {
  EXPECT_EQ(code("106").label, "Demand meeting, negotiation");
  EXPECT_DOUBLE_EQ(code("106").goldstein, -5.0);
  EXPECT_EQ(code("1056").label, "Demand de-escalation of military engagement");
  EXPECT_EQ(code("106").plover.event_type, "REQUEST");
  EXPECT_EQ(code("106").plover.mode, "meet");
}

// GDELT labels 101-108 with an older scheme (101 "Demand information, investigation").
TEST(Ontology, Codes101To108CarryCameo11b3Labels) {
  EXPECT_EQ(code("101").label, "Demand material cooperation");
  EXPECT_EQ(code("105").label, "Demand that target yields");
  EXPECT_EQ(code("107").label, "Demand settling of dispute");
  EXPECT_EQ(code("108").label, "Demand mediation");
}

// GDELT's 044 label holds double-encoded curly quotes.
TEST(Ontology, Code044LabelIsCleanAscii) {
  const std::string& label = code("044").label;
  EXPECT_EQ(label, "Meet at a 'third' location");
  for (char ch : committed()->find("044")->label) EXPECT_GE(ch, ' ') << label;
}

TEST(Ontology, LabelsAreAsciiAndTypoFree) {
  for (const CameoCode& c : committed()->codes()) {
    for (char ch : c.label) EXPECT_TRUE(ch >= ' ' && ch <= '~') << c.code << ": " << c.label;
  }
  EXPECT_EQ(code("055").label, "Apologize");
  EXPECT_EQ(code("15").label, "EXHIBIT FORCE POSTURE");
  EXPECT_EQ(code("20").label, "USE UNCONVENTIONAL MASS VIOLENCE");
}

TEST(Ontology, GoldsteinDisagreementsAreSettled) {
  EXPECT_DOUBLE_EQ(code("016").goldstein, -2.0);
  EXPECT_DOUBLE_EQ(code("022").goldstein, 3.2);
  EXPECT_DOUBLE_EQ(code("164").goldstein, -7.0);
  EXPECT_DOUBLE_EQ(code("165").goldstein, -6.5);
}

// GDELT has neither; ICEWS has 1213 only; the codefile and TABARI's verbs have both.
TEST(Ontology, Codes1213And1214Exist) {
  EXPECT_EQ(code("1213").label, "Reject judicial cooperation");
  EXPECT_EQ(code("1214").label, "Reject intelligence cooperation");
  EXPECT_DOUBLE_EQ(code("1213").goldstein, -4.0);
  EXPECT_DOUBLE_EQ(code("1214").goldstein, -4.0);
  EXPECT_EQ(code("1214").plover.event_type, "REJECT");
  EXPECT_EQ(code("1214").plover.contexts, std::vector<std::string>{"intelligence"});
}

TEST(Ontology, AccuseDefaultIntensityIsNegative) {
  const PloverEventType* accuse = committed()->find_event_type("ACCUSE");
  ASSERT_NE(accuse, nullptr);
  EXPECT_LT(accuse->intensity, 0);
  EXPECT_DOUBLE_EQ(accuse->intensity, -3.0);
  EXPECT_DOUBLE_EQ(code("112").plover.intensity, -2.0);  // ACCUSE: disapprove
}

// Every mode and context in the map is one the v2.0 manual defines for that type.
TEST(Ontology, MapUsesOnlyManualModes) {
  for (const CameoCode& c : committed()->codes()) {
    if (!c.plover.mode.empty()) {
      EXPECT_NE(committed()->find_mode(c.plover.event_type, c.plover.mode), nullptr) << c.code;
    }
  }
  EXPECT_EQ(code("186").plover.mode, "targeted");   // map: "assassinate"
  EXPECT_EQ(code("1712").plover.mode, "destroy");   // map: ASSAULT "seize"
  EXPECT_EQ(code("1322").plover.mode, "restrict");  // map: THREATEN "ban"
  EXPECT_EQ(code("175").plover.mode, "");           // map: context "pro_autocracy" as mode
  EXPECT_EQ(code("0811").plover.contexts, std::vector<std::string>{"pro_democracy"});
  EXPECT_EQ(code("1952").plover.mode, "drone");
}

// Where the map's type contradicts the manual's translation table and type definitions,
// the manual's type is taken (DECISIONS.md, "Types the manual decides").
TEST(Ontology, ManualDecidesTypesTheMapContradicts) {
  EXPECT_EQ(code("0813").plover.event_type, "CONCEDE");  // lifted a night curfew
  EXPECT_EQ(code("0814").plover.event_type, "CONCEDE");  // lifted a state of emergency
  EXPECT_EQ(code("0831").plover.event_type, "RETREAT");  // resigned
  EXPECT_EQ(code("0831").plover.mode, "resign");
  EXPECT_EQ(code("163").plover.event_type, "SANCTION");  // imposed sanctions
  EXPECT_EQ(code("163").plover.mode, "discontinue");
  EXPECT_EQ(code("192").plover.event_type, "ASSAULT");  // retook a village
  EXPECT_EQ(code("191").plover.event_type, "COERCE");   // blockade: COERCE restrict
  EXPECT_EQ(code("0831").plover.basis, PloverBasis::kFixed);
}

TEST(Ontology, MissingLeavesInheritAndAreMarked) {
  EXPECT_EQ(code("1951").plover.event_type, "ASSAULT");
  EXPECT_EQ(code("1951").plover.basis, PloverBasis::kInherited);
  EXPECT_EQ(code("010").plover.basis, PloverBasis::kInherited);
  EXPECT_EQ(code("015").plover.event_type, "AGREE");
  EXPECT_EQ(code("016").plover.event_type, "REJECT");
}

// ---------------------------------------------------------------------------
// Malformed tables: each error names the file and the line.

class BrokenTables : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() /
        ("dyad_ontology_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    for (const auto& e : fs::directory_iterator(kDataDir)) {
      if (e.path().extension() == ".tsv") fs::copy_file(e.path(), dir_ / e.path().filename());
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Replaces the first line starting with `prefix` in `file` by `line` (drops it when
  // `line` is empty) and returns its 1-based line number.
  int replace_line(const std::string& file, const std::string& prefix, const std::string& line) {
    std::ifstream in(dir_ / file);
    std::string text, l;
    int at = 0;
    for (int n = 1; std::getline(in, l); ++n) {
      if (at == 0 && l.rfind(prefix, 0) == 0) {
        at = n;
        if (line.empty()) continue;
        l = line;
      }
      text += l + "\n";
    }
    EXPECT_NE(at, 0) << prefix;
    std::ofstream(dir_ / file, std::ios::trunc) << text;
    return at;
  }

  std::string load_error() {
    auto r = Ontology::load(dir_.string());
    EXPECT_FALSE(r.ok());
    return r.ok() ? "" : r.status().message();
  }

  fs::path dir_;
};

TEST_F(BrokenTables, MissingFieldNamesPathAndLine) {
  int line = replace_line("cameo.tsv", "044\t", "044\tMeet at a 'third' location\t04\t1\t1");
  std::string msg = load_error();
  std::string where = (dir_ / "cameo.tsv").string() + ":" + std::to_string(line) + ": ";
  EXPECT_EQ(msg.rfind(where, 0), 0u) << msg;
  EXPECT_NE(msg.find("expected 6 tab-separated fields, found 5"), std::string::npos) << msg;
}

TEST_F(BrokenTables, BadNumberNamesColumnAndValue) {
  replace_line("cameo.tsv", "164\t", "164\tHalt negotiations\t16\t4\t3\t-7,0");
  std::string msg = load_error();
  EXPECT_NE(msg.find("column 'goldstein': expected a Goldstein value in [-10, 10], found '-7,0'"),
            std::string::npos)
      << msg;
}

TEST_F(BrokenTables, UnknownModeIsRefused) {
  replace_line("cameo_to_plover.tsv", "186\t", "186\tASSAULT\tassassinate\t\tmap2021");
  std::string msg = load_error();
  EXPECT_NE(msg.find("cameo_to_plover.tsv:"), std::string::npos) << msg;
  EXPECT_NE(msg.find("found 'assassinate'"), std::string::npos) << msg;
}

TEST_F(BrokenTables, UnmappedCodeIsRefused) {
  replace_line("cameo_to_plover.tsv", "1214\t", "");
  std::string msg = load_error();
  EXPECT_NE(msg.find("cameo_to_plover.tsv: expected a row for every code in cameo.tsv, found "
                     "none for 1214"),
            std::string::npos)
      << msg;
}

TEST_F(BrokenTables, UnsortedRowsNamePathAndLine) {
  int line = replace_line("plover_contexts.tsv", "asylum\t", "zzz\tnot in order");
  std::string msg = load_error();
  // The row after the edited one is the first out of order.
  EXPECT_NE(msg.find("plover_contexts.tsv:" + std::to_string(line + 1) +
                     ": expected rows in ascending order, found 'cbrn' after 'zzz'"),
            std::string::npos)
      << msg;
}

TEST_F(BrokenTables, DuplicateCodeNamesPathAndLine) {
  int line =
      replace_line("cameo.tsv", "0211\t", "021\tAppeal for material cooperation\t02\t1\t0\t3.4");
  std::string msg = load_error();
  EXPECT_NE(msg.find("cameo.tsv:" + std::to_string(line) +
                     ": expected each key once, found '021' after '021'"),
            std::string::npos)
      << msg;
}

TEST_F(BrokenTables, MissingFileIsNotFound) {
  fs::remove(dir_ / "plover_modes.tsv");
  auto r = Ontology::load(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("plover_modes.tsv"), std::string::npos);
}

TEST(Tsv, ReportsLineOfEachFault) {
  constexpr std::array<std::string_view, 2> kCols = {"a", "b"};
  auto ok = parse_tsv("# note\na\tb\n1\t2\n", "t.tsv", kCols);
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(ok->rows.size(), 1u);
  EXPECT_EQ(ok->rows[0].line, 3);

  auto header = parse_tsv("a\tc\n", "t.tsv", kCols);
  EXPECT_EQ(header.status().message(), "t.tsv:1: expected header 'a\\tb', found 'a\\tc'");
  auto fields = parse_tsv("a\tb\n1\t2\t3\n", "t.tsv", kCols);
  EXPECT_EQ(fields.status().message(),
            "t.tsv:2: expected 2 tab-separated fields, found 3 in '1\\t2\\t3'");
  auto crlf = parse_tsv("a\tb\r\n", "t.tsv", kCols);
  EXPECT_EQ(crlf.status().message(), "t.tsv:1: expected LF line ends, found CR LF");
  // The GDELT 044 mojibake as Latin-1 bytes: not UTF-8.
  auto latin1 = parse_tsv("a\tb\n044\tMeet at a \xD2third\xD3 location\n", "t.tsv", kCols);
  EXPECT_EQ(latin1.status().message(),
            "t.tsv:2: expected UTF-8 text, found byte 0xD2 at column 15");
  auto empty = parse_tsv("a\tb\n\n", "t.tsv", kCols);
  EXPECT_EQ(empty.status().message(), "t.tsv:2: expected a row, found an empty line");
  auto none = parse_tsv("", "t.tsv", kCols);
  EXPECT_EQ(none.status().message(), "t.tsv:1: expected header 'a\\tb', found end of file");
}

}  // namespace
}  // namespace dyad::ontology

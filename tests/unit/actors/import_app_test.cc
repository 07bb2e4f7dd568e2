// app::import_dictionary end to end on the fixtures: outputs, naming, strict, errors.

#include <gtest/gtest.h>

#include <filesystem>

#include "actors/actors_tsv.h"
#include "app/import_dictionary.h"
#include "import_test_util.h"

namespace dyad::app {
namespace {

namespace fs = std::filesystem;
using actors::import::testing::fixture;

class ImportApp : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_import_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ImportApp, ActorsFolderOutputReadsBack) {
  ImportDictionaryOptions o;
  o.format = actors::import::Format::kPetrarch;
  o.kind = DictionaryKind::kActors;
  o.inputs = {fixture("petrarch.actors.txt"), fixture("countryinfo_dates.actors.txt")};
  o.out = dir_.string();
  o.command = "dyad data import --format petrarch --kind actors";
  Result<ImportDictionaryReport> r = import_dictionary(o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->written);
  ASSERT_EQ(r->outputs.size(), 2u);
  EXPECT_EQ(fs::path(r->outputs[0]).filename(), "petrarch.actors.tsv");
  EXPECT_EQ(fs::path(r->outputs[1]).filename(), "countryinfo_dates.actors.tsv");
  Result<std::vector<actors::ActorEntry>> back = actors::read_actor_tsv(r->outputs[0]);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->size(), 12u);
  EXPECT_GT(r->warnings, 0u);
  EXPECT_EQ(r->counts.front().first, "records");
}

TEST_F(ImportApp, AgentsGoToAgentsTsv) {
  ImportDictionaryOptions o;
  o.kind = DictionaryKind::kAgents;
  o.inputs = {fixture("petrarch.agents.txt")};
  o.out = dir_.string();
  Result<ImportDictionaryReport> r = import_dictionary(o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(fs::path(r->outputs[0]).filename(), "agents.tsv");
  EXPECT_TRUE(actors::read_agents_tsv(r->outputs[0]).ok());
}

TEST_F(ImportApp, StrictWritesNothingOnWarnings) {
  ImportDictionaryOptions o;
  o.kind = DictionaryKind::kActors;
  o.inputs = {fixture("petrarch.actors.txt")};
  o.out = (dir_ / "one.tsv").string();
  o.strict = true;
  Result<ImportDictionaryReport> r = import_dictionary(o);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->written);
  EXPECT_FALSE(fs::exists(dir_ / "one.tsv"));
  // A clean input passes under --strict.
  o.kind = DictionaryKind::kAgents;
  o.format = actors::import::Format::kTabari;
  o.inputs = {fixture("tabari.agents")};
  r = import_dictionary(o);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->written);
}

TEST_F(ImportApp, FixesAreApplied) {
  ImportDictionaryOptions o;
  o.kind = DictionaryKind::kActors;
  o.inputs = {fixture("petrarch.actors.txt")};
  o.out = (dir_ / "fixed.tsv").string();
  o.fixes = fixture("fixes.tsv");
  Result<ImportDictionaryReport> r = import_dictionary(o);
  ASSERT_TRUE(r.ok());
  Result<std::vector<actors::ActorEntry>> back = actors::read_actor_tsv(o.out);
  ASSERT_TRUE(back.ok());
  bool cameron = false;
  for (const actors::ActorEntry& e : *back) {
    for (const actors::RoleRow& role : e.roles) {
      cameron = cameron || (e.id == "BAD_DATES" && actors::format_day(role.from) == "2010-05-11");
    }
  }
  EXPECT_TRUE(cameron);
}

TEST_F(ImportApp, ValidUntilIsCountedInTheReport) {
  ImportDictionaryOptions o;
  o.kind = DictionaryKind::kActors;
  o.inputs = {fixture("valid_until.actors.txt")};
  o.out = (dir_ / "people.actors.tsv").string();
  o.valid_until = "2015-02-17";
  Result<ImportDictionaryReport> r = import_dictionary(o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  size_t closed = 0;
  for (const auto& [label, n] : r->counts) {
    if (label == "open-ended roles of persons closed at 2015-02-17") closed = n;
  }
  EXPECT_EQ(closed, 2u);
  // Not a date, or not an actor import: usage errors.
  o.valid_until = "2015-02-30";
  EXPECT_EQ(import_dictionary(o).status().code(), StatusCode::kInvalidArgument);
  o.valid_until = "2015-02-17";
  o.kind = DictionaryKind::kAgents;
  o.inputs = {fixture("petrarch.agents.txt")};
  o.out = dir_.string();
  EXPECT_EQ(import_dictionary(o).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(ImportApp, Errors) {
  ImportDictionaryOptions o;
  o.kind = DictionaryKind::kActors;
  o.inputs = {fixture("no-such-file.txt")};
  o.out = dir_.string();
  Result<ImportDictionaryReport> r = import_dictionary(o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  o.inputs = {fixture("petrarch.actors.txt")};
  o.out.clear();
  EXPECT_EQ(import_dictionary(o).status().code(), StatusCode::kInvalidArgument);
  o.out = dir_.string();
  o.kind = DictionaryKind::kOptions;  // options are TABARI's
  EXPECT_EQ(import_dictionary(o).status().code(), StatusCode::kInvalidArgument);
  o.kind = DictionaryKind::kVerbs;
  o.inputs = {fixture("petrarch1.verbs.txt"), fixture("petrarch1.verbs.txt")};
  EXPECT_EQ(import_dictionary(o).status().code(), StatusCode::kInvalidArgument);  // same output
}

}  // namespace
}  // namespace dyad::app

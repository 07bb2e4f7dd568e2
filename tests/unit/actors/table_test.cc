// The acceptance tables: every tests/data/actors/*_cases.tsv (phrase, date, expected,
// note; docs/formats/actors.md "Test table") resolved with the repository's real
// data/src/actors. Every failing case is listed (phrase, date, expected, got), not just
// the first. While the tables are still being written the test has little to check, so it
// insists on at least kMinCases cases once the curated people file exists.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/actors_tsv.h"
#include "actors/dictionary.h"
#include "actors/resolver.h"
#include "core/document.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace dyad::actors {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMinCases = 200;

const fs::path kSource = DYAD_SOURCE_DIR;

struct Case {
  std::string where;  // file:line
  std::string phrase, date, expected;
};

std::vector<Case> read_cases(std::vector<std::string>& errors) {
  std::vector<Case> cases;
  const fs::path dir = kSource / "tests" / "data" / "actors";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return cases;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().ends_with("_cases.tsv")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string line;
    int n = 0;
    bool header = false;
    while (std::getline(in, line)) {
      ++n;
      const std::string where = f.filename().string() + ":" + std::to_string(n);
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> fields;
      std::stringstream ss(line);
      for (std::string field; std::getline(ss, field, '\t');) fields.push_back(field);
      if (!header) {
        header = true;
        if (line.rfind("phrase\tdate\texpected", 0) != 0) {
          errors.push_back(where + ": expected the header 'phrase\\tdate\\texpected\\tnote'");
          break;
        }
        continue;
      }
      if (fields.size() < 3) {
        errors.push_back(where + ": expected at least 3 fields");
        continue;
      }
      cases.push_back(Case{where, fields[0], fields[1], fields[2]});
    }
  }
  return cases;
}

// The primary mention's code: the longest coded mention, ties leftmost; "-" when none.
std::string primary(const std::vector<Mention>& mentions) {
  const Mention* best = nullptr;
  for (const Mention& m : mentions) {
    if (m.code.empty()) continue;
    if (!best || m.token_end - m.token_begin > best->token_end - best->token_begin) best = &m;
  }
  return best ? std::string(best->code.view()) : "-";
}

TEST(ActorTables, EveryCaseResolvesAsExpected) {
  std::vector<std::string> errors;
  const std::vector<Case> cases = read_cases(errors);
  for (const std::string& e : errors) ADD_FAILURE() << e;
  const fs::path sources = kSource / "data" / "src" / "actors";
  if (fs::exists(sources / "people.actors.tsv")) {
    EXPECT_GE(cases.size(), kMinCases)
        << "data/src/actors/people.actors.tsv exists, so tests/data/actors/*_cases.tsv should "
           "hold at least "
        << kMinCases << " cases";
  }
  if (cases.empty()) GTEST_SKIP() << "no tests/data/actors/*_cases.tsv yet";
  auto loaded = load_actor_dir(sources.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  auto dict = Dictionary::build(loaded->sources);
  ASSERT_TRUE(dict.ok()) << dict.status().message();
  ResolveScratch scratch;
  size_t failed = 0;
  std::string report;
  for (const Case& c : cases) {
    Document doc;
    doc.source = c.phrase;
    doc.date = c.date;
    text::normalize(doc);
    text::tokenize(doc);
    std::vector<Mention> mentions;
    resolve_document(**dict, doc, scratch, mentions);
    const std::string got = primary(mentions);
    if (got != c.expected) {
      ++failed;
      report += c.where + "\t" + c.phrase + "\t" + c.date + "\texpected " + c.expected + "\tgot " +
                got + "\n";
    }
  }
  EXPECT_EQ(failed, 0u) << failed << " of " << cases.size() << " cases fail:\n" << report;
  std::printf("actor tables: %zu cases, %zu failing\n", cases.size(), failed);
}

}  // namespace
}  // namespace dyad::actors

// Golden tests: `dyad code` on the repository's examples, compared field by field with
// tests/golden/expected/<name>.jsonl (cases in tests/golden/cases.tsv). They pin the
// whole pipeline's output, so any change to the models, the data or the coder shows up
// here as named differences; when the change is intended, scripts/update-golden.sh
// rewrites the expected files and the diff is reviewed.

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

struct Case {
  std::string name;
  std::string arguments;
};

std::vector<Case> cases() {
  std::vector<Case> out;
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/tests/golden/cases.tsv");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// `dyad code <arguments>` from the source tree; stdout.
std::string run_dyad(const std::string& arguments) {
  const std::string command = "cd '" + std::string(DYAD_SOURCE_DIR) + "' && '" DYAD_BINARY
                              "' code --data-dir data " + arguments + " 2>/dev/null";
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof(buf), pipe)) > 0;) out.append(buf, n);
  pclose(pipe);
  return out;
}

// Every differing field, as "<path>: expected X, found Y".
void diff(const json& expected, const json& found, const std::string& path,
          std::vector<std::string>& out) {
  if (expected.is_object() && found.is_object()) {
    for (const auto& [key, value] : expected.items()) {
      if (!found.contains(key)) {
        out.push_back(path + "/" + key + ": missing");
      } else {
        diff(value, found[key], path + "/" + key, out);
      }
    }
    for (const auto& [key, value] : found.items()) {
      if (!expected.contains(key)) out.push_back(path + "/" + key + ": not expected");
    }
  } else if (expected.is_array() && found.is_array() && expected.size() == found.size()) {
    for (size_t i = 0; i < expected.size(); ++i) {
      diff(expected[i], found[i], path + "/" + std::to_string(i), out);
    }
  } else if (expected != found) {
    out.push_back(path + ": expected " + expected.dump() + ", found " + found.dump());
  }
}

TEST(Golden, ExamplesCodeAsRecorded) {
  const std::vector<Case> all = cases();
  ASSERT_FALSE(all.empty()) << "no cases in tests/golden/cases.tsv";
  for (const Case& c : all) {
    SCOPED_TRACE(c.name + ": dyad code " + c.arguments +
                 " (scripts/update-golden.sh rewrites the expected output)");
    std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/tests/golden/expected/" + c.name + ".jsonl");
    ASSERT_TRUE(in) << "no expected output";
    std::stringstream expected_text;
    expected_text << in.rdbuf();
    const std::vector<std::string> expected = split_lines(expected_text.str());
    const std::vector<std::string> found = split_lines(run_dyad(c.arguments));
    ASSERT_FALSE(found.empty()) << "dyad code wrote nothing";
    std::vector<std::string> differences;
    for (size_t i = 0; i < std::max(expected.size(), found.size()); ++i) {
      const std::string where = "line " + std::to_string(i + 1);
      if (i >= expected.size()) {
        differences.push_back(where + ": not expected: " + found[i]);
      } else if (i >= found.size()) {
        differences.push_back(where + ": missing: " + expected[i]);
      } else {
        diff(json::parse(expected[i]), json::parse(found[i]), where, differences);
      }
    }
    std::string report;
    for (const std::string& d : differences) report += "  " + d + "\n";
    EXPECT_TRUE(differences.empty()) << differences.size() << " differences:\n" << report;
  }
}

}  // namespace

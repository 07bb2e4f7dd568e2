// The compiled dictionary: the trie's leftmost-longest matching (with a differential test
// against a brute-force matcher, DESIGN §7), the artifact round trip, and the folder
// loader's override rule and warnings.

#include "actors/dictionary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "actors/phrase.h"
#include "actors/trie_match.h"
#include "actors_test_util.h"

namespace dyad::actors {
namespace {

ActorSources sources_with_names(const std::vector<std::string>& phrases) {
  ActorSources s;
  for (size_t i = 0; i < phrases.size(); ++i) {
    ActorEntry e;
    e.id = "E" + std::to_string(i);
    e.names.push_back(NameRow{phrases[i], NameKind::kName, "t:" + std::to_string(i)});
    e.roles.push_back(RoleRow{"USA", kOpenStart, kOpenEnd, "", ""});
    s.entries.push_back(std::move(e));
  }
  return s;
}

std::vector<TrieMatch> matches_of(const Dictionary& d, const std::string& text) {
  Document doc;
  doc.source = text;
  text::normalize(doc);
  text::tokenize(doc);
  std::vector<uint32_t> ids;
  std::string scratch;
  intern_words(d, doc.tokens, doc.text, ids, scratch);
  std::vector<TrieMatch> out;
  match_longest(d, ids, out);
  return out;
}

TEST(Trie, LongestMatchFirst) {
  auto d = Dictionary::build(sources_with_names({"New York", "New York Times", "York", "Times"}));
  ASSERT_TRUE(d.ok()) << d.status().message();
  // the New York Times said New York and York , not New Times
  // 0   1   2    3     4    5   6    7   8    9 10  11  12
  auto m = matches_of(**d, "the New York Times said New York and York, not New Times");
  std::vector<TrieMatch> want = {{1, 4, 0}, {5, 7, 0}, {8, 9, 0}, {12, 13, 0}};
  ASSERT_EQ(m.size(), want.size());
  for (size_t i = 0; i < m.size(); ++i) {
    EXPECT_EQ(m[i].begin, want[i].begin) << i;
    EXPECT_EQ(m[i].end, want[i].end) << i;
  }
  // "New" alone is a prefix of phrases but no phrase: no match, and the walk from "New"
  // that fails at "Times" resumes at "Times".
  EXPECT_EQ((**d).name_match((**d).node(m[3].node).name).phrase.size, 5u);
}

// Leftmost-longest by brute force: at each position try every phrase.
std::vector<TrieMatch> brute_force(const std::vector<std::vector<uint32_t>>& phrases,
                                   const std::vector<uint32_t>& words) {
  std::vector<TrieMatch> out;
  size_t i = 0;
  while (i < words.size()) {
    size_t best = 0;
    for (const auto& p : phrases) {
      if (p.size() > best && i + p.size() <= words.size() &&
          std::equal(p.begin(), p.end(), words.begin() + static_cast<long>(i))) {
        best = p.size();
      }
    }
    if (best == 0) {
      ++i;
      continue;
    }
    out.push_back(TrieMatch{static_cast<uint32_t>(i), static_cast<uint32_t>(i + best), 0});
    i += best;
  }
  return out;
}

TEST(Trie, AgreesWithBruteForceOnRandomSequences) {
  const std::vector<std::string> vocab = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
  std::mt19937 rng(20240321);
  for (int round = 0; round < 50; ++round) {
    // Random phrases of 1 to 4 words over a small vocabulary, so they share prefixes.
    std::vector<std::string> phrases;
    const int n_phrases = 1 + static_cast<int>(rng() % 30);
    for (int p = 0; p < n_phrases; ++p) {
      std::string phrase;
      const int len = 1 + static_cast<int>(rng() % 4);
      for (int w = 0; w < len; ++w) {
        if (w) phrase += ' ';
        phrase += vocab[rng() % vocab.size()];
      }
      phrases.push_back(phrase);
    }
    auto d = Dictionary::build(sources_with_names(phrases));
    ASSERT_TRUE(d.ok()) << d.status().message();
    std::vector<std::vector<uint32_t>> phrase_ids;
    for (const std::string& p : phrases) {
      std::vector<uint32_t> ids;
      for (const std::string& w : phrase_words(p)) ids.push_back((**d).word_id(w));
      phrase_ids.push_back(ids);
    }
    for (int seq = 0; seq < 40; ++seq) {
      std::vector<uint32_t> words(rng() % 60);
      for (uint32_t& w : words) {
        // Some words outside the dictionary (unknown ids) break phrases.
        const uint32_t r = rng() % (vocab.size() + 1);
        w = r == vocab.size() ? kUnknownWord : (**d).word_id(vocab[r]);
      }
      std::vector<TrieMatch> got;
      match_longest(**d, words, got);
      std::vector<TrieMatch> want = brute_force(phrase_ids, words);
      ASSERT_EQ(got.size(), want.size()) << "round " << round << " sequence " << seq;
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].begin, want[i].begin);
        EXPECT_EQ(got[i].end, want[i].end);
        EXPECT_TRUE((**d).node(got[i].node).accepts());
      }
    }
  }
}

TEST(Dictionary, ArtifactRoundTripResolvesTheSame) {
  const Dictionary& built = testing::fixture_dictionary();
  auto bytes = built.serialize(3);
  ASSERT_TRUE(bytes.ok()) << bytes.status().message();
  auto loaded = Dictionary::parse(*bytes, "fixture.dyad");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ((**loaded).entry_count(), built.entry_count());
  EXPECT_EQ((**loaded).word_count(), built.word_count());
  for (const char* text : {"US President Joe Biden met Chinese Foreign Ministry officials",
                           "former President Donald Trump and Boris Johnson", "they told us"}) {
    EXPECT_EQ(testing::resolve(**loaded, text, "2023-03-21").summary(),
              testing::resolve(built, text, "2023-03-21").summary());
  }
  // A flipped byte inside a section fails the checksum; a truncated file fails too.
  std::string bad = *bytes;
  bad[bad.size() - 5] ^= 0x20;
  EXPECT_FALSE(Dictionary::parse(bad, "bad.dyad").ok());
  EXPECT_FALSE(
      Dictionary::parse(std::string_view(*bytes).substr(0, bytes->size() / 2), "cut").ok());
}

TEST(Dictionary, RefusesCodesThatCannotFitAMention) {
  ActorSources s = sources_with_names({"Somewhere"});
  s.entries[0].roles[0].code = "ABCDEFGHIJKLMNOPQRS";
  auto d = Dictionary::build(s);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("longer than"), std::string::npos);
}

TEST(Loader, CuratedRolesReplaceImportedOnesAndNamesMerge) {
  auto loaded = load_actor_dir(testing::fixture_dir());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const ActorEntry* boris = nullptr;
  const ActorEntry* chn = nullptr;
  for (const ActorEntry& e : loaded->sources.entries) {
    if (e.id == "BORIS_JOHNSON") boris = &e;
    if (e.id == "CHN") chn = &e;
  }
  ASSERT_TRUE(boris && chn);
  ASSERT_EQ(boris->roles.size(), 2u);  // the imported GBRLEG default is gone
  EXPECT_EQ(boris->roles[0].note, "Foreign Secretary");
  EXPECT_EQ(boris->roles[1].note, "Prime Minister");
  EXPECT_EQ(boris->names.size(), 2u);  // "Boris Johnson" once, "Johnson"
  // CHN: no curated roles, so the imported one stays (its duplicate collapsed); the
  // curated adjective merges with the imported names.
  ASSERT_EQ(chn->roles.size(), 1u);
  EXPECT_EQ(chn->names.size(), 3u);
  // Load order: imported first, then curated files by name, agents.tsv last.
  ASSERT_EQ(loaded->files.size(), 5u);
  EXPECT_NE(loaded->files[0].find("imported/sample/agents.tsv"), std::string::npos);
  EXPECT_NE(loaded->files[1].find("imported/sample/sample.actors.tsv"), std::string::npos);
  EXPECT_NE(loaded->files[2].find("countries.actors.tsv"), std::string::npos);
  EXPECT_NE(loaded->files[4].find("/agents.tsv"), std::string::npos);
  // Agents: the duplicate imported "troops" collapsed, curated "police" replaced imported.
  size_t troops = 0;
  for (const AgentRow& a : loaded->sources.agents) troops += a.phrase == "troops";
  EXPECT_EQ(troops, 1u);
}

TEST(Loader, NameCollisionsWarnAndTheLaterEntryWins) {
  auto loaded = load_actor_dir(testing::fixture_dir());
  ASSERT_TRUE(loaded.ok());
  const std::string want =
      "countries.actors.tsv:3: name 'Beijing' of BEIJING was a name of BEIJING_CITY "
      "(" +
      testing::fixture_dir() + "/imported/sample/sample.actors.tsv:3); the later one wins";
  bool found = false;
  for (const std::string& w : loaded->warnings) found |= w.ends_with(want);
  EXPECT_TRUE(found) << "warnings:\n"
                     << [&] {
                          std::string all;
                          for (const std::string& w : loaded->warnings) all += w + "\n";
                          return all;
                        }();
  EXPECT_EQ(testing::resolve(testing::fixture_dictionary(), "Beijing", "2023-03-21").summary(),
            "CHNGOV:Beijing");
}

TEST(Loader, MissingFolderIsNotFound) {
  auto loaded = load_actor_dir(testing::fixture_dir() + "/nope");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kNotFound);
}

TEST(Checks, OverlappingRolesWithDifferentCodesAreReported) {
  auto entries = parse_actor_tsv(
      "entry\tkind\tvalue\tfrom\tto\tnote\n"
      "X\tname\tX\n"
      "X\tname\tX\n"
      "X\trole\tUSAGOV\t2020-01-01\t2021-01-01\n"
      "X\trole\tUSAMIL\t2020-06-01\t2020-07-01\n"
      "X\trole\tUSAGOV\t2020-01-01\t2021-01-01\tsame again\n"
      "X\trole\tUSALEG\t2021-01-01\t2022-01-01\tstarts the day the first ends\n"
      "X\trole\tUSAELI\n",
      "p.actors.tsv");
  ASSERT_TRUE(entries.ok()) << entries.status().message();
  ActorSources s;
  s.entries = std::move(entries).value();
  std::vector<std::string> warnings = check_actor_sources(s);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "p.actors.tsv:5: X role USAMIL [2020-06-01, 2020-07-01) overlaps role USAGOV "
            "[2020-01-01, 2021-01-01) of p.actors.tsv:4");
  EXPECT_EQ(s.entries[0].names.size(), 1u);  // duplicates collapsed
  EXPECT_EQ(s.entries[0].roles.size(), 4u);
}

}  // namespace
}  // namespace dyad::actors

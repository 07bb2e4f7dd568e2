#include "timeplace/gazetteer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace dyad::timeplace {
namespace {

namespace fs = std::filesystem;

const std::string kPlacesDir = std::string(DYAD_SOURCE_DIR) + "/data/src/places";

// Loaded once: the tables are immutable, and every test reads the same committed files.
std::shared_ptr<const Gazetteer> committed() {
  static const std::shared_ptr<const Gazetteer> loaded = [] {
    auto r = Gazetteer::load(kPlacesDir);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : nullptr;
  }();
  return loaded;
}

struct Found {
  std::string text;  // the matched words, as written
  std::string name;
  std::string kind;
  std::string country;
  uint32_t geonameid = 0;
  bool capital = false;
  bool qualified = false;
};

// The text stage, then find() on every sentence: the code path the event coder uses.
std::vector<Found> resolve(const Gazetteer& g, const std::string& text) {
  Document doc;
  doc.source = text;
  text::normalize(doc);
  text::tokenize(doc);
  MatchScratch scratch;
  std::vector<PlaceMatch> matches;
  for (const Sentence& s : doc.sentences) g.find(doc, s.token_begin, s.token_end, scratch, matches);
  std::vector<Found> out;
  for (const PlaceMatch& m : matches) {
    const Place& p = g.place(m.place);
    uint32_t begin = doc.tokens[m.token_begin].begin, end = doc.tokens[m.token_end - 1].end;
    out.push_back({doc.text.substr(begin, end - begin), std::string(g.name(p)),
                   std::string(place_kind_name(p.kind)), std::string(g.iso3(p)), p.geonameid,
                   p.capital, m.qualified});
  }
  return out;
}

std::vector<Found> resolve(const std::string& text) { return resolve(*committed(), text); }

// One place expected: its name, kind and country.
void expect_one(const std::string& text, const std::string& name, const std::string& kind,
                const std::string& country) {
  auto found = resolve(text);
  ASSERT_EQ(found.size(), 1u) << text;
  EXPECT_EQ(found[0].name, name) << text;
  EXPECT_EQ(found[0].kind, kind) << text;
  EXPECT_EQ(found[0].country, country) << text;
}

TEST(Gazetteer, LoadsTheCommittedTables) {
  auto g = committed();
  ASSERT_NE(g, nullptr);
  const GazetteerStats& s = g->stats();
  EXPECT_EQ(s.countries, 247u);
  EXPECT_EQ(s.regions, 3880u);
  EXPECT_GT(s.places, 24000u);
  EXPECT_GT(s.aliases, 50u);
  EXPECT_GT(s.stop_phrases, 10u);
  EXPECT_EQ(g->places().size(), s.countries + s.regions + s.places);
  uint32_t ukr = g->find_country("UKR");
  ASSERT_NE(ukr, kNoIndex);
  EXPECT_EQ(g->name(g->place(ukr)), "Ukraine");
  EXPECT_NE(g->find_geonameid(703448), kNoIndex);
  EXPECT_EQ(g->find_geonameid(1), kNoIndex);
}

TEST(Gazetteer, QualifiedRegion) {
  // Bali is a province of Indonesia; the match covers the qualifier.
  auto found = resolve("Tourists returned to Bali, Indonesia, after the eruption.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "Bali, Indonesia");
  EXPECT_EQ(found[0].name, "Bali");
  EXPECT_EQ(found[0].kind, "admin1");
  EXPECT_EQ(found[0].country, "IDN");
  EXPECT_TRUE(found[0].qualified);
}

TEST(Gazetteer, KyivAndTheOlderSpelling) {
  for (const char* text : {"Kyiv", "Kiev", "KYIV", "Missiles hit Kiev overnight."}) {
    auto found = resolve(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].geonameid, 703448u) << text;
    EXPECT_EQ(found[0].name, "Kyiv");
    EXPECT_EQ(found[0].country, "UKR");
    EXPECT_TRUE(found[0].capital);
  }
}

TEST(Gazetteer, CuratedSpellings) {
  expect_one("Bombay", "Mumbai", "city", "IND");
  expect_one("Burma", "Myanmar", "country", "MMR");
  expect_one("Ivory Coast", "Côte d'Ivoire", "country", "CIV");
  // The typographic apostrophe is folded by text::match_form.
  expect_one("C\u00f4te d\u2019Ivoire", "Côte d'Ivoire", "country", "CIV");
  // Diacritics and case are folded: "Sao Paulo" is São Paulo.
  expect_one("Sao Paulo", "São Paulo", "city", "BRA");
}

TEST(Gazetteer, WaterBodiesAreNotPlaces) {
  // A stop phrase: no place, and "Taiwan" inside it does not match either.
  EXPECT_TRUE(resolve("Warships sailed through the Taiwan Strait.").empty());
  EXPECT_TRUE(resolve("Tension rose in the South China Sea.").empty());
  expect_one("Taiwan", "Taiwan", "country", "TWN");
}

TEST(Gazetteer, ParisTexasAndParis) {
  auto texas = resolve("The storm hit Paris, Texas on Sunday.");
  ASSERT_EQ(texas.size(), 1u);
  EXPECT_EQ(texas[0].text, "Paris, Texas");
  EXPECT_EQ(texas[0].country, "USA");
  EXPECT_EQ(texas[0].geonameid, 4717560u);
  auto paris = resolve("Ministers met in Paris.");
  ASSERT_EQ(paris.size(), 1u);
  EXPECT_EQ(paris[0].country, "FRA");
  EXPECT_TRUE(paris[0].capital);
  // A qualifier that contains none of the candidates leaves two places.
  auto two = resolve("Paris, Germany and Italy");
  ASSERT_EQ(two.size(), 3u);
  EXPECT_EQ(two[0].country, "FRA");
  EXPECT_FALSE(two[0].qualified);
}

TEST(Gazetteer, WashingtonIsTheCapital) {
  for (const char* text : {"Washington", "Washington, D.C.", "Washington DC"}) {
    auto found = resolve(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].geonameid, 4140963u) << text;
    EXPECT_TRUE(found[0].capital);
  }
  expect_one("Washington state", "Washington", "admin1", "USA");
}

TEST(Gazetteer, NewYorkIsTheCity) {
  auto found = resolve("Stocks fell in New York.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "New York City");
  EXPECT_EQ(found[0].geonameid, 5128581u);
  expect_one("New York State", "New York", "admin1", "USA");
  expect_one("New York City", "New York City", "city", "USA");
}

TEST(Gazetteer, CountriesByName) {
  expect_one("Germany", "Germany", "country", "DEU");
  expect_one("the United States", "United States", "country", "USA");
  expect_one("The U.S. said", "United States", "country", "USA");
  expect_one("Britain", "United Kingdom", "country", "GBR");
  expect_one("Bosnia and Herzegovina", "Bosnia and Herzegovina", "country", "BIH");
  // Countries come before regions and cities of the same name.
  expect_one("Georgia", "Georgia", "country", "GEO");
  expect_one("Athens, Georgia", "Athens", "city", "USA");
}

TEST(Gazetteer, RankingRule) {
  auto g = committed();
  // A capital before a region of the same name and before other cities.
  expect_one("Moscow", "Moscow", "city", "RUS");
  // A region's seat of the same name before its region (and only before it).
  expect_one("Istanbul", "Istanbul", "city", "TUR");
  expect_one("Florida", "Florida", "admin1", "USA");
  // Regions and ordinary cities by population (a region's is its places' total).
  expect_one("Texas", "Texas", "admin1", "USA");
  expect_one("Manchester", "Manchester", "city", "GBR");  // not the parish in Jamaica
  expect_one("Punjab", "Punjab", "admin1", "PAK");
  expect_one("Punjab, India", "Punjab", "admin1", "IND");
  std::vector<uint32_t> paris = g->candidates("Paris");
  ASSERT_EQ(paris.size(), 2u);
  EXPECT_TRUE(g->place(paris[0]).capital);
  std::vector<uint32_t> c = g->candidates("Springfield");  // no capital, no region
  ASSERT_GT(c.size(), 3u);
  for (size_t i = 1; i < c.size(); ++i) {  // by population
    EXPECT_GE(g->place(c[i - 1]).population, g->place(c[i]).population);
  }
}

TEST(Gazetteer, SentenceWithSeveralPlaces) {
  auto found = resolve(
      "Talks between Israel and Egypt resumed in Cairo on Tuesday, "
      "while Qatar hosted envoys in Doha.");
  std::vector<std::string> names;
  for (const Found& f : found) names.push_back(f.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Israel", "Egypt", "Cairo", "Qatar", "Doha"}));
}

TEST(Gazetteer, LowerCaseWordsAndStopNames) {
  EXPECT_TRUE(resolve("It was a nice day for a reading of the union report.").empty());
  EXPECT_TRUE(resolve("In March, the Union said Police would act.").empty());
  EXPECT_TRUE(resolve("Of the ten, three were hurt.").empty());
  EXPECT_TRUE(resolve("Fighting in the East and the Gulf.").empty());
}

TEST(Gazetteer, AcronymsShortUnaccentedWordsAndGluedNames) {
  // "UN" is not the town Un (India); "US" is the alias.
  EXPECT_TRUE(resolve("The UN said so.").empty());
  expect_one("The US said so.", "United States", "country", "USA");
  // Short unaccented words are not accented names ("God" is not Göd, Hungary) ...
  EXPECT_TRUE(resolve("They thank God.").empty());
  // ... long ones are ("Bogota" is Bogotá).
  expect_one("Rain in Bogota.", "Bogotá", "city", "COL");
  // A city name glued to another capitalized word is part of a longer name.
  EXPECT_TRUE(resolve("Adviser John Bolton spoke.").empty());
  EXPECT_TRUE(resolve("The Washington Post reported it.").empty());
  expect_one("He spoke in Bolton on Friday.", "Bolton", "city", "GBR");
  // Countries are exempt.
  expect_one("The US President spoke.", "United States", "country", "USA");
}

TEST(Gazetteer, LongestMatchFirst) {
  expect_one("Mexico City", "Mexico City", "city", "MEX");
  expect_one("New Mexico", "New Mexico", "admin1", "USA");
  auto found = resolve("Mexico");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "country");
}

// --- Malformed tables -----------------------------------------------------------------

class GazetteerFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("dyad_places_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::create_directories(dir_);
    write("countries.tsv",
          "# test\niso3\tiso2\tname\tcapital\tcapital_geonameid\tlat\tlon\n"
          "FRA\tFR\tFrance\tParis\t2988507\t48.85341\t2.3488\n"
          "USA\tUS\tUnited States\t\t\t\t\n");
    write("admin1.tsv",
          "country\tcode\tname\tgeonameid\tlat\tlon\n"
          "FRA\t11\tÎle-de-France\t3012874\t48.8\t2.5\n"
          "USA\tTX\tTexas\t4736286\t\t\n");
    write("places.tsv",
          "geonameid\tname\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\n"
          "2988507\tParis\tFRA\t11\tPPLC\t2138551\t48.85341\t2.3488\n"
          "4717560\tParis\tUSA\tTX\tPPLA2\t24782\t33.66094\t-95.55551\n");
    write("aliases.tsv", "name\ttarget\tnote\nLutetia\t2988507\tLatin name\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& file, const std::string& text) {
    std::ofstream(dir_ / file, std::ios::binary) << text;
  }
  // Replaces the last line of `file` with `line`.
  void replace_last(const std::string& file, const std::string& line) {
    std::ifstream in(dir_ / file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    text.pop_back();
    text = text.substr(0, text.rfind('\n') + 1) + line + "\n";
    write(file, text);
  }
  std::string load_error() {
    auto r = Gazetteer::load(dir_.string());
    EXPECT_FALSE(r.ok());
    return r.ok() ? "" : r.status().message();
  }

  fs::path dir_;
};

TEST_F(GazetteerFiles, SmallTablesLoadAndMatch) {
  auto g = Gazetteer::load(dir_.string());
  ASSERT_TRUE(g.ok()) << g.status().message();
  auto found = resolve(**g, "From Lutetia to Paris, Texas.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].geonameid, 2988507u);
  EXPECT_EQ(found[1].geonameid, 4717560u);
}

TEST_F(GazetteerFiles, WrongFieldCountNamesFileAndLine) {
  replace_last("places.tsv", "4717560\tParis\tUSA\tTX\tPPLA2\t24782\t33.66094");
  std::string m = load_error();
  EXPECT_NE(m.find("places.tsv:3: expected 8 tab-separated fields, found 7"), std::string::npos)
      << m;
}

TEST_F(GazetteerFiles, BadNumbersNameTheColumn) {
  replace_last("places.tsv", "4717560\tParis\tUSA\tTX\tPPLA2\t24782\t133.6\t-95.5");
  std::string m = load_error();
  EXPECT_NE(m.find("places.tsv:3: column 'lat': expected a latitude"), std::string::npos) << m;
  EXPECT_NE(m.find("found '133.6'"), std::string::npos) << m;
  SetUp();
  replace_last("places.tsv", "4717560\tParis\tUSA\tTX\tPPLA2\tmany\t33.6\t-95.5");
  m = load_error();
  EXPECT_NE(m.find("places.tsv:3: column 'population'"), std::string::npos) << m;
}

TEST_F(GazetteerFiles, UnknownReferences) {
  replace_last("places.tsv", "4717560\tParis\tUSA\tXX\tPPLA2\t24782\t33.6\t-95.5");
  EXPECT_NE(load_error().find("places.tsv:3: unknown region 'USA.XX'"), std::string::npos);
  SetUp();
  replace_last("admin1.tsv", "DEU\tTX\tTexas\t4736286\t\t");
  EXPECT_NE(load_error().find("admin1.tsv:3: unknown country 'DEU'"), std::string::npos);
  SetUp();
  replace_last("aliases.tsv", "Lutetia\t999\tLatin name");
  std::string m = load_error();
  EXPECT_NE(m.find("aliases.tsv:2: column 'target'"), std::string::npos) << m;
  SetUp();
  replace_last("places.tsv", "2988507\tParis\tUSA\tTX\tPPLA2\t24782\t33.6\t-95.5");
  EXPECT_NE(load_error().find("places.tsv:3: geonameid 2988507 twice"), std::string::npos);
}

TEST_F(GazetteerFiles, CapitalMustBeAPlaceOfThatCountry) {
  replace_last("countries.tsv", "USA\tUS\tUnited States\tParis\t2988507\t\t");
  std::string m = load_error();
  EXPECT_NE(m.find("countries.tsv:4: capital_geonameid 2988507"), std::string::npos) << m;
}

TEST_F(GazetteerFiles, HeaderLineEndsAndFiles) {
  write("aliases.tsv", "name\ttarget\nLutetia\t2988507\n");
  EXPECT_NE(load_error().find("aliases.tsv:1: expected the header"), std::string::npos);
  SetUp();
  write("aliases.tsv", "name\ttarget\tnote\r\nLutetia\t2988507\tx\r\n");
  EXPECT_NE(load_error().find("aliases.tsv:1: expected LF line ends"), std::string::npos);
  SetUp();
  write("aliases.tsv", "name\ttarget\tnote\nLutetia\t2988507\tx");
  EXPECT_NE(load_error().find("aliases.tsv:2: expected a line end"), std::string::npos);
  SetUp();
  write("places.tsv",
        "geonameid\tname\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\n"
        "1\tPar\xff\tFRA\t11\tPPL\t1\t1\t1\n");
  EXPECT_NE(load_error().find("places.tsv:2: invalid UTF-8"), std::string::npos);
  SetUp();
  fs::remove(dir_ / "admin1.tsv");
  auto r = Gazetteer::load(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find("admin1.tsv"), std::string::npos);
}

// --- The trie against a brute-force longest match ------------------------------------

TEST(GazetteerDifferential, TrieAgreesWithBruteForceLongestMatch) {
  // Overlapping names: prefixes of each other, shared words, a stop phrase. Short random
  // texts with "and" between names, so that some matches stand apart.
  const std::vector<std::string> names = {
      "York", "New York", "New York City", "Mexico",           "New Mexico",   "Mexico City",
      "City", "Guinea",   "New Guinea",    "Papua New Guinea", "Guinea Bissau"};
  fs::path dir = fs::path(::testing::TempDir()) / "dyad_places_differential";
  fs::create_directories(dir);
  std::string places = "geonameid\tname\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\n";
  for (size_t i = 0; i < names.size(); ++i) {
    places += std::to_string(i + 1) + "\t" + names[i] + "\tAAA\t\tPPL\t" +
              std::to_string(1000 + i) + "\t1\t1\n";
  }
  std::ofstream(dir / "places.tsv") << places;
  std::ofstream(dir / "countries.tsv") << "iso3\tiso2\tname\tcapital\tcapital_geonameid\tlat\tlon\n"
                                          "AAA\tAA\tAland\t\t\t\t\n";
  std::ofstream(dir / "admin1.tsv") << "country\tcode\tname\tgeonameid\tlat\tlon\n";
  std::ofstream(dir / "aliases.tsv") << "name\ttarget\tnote\nGuinea Bissau Sea\t-\tstop\n";
  auto g = Gazetteer::load(dir.string());
  ASSERT_TRUE(g.ok()) << g.status().message();
  fs::remove_all(dir);

  std::set<std::vector<std::string>> known;
  for (std::string n : names) {
    std::vector<std::string> words;
    for (size_t p; (p = n.find(' ')) != std::string::npos; n = n.substr(p + 1)) {
      words.push_back(n.substr(0, p));
    }
    words.push_back(n);
    known.insert(words);
  }
  known.insert({"Guinea", "Bissau", "Sea"});
  const std::vector<std::string> vocabulary = {"New",    "York",  "City",   "Mexico",
                                               "Guinea", "Papua", "Bissau", "Sea",
                                               "Aland",  "and",   "and",    "and"};
  std::mt19937 rng(7);
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<std::string> words(1 + rng() % 12);
    std::string text;
    for (std::string& w : words) {
      w = vocabulary[rng() % vocabulary.size()];
      text += (text.empty() ? "" : " ") + w;
    }
    // Brute force: at each word, the longest known phrase (place or stop); "and" is
    // lower-case, so no match starts there.
    std::vector<std::string> expected;
    for (size_t i = 0; i < words.size();) {
      size_t best = 0;
      for (size_t len = 1; i + len <= words.size(); ++len) {
        std::vector<std::string> span(words.begin() + i, words.begin() + i + len);
        if (known.count(span) || (len == 1 && span[0] == "Aland")) best = len;
      }
      if (words[i] == "and" || best == 0) {
        ++i;
        continue;
      }
      std::string phrase;
      for (size_t k = i; k < i + best; ++k) phrase += (phrase.empty() ? "" : " ") + words[k];
      // A city glued to a capitalized word is dropped (the sentence's first word does not
      // count); the country Aland never is.
      bool glued = (i >= 2 && words[i - 1] != "and") ||
                   (i + best < words.size() && words[i + best] != "and");
      if (phrase != "Guinea Bissau Sea" && (phrase == "Aland" || !glued)) {
        expected.push_back(phrase);
      }
      i += best;
    }
    std::vector<std::string> got;
    for (const Found& f : resolve(**g, text)) {
      got.push_back(f.text);
      EXPECT_EQ(f.name, f.text == "Aland" ? "Aland" : f.text);
    }
    ASSERT_EQ(got, expected) << text;
  }
}

}  // namespace
}  // namespace dyad::timeplace

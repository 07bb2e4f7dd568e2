// Surnames alone (resolver.h, "surname"), on sentences from the dev sets and the bench
// news, against tests/data/actors/surnames: Phoenix-style persons with dated ELI rows.

#include <gtest/gtest.h>

#include "actors/dictionary.h"
#include "actors/resolver.h"
#include "actors_test_util.h"

namespace dyad::actors {
namespace {

const Dictionary& surname_dictionary() {
  static const std::shared_ptr<const Dictionary> dict = [] {
    auto loaded = load_actor_dir(std::string(DYAD_SOURCE_DIR) + "/tests/data/actors/surnames");
    DYAD_CHECK(loaded.ok());
    auto d = Dictionary::build(loaded->sources);
    DYAD_CHECK(d.ok());
    return std::move(d).value();
  }();
  return *dict;
}

std::string summary(const std::string& text, const std::string& date) {
  return testing::resolve(surname_dictionary(), text, date).summary();
}

TEST(Surnames, IndexHoldsLastWordsOfPersonsButNotExcludedWords) {
  const Dictionary& d = surname_dictionary();
  std::string key;
  ASSERT_EQ(d.surname_persons(d.intern("Mugabe", key)).size(), 1u);
  EXPECT_EQ(d.surname_persons(d.intern("Clinton", key)).size(), 2u);
  EXPECT_TRUE(d.surname_persons(d.intern("Bush", key)).empty());  // surname_exclusions.tsv
  EXPECT_TRUE(d.surname_persons(d.intern("Robert", key)).empty());
}

TEST(Surnames, SurnameAloneTakesTheRoleOnTheDate) {
  EXPECT_EQ(summary("Mugabe criticized Britain.", "2010-06-01"), "ZWEGOV:Mugabe | GBR:Britain");
  EXPECT_EQ(summary("Mr Mugabe criticized Britain.", "2010-06-01"), "ZWEGOV:Mugabe | GBR:Britain");
  EXPECT_EQ(summary("Mugabe's government criticized Britain.", "2010-06-01"),
            "ZWEGOV:Mugabe | :government | GBR:Britain");
}

TEST(Surnames, ABareTitleDoesNotTakeAnotherMentionsCountry) {
  // Was GBRGOV: the title "President" alone took Britain's country in the coder.
  EXPECT_EQ(summary("President Mugabe criticized Britain.", "2010-06-01"),
            "ZWEGOV:President Mugabe | GBR:Britain");
  // Undated (the CAMEO manual's examples): a title makes the one Mugabe the one meant.
  EXPECT_EQ(summary("Opposition groups in Zimbabwe are demanding that President Mugabe "
                    "abandon his controversial policy of land confiscations.",
                    ""),
            "ZWE:Zimbabwe | ZWEGOV:President Mugabe");
  // Without a title, an undated surname stays unresolved: no date tells persons apart.
  EXPECT_EQ(summary("Mugabe criticized Britain.", ""), "GBR:Britain");
}

TEST(Surnames, FirstNameAndSurnameAreANameWhateverTheDate) {
  EXPECT_EQ(summary("An Argentine judge has ordered former president Carlos Menem to appear "
                    "October 16 for questioning.",
                    "2000-01-01"),
            "ARGELI:former president Carlos Menem");
  // A first name no person with that surname has: someone else, and a later surname
  // alone may be them.
  EXPECT_EQ(
      summary("Grace Mugabe spoke on Monday. Later, Mugabe criticized Britain.", "2010-06-01"),
      "GBR:Britain");
  // "Ahmed" is a middle name of ABIY AHMED ALI, not a first name: Ahmed Ali is someone
  // else (the father of Shamima Begum, bench news guardian-41).
  EXPECT_EQ(summary("\u201cI would ask the British government not to cancel her citizenship,"
                    "\u201d Ahmed Ali said.",
                    "2019-03-06"),
            ":government");
}

TEST(Surnames, AnOfficeOnTheDateBeatsTheDatedElite) {
  // Tony Blair is prime minister in 2005, Dennis Blair only USAELI then.
  EXPECT_EQ(summary("Blair met Mugabe.", "2005-06-01"), "GBRGOV:Blair | ZWEGOV:Mugabe");
  // In 2009 the tables give Tony Blair no dated role and Dennis Blair an office: the
  // date decides, as it does between the two Bushes.
  EXPECT_EQ(summary("Blair met Mugabe.", "2009-06-01"), "USASPY:Blair | ZWEGOV:Mugabe");
}

TEST(Surnames, SeveralCandidatesNeedAFullNameEarlierInTheDocument) {
  // 1995: Bill is president, Hillary in the dated elite; "Clinton" alone is Bill.
  EXPECT_EQ(summary("Clinton met Mugabe.", "1995-06-01"), "USAGOV:Clinton | ZWEGOV:Mugabe");
  // Named in full earlier, Hillary is the Clinton of the document.
  EXPECT_EQ(
      summary("Hillary Clinton arrived in Harare. On Monday, Clinton met Mugabe.", "1995-06-01"),
      "USAELI:Hillary Clinton | USAELI:Clinton | ZWEGOV:Mugabe");
}

TEST(Surnames, AnUnknownLongerNameBlocksTheSurname) {
  // Bench news guardian-637: Nasr al-Hariri of the Syrian opposition, not Saad Hariri.
  EXPECT_EQ(summary("Nasr al-Hariri, chief negotiator for the Syrian Negotiations Commission, "
                    "said he welcomed the US keeping troops inside Syria. Hariri, who is in "
                    "London, expressed strong reservations.",
                    "2018-01-16"),
            "");
  EXPECT_EQ(summary("Hariri expressed strong reservations.", "2018-01-16"), "LBNGOV:Hariri");
}

TEST(Surnames, ExcludedWordsPlacesAndLowerCaseAreNoSurnames) {
  EXPECT_EQ(summary("Bush met Mugabe.", "1990-06-01"), "ZWEGOV:Mugabe");  // a common word
  EXPECT_EQ(summary("The mugabe criticized Britain.", "2010-06-01"), "GBR:Britain");
  EXPECT_EQ(summary("Troops arrived in Hariri on Monday.", "2018-01-16"), "");
  EXPECT_EQ(summary("Mugabe Foundation officials spoke.", "2010-06-01"), "");
}

TEST(Surnames, MayMentionSeesASurnameAlone) {
  // The coder skips sentences without a candidate; a surname alone is one.
  Document doc;
  doc.source = "Mugabe criticized the opposition.";
  text::normalize(doc);
  text::tokenize(doc);
  ResolveScratch scratch;
  EXPECT_TRUE(may_mention(surname_dictionary(), doc.tokens, doc.text, scratch));
}

}  // namespace
}  // namespace dyad::actors

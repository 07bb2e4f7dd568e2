// Resolution on the fixture (tests/data/actors/fixture): composition, dates, former,
// out of office, acronyms.

#include "actors/resolver.h"

#include <gtest/gtest.h>

#include "actors_test_util.h"

namespace dyad::actors {
namespace {

using testing::fixture_dictionary;

std::string summary(const std::string& phrase, const std::string& date = "2023-03-21") {
  return testing::resolve(fixture_dictionary(), phrase, date).summary();
}

const Mention& only(const testing::Resolved& r) {
  EXPECT_EQ(r.mentions.size(), 1u) << r.summary();
  return r.mentions.at(0);
}

TEST(Resolver, AdjectiveOrCountryPlusAgent) {
  EXPECT_EQ(summary("Chinese Foreign Ministry"), "CHNGOV:Chinese Foreign Ministry");
  EXPECT_EQ(summary("China's Foreign Ministry said"), "CHNGOV:China's Foreign Ministry");
  EXPECT_EQ(summary("Russian troops"), "RUSMIL:Russian troops");
  EXPECT_EQ(summary("US officials"), "USAGOV:US officials");
  EXPECT_EQ(summary("U.S. officials"), "USAGOV:U.S. officials");
  // Several agents: the first gives the sector, the others widen the span.
  EXPECT_EQ(summary("Chinese military officials"), "CHNMIL:Chinese military officials");
  // A prefix agent (TABARI [NGO~]).
  EXPECT_EQ(summary("British aid workers"), "NGOGBR:British aid workers");
  auto r = testing::resolve(fixture_dictionary(), "Russian troops", "2023-03-21");
  EXPECT_EQ(only(r).how, MentionHow::kAgent);
  EXPECT_NE(only(r).agent, kNoIndex);
}

TEST(Resolver, DatedCountriesComposeWithAgents) {
  EXPECT_EQ(summary("Yugoslavia's troops", "1999-03-24"), "YUGMIL:Yugoslavia's troops");
  EXPECT_EQ(summary("Yugoslavia's troops", "2004-01-01"), "SCGMIL:Yugoslavia's troops");
}

TEST(Resolver, OnlyAdjacentMatchesCompose) {
  EXPECT_EQ(summary("Russia said Chinese troops left"), "RUS:Russia | CHNMIL:Chinese troops");
  // An actor with a sector already keeps it; the agent stays on its own, without a code.
  EXPECT_EQ(summary("White House officials"), "USAGOV:White House | :officials");
  // Coordinated countries share the agent after the second.
  EXPECT_EQ(summary("US and British officials"), "USAGOV:US | GBRGOV:British officials");
  EXPECT_EQ(summary("US and White House officials"), "USA:US | USAGOV:White House | :officials");
  EXPECT_EQ(summary("Russia and China"), "RUS:Russia | CHN:China");
}

TEST(Resolver, LoneWordsAndAgents) {
  auto chinese = testing::resolve(fixture_dictionary(), "Chinese", "2023-03-21");
  EXPECT_EQ(only(chinese).code.view(), "CHN");
  EXPECT_EQ(only(chinese).how, MentionHow::kAdjective);
  auto officials = testing::resolve(fixture_dictionary(), "officials said", "2023-03-21");
  EXPECT_TRUE(only(officials).code.empty());
  EXPECT_EQ(only(officials).how, MentionHow::kAgent);
  auto beijing = testing::resolve(fixture_dictionary(), "Beijing denied it", "2023-03-21");
  EXPECT_EQ(only(beijing).code.view(), "CHNGOV");
  EXPECT_EQ(only(beijing).how, MentionHow::kMetonym);
  EXPECT_EQ(summary("the weather"), "");
}

TEST(Resolver, TitlePlusPerson) {
  auto r = testing::resolve(fixture_dictionary(), "US President Joe Biden spoke", "2023-03-21");
  const Mention& m = only(r);
  EXPECT_EQ(r.text(m), "US President Joe Biden");
  EXPECT_EQ(m.code.view(), "USAGOV");
  EXPECT_EQ(m.how, MentionHow::kComposed);
  EXPECT_EQ(fixture_dictionary().str(fixture_dictionary().entry(m.entry).id), "JOE_BIDEN");
  EXPECT_EQ(fixture_dictionary().str(fixture_dictionary().roles(m.entry)[m.role].note),
            "President of the United States");
  // The title says president and the table says out of office on this date: the title is
  // what the text says the person was when it was written, so it wins (the person's
  // country, the title's sector); "former" still demotes (FormerDemotesTitlesAndPeople).
  EXPECT_EQ(summary("President Joe Biden", "2019-05-01"), "USAGOV:President Joe Biden");
  EXPECT_EQ(summary("Joe Biden", "2019-05-01"), "USAELI:Joe Biden");
  // A title inside a name phrase counts only for an office held by the date.
  EXPECT_EQ(summary("Secretary of State Warren Christopher", "1990-01-01"),
            "USAELI:Secretary of State Warren Christopher");
  EXPECT_EQ(summary("Prime Minister Boris Johnson", "2020-06-01"),
            "GBRGOV:Prime Minister Boris Johnson");
  EXPECT_EQ(summary("British Prime Minister Boris Johnson's plan", "2020-06-01"),
            "GBRGOV:British Prime Minister Boris Johnson");
}

// "King Hassan of Morocco": the country named after the person is the text's word on
// whose office it is, and beats the table's entry for the name; one mention either way.
TEST(Resolver, PersonOfACountryTakesThatCountry) {
  EXPECT_EQ(summary("Prime Minister Boris Johnson of Britain said", "2020-06-01"),
            "GBRGOV:Prime Minister Boris Johnson of Britain");
  EXPECT_EQ(summary("President Abdullah of Iraq said", "2010-01-01"),
            "IRQGOV:President Abdullah of Iraq");
  EXPECT_EQ(summary("Abdullah said", "2010-01-01"), "SAUGOV:Abdullah");
}

TEST(Resolver, TitlesAreEvidenceOfTheRoleWhenWritten) {
  // Undated text: imported tables end in dated ELI rows; a bare name takes the latest
  // office, a title says which.
  EXPECT_EQ(summary("Warren Christopher", ""), "USAGOV:Warren Christopher");
  EXPECT_EQ(summary("U.S. Secretary of State Warren Christopher said", ""),
            "USAGOV:U.S. Secretary of State Warren Christopher");
  EXPECT_EQ(summary("Iraqi President Saddam Hussein", ""), "IRQGOV:Iraqi President Saddam Hussein");
  // Dated text where the table has the person out of office: the title still wins.
  EXPECT_EQ(summary("Saddam Hussein", "2005-01-01"), "IRQELI:Saddam Hussein");
  EXPECT_EQ(summary("President Saddam Hussein", "2005-01-01"), "IRQGOV:President Saddam Hussein");
  EXPECT_EQ(summary("Iraqi President Saddam Hussein", "2005-01-01"),
            "IRQGOV:Iraqi President Saddam Hussein");
  EXPECT_EQ(summary("former Iraqi President Saddam Hussein", "1990-01-01"),
            "IRQELI:former Iraqi President Saddam Hussein");
  // A title inside an imported name phrase counts as a title.
  EXPECT_EQ(summary("Secretary of State Warren Christopher", "2000-01-01"),
            "USAGOV:Secretary of State Warren Christopher");
  EXPECT_EQ(summary("Warren Christopher", "2000-01-01"), "USAELI:Warren Christopher");
  // A body's title: the person speaks for the body.
  EXPECT_EQ(summary("U.N. mediator Warren Christopher", "1995-01-01"),
            "IGOUNO:U.N. mediator Warren Christopher");
  // A title names the role row it points to.
  auto r = testing::resolve(fixture_dictionary(), "U.S. Secretary of State Warren Christopher",
                            "2000-01-01");
  EXPECT_EQ(only(r).code.view(), "USAGOV");
  ASSERT_NE(only(r).role, kNoIndex);
  EXPECT_EQ(fixture_dictionary().str(fixture_dictionary().roles(only(r).entry)[only(r).role].note),
            "imported: Secretary of State");
}

TEST(Resolver, TitleInApposition) {
  EXPECT_EQ(summary("Warren Christopher, the U.N. mediator, said", "2000-01-01"),
            "IGOUNO:Warren Christopher | IGOUNO:U.N. | :mediator");
  EXPECT_EQ(summary("Warren Christopher, the U.N. Emergency Relief Coordinator, said", ""),
            "IGOUNO:Warren Christopher | IGOUNO:U.N.");
  EXPECT_EQ(summary("Saddam Hussein, the Iraqi President, said", "2005-01-01"),
            "IRQGOV:Saddam Hussein | IRQGOV:Iraqi President");
  // Not an apposition: a list.
  EXPECT_EQ(summary("Warren Christopher, the U.N. and Russia met", "2000-01-01"),
            "USAELI:Warren Christopher | IGOUNO:U.N. | RUS:Russia");
}

TEST(Resolver, TitlePlusUnknownNameIsOneMention) {
  EXPECT_EQ(summary("Russian President Dawda Jawara said"),
            "RUSGOV:Russian President Dawda Jawara");
  EXPECT_EQ(summary("Chinese officials Monday said"), "CHNGOV:Chinese officials");
  EXPECT_EQ(summary("British Prime Minister Ali bin Salman said"),
            "GBRGOV:British Prime Minister Ali bin Salman");
  EXPECT_EQ(summary("Russian troops crossed"), "RUSMIL:Russian troops");
  // Not names: punctuation, "I", headline words; after a plural agent, one word is not
  // enough.
  EXPECT_EQ(summary("the Russian President\u2019s plan"), "RUSGOV:Russian President");
  EXPECT_EQ(summary("Chinese officials I met"), "CHNGOV:Chinese officials");
  EXPECT_EQ(summary("Chinese Officials Under Fire"), "CHNGOV:Chinese Officials");
  EXPECT_EQ(summary("Russian troops About town"), "RUSMIL:Russian troops");
  EXPECT_EQ(summary("Russian troops Dawda Jawara and"), "RUSMIL:Russian troops Dawda Jawara");
  EXPECT_EQ(summary("Iraqi President Bashar al-Assad said"),
            "IRQGOV:Iraqi President Bashar al-Assad");
}

TEST(Resolver, PartOfALongerUnknownNameIsNotThePerson) {
  // "Abdullah" alone is the king; "Abdullah Ocalan" is somebody the dictionary does not
  // know.
  EXPECT_EQ(summary("Abdullah said", "2010-01-01"), "SAUGOV:Abdullah");
  EXPECT_EQ(summary("King Abdullah said", "2010-01-01"), "SAUGOV:Abdullah");
  EXPECT_EQ(summary("Iraqi leader Abdullah Ocalan said", "2010-01-01"),
            "IRQGOV:Iraqi leader Abdullah Ocalan");
  EXPECT_EQ(summary("they met Ahmed Abdullah on Monday", "2010-01-01"), "");
  EXPECT_EQ(summary("Abdullah Monday said", "2010-01-01"), "SAUGOV:Abdullah");
  EXPECT_EQ(summary("Joe Biden Smith spoke", "2023-03-21"), "");
}

TEST(Resolver, FormerDemotesTitlesAndPeople) {
  auto r = testing::resolve(fixture_dictionary(), "former President Donald Trump", "2023-03-21");
  EXPECT_EQ(r.summary(), "USAELI:former President Donald Trump");
  EXPECT_EQ(only(r).how, MentionHow::kOutOfOffice);
  // Trump is in office again on this date, and "former" still demotes.
  EXPECT_EQ(summary("former President Donald Trump", "2025-06-01"),
            "USAELI:former President Donald Trump");
  // The same through the imported agent "former President" (ELI): the person does not win
  // over "former".
  EXPECT_EQ(summary("Former President Donald Trump", "2025-06-01"),
            "USAELI:Former President Donald Trump");
  EXPECT_EQ(summary("former Prime Minister Boris Johnson", "2020-06-01"),
            "GBRELI:former Prime Minister Boris Johnson");
  EXPECT_EQ(summary("ex-President Donald Trump", "2025-06-01"), "USAELI:ex-President Donald Trump");
  EXPECT_EQ(summary("former Chinese Foreign Ministry officials"),
            "CHNELI:former Chinese Foreign Ministry officials");
  // Not before a place.
  EXPECT_EQ(summary("the former China"), "CHN:China");
}

TEST(Resolver, HalfOpenDatesOnHandoverDays) {
  // Trump's first term ends and Biden's starts on 2021-01-20: from <= date < to.
  EXPECT_EQ(summary("Trump", "2021-01-19"), "USAGOV:Trump");
  EXPECT_EQ(summary("Trump", "2021-01-20"), "USAELI:Trump");
  EXPECT_EQ(summary("Biden", "2021-01-19"), "USAELI:Biden");
  EXPECT_EQ(summary("Biden", "2021-01-20"), "USAGOV:Biden");
  EXPECT_EQ(summary("Biden", "2017-01-19"), "USAGOV:Biden");  // vice president
  EXPECT_EQ(summary("Biden", "2017-01-20"), "USAELI:Biden");
  EXPECT_EQ(summary("Trump", "2025-01-19"), "USAELI:Trump");
  EXPECT_EQ(summary("Trump", "2025-01-20"), "USAGOV:Trump");  // open-ended role
  EXPECT_EQ(summary("Boris Johnson", "2022-09-05"), "GBRGOV:Boris Johnson");
  EXPECT_EQ(summary("Boris Johnson", "2022-09-06"), "GBRELI:Boris Johnson");
}

TEST(Resolver, OutOfOfficePeople) {
  // A default row wins over the nearest role.
  auto biden = testing::resolve(fixture_dictionary(), "Joe Biden", "2019-01-01");
  EXPECT_EQ(only(biden).code.view(), "USAELI");
  EXPECT_EQ(only(biden).how, MentionHow::kOutOfOffice);
  // No default row (the curated rows replaced the imported GBRLEG default): the nearest
  // role's country + ELI, before the first role as after the last.
  EXPECT_EQ(summary("Johnson", "2010-01-01"), "GBRELI:Johnson");
  EXPECT_EQ(summary("Johnson", "2018-12-01"), "GBRELI:Johnson");
  // An unknown date: a person's latest office (undated text names people for the office
  // that made them news), not the out-of-office default.
  EXPECT_EQ(summary("Joe Biden", ""), "USAGOV:Joe Biden");
  EXPECT_EQ(summary("Boris Johnson", ""), "GBRGOV:Boris Johnson");
}

TEST(Resolver, AcronymsThatAreWordsNeedCapitals) {
  EXPECT_EQ(summary("US officials"), "USAGOV:US officials");
  EXPECT_EQ(summary("they told us"), "");
  EXPECT_EQ(summary("Us officials"), ":officials");
  EXPECT_EQ(summary("PRC troops"), "CHNMIL:PRC troops");
  // Not an English word, so no acronym guard, but a one-word name still needs a capital.
  EXPECT_EQ(summary("Prc troops"), "CHNMIL:Prc troops");
  EXPECT_EQ(summary("prc troops"), ":troops");
}

TEST(Resolver, OneWordNamesNeedACapital) {
  EXPECT_EQ(summary("Britain said"), "GBR:Britain");
  EXPECT_EQ(summary("BRITAIN SAID"), "GBR:BRITAIN");
  EXPECT_EQ(summary("britain said"), "");
  // Multi-word names and adjectives fold case freely.
  EXPECT_EQ(summary("the united states"), "USA:united states");
  EXPECT_EQ(summary("british troops"), "GBRMIL:british troops");
}

TEST(Resolver, MatchingFoldsCaseAndQuotes) {
  EXPECT_EQ(summary("CHINA\u2019S FOREIGN MINISTRY"), "CHNGOV:CHINA\u2019S FOREIGN MINISTRY");
  EXPECT_EQ(summary("the united states"), "USA:united states");
}

TEST(Resolver, TokenRangesAreDocumentIndices) {
  auto r =
      testing::resolve(fixture_dictionary(), "Rain fell. Then Russian troops moved.", "2023-03-21");
  ASSERT_EQ(r.mentions.size(), 1u);
  EXPECT_EQ(r.mentions[0].token_begin, 4u);
  EXPECT_EQ(r.mentions[0].token_end, 6u);
  EXPECT_EQ(r.text(r.mentions[0]), "Russian troops");
}

TEST(CountryOf, CountriesAndRegionsOnly) {
  EXPECT_EQ(country_of("USAGOV"), "USA");
  EXPECT_EQ(country_of("CHN"), "CHN");
  EXPECT_EQ(country_of("EUR"), "EUR");
  EXPECT_EQ(country_of("IGOUNO"), "");
  EXPECT_EQ(country_of("NGOHRIAMN"), "");
  EXPECT_EQ(country_of("GOV"), "");
  EXPECT_EQ(country_of("US"), "");
}

// PETRARCH's validation suite: "Bree President Romendacil arrived in Gondor", where
// Romendacil is a name whose only code is Bree's (no dated roles). The name adds nothing
// to "Bree President": one BREGOV mention, not BREGOV beside a bare BRE the tree would
// take as the head. A name with a code of its own stays a mention of its own.
TEST(Resolver, CountryTitleThenANameOfThatCountryIsOneMention) {
  ActorSources sources;
  sources.entries.push_back(ActorEntry{"BREE",
                                       {{"Bree", NameKind::kName, "t:1"}},
                                       {{"BRE", kOpenStart, kOpenEnd, "", "t:1"}},
                                       "t:1"});
  sources.entries.push_back(ActorEntry{"ROMENDACIL",
                                       {{"Romendacil", NameKind::kName, "t:2"}},
                                       {{"BRE", kOpenStart, kOpenEnd, "", "t:2"}},
                                       "t:2"});
  sources.entries.push_back(ActorEntry{"GOLLUM",
                                       {{"Gollum", NameKind::kName, "t:3"}},
                                       {{"HOB", kOpenStart, kOpenEnd, "", "t:3"}},
                                       "t:3"});
  sources.agents.push_back(AgentRow{"President", "GOV", AgentAttach::kSuffix, "", "t:4"});
  auto dict = Dictionary::build(sources);
  ASSERT_TRUE(dict.ok());
  EXPECT_EQ(testing::resolve(**dict, "Bree President Romendacil arrived.", "").summary(),
            "BREGOV:Bree President Romendacil");
  EXPECT_EQ(testing::resolve(**dict, "Bree President Gollum arrived.", "").summary(),
            "BREGOV:Bree President | HOB:Gollum");
}

// The engine suites' Ithilen is ITH, CAMEO's code for atheists, which country_of says is
// no country: in dyad's data "ITH" + "president" stays apart. The suites' dictionaries
// set all_codes_are_countries, and there "Ithilen's president" is ITHGOV, as the engines
// code it; the flag survives the artifact round trip.
TEST(Resolver, AllCodesAreCountriesComposesAnyThreeLetterCode) {
  ActorSources sources;
  sources.entries.push_back(ActorEntry{"ITHILEN",
                                       {{"Ithilen", NameKind::kName, "t:1"}},
                                       {{"ITH", kOpenStart, kOpenEnd, "", "t:1"}},
                                       "t:1"});
  sources.agents.push_back(AgentRow{"president", "GOV", AgentAttach::kSuffix, "", "t:2"});
  auto plain = Dictionary::build(sources);
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE((*plain)->all_codes_are_countries());
  EXPECT_EQ(testing::resolve(**plain, "Ithilen's president arrived.", "").summary(),
            "ITH:Ithilen | :president");

  sources.all_codes_are_countries = true;
  auto engine = Dictionary::build(sources);
  ASSERT_TRUE(engine.ok());
  EXPECT_TRUE((*engine)->all_codes_are_countries());
  EXPECT_EQ(testing::resolve(**engine, "Ithilen's president arrived.", "").summary(),
            "ITHGOV:Ithilen's president");
  EXPECT_EQ(testing::resolve(**engine, "Ithilen president arrived.", "").summary(),
            "ITHGOV:Ithilen president");

  auto bytes = (*engine)->serialize(3);
  ASSERT_TRUE(bytes.ok());
  auto loaded = Dictionary::parse(*bytes, "engine");
  ASSERT_TRUE(loaded.ok());
  EXPECT_TRUE((*loaded)->all_codes_are_countries());
  auto plain_bytes = (*plain)->serialize(3);
  ASSERT_TRUE(plain_bytes.ok());
  auto plain_loaded = Dictionary::parse(*plain_bytes, "plain");
  ASSERT_TRUE(plain_loaded.ok());
  EXPECT_FALSE((*plain_loaded)->all_codes_are_countries());
}

}  // namespace
}  // namespace dyad::actors

namespace dyad::actors {
namespace {

std::string resolved_codes(const Document& doc, ResolveScratch& scratch) {
  std::vector<Mention> mentions;
  resolve_document(testing::fixture_dictionary(), doc, scratch, mentions);
  std::string out;
  for (const Mention& m : mentions) out += std::string(m.code.view()) + " ";
  return out;
}

void retext(Document& doc, const std::string& text) {
  doc = Document{};
  doc.source = text;
  doc.date = "2020-01-01";
  text::normalize(doc);
  text::tokenize(doc);
}

// may_mention keeps the words it interns for resolve_document (the coder asks it of every
// sentence first); they must serve only the text they were interned from.
TEST(Resolver, WordsKeptFromMayMentionServeOnlyTheirText) {
  const Dictionary& dict = testing::fixture_dictionary();
  ResolveScratch scratch;
  Document doc;
  retext(doc, "Russia said it. China agreed.");
  EXPECT_TRUE(may_mention(dict, doc, 0, scratch));
  EXPECT_TRUE(may_mention(dict, doc, 1, scratch));
  EXPECT_EQ(resolved_codes(doc, scratch), "RUS CHN ");
  // The same Document object, the same number of words and sentences, another text.
  retext(doc, "Iraq said it. Britain agreed.");
  EXPECT_TRUE(may_mention(dict, doc, 0, scratch));
  EXPECT_TRUE(may_mention(dict, doc, 1, scratch));
  EXPECT_EQ(resolved_codes(doc, scratch), "IRQ GBR ");
  // Asked, then given another text before it is resolved: the words are interned anew.
  EXPECT_TRUE(may_mention(dict, doc, 0, scratch));
  EXPECT_TRUE(may_mention(dict, doc, 1, scratch));
  retext(doc, "Russia said it. China agreed.");
  EXPECT_EQ(resolved_codes(doc, scratch), "RUS CHN ");
}

}  // namespace
}  // namespace dyad::actors

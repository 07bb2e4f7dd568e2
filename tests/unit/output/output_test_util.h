#pragma once
// Shared by the output tests: the coder's resources (the repository's ontology,
// gazetteer and verb tables, and a small actor dictionary built here, so entry ids and
// role notes are known), and a hand-built Document whose source has multibyte
// characters, a decomposed accent (NFC changes its length, so the offset map is not
// the identity) and CRLF line ends, with mentions and events set by hand.

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "actors/dictionary.h"
#include "core/document.h"
#include "events/coder.h"
#include "events/verb_lexicon.h"
#include "ontology/ontology.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"
#include "timeplace/gazetteer.h"

namespace dyad::output::testing {

inline actors::ActorEntry entry(std::string id, std::string name, std::string code,
                                std::string note) {
  actors::ActorEntry e;
  e.id = std::move(id);
  e.names.push_back({std::move(name), actors::NameKind::kName, "test"});
  actors::RoleRow role;
  role.code = std::move(code);
  role.note = std::move(note);
  e.roles.push_back(role);
  return e;
}

inline const events::CoderResources& resources() {
  static const events::CoderResources* r = [] {
    auto* out = new events::CoderResources;
    const std::string data = std::string(DYAD_SOURCE_DIR) + "/data/src";
    auto ontology = ontology::Ontology::load(data + "/ontology");
    DYAD_CHECK(ontology.ok());
    out->ontology = std::move(ontology).value();
    auto gazetteer = timeplace::Gazetteer::load(data + "/places");
    DYAD_CHECK(gazetteer.ok());
    out->gazetteer = std::move(gazetteer).value();
    auto verbs = events::VerbLexicon::load_dir(data + "/verbs");
    DYAD_CHECK(verbs.ok());
    out->verbs = std::move(verbs).value();
    actors::ActorSources sources;
    sources.entries.push_back(
        entry("JOE_BIDEN", "Joe Biden", "USAGOV", "President of the United States"));
    sources.entries.push_back(entry("XI_JINPING", "Xi Jinping", "CHNGOV", "President of China"));
    sources.entries.push_back(entry("UNITED_NATIONS", "United Nations", "IGOUNO", ""));
    sources.entries.push_back(entry("CHN", "China", "CHN", "China"));
    auto dict = actors::Dictionary::build(sources);
    DYAD_CHECK(dict.ok());
    out->actors = std::move(dict).value();
    return out;
  }();
  return *r;
}

// Code points of `s` before byte `byte`: what the writers must print, counted here
// without the library's OffsetMap or CharOffsets.
inline uint32_t code_points(std::string_view s, size_t byte) {
  uint32_t n = 0;
  for (size_t i = 0; i < byte; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

// The first token range whose forms spell `words` (space-separated).
inline std::pair<uint32_t, uint32_t> tokens_of(const Document& doc, std::string_view words) {
  for (uint32_t b = 0; b < doc.tokens.size(); ++b) {
    std::string joined;
    for (uint32_t e = b; e < doc.tokens.size() && joined.size() < words.size(); ++e) {
      if (!joined.empty()) joined += ' ';
      joined += doc.form(e);
      if (joined == words) return {b, e + 1};
    }
  }
  ADD_FAILURE() << "no tokens spell '" << words << "'";
  return {0, 0};
}

inline Mention mention(const Document& doc, std::string_view words, std::string_view code,
                       std::string_view entry_id) {
  Mention m;
  auto [b, e] = tokens_of(doc, words);
  m.token_begin = b;
  m.token_end = e;
  m.code.assign(code);
  if (!entry_id.empty()) {
    m.entry = resources().actors->find_entry(entry_id);
    m.role = 0;
  }
  return m;
}

// The source: a decomposed "é" (e + U+0301) in the first sentence, then CRLF line ends,
// curly quotes, "São Paulo" and a CJK name.
inline constexpr std::string_view kSource =
    "Cafe\xCC\x81 owners in Gen\xC3\xA8ve protested.\r\n"
    "\xE2\x80\x9CWe will talk,\xE2\x80\x9D Joe Biden said.\r\n"
    "Joe Biden will meet Xi Jinping (\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3) in S\xC3\xA3o Paulo.\r\n"
    "The United Nations condemned Xi Jinping on Monday.\r\n";

// kSource tokenized, with four mentions and two events set by hand:
//   0: Joe Biden -> Xi Jinping, 036, intended, no date (an intention has none), in São Paulo
//   1: United Nations -> Xi Jinping, 111, asserted, 2023-03-20 from the text, 2 mentions
inline Document coded_document() {
  Document doc;
  doc.id = "doc-1";
  doc.date = "2023-03-21";
  doc.source = std::string(kSource);
  text::normalize(doc);
  text::tokenize(doc);
  EXPECT_FALSE(doc.offsets.identity()) << "the test needs a non-trivial offset map";
  EXPECT_EQ(doc.sentences.size(), 4u);
  // The second "Joe Biden" (sentence 2) is the source, not the one who "said".
  Mention biden = mention(doc, "Joe Biden", "USAGOV", "JOE_BIDEN");
  for (uint32_t t = doc.sentences[2].token_begin; t < doc.sentences[2].token_end; ++t) {
    if (doc.form(t) == "Joe") {
      biden.token_begin = t;
      biden.token_end = t + 2;
    }
  }
  doc.mentions.push_back(biden);
  Mention xi = mention(doc, "Xi Jinping", "CHNGOV", "XI_JINPING");
  doc.mentions.push_back(xi);
  doc.mentions.push_back(mention(doc, "United Nations", "IGOUNO", "UNITED_NATIONS"));
  Mention xi2 = xi;
  for (uint32_t t = doc.sentences[3].token_begin; t < doc.sentences[3].token_end; ++t) {
    if (doc.form(t) == "Xi") {
      xi2.token_begin = t;
      xi2.token_end = t + 2;
    }
  }
  doc.mentions.push_back(xi2);

  const timeplace::Gazetteer& gaz = *resources().gazetteer;
  Event meet;
  meet.sentence = 2;
  meet.predicate = tokens_of(doc, "meet").first;
  meet.source = 0;
  meet.target = 1;
  meet.cameo.assign("036");
  meet.modality = Modality::kIntended;
  const auto sao_paulo = gaz.candidates("São Paulo");
  EXPECT_FALSE(sao_paulo.empty());
  meet.place = sao_paulo.empty() ? Event::kNone : sao_paulo.front();
  meet.place_token = tokens_of(doc, "São Paulo").first;
  meet.pattern = 0;
  meet.confidence = 0.8f;
  doc.events.push_back(meet);

  Event condemn;
  condemn.sentence = 3;
  condemn.predicate = tokens_of(doc, "condemned").first;
  condemn.source = 2;
  condemn.target = 3;
  condemn.cameo.assign("111");
  condemn.date = 19436;  // 2023-03-20
  condemn.date_precision = DatePrecision::kDay;
  condemn.date_from_text = true;
  condemn.mentions = 2;
  condemn.confidence = 0.6f;
  doc.events.push_back(condemn);
  return doc;
}

}  // namespace dyad::output::testing

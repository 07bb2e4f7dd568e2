#include "core/document.h"

#include <gtest/gtest.h>

#include "core/char_offsets.h"
#include "core/enums.h"
#include "core/offset_map.h"

namespace dyad {
namespace {

TEST(Enums, NamesRoundTrip) {
  for (int i = 1; i < kDepRelCount; ++i) {
    auto d = static_cast<DepRel>(i);
    EXPECT_EQ(parse_deprel(to_string(d)), d) << to_string(d);
  }
  for (int i = 1; i < kXposCount; ++i) {
    auto x = static_cast<Xpos>(i);
    EXPECT_EQ(parse_xpos(to_string(x)), x) << to_string(x);
  }
  EXPECT_EQ(parse_xpos("PRP$"), Xpos::PRP_S);
  EXPECT_EQ(parse_upos("PROPN"), Upos::PROPN);
  EXPECT_FALSE(parse_upos("NOUNS").has_value());
  EXPECT_EQ(universal_deprel(DepRel::nsubj_pass), DepRel::nsubj);
  EXPECT_EQ(universal_deprel(DepRel::obj), DepRel::obj);
}

TEST(OffsetMap, MapsAroundAReplacedSpan) {
  // Source "e\xCC\x81t\xC3\xA9" (e + combining acute, then t, é) becomes NFC "\xC3\xA9t\xC3\xA9":
  // the first two-byte text character stands for three source bytes.
  OffsetMap map;
  EXPECT_TRUE(map.identity());
  map.add_anchor(0, 0);
  map.add_anchor(2, 3);
  EXPECT_EQ(map.to_source(0), 0u);
  EXPECT_EQ(map.to_source(2), 3u);  // 't'
  EXPECT_EQ(map.to_source(3), 4u);
  EXPECT_EQ(map.to_source(5), 6u);  // end of text
}

TEST(CharOffsets, CountsCodePointsNotBytes) {
  std::string s = "Kyiv \xE2\x80\x94 Ky\xC3\xAFv";  // "Kyiv — Kyïv"
  CharOffsets chars(s);
  EXPECT_EQ(chars.at(5), 5u);
  EXPECT_EQ(chars.at(8), 6u);  // after the 3-byte dash
  EXPECT_EQ(chars.at(s.size()), 11u);
  EXPECT_EQ(chars.at(4), 4u);  // going back restarts
}

TEST(Document, ArenaKeepsLemmas) {
  Document doc;
  doc.text = "Troops withdrew.";
  Token t;
  t.begin = 0;
  t.end = 6;
  t.lemma = doc.store("troop");
  doc.tokens.push_back(t);
  EXPECT_EQ(doc.form(0), "Troops");
  EXPECT_EQ(doc.lemma(doc.tokens[0]), "troop");
  Document copy = doc;  // a regular value: the copy reads its own arena
  doc.arena.clear();
  EXPECT_EQ(copy.lemma(copy.tokens[0]), "troop");
}

}  // namespace
}  // namespace dyad


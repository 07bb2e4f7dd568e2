#pragma once
// From words to actor mentions (docs/formats/actors.md, "Resolution of a phrase"): the
// token trie finds the longest dictionary phrases; adjacent matches are then composed,
// left to right, into mentions whose code is valid on the document's date:
//
//   country or adjective ['s] + agent(s)   "Chinese Foreign Ministry", "China's Foreign
//                                          Ministry" -> CHNGOV; "Russian troops" -> RUSMIL
//   title + person                         the title is evidence of the person's role when
//                                          the text was written and wins over the tables:
//                                          "U.S. Secretary of State Warren Christopher" ->
//                                          USAGOV on any date; a bare title ("President
//                                          Saddam Hussein") gives its sector to an
//                                          out-of-office person's country (IRQGOV)
//   body + title + person                  "U.N. mediator Diego Cordovez" -> IGOUNO
//   person, title in apposition            "Kenzo Oshima, the United Nations Emergency
//                                          Relief Coordinator," -> IGOUNO
//   title + unknown name                   "Gambian President Dawda Jawara" -> one GMBGOV
//                                          mention over the whole span
//   person + of + country                  "King Hassan of Morocco" -> MARGOV: the named
//                                          country beats the table's for the name
//   former + title or person               "former Prime Minister Boris Johnson" -> GBRELI
//   surname                                "Mugabe", "President Mugabe", "Carlos Menem"
//                                          (first name + surname of "Carlos Saul Menem"):
//                                          the one person with that surname (and first
//                                          name) named in full earlier in the document,
//                                          else the one holding an office on the date,
//                                          else the one with a dated role then; none when
//                                          several are left. Undated text: only a
//                                          surname named in full earlier, or one person's
//                                          surname after a title or first name. Only
//                                          name-like words no dictionary phrase covers,
//                                          not next to another name-like word, not after
//                                          "in", "to", "from"..., and no surname the
//                                          document gave an unknown first name
//                                          (Dictionary::surname_persons says which words
//                                          qualify)
//   person alone                           the role covering the date; else the default
//                                          row; else <country>ELI of the nearest role;
//                                          undated: the latest role that is not ELI
//
// A person's name match that is part of a longer unknown name ("Abdullah" in "Abdullah
// Ocalan") is dropped before composition.
//   agent alone                            a mention without a code ("officials said"),
//                                          for the event coder to attach from context
//
// Only adjacent matches compose (no word between them, except "'s" between a country and
// its agent), so "Russia said Chinese troops" stays two mentions. An agent composes only
// with a bare country or region code (USA, CHN, EUR) on the date, whatever the entry (an
// imported country with dated regimes counts as a person by the format's definition, yet
// "Yugoslavia's troops" is YUGMIL); an actor that already has a sector (Pentagon, USAMIL)
// keeps its code and the agent stays a mention of its own. With
// several agents in a row the first gives the sector ("Chinese military officials" ->
// CHNMIL), the rest only widen the span.
//
// The event coder and `dyad actors resolve` both call resolve_sentence, so they cannot
// drift apart.
//
// Thread-safety: the Dictionary is shared read-only; a ResolveScratch belongs to one
// thread and is reused across sentences (no allocation once it has grown).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/dictionary.h"
#include "actors/trie_match.h"
#include "core/document.h"

namespace dyad::actors {

// The document date is unknown: persons resolve to their latest dated role that is not
// ELI (the office that made them news), other entries to their default row, else to
// their latest role.
inline constexpr Day kUnknownDay = kOpenStart;

// One trie match with what it names: the parts composition puts together.
struct MatchUnit {
  uint32_t begin = 0;  // words [begin, end) of the sentence
  uint32_t end = 0;
  uint32_t name = kNone;   // Dictionary::name_match index, or kNone
  uint32_t agent = kNone;  // agent index, or kNone
};

// A document's words as the dictionary interned them (Dictionary::intern, then "ex-" and
// stems), by document token, kept from may_mention for resolve_document: interning is
// most of what either costs, and the coder asks may_mention of every sentence before it
// resolves the document.
struct InternedDocument {
  const Document* doc = nullptr;  // whose words these are; null: none kept
  // Of the text and token ranges they were interned from: a Document changed or reused
  // after may_mention is resolved anew.
  uint64_t fingerprint = 0;
  uint32_t last_sentence = 0;  // the last sentence kept
  std::vector<uint32_t> words;
  std::vector<uint8_t> ex_prefixed;
  std::vector<uint8_t> sentence_kept;  // per sentence: 1 when its words are kept
};

struct ResolveScratch {
  std::vector<uint32_t> words;
  std::vector<uint8_t> ex_prefixed;  // 1: the word was "ex-<word>"
  std::vector<TrieMatch> matches;
  std::vector<MatchUnit> units;
  std::vector<uint32_t> unit_at;  // per word: the unit covering it, or kNone
  // Persons named in full so far in the document (entries), for surnames that several
  // persons share.
  std::vector<uint32_t> named_in_full;
  // Surnames the document gave an unknown first name ("Nasr al-Hariri", "Grace Mugabe"):
  // a later "Hariri" may be that person, so it is not resolved.
  std::vector<uint32_t> blocked_surnames;
  std::string key;
  InternedDocument interned;
};

// An entry's role on a day (from <= day < to). Several covering roles: the latest start.
// None: the default row (out_of_office for a person); none: <country>ELI of the nearest
// role in time when its code starts with a country (out_of_office), else no code.
struct RoleOnDate {
  uint32_t role = kNone;  // index into dict.roles(entry)
  ActorCode code;
  MentionHow how = MentionHow::kName;
};
RoleOnDate role_on(const Dictionary& dict, uint32_t entry, Day day);

// "USA" for "USAGOV"; "" for codes that do not start with a country or region (IGOUNO,
// NGO..., sector-only codes like "GOV").
std::string_view country_of(std::string_view code);

// `actor`'s code with the sector of `agent` (an index into dict's agents) composed in:
// after it ("RUS" + "MIL"), or before it for a TABARI prefix agent ([NGO~]: "NGOGON").
ActorCode compose_agent(const Dictionary& dict, const ActorCode& actor, uint32_t agent);

// Appends the mentions of one sentence, read on its own (no earlier sentence names anyone
// in full), to `out`. `tokens` are the sentence's words, whose
// byte ranges index `text` (Document::text); `first_token` is the document index of
// tokens[0], added to every mention's token range.
void resolve_sentence(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                      Day day, uint32_t first_token, ResolveScratch& scratch,
                      std::vector<Mention>& out);

// Whether the dictionary has any candidate match in the sentence, before tags decide
// which are kept: when it has none, resolve_sentence finds no mention there whatever the
// tags are, so the coder can leave the sentence untagged and unparsed.
bool may_mention(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                 ResolveScratch& scratch);
// The same for sentence `sentence` of `doc`, keeping its interned words in
// scratch.interned for resolve_document, which uses them when it resolves the same
// text, tokenized the same, with the same scratch. Asked of an earlier sentence than the
// last one asked, it starts a new document.
bool may_mention(const Dictionary& dict, const Document& doc, uint32_t sentence,
                 ResolveScratch& scratch);

// Every sentence of a tokenized document, on its date (kUnknownDay when doc.date is
// empty or not YYYY-MM-DD).
void resolve_document(const Dictionary& dict, const Document& doc, ResolveScratch& scratch,
                      std::vector<Mention>& out);

}  // namespace dyad::actors

#pragma once
// Document: one input and everything dyad learns about it, as flat vectors.
//
// Ownership and lifetime. A Document owns its bytes (source and normalized text), its
// string arena (lemmas, features) and every analysis vector. It holds no pointers into
// itself: every cross-reference is a uint32_t index (token heads are document token
// indices), so a Document is a regular value that can be copied, moved, batched and handed
// to Python. The string_views that form(), lemma() and feats() return are valid while
// the Document lives and is not modified.
//
// Who writes what. text/ fills text, offsets, sentences, tokens (begin, end,
// space_after) and multiword_tokens; syntax/ fills upos, xpos, lemma, feats, head and
// deprel. A stage writes only its own fields.
//
// Thread-safety: none inside; one Document is worked on by one thread at a time.

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.h"
#include "core/event.h"
#include "core/offset_map.h"

namespace dyad {

inline constexpr uint32_t kNoIndex = std::numeric_limits<uint32_t>::max();

// A slice of Document::arena.
struct ArenaRef {
  uint32_t offset = 0;
  uint32_t size = 0;
};

// A syntactic word: one CoNLL-U word line. Its form is always the slice [begin, end) of
// Document::text; for the words of a multiword token ("do" + "n't" in "don't") the slices
// are the parts of the surface token.
struct Token {
  uint32_t begin = 0;  // byte range in Document::text
  uint32_t end = 0;
  ArenaRef lemma;
  ArenaRef feats;  // CoNLL-U FEATS string; empty means "_"
  uint32_t head = kNoIndex;  // document token index of the head; kNoIndex for the root
  Upos upos = Upos::kNone;
  Xpos xpos = Xpos::kNone;
  DepRel deprel = DepRel::kNone;
  bool space_after = true;  // is there white space between this word's surface and the next?
};

// A surface token that stands for several words (CoNLL-U "5-6 don't").
struct MultiwordToken {
  uint32_t token_begin = 0;  // the words [token_begin, token_end)
  uint32_t token_end = 0;
};

struct Sentence {
  uint32_t token_begin = 0;  // the words [token_begin, token_end)
  uint32_t token_end = 0;
  uint32_t begin = 0;  // byte range in Document::text
  uint32_t end = 0;
  uint32_t size() const { return token_end - token_begin; }
};

// How an actor mention got its code (docs/formats/actors.md, the "how" of
// `dyad actors resolve`). The name table is the switch in mention_how_name below, the
// only place the strings live.
enum class MentionHow : uint8_t {
  kName,         // a dictionary name, resolved through the entry's role on the date
  kAdjective,    // a nationality adjective standing alone ("Chinese" -> CHN)
  kAgent,        // an agent: composed with the actor before it ("Russian troops" -> RUSMIL),
                 // or alone with no code ("officials said"), for the coder to attach
  kMetonym,      // a place standing for an institution ("Beijing", "the White House")
  kComposed,     // a title before a person, the person's role wins ("US President Joe Biden")
  kOutOfOffice,  // a person no dated role covers, or "former ..." (<country>ELI)
  kCoreference,  // copied from an antecedent mention (Mention::antecedent)
};

constexpr std::string_view mention_how_name(MentionHow h) {
  switch (h) {
    case MentionHow::kName: return "name";
    case MentionHow::kAdjective: return "adjective";
    case MentionHow::kAgent: return "agent";
    case MentionHow::kMetonym: return "metonym";
    case MentionHow::kComposed: return "composed";
    case MentionHow::kOutOfOffice: return "out_of_office";
    case MentionHow::kCoreference: return "coreference";
  }
  return "?";
}

// A CAMEO actor code held inline ("USAGOV", "IGOUNOREFHCR", up to 23 bytes), so a Mention
// stays trivially copyable and needs no arena. Empty: the mention has no code yet (an
// agent with no actor before it).
struct ActorCode {
  static constexpr size_t kCapacity = 23;
  char bytes[kCapacity] = {};
  uint8_t size = 0;

  std::string_view view() const { return {bytes, size}; }
  bool empty() const { return size == 0; }
  // False (and the code unchanged) when `s` does not fit.
  bool assign(std::string_view s) {
    if (s.size() > kCapacity) return false;
    for (size_t i = 0; i < s.size(); ++i) bytes[i] = s[i];
    size = static_cast<uint8_t>(s.size());
    return true;
  }
  friend bool operator==(const ActorCode& a, const ActorCode& b) { return a.view() == b.view(); }
};

// An actor mention: words [token_begin, token_end) (document token indices) and the actor
// code valid on the document's date. `entry`, `role` and `agent` index the actor
// dictionary the mention was resolved with (actors::Dictionary): its entry, that entry's
// role row used, the agent composed in; kNoIndex when not used.
struct Mention {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  ActorCode code;
  uint32_t entry = kNoIndex;
  uint32_t role = kNoIndex;   // index into the entry's roles
  uint32_t agent = kNoIndex;
  uint32_t antecedent = kNoIndex;  // for kCoreference: the mention index it copies
  MentionHow how = MentionHow::kName;
  float confidence = 1.0f;
};

struct Document {
  std::string id;
  std::string date;    // publication date, YYYY-MM-DD, or empty when unknown
  std::string source;  // the bytes as read
  std::string text;    // valid UTF-8, NFC; what every offset below points into
  OffsetMap offsets;   // text bytes -> source bytes
  DocStatus status = DocStatus::kOk;
  std::string status_detail;  // a sentence for humans: what was wrong, and where

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<MultiwordToken> multiword_tokens;  // sorted by token_begin
  std::vector<Mention> mentions;  // actors/: sorted by token_begin, not overlapping
  std::vector<Event> events;      // events/: in text order
  std::string arena;  // lemma and feature strings

  std::string_view form(const Token& t) const {
    return std::string_view(text).substr(t.begin, t.end - t.begin);
  }
  std::string_view form(uint32_t i) const { return form(tokens[i]); }
  std::string_view lemma(const Token& t) const { return slice(t.lemma); }
  std::string_view feats(const Token& t) const { return slice(t.feats); }
  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }

  ArenaRef store(std::string_view s) {
    ArenaRef r{static_cast<uint32_t>(arena.size()), static_cast<uint32_t>(s.size())};
    arena.append(s);
    return r;
  }
  std::string_view slice(ArenaRef r) const {
    return std::string_view(arena).substr(r.offset, r.size);
  }

  // Drops every analysis, keeping id, date and the input bytes.
  void clear_analysis();
};

}  // namespace dyad

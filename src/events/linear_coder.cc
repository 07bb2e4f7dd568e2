#include "events/linear_coder.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "actors/actors_tsv.h"
#include "actors/phrase.h"
#include "actors/resolver.h"
#include "events/verb_lexicon.h"
#include "events/words.h"

namespace dyad::events {
namespace {

namespace imp = actors::import;

constexpr uint32_t kNone = UINT32_MAX;

// TABARI's word types, as far as this reading needs them.
enum class WordKind : uint8_t { kOther, kActor, kAgent, kVerb, kComma, kConj, kDeterm };

struct Word {
  WordKind kind = WordKind::kOther;
  uint32_t token = 0;
  std::string lower;
  bool capitalized = false;
  bool adjective = false;
  bool noun = false;  // a verb the determiner before it made a noun
  uint32_t mention = kNoIndex;
  uint32_t head = 0;  // actor, agent, verb: its first word
  uint32_t tail = 0;  // its last word
  const VerbEntry* verb = nullptr;
  uint32_t refer = kNone;    // a pronoun: the actor it stands for (its first word)
  bool pronoun = false;      // a pronoun standing for a forwarded actor
  int compound = -1;         // the compound actor the word is part of
  bool subordinate = false;  // in a subordinate clause: read for pattern words only
};

// One step of a linear pattern, with whether the next follows it directly ("A_B").
struct Unit {
  imp::ElementKind kind = imp::ElementKind::kWord;
  std::string word;  // lowercase; a synonym set's name as written
  bool exact = false;
  bool joined = false;
  std::vector<std::vector<Unit>> alternatives;  // kOpenBrace: { A | B }
};

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_punctuation(std::string_view form) {
  return std::none_of(form.begin(), form.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

bool is_preposition(std::string_view w) {
  return one_of(w, {"of", "in", "from", "for", "at", "to", "with", "by", "on"});
}

class LinearReader {
 public:
  LinearReader(const VerbLexicon& lexicon, const actors::Dictionary& actors,
               const LinearOptions& options, Document& doc, uint32_t s,
               const std::vector<uint32_t>& mention_of_token, std::string forwarded)
      : lexicon_(lexicon),
        actors_(actors),
        options_(options),
        doc_(doc),
        s_(s),
        forwarded_(std::move(forwarded)) {
    read_words(mention_of_token);
    mark_verbs();
    mark_nouns();
    mark_compounds();
    mark_subordinates();
    mark_clauses();
    dereference_pronouns();
  }

  // The code the sentence forwards: its first actor that is no pronoun, without agent.
  std::string first_actor_code() const {
    for (uint32_t i = 0; i < words_.size(); ++i) {
      const Word& w = words_[i];
      if (!active_actor(i) || w.head != i || w.refer != kNone || w.pronoun) continue;
      const std::string_view code = doc_.mentions[w.mention].code.view();
      const std::string_view country = actors::country_of(code);
      return std::string(country.empty() ? code : country);
    }
    return {};
  }

  LinearVerdict code() {
    if (static_cast<int>(words_.size()) < options_.min_words || complex()) {
      return LinearVerdict::kUncoded;
    }
    const size_t before = doc_.events.size();
    for (const auto& [start, end] : clauses_) {
      if (end - start < 2) continue;
      if (start > 0 && active_actor(start) && words_[start].head == start) source_ = start;
      for (uint32_t i = start; i <= end; ++i) {
        const Word& w = words_[i];
        if (w.subordinate || w.kind != WordKind::kVerb || w.head != i) continue;
        if (!do_verb(i, start, end)) continue;
        if (options_.code_by == LinearOptions::CodeBy::kSentence) return LinearVerdict::kCoded;
        if (options_.code_by == LinearOptions::CodeBy::kClause) break;
      }
    }
    return doc_.events.size() > before ? LinearVerdict::kCoded : LinearVerdict::kNone;
  }

 private:
  // --- words ----------------------------------------------------------------------

  void read_words(const std::vector<uint32_t>& mention_of_token) {
    const Sentence& sentence = doc_.sentences[s_];
    bool any_lower = false;
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const std::string_view form = doc_.form(t);
      // TABARI's words are what lies between blanks: "ANTI-", "DIDN'T", "DONATE'S".
      // "Al-Gore": the words either side of a hyphen with no blanks are next to each other.
      if (form == "-" && !words_.empty() && touches(t - 1, t) && t + 1 < sentence.token_end &&
          touches(t, t + 1)) {
        continue;
      }
      if ((form == "-" || form.starts_with('\'') || equals_lower(form, "n't")) && !words_.empty() &&
          touches(t - 1, t)) {
        words_.back().lower += lowered(form);
        continue;
      }
      if (form != "," && is_punctuation(form)) continue;
      Word w;
      w.token = t;
      w.lower = lowered(form);
      w.capitalized = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
      w.adjective = doc_.tokens[t].upos == Upos::ADJ;
      any_lower |=
          std::any_of(form.begin(), form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      const uint32_t m = mention_of_token[t];
      if (m != kNoIndex && actor_mention(doc_.mentions[m]) && !null_on_date(m)) {
        w.kind = WordKind::kActor;
        w.mention = m;
      } else if (m != kNoIndex && agent_mention(doc_.mentions[m])) {
        w.kind = WordKind::kAgent;
        w.mention = m;
      } else if (form == ",") {
        w.kind = WordKind::kComma;
      } else if (one_of(w.lower, {"and", "but", "nor"})) {
        w.kind = WordKind::kConj;
      } else if (one_of(w.lower, {"a", "an", "the"})) {
        w.kind = WordKind::kDeterm;
      }
      words_.push_back(std::move(w));
    }
    all_caps_ = !any_lower;
    const uint32_t n = static_cast<uint32_t>(words_.size());
    for (uint32_t i = 0; i < n; ++i) {  // the extent of each actor and agent
      if (words_[i].mention == kNoIndex) continue;
      uint32_t j = i;
      while (j + 1 < n && words_[j + 1].mention == words_[i].mention) ++j;
      for (uint32_t k = i; k <= j; ++k) {
        words_[k].head = i;
        words_[k].tail = j;
      }
      i = j;
    }
    resolved_.assign(n, kNone);
    find_spread_actors();
    if (options_.convert_agents) convert_agents();
  }

  // TABARI lets other words come between the words of an actor phrase that a blank
  // separates ("PRINCE DOL_AMROTH" in "the Prince of Dol_Amroth", "ITHILEN TELEVISION" in
  // "Ithilen state-run television"). From each word, the phrase with most letters wins,
  // when it has more than the actor the resolver found there.
  void find_spread_actors() {
    const uint32_t n = static_cast<uint32_t>(words_.size());
    std::vector<uint32_t> ids(n);
    std::string key;
    for (uint32_t i = 0; i < n; ++i) {
      const std::string_view form = doc_.form(words_[i].token);
      ids[i] = actors_.intern(form, key);
      // TABARI's noun endings: "Libyas" is LIBYA_ ('s is a word of its own here).
      for (std::string_view ending : {"es", "s"}) {
        if (ids[i] == actors::kUnknownWord && form.size() > ending.size() + 2 &&
            lowered(form).ends_with(ending)) {
          ids[i] = actors_.intern(form.substr(0, form.size() - ending.size()), key);
        }
      }
      if (ids[i] == actors::kUnknownWord && actors_.has_stems()) {
        key.clear();
        actors::append_word_key(form, key);
        ids[i] = actors_.stem_of(key);
      }
    }
    const std::optional<actors::Day> day = actors::parse_day(doc_.date);
    for (uint32_t i = 0; i < n; ++i) {
      const Word& w = words_[i];
      const bool actor_head = w.kind == WordKind::kActor && w.head == i;
      if ((w.kind != WordKind::kOther && !actor_head) || ids[i] == actors::kUnknownWord) continue;
      const uint32_t node = actors_.root_child(ids[i]);
      if (node == 0) continue;
      std::vector<uint32_t> path = {i}, best;
      size_t best_letters = 0;
      spread_match(ids, node, path, best, best_letters);
      size_t have = 0;
      if (actor_head) {
        for (uint32_t k = i; k <= w.tail; ++k) have += words_[k].lower.size();
      }
      if (best.empty() || best_letters <= have) continue;
      const actors::NameMatch& name = actors_.name_match(best_node_name_);
      if (name.entry == actors::kNone || name.adjective) continue;
      const actors::RoleOnDate role =
          actors::role_on(actors_, name.entry, day ? *day : actors::kUnknownDay);
      if (role.code.empty() || role.code.view() == "---" || role.how == MentionHow::kOutOfOffice) {
        continue;
      }
      Mention m;
      m.token_begin = words_[best.front()].token;
      m.token_end = words_[best.back()].token + 1;
      m.code = role.code;
      m.entry = name.entry;
      m.role = role.role;
      doc_.mentions.push_back(m);
      const uint32_t mention = static_cast<uint32_t>(doc_.mentions.size() - 1);
      for (uint32_t k : best) {
        words_[k].kind = WordKind::kActor;
        words_[k].mention = mention;
        words_[k].head = best.front();
        words_[k].tail = best.back();
      }
      i = best.back();
    }
  }

  // Extends `path` (word indices whose ids lead to trie `node`) by each later word that
  // continues a phrase; keeps in `best` the path to a name with most letters that skips
  // some word or that the resolver did not find.
  void spread_match(const std::vector<uint32_t>& ids, uint32_t node, std::vector<uint32_t>& path,
                    std::vector<uint32_t>& best, size_t& best_letters) {
    const uint32_t name = actors_.node(node).name;
    // A phrase that skips words, or one the resolver did not find ("libyas", "Al-Gore").
    const bool spread = path.back() - path.front() + 1 > path.size();
    const bool missed = std::all_of(path.begin(), path.end(),
                                    [&](uint32_t k) { return words_[k].kind == WordKind::kOther; });
    if (name != actors::kNone && (spread || missed)) {
      size_t letters = 0;
      for (uint32_t k : path) letters += words_[k].lower.size();
      if (letters > best_letters) {
        best = path;
        best_letters = letters;
        best_node_name_ = name;
      }
    }
    for (uint32_t j = path.back() + 1; j < ids.size(); ++j) {
      if (words_[j].kind == WordKind::kComma) break;
      if (ids[j] == actors::kUnknownWord) continue;
      const uint32_t next = actors_.child(node, ids[j]);
      if (next == 0) continue;
      path.push_back(j);
      spread_match(ids, next, path, best, best_letters);
      path.pop_back();
    }
  }

  // TABARI's CONVERT AGENT: an agent with no actor before it ("former" counts) or after
  // it (across a preposition too) is an actor of its own, "~" and its sector.
  void convert_agents() {
    const uint32_t n = static_cast<uint32_t>(words_.size());
    for (uint32_t h = 0; h < n; ++h) {
      if (words_[h].kind != WordKind::kAgent || words_[h].head != h) continue;
      const uint32_t t = words_[h].tail;
      const bool claimed =
          (h > 0 && (words_[h - 1].kind == WordKind::kActor || words_[h - 1].lower == "former")) ||
          (t + 1 < n && words_[t + 1].kind == WordKind::kActor) ||
          (t + 2 < n && is_preposition(words_[t + 1].lower) &&
           words_[t + 2].kind == WordKind::kActor);
      if (claimed) continue;
      Mention m = doc_.mentions[words_[h].mention];
      const std::string code = "---" + std::string(actors_.str(actors_.agent(m.agent).code));
      if (!m.code.assign(code)) continue;
      doc_.mentions.push_back(m);
      for (uint32_t k = h; k <= t; ++k) {
        words_[k].kind = WordKind::kActor;
        words_[k].mention = static_cast<uint32_t>(doc_.mentions.size() - 1);
      }
    }
  }

  // A name whose dated code on the day is TABARI's null ("PRINCE DOL_AMROTH [--- <950630]")
  // or discard code, which the resolver reads as out of office (<country>ELI), unless
  // "former" says so.
  bool null_on_date(uint32_t m) const {
    const Mention& mention = doc_.mentions[m];
    if (mention.how != MentionHow::kOutOfOffice || !mention.code.view().ends_with("ELI")) {
      return false;
    }
    for (uint32_t t = mention.token_begin; t < mention.token_end; ++t) {
      if (equals_lower(doc_.form(t), "former")) return false;
    }
    return true;
  }

  // Whether nothing separates tokens a and b in the text (also the words of one multiword
  // token: "donate" "'s").
  bool touches(uint32_t a, uint32_t b) const { return doc_.tokens[a].end >= doc_.tokens[b].begin; }

  static bool actor_mention(const Mention& m) {
    return !m.code.empty() && m.code.view() != "---" && m.how != MentionHow::kCoreference;
  }

  // An agent no actor claimed ("security officials"): TABARI composes it with an actor
  // next to it.
  static bool agent_mention(const Mention& m) {
    return m.code.empty() && m.how == MentionHow::kAgent && m.agent != kNoIndex;
  }

  // A verb form, or a regular ending on one ("departes", "departen": DEPART).
  const VerbEntry* verb_of(const std::string& word) const {
    // "donate's": a word with an apostrophe is no verb, though a verb stem begins it.
    if (word.find('\'') != std::string::npos) return nullptr;
    if (const VerbEntry* e = lexicon_.find(word)) return e;
    // TABARI's "BAN=": this spelling only, no other ending.
    if (const VerbEntry* e = lexicon_.find(word + "=")) return e;
    if (!options_.regular_verb_endings) return nullptr;
    for (std::string_view ending : {"ing", "es", "ed", "en", "s", "d"}) {
      if (word.size() > ending.size() + 2 && word.ends_with(ending)) {
        if (const VerbEntry* e = lexicon_.find(word.substr(0, word.size() - ending.size()))) {
          return e;
        }
      }
    }
    return nullptr;
  }

  // A word and the stems its regular endings leave ("wounded": wound, wounde).
  std::vector<std::string> spellings(const std::string& word) const {
    std::vector<std::string> out = {word};
    if (!options_.regular_verb_endings) return out;
    for (std::string_view ending : {"ing", "es", "ed", "en", "s", "d"}) {
      if (word.ends_with(ending) && word.size() > ending.size() + 2) {
        out.push_back(word.substr(0, word.size() - ending.size()));
      }
    }
    return out;
  }

  // A verb of several words ("BRUSH ASIDE REPORTS", "CALLED_ON", "SHOT_AND_WOUND")
  // starting at word i, its first and last words in any form; on success `last` is its
  // last word.
  const VerbEntry* phrase_verb(uint32_t i, uint32_t& last) const {
    const uint32_t n = static_cast<uint32_t>(words_.size());
    const std::vector<std::string> firsts = spellings(words_[i].lower);
    for (uint32_t len = 3; len >= 2; --len) {
      if (i + len > n) continue;
      std::string middle;
      bool plain = true;
      for (uint32_t k = i + 1; k < i + len; ++k) {
        // "SHOT_AND_WOUND": a verb's "and" is no conjunction.
        plain &= words_[k].kind == WordKind::kOther || words_[k].kind == WordKind::kConj;
        if (k + 1 < i + len) middle += ' ' + words_[k].lower;
      }
      if (!plain) continue;
      for (const std::string& f : firsts) {
        for (const std::string& l : spellings(words_[i + len - 1].lower)) {
          if (const VerbEntry* e = lexicon_.find(f + middle + ' ' + l)) {
            last = i + len - 1;
            return e;
          }
        }
      }
    }
    return nullptr;
  }

  void mark_verbs() {
    const uint32_t n = static_cast<uint32_t>(words_.size());
    for (uint32_t i = 0; i < n; ++i) {
      if (words_[i].kind != WordKind::kOther) continue;
      uint32_t last = i;
      const VerbEntry* e = phrase_verb(i, last);
      if (!e) e = verb_of(words_[i].lower);
      if (!e) continue;
      for (uint32_t k = i; k <= last; ++k) {
        words_[k].kind = WordKind::kVerb;
        words_[k].verb = e;
        words_[k].head = i;
        words_[k].tail = last;
      }
      i = last;
    }
  }

  // A verb after a determiner, or capitalized past the sentence's first capital, is a noun.
  void mark_nouns() {
    bool seen_capital = false;
    for (uint32_t i = 0; i < words_.size(); ++i) {
      Word& w = words_[i];
      const bool mid_capital = w.capitalized && seen_capital && !all_caps_;
      seen_capital |= w.capitalized;
      if (w.kind != WordKind::kVerb || w.head != i || i == 0) continue;
      if (words_[i - 1].kind == WordKind::kDeterm || mid_capital) {
        for (uint32_t k = i; k <= w.tail; ++k) {
          words_[k].kind = WordKind::kOther;
          words_[k].noun = true;
          words_[k].verb = nullptr;
        }
      }
    }
  }

  bool modifier(uint32_t i) const {
    return words_[i].kind == WordKind::kDeterm ||
           (words_[i].kind == WordKind::kOther && words_[i].adjective);
  }

  // "Arnor, Osgiliath and Gondor": actors listed with commas and an "and" (or "nor").
  void mark_compounds() {
    const int n = static_cast<int>(words_.size());
    for (int c = 0; c < n; ++c) {
      if (words_[c].kind != WordKind::kConj || words_[c].lower == "but") continue;
      int end = -1;
      for (int k = c + 1; k < n && (words_[k].kind == WordKind::kActor || modifier(k)); ++k) {
        if (words_[k].kind == WordKind::kActor) {
          k = static_cast<int>(words_[k].tail);
          end = k;
        }
      }
      if (end < 0) continue;
      int start = -1;
      bool need_connector = false;
      for (int k = c; k >= 0; --k) {
        const WordKind kind = words_[k].kind;
        if (kind == WordKind::kConj || kind == WordKind::kComma) {
          need_connector = false;
        } else if (kind == WordKind::kActor) {
          if (need_connector) break;
          k = static_cast<int>(words_[k].head);
          start = k;
          need_connector = true;
        } else if (!modifier(k)) {
          break;
        }
      }
      if (start < 0) continue;
      const int id = static_cast<int>(compounds_.size());
      compounds_.emplace_back(start, end);
      for (int k = start; k <= end; ++k) words_[k].compound = id;
    }
  }

  // A stretch between two commas, or after the last one, of as many words as the COMMA
  // option says, that is not part of a compound actor. Commas pair up from the first.
  void mark_subordinates() {
    const uint32_t n = static_cast<uint32_t>(words_.size());
    auto boundary = [&](uint32_t i) {
      return words_[i].kind == WordKind::kComma && words_[i].compound < 0;
    };
    auto in = [](uint32_t count, int lo, int hi) {
      return static_cast<int>(count) >= lo && static_cast<int>(count) <= hi;
    };
    for (uint32_t i = 0; i < n; ++i) {
      if (!boundary(i)) continue;
      if (in(i, options_.comma_begin_min, options_.comma_begin_max)) {
        for (uint32_t k = 0; k < i; ++k) words_[k].subordinate = true;
      }
      uint32_t j = i + 1;
      while (j < n && !boundary(j)) ++j;
      const uint32_t count = j - i - 1;
      const bool last = j == n;
      if (last ? in(count, options_.comma_end_min, options_.comma_end_max)
               : in(count, options_.comma_min, options_.comma_max)) {
        for (uint32_t k = i + 1; k < std::min(j + 1, n); ++k) words_[k].subordinate = true;
      }
      i = j;  // as TABARI: the comma that closes a stretch opens none
    }
  }

  // Clauses end before an "and" or "but" that joins no actors, nouns or adjectives.
  void mark_clauses() {
    const uint32_t n = static_cast<uint32_t>(words_.size());
    uint32_t start = 0;
    for (uint32_t i = 1; i + 1 < n; ++i) {
      const Word& w = words_[i];
      if (w.kind != WordKind::kConj || w.compound >= 0 || w.subordinate) continue;
      if (words_[i - 1].noun) {
        uint32_t k = i + 1;
        while (k < n && words_[k].adjective) ++k;
        if (k < n && words_[k].noun) continue;
      }
      if (words_[i - 1].adjective && words_[i + 1].adjective) continue;
      clauses_.emplace_back(start, i - 1);
      start = i + 1;
    }
    if (n > 0) clauses_.emplace_back(start, n - 1);
  }

  // TABARI's pronouns: "he", "she", "it", "him", "her" stand for the sentence's first
  // actor before them that is not in a compound; "they", "them" for its first compound
  // before them, else its first actor.
  void dereference_pronouns() {
    const uint32_t n = static_cast<uint32_t>(words_.size());
    for (uint32_t i = 0; i < n; ++i) {
      Word& w = words_[i];
      if (w.kind != WordKind::kOther) continue;
      const bool singular = one_of(w.lower, {"he", "she", "it", "him", "her"});
      const bool plural = one_of(w.lower, {"they", "them"});
      if (!singular && !plural) continue;
      uint32_t refer = kNone;
      for (uint32_t k = 0; k < i; ++k) {
        if (words_[k].kind != WordKind::kActor || words_[k].head != k) continue;
        const bool compound = words_[k].compound >= 0;
        if (singular && compound) {
          k = compounds_[words_[k].compound].second;
          continue;
        }
        if (refer == kNone) refer = k;
        if (plural && compound) {
          refer = k;
          break;
        }
        if (singular) break;
      }
      if (refer == kNone && !forwarded_.empty()) {
        Mention m;  // the story's previous record's first actor
        m.token_begin = w.token;
        m.token_end = w.token + 1;
        if (!m.code.assign(forwarded_)) continue;
        doc_.mentions.push_back(m);
        w.kind = WordKind::kActor;
        w.pronoun = true;
        w.mention = static_cast<uint32_t>(doc_.mentions.size() - 1);
        w.head = w.tail = i;
        continue;
      }
      if (refer == kNone) continue;
      w.kind = WordKind::kActor;
      w.refer = refer;
      w.mention = words_[refer].mention;
      w.head = w.tail = i;
    }
  }

  bool active_actor(uint32_t i) const {
    return i < words_.size() && words_[i].kind == WordKind::kActor && !words_[i].subordinate;
  }

  CameoCode verb_code(const VerbEntry& e) const {
    return e.code.empty() ? lexicon_.block(e.block).code : e.code;
  }

  // TABARI's complexity limits, read outside subordinate clauses.
  bool complex() const {
    int verbs = 0, conjunctions = 0;
    uint32_t first_verb = kNone;
    for (uint32_t i = 0; i < words_.size(); ++i) {
      const Word& w = words_[i];
      if (w.kind == WordKind::kConj && w.compound < 0) ++conjunctions;
      if (w.subordinate || w.kind != WordKind::kVerb || w.head != i) continue;
      ++verbs;
      if (first_verb == kNone && !verb_code(*w.verb).empty()) first_verb = i;
    }
    if (options_.max_verbs > 0 && verbs >= options_.max_verbs) return true;
    if (options_.max_conjunctions > 0 && conjunctions >= options_.max_conjunctions) return true;
    if (options_.actor_before_verb && first_verb != kNone) {
      bool before = false;
      for (uint32_t i = 0; i < first_verb; ++i) before |= active_actor(i);
      if (!before) return true;
    }
    return false;
  }

  // --- patterns -------------------------------------------------------------------

  struct Found {
    uint32_t source = kNone, target = kNone, compound = kNone;
  };

  // "&NEGATVAUXVRB_EVER": a synonym set joined to a word, which the importer reads as one
  // name; split into the set and the words after it.
  void add_synset_unit(const imp::PatternElement& e, std::vector<Unit>& out) const {
    std::string_view name = e.text;
    if (!name.empty() && name[0] == '&') name.remove_prefix(1);
    size_t cut = name.size();
    while (lexicon_.synset_named(name.substr(0, cut)) == UINT32_MAX) {
      cut = name.rfind('_', cut - 1);
      if (cut == std::string_view::npos || cut == 0) {
        cut = name.size();
        break;
      }
    }
    Unit u;
    u.kind = imp::ElementKind::kSynset;
    u.word = std::string(name.substr(0, cut));
    u.joined = cut < name.size() || e.joined;
    out.push_back(std::move(u));
    for (size_t at = cut + 1; at < name.size();) {
      size_t end = name.find('_', at);
      if (end == std::string_view::npos) end = name.size();
      Unit w;
      w.word = lexicon_key(name.substr(at, end - at));
      w.joined = end < name.size() || e.joined;
      w.exact = end == name.size() && e.exact;
      out.push_back(std::move(w));
      at = end + 1;
    }
  }

  void add_unit(const imp::PatternElement& e, std::vector<Unit>& out) const {
    if (e.kind == imp::ElementKind::kSynset) {
      add_synset_unit(e, out);
      return;
    }
    // "FOR_ASYLUM" as one element: each word a unit joined to the next, whole but the last.
    const std::string key = lexicon_key(e.text);
    for (size_t at = 0; at <= key.size();) {
      size_t end = key.find(' ', at);
      const bool last = end == std::string::npos;
      if (last) end = key.size();
      Unit u;
      u.kind = e.kind;
      u.word = key.substr(at, end - at);
      u.exact = last ? e.exact : true;
      u.joined = last ? e.joined : true;
      // "REAL~_PLEASANT": "~" keeps a joined word a stem ("really pleasant").
      if (u.word.ends_with('~')) {
        u.word.pop_back();
        u.exact = false;
      }
      if (!u.word.empty() || e.kind != imp::ElementKind::kWord) out.push_back(std::move(u));
      at = end + 1;
    }
  }

  // The pattern's units before the verb and after it.
  void units_of(const std::vector<imp::PatternElement>& el, std::vector<Unit>& before,
                std::vector<Unit>& after, bool& verb_joined) const {
    bool past_verb = false;
    for (size_t i = 0; i < el.size(); ++i) {
      const imp::PatternElement& e = el[i];
      std::vector<Unit>& side = past_verb ? after : before;
      if (e.kind == imp::ElementKind::kVerb) {
        past_verb = true;
        verb_joined = e.joined;
      } else if (e.kind == imp::ElementKind::kOpenBrace) {
        Unit u;
        u.kind = e.kind;
        u.alternatives.emplace_back();
        for (++i; i < el.size() && el[i].kind != imp::ElementKind::kCloseBrace; ++i) {
          if (el[i].kind == imp::ElementKind::kOr) {
            u.alternatives.emplace_back();
          } else {
            add_unit(el[i], u.alternatives.back());
          }
        }
        if (i < el.size()) u.joined = el[i].joined;
        std::erase_if(u.alternatives, [](const auto& a) { return a.empty(); });
        side.push_back(std::move(u));
      } else if (e.kind != imp::ElementKind::kCloseBrace && e.kind != imp::ElementKind::kOr &&
                 e.kind != imp::ElementKind::kOpenParen &&
                 e.kind != imp::ElementKind::kCloseParen) {
        add_unit(e, side);
      }
    }
  }

  // TABARI's literal match: a word spelled "WORD_" must be the word, otherwise the word
  // need only begin with it (a stem).
  static bool word_fits(std::string_view word, std::string_view literal, bool exact) {
    return exact ? word == literal : word.starts_with(literal);
  }

  // Whether `u` fits at word i: a literal there, or a synonym-set member whose words
  // follow each other from word i (upper phrase) or up to it (lower phrase).
  bool literal_fits(const Unit& u, uint32_t i, bool upper) const {
    if (u.kind == imp::ElementKind::kWord) {
      return u.word.find(' ') == std::string::npos && word_fits(words_[i].lower, u.word, u.exact);
    }
    const uint32_t id = lexicon_.synset_named(u.word);
    if (id == UINT32_MAX) return false;
    for (const auto& [member, joined] : lexicon_.synset_members(id)) {
      if (member.find('&') != std::string::npos) continue;
      std::vector<std::string_view> parts;
      for (size_t at = 0; at <= member.size();) {
        size_t end = member.find(' ', at);
        if (end == std::string::npos) end = member.size();
        if (end > at) parts.emplace_back(std::string_view(member).substr(at, end - at));
        at = end + 1;
      }
      const uint32_t n = static_cast<uint32_t>(parts.size());
      if (n == 0 || (!upper && i + 1 < n)) continue;
      const uint32_t first = upper ? i : i + 1 - n;
      if (first + n > words_.size()) continue;
      const bool exact = lexicon_.synset_member_exact(id, member);
      bool fits = true;
      for (uint32_t k = 0; k < n && fits; ++k) {
        fits = word_fits(words_[first + k].lower, parts[k], exact && k + 1 == n);
      }
      if (fits) return true;
    }
    return false;
  }

  // Tries unit `u` at word i; on success `next` is where the following unit starts.
  bool unit_fits(const Unit& u, uint32_t i, bool upper, uint32_t lo, uint32_t hi, Found& f,
                 uint32_t& next) const {
    auto step = [&](uint32_t from) { next = upper ? from + 1 : from - 1; };
    switch (u.kind) {
      case imp::ElementKind::kWord:
      case imp::ElementKind::kSynset:
        if (!literal_fits(u, i, upper)) return false;
        step(i);
        return true;
      case imp::ElementKind::kSource:
      case imp::ElementKind::kTarget:
        if (!active_actor(i)) return false;
        (u.kind == imp::ElementKind::kSource ? f.source : f.target) = words_[i].head;
        step(i);
        return true;
      case imp::ElementKind::kCompound:
        if (!active_actor(i) || !in_compound(words_[i].head)) return false;
        f.compound = words_[i].head;
        step(i);
        return true;
      case imp::ElementKind::kSkip:
        if (!active_actor(i)) return false;
        step(upper ? words_[i].tail : words_[i].head);
        return true;
      case imp::ElementKind::kOpenBrace:
        for (const std::vector<Unit>& alt : u.alternatives) {
          Found g = f;
          uint32_t end = 0;
          if (sequence_fits(alt, i, false, upper, lo, hi, g, end)) {
            f = g;
            next = end;
            return true;
          }
        }
        return false;
      default:
        step(i);
        return true;
    }
  }

  // Matches `units` from word `from` on (upper: rightwards, else leftwards), each unit at
  // the first word it fits, words between allowed unless the units are joined. `skip`:
  // whether words may come before the first unit.
  bool sequence_fits(const std::vector<Unit>& units, uint32_t from, bool skip, bool upper,
                     uint32_t lo, uint32_t hi, Found& f, uint32_t& end) const {
    uint32_t pos = from;
    for (size_t k = 0; k < units.size(); ++k) {
      const Unit& u = units[k];
      const bool may_skip = k == 0 ? skip : upper ? !units[k - 1].joined : !u.joined;
      bool fitted = false;
      while (pos >= lo && pos <= hi) {
        uint32_t next = 0;
        if (unit_fits(u, pos, upper, lo, hi, f, next)) {
          pos = next;
          fitted = true;
          break;
        }
        if (!may_skip) return false;
        pos = upper ? pos + 1 : pos - 1;
      }
      if (!fitted) return false;
    }
    end = pos;
    return true;
  }

  bool pattern_fits(const VerbPattern& p, uint32_t verb, uint32_t clause_end, Found& f) const {
    std::vector<Unit> before, after;
    bool verb_joined = false;
    units_of(p.elements, before, after, verb_joined);
    std::reverse(before.begin(), before.end());
    for (Unit& u : before) {  // the lower phrase is read leftwards, alternatives too
      for (auto& alt : u.alternatives) std::reverse(alt.begin(), alt.end());
    }
    const uint32_t last = static_cast<uint32_t>(words_.size()) - 1;
    uint32_t end = 0;
    if (!after.empty() &&
        !sequence_fits(after, words_[verb].tail + 1, !verb_joined, true, 0, clause_end, f, end)) {
      return false;
    }
    if (!before.empty()) {
      if (verb == 0) return false;
      const bool skip = !before.front().joined;
      if (!sequence_fits(before, verb - 1, skip, false, 0, last, f, end)) return false;
    }
    return true;
  }

  // --- actors ---------------------------------------------------------------------

  // The mention an actor at word `head` codes as: its own, or a new one with the agent
  // next to it composed in ("ambassadors of Arnor" ARNGOV; "Arnor former security
  // officials" ARNELI).
  uint32_t resolved(uint32_t head) {
    if (head >= words_.size()) return head;  // a default actor's mention
    if (resolved_[head] != kNone) return resolved_[head];
    const uint32_t m = words_[head].mention;
    resolved_[head] = m;
    if (doc_.mentions[m].agent != kNoIndex) return m;
    uint32_t tail = words_[head].tail;
    const uint32_t n = static_cast<uint32_t>(words_.size());
    bool former = false;
    if (tail + 1 < n && words_[tail + 1].lower == "former") {
      former = true;
      ++tail;
    }
    if (!former && head > 0 && words_[head - 1].lower == "former") former = true;
    uint32_t agent = kNone, agent_index = kNone;
    if (tail + 1 < n && words_[tail + 1].kind == WordKind::kAgent &&
        !words_[tail + 1].subordinate) {
      agent = tail + 1;
    } else if (former && tail + 1 < n && !words_[tail + 1].subordinate) {
      agent_index = agent_after_former(tail + 1);
    } else {
      uint32_t at = head;
      if (at > 0 && is_preposition(words_[at - 1].lower)) --at;
      if (at > 0 && words_[at - 1].kind == WordKind::kAgent && !words_[at - 1].subordinate) {
        agent = words_[at - 1].head;
        if (!former && agent > 0 && words_[agent - 1].lower == "former") former = true;
      }
    }
    if (agent != kNone) agent_index = doc_.mentions[words_[agent].mention].agent;
    if (agent_index == kNone) return m;
    // An actor whose code already says the agent's sector ("White House security
    // officials": USAGOV) keeps its code.
    const std::string_view sector = actors_.str(actors_.agent(agent_index).code);
    if (!former && doc_.mentions[m].code.view().find(sector) != std::string_view::npos) return m;
    Mention composed = doc_.mentions[m];
    if (former) {
      std::string code(composed.code.view());
      code += "ELI";
      if (!composed.code.assign(code)) return m;
    } else {
      composed.code = actors::compose_agent(actors_, composed.code, agent_index);
    }
    composed.agent = agent_index;
    composed.how = MentionHow::kAgent;
    doc_.mentions.push_back(composed);
    resolved_[head] = static_cast<uint32_t>(doc_.mentions.size() - 1);
    return resolved_[head];
  }

  // The agent that begins at word i after "former", which the resolver folds into the
  // "former" it follows ("Arnor former security officials"); kNone if none.
  uint32_t agent_after_former(uint32_t i) const {
    const Sentence& sentence = doc_.sentences[s_];
    const uint32_t first = words_[i].token;
    const std::span<const Token> tokens(doc_.tokens.data() + first, sentence.token_end - first);
    actors::ResolveScratch scratch;
    std::vector<Mention> found;
    actors::resolve_sentence(actors_, tokens, doc_.text, actors::kUnknownDay, first, scratch,
                             found);
    if (found.empty() || found[0].token_begin != first || !agent_mention(found[0])) return kNone;
    return found[0].agent;
  }

  // A default actor's mention ("DEFSRC"), placed on the verb that implies it.
  uint32_t default_actor(const std::string& code, uint32_t verb) {
    Mention m;
    m.token_begin = words_[verb].token;
    m.token_end = m.token_begin + 1;
    m.code.assign(code);
    doc_.mentions.push_back(m);
    // Past every word: words_[head] is never read for it.
    return static_cast<uint32_t>(words_.size()) + static_cast<uint32_t>(doc_.mentions.size() - 1);
  }

  uint32_t mention_of(uint32_t head) {
    if (head >= words_.size()) return head - static_cast<uint32_t>(words_.size());
    if (words_[head].refer != kNone) return mention_of(words_[head].refer);
    return resolved(head);
  }

  bool same_code(uint32_t a, uint32_t b) {
    if (a == kNone || b == kNone) return false;
    return doc_.mentions[mention_of(a)].code == doc_.mentions[mention_of(b)].code;
  }

  // The first actor from `from` to `to` that is not `other`'s code.
  uint32_t first_actor(uint32_t from, uint32_t to, uint32_t other) {
    for (uint32_t i = from; i <= to && i < words_.size(); ++i) {
      if (active_actor(i) && words_[i].head == i && !same_code(i, other)) return i;
    }
    return kNone;
  }

  uint32_t last_actor_before(uint32_t from, uint32_t lo, uint32_t other) {
    for (uint32_t i = from + 1; i-- > lo;) {
      if (active_actor(i) && !same_code(words_[i].head, other)) return words_[i].head;
    }
    return kNone;
  }

  // Whether the actor at word `head` stands for its compound: TABARI expands a compound
  // from its first actor only ("Bree and Arnor ... ties with Gxndor": the target found
  // before the verb is Arnor alone).
  bool in_compound(uint32_t head) const {
    if (head < words_.size() && words_[head].refer != kNone) return in_compound(words_[head].refer);
    return head < words_.size() && words_[head].compound >= 0 &&
           compounds_[words_[head].compound].first == head;
  }

  // The mentions an actor stands for: all of its compound's, or its own.
  std::vector<uint32_t> members(uint32_t head) {
    if (head < words_.size() && words_[head].refer != kNone) return members(words_[head].refer);
    if (!in_compound(head)) return {mention_of(head)};
    std::vector<uint32_t> out;
    const auto [first, last] = compounds_[words_[head].compound];
    for (uint32_t k = first; k <= last; ++k) {
      if (active_actor(k) && words_[k].head == k) out.push_back(mention_of(k));
    }
    return out;
  }

  // --- events ---------------------------------------------------------------------

  // TABARI's passive: "by" one to three words after the verb, "was", "were" or "been"
  // one or two before it.
  bool passive(uint32_t verb) const {
    bool by = false, auxiliary = false;
    const uint32_t tail = words_[verb].tail;
    for (uint32_t k = 1; k <= 3; ++k) {
      by |= tail + k < words_.size() && words_[tail + k].lower == "by";
    }
    for (uint32_t k = 1; k <= 2; ++k) {
      auxiliary |= verb >= k && one_of(words_[verb - k].lower, {"was", "were", "been"});
    }
    return by && auxiliary;
  }

  bool do_verb(uint32_t verb, uint32_t clause_start, uint32_t clause_end) {
    const VerbEntry& entry = *words_[verb].verb;
    const VerbBlock& block = lexicon_.block(entry.block);
    if (passive_source_reset_) {
      source_ = kNone;
      passive_source_reset_ = false;
    }
    for (uint32_t pi : block.patterns) {
      const VerbPattern& p = lexicon_.pattern(pi);
      if (p.elements.empty()) continue;
      Found f;
      if (!pattern_fits(p, verb, clause_end, f)) continue;
      return make_event(p.code, p.reverse, p.row, verb, clause_start, clause_end, f);
    }
    const CameoCode code = verb_code(entry);
    const CameoCode reverse = entry.reverse.empty() ? block.reverse : entry.reverse;
    return make_event(code, reverse, Event::kNone, verb, clause_start, clause_end, Found{});
  }

  uint32_t source_by_rule(uint32_t verb, uint32_t clause_start, uint32_t clause_end,
                          uint32_t target) {
    const uint32_t found = first_actor(clause_start, clause_end, target);
    const bool usable = found != kNone && !(options_.source_prior && found > verb);
    if (usable) return found;
    if (!options_.default_source.empty()) return default_actor(options_.default_source, verb);
    return kNone;
  }

  uint32_t target_by_rule(uint32_t verb, uint32_t clause_start, uint32_t clause_end,
                          uint32_t source) {
    uint32_t target = first_actor(words_[verb].tail + 1, clause_end, source);
    if (target != kNone) return target;
    if (options_.target_after && !options_.default_target.empty()) {
      return default_actor(options_.default_target, verb);
    }
    if (verb > 0) target = last_actor_before(verb - 1, clause_start, source);
    if (target != kNone) return target;
    if (source != kNone && in_compound(source)) return source;
    if (!options_.default_target.empty()) return default_actor(options_.default_target, verb);
    return kNone;
  }

  bool make_event(CameoCode code, CameoCode reverse, uint32_t row, uint32_t verb,
                  uint32_t clause_start, uint32_t clause_end, const Found& f) {
    if (code.empty()) return false;
    uint32_t source = source_, target = kNone;
    bool regular_source = true, regular_target = true;
    if (f.source != kNone) source = f.source, regular_source = false;
    if (f.target != kNone) target = f.target, regular_target = false;
    if (f.compound != kNone) {
      source = target = f.compound;
      regular_source = regular_target = false;
    }
    if (source == kNone) source = source_by_rule(verb, clause_start, clause_end, target);
    if (target == kNone) target = target_by_rule(verb, clause_start, clause_end, source);
    if (regular_source) source_ = source;
    if (source == kNone || target == kNone) return false;
    if (regular_source && regular_target && passive(verb)) {
      std::swap(source, target);
      source_ = source;
      passive_source_reset_ = true;
    }
    const size_t before = doc_.events.size();
    for (uint32_t s : members(source)) {
      for (uint32_t t : members(target)) {
        add_event(s, t, code, verb, row);
        if (!reverse.empty()) add_event(t, s, reverse, verb, row);
      }
    }
    return doc_.events.size() > before;
  }

  void add_event(uint32_t source, uint32_t target, CameoCode code, uint32_t verb, uint32_t row) {
    const ActorCode& sc = doc_.mentions[source].code;
    const ActorCode& tc = doc_.mentions[target].code;
    if (sc == tc) return;
    for (const Event& e : doc_.events) {
      if (e.sentence == s_ && e.cameo == code && doc_.mentions[e.source].code == sc &&
          doc_.mentions[e.target].code == tc) {
        return;
      }
    }
    Event e;
    e.sentence = s_;
    e.predicate = words_[verb].token;
    e.source = source;
    e.target = target;
    e.cameo = code;
    e.pattern = row;
    doc_.events.push_back(e);
  }

  const VerbLexicon& lexicon_;
  const actors::Dictionary& actors_;
  const LinearOptions& options_;
  Document& doc_;
  const uint32_t s_;
  std::vector<Word> words_;
  std::vector<uint32_t> resolved_;                        // per actor head: the mention it codes as
  std::vector<std::pair<uint32_t, uint32_t>> compounds_;  // first and last word
  std::vector<std::pair<uint32_t, uint32_t>> clauses_;    // first and last word
  const std::string forwarded_;  // the actor a pronoun with no antecedent stands for
  bool all_caps_ = false;
  uint32_t best_node_name_ = 0;  // spread_match's best path's name
  uint32_t source_ = kNone;      // TABARI's source carries over from clause to clause
  bool passive_source_reset_ = false;
};

}  // namespace

LinearVerdict code_linear(const VerbLexicon& lexicon, const actors::Dictionary& actors,
                          const LinearOptions& options, Document& doc, uint32_t s,
                          const std::vector<uint32_t>& mention_of_token, LinearMemory& memory) {
  // The story the record's id numbers, under the FORWARD mask.
  std::string story;
  std::string_view mask = options.forward_mask;
  while (!mask.empty() && mask.front() == '^') mask.remove_prefix(1);
  for (size_t i = 0; i < mask.size() && i < doc.id.size(); ++i) {
    if (mask[i] == 'N') story += doc.id[i];
  }
  const std::string forwarded =
      !story.empty() && story == memory.story ? memory.actor : std::string();
  LinearReader reader(lexicon, actors, options, doc, s, mention_of_token, forwarded);
  memory.story = story;
  memory.actor = reader.first_actor_code();
  return reader.code();
}

}  // namespace dyad::events

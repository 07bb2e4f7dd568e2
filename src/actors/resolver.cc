#include "actors/resolver.h"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

#include "actors/actors_tsv.h"
#include "actors/phrase.h"

namespace dyad::actors {
namespace {

// CAMEO three-letter codes that are not a country or region: sectors and types, the
// international and non-state prefixes, and religions. Sorted, for binary search.
constexpr std::array<std::string_view, 53> kNotCountry = {
    "AGR", "ALE", "ATH", "BAH", "BUD", "BUS", "CFC", "CHR", "COP", "CRM", "CVL",
    "DEV", "DRZ", "EDU", "ELI", "ENV", "GOV", "HIN", "HLH", "HRI", "IGO", "IMG",
    "INS", "ITH", "JAN", "JEW", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD",
    "MOS", "NGM", "NGO", "OPP", "PKO", "PTY", "RAD", "REB", "REF", "SEP", "SET",
    "SHI", "SHN", "SIK", "SPY", "SUN", "TAO", "UAF", "UIS", "ZRO"};

bool all_letters(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// An ASCII capital, or any non-ASCII byte (not judged: "Érdogan", "Ümit").
bool has_capital(std::string_view text, const Token& t) {
  for (uint32_t i = t.begin; i < t.end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 'A' && c <= 'Z') || c >= 0x80) return true;
  }
  return false;
}

// A code whose sector is ELI ("USAELI"): out of office, not an office.
bool is_elite(std::string_view code) { return code.size() >= 6 && code.substr(3, 3) == "ELI"; }

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Capitalized words that follow or precede names without being part of them: days and
// months ("President Clinton Monday"), honorifics ("Mr Abdullah"), name suffixes, and
// function words of capitalized headlines ("Doctors Under Fire") and of "I". Sorted.
constexpr std::string_view kNotNameWords[] = {
    "A",      "After",     "An",   "And",      "April",    "As",        "At",       "August",
    "Before", "But",       "By",   "December", "Dr",       "Dr.",       "February", "For",
    "Friday", "From",      "Gen",  "Gen.",     "He",       "Her",       "His",      "I",
    "If",     "In",        "It",   "Its",      "January",  "Jr",        "Jr.",      "July",
    "June",   "March",     "May",  "Monday",   "Mr",       "Mr.",       "Mrs",      "Mrs.",
    "Ms",     "Ms.",       "My",   "No",       "Not",      "November",  "October",  "Of",
    "On",     "Or",        "Our",  "Over",     "Saturday", "September", "She",      "Sheikh",
    "Since",  "Sir",       "Sr",   "Sr.",      "Sunday",   "That",      "The",      "Their",
    "These",  "They",      "This", "Those",    "Thursday", "To",        "Tuesday",  "Under",
    "We",     "Wednesday", "When", "While",    "With",     "Your"};

// Lower-case particles inside names ("Mohammed bin Salman", "Charles de Gaulle").
constexpr std::string_view kNameParticles[] = {"al",  "bin", "da", "de",  "del", "der", "di",
                                               "dos", "du",  "el", "ibn", "la",  "van", "von"};

// Does the word open with a non-ASCII letter (Latin, Greek, Cyrillic and later scripts),
// not punctuation or symbols (U+0080-U+00BF, U+2000-U+2BFF, U+3000-U+303F)?
bool non_ascii_letter(std::string_view w) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(w[i]); };
  uint32_t cp = 0;
  if ((b(0) & 0xE0) == 0xC0 && w.size() >= 2) {
    cp = ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu);
  } else if ((b(0) & 0xF0) == 0xE0 && w.size() >= 3) {
    cp = ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
  } else {
    return (b(0) & 0xF8) == 0xF0;  // four bytes: outside the BMP, judged a letter
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp < 0x2C00) return false;
  if (cp >= 0x3000 && cp < 0x3040) return false;
  return true;
}

// A word that looks like part of a person's name: a capital first (or a non-ASCII letter),
// then letters, hyphens, apostrophes or periods ("Dawda", "Ocalan", "N.", "Al-Bashir"), and
// a proper noun when the sentence is tagged.
bool name_like(std::string_view text, const Token& t) {
  const std::string_view w = text.substr(t.begin, t.end - t.begin);
  if (w.empty()) return false;
  const auto c0 = static_cast<unsigned char>(w[0]);
  const bool article = w.size() > 3 && (w.starts_with("al-") || w.starts_with("el-")) &&
                       ascii_upper(w[3]);  // "al-Assad"
  if (!ascii_upper(w[0]) && c0 < 0x80 && !article) return false;
  if (c0 >= 0x80 && !non_ascii_letter(w)) return false;  // "’s", "•", "“"
  if (w.size() >= 2 && std::all_of(w.begin(), w.end(), ascii_upper)) return false;  // NATO, UN
  for (char ch : w) {
    const auto c = static_cast<unsigned char>(ch);
    const bool ok = c >= 0x80 || (c >= 'a' && c <= 'z') || ascii_upper(ch) || ch == '-' ||
                    ch == '\'' || ch == '.';
    if (!ok) return false;
  }
  if (std::find(std::begin(kNotNameWords), std::end(kNotNameWords), w) != std::end(kNotNameWords)) {
    return false;
  }
  return t.upos == Upos::kNone || t.upos == Upos::PROPN;
}

bool name_particle(std::string_view text, const Token& t) {
  const std::string_view w = text.substr(t.begin, t.end - t.begin);
  return std::find(std::begin(kNameParticles), std::end(kNameParticles), w) !=
         std::end(kNameParticles);
}

float confidence_of(MentionHow how) {
  switch (how) {
    case MentionHow::kName:
    case MentionHow::kComposed:
      return 1.0f;
    case MentionHow::kAdjective:
    case MentionHow::kAgent:
      return 0.9f;
    case MentionHow::kMetonym:
      return 0.8f;
    case MentionHow::kOutOfOffice:
      return 0.7f;
    case MentionHow::kCoreference:
      return 0.6f;
  }
  return 0.5f;
}

// The codes "former" and out-of-office people get: <country>ELI, or nothing.
ActorCode elite_of(std::string_view code) {
  ActorCode c;
  const std::string_view country = country_of(code);
  if (country.empty()) return c;
  char buf[6] = {country[0], country[1], country[2], 'E', 'L', 'I'};
  c.assign(std::string_view(buf, 6));
  return c;
}

ActorCode compose(const Dictionary& dict, const ActorCode& actor, uint32_t agent) {
  const CompiledAgent& a = dict.agent(agent);
  const std::string_view sector = dict.str(a.code);
  char buf[ActorCode::kCapacity];
  size_t n = 0;
  auto put = [&](std::string_view s) {
    for (char ch : s) buf[n++] = ch;
  };
  if (a.prefix) {
    put(sector);
    put(actor.view());
  } else {
    put(actor.view());
    put(sector);
  }
  ActorCode c;
  c.assign(std::string_view(buf, n));  // fits: codes are checked at build and load
  return c;
}

// Does any name of `entry` contain the word `word` ("Bashar" in "Bashar al-Assad")?
// Asked only for the rare person match next to an unknown capitalized word.
bool entry_has_word(const Dictionary& dict, uint32_t entry, uint32_t word, std::string& key) {
  if (word == kUnknownWord) return false;
  for (const NameMatch& nm : dict.names_of(entry)) {
    std::string_view phrase = dict.str(nm.phrase);
    while (!phrase.empty()) {
      const size_t space = phrase.find(' ');
      const std::string_view w = phrase.substr(0, space);
      if (dict.intern(w, key) == word) return true;
      if (space == std::string_view::npos) break;
      phrase.remove_prefix(space + 1);
    }
  }
  return false;
}

// A person's name match that is only part of a longer name the dictionary does not know:
// "Abdullah" in "Abdullah Ocalan" is not King Abdullah, "Oshima" in "Hiroshi Oshima" not
// Kenzo Oshima. The match collides when the next word is name-like and in no match, or,
// for a one-word name, when the word before is (and is not the sentence's untagged first
// word, nor an abbreviation "Gen."); not when that word belongs to one of the entry's own
// names ("Bashar Assad" for "Bashar al-Assad").
bool person_match_collides(const Dictionary& dict, std::span<const Token> tokens,
                           std::string_view text, std::span<const uint32_t> words,
                           std::span<const TrieMatch> matches, size_t i, uint32_t entry,
                           std::string& key) {
  const TrieMatch& t = matches[i];
  const bool next_free = i + 1 >= matches.size() || matches[i + 1].begin != t.end;
  if (t.end < tokens.size() && next_free && name_like(text, tokens[t.end]) &&
      !entry_has_word(dict, entry, words[t.end], key)) {
    return true;
  }
  if (t.end - t.begin != 1 || t.begin == 0) return false;
  const bool prev_free = i == 0 || matches[i - 1].end != t.begin;
  const Token& prev = tokens[t.begin - 1];
  const std::string_view form = text.substr(prev.begin, prev.end - prev.begin);
  if (!prev_free || form.ends_with('.') || !name_like(text, prev)) return false;
  if (prev.upos == Upos::kNone && t.begin - 1 == 0) return false;
  return !entry_has_word(dict, entry, words[t.begin - 1], key);
}

class Composer {
 public:
  Composer(const Dictionary& dict, std::span<const uint32_t> words, std::span<const Token> tokens,
           std::string_view text, Day day)
      : dict_(dict), words_(words), tokens_(tokens), text_(text), day_(day) {}

  // Composes units[i...] into one mention; returns the index of the first unit not used.
  // `in_apposition`: composing the title after "Person," (no apposition of its own).
  size_t compose_at(std::span<const MatchUnit> units, size_t i, Mention& m, bool& emit,
                    std::span<const uint8_t> ex_prefixed, bool in_apposition = false) const;
  size_t prefixed_country(std::span<const MatchUnit> units, size_t j, uint32_t& end,
                          Mention& m) const;

 private:
  bool is_person(uint32_t name) const {
    const NameMatch& nm = dict_.name_match(name);
    return !nm.adjective && (dict_.entry(nm.entry).flags & CompiledEntry::kPerson);
  }
  // A country's bare code: "RUS" + "officials". In the engine suites' dictionaries
  // (Dictionary::all_codes_are_countries) any 3-letter code, whose made-up countries may
  // carry codes CAMEO gives to other actors (Ithilen, ITH).
  bool composes_with_agent(const ActorCode& code) const {
    if (code.size != 3) return false;
    if (dict_.all_codes_are_countries()) return all_letters(code.view());
    return !country_of(code.view()).empty();
  }
  // The agent of "<country> and <country> <agent>", seen from the first country ending at
  // word `end` with units[j] next; kNone when the words do not have that shape.
  uint32_t shared_agent(std::span<const MatchUnit> units, size_t j, uint32_t end) const {
    if (j + 1 >= units.size() || end >= words_.size() || words_[end] != dict_.and_word()) {
      return kNone;
    }
    const MatchUnit& second = units[j];
    const MatchUnit& agent = units[j + 1];
    if (second.begin != end + 1 || second.name == kNone || is_person(second.name) ||
        agent.begin != second.end || agent.agent == kNone) {
      return kNone;
    }
    const RoleOnDate r = role_on(dict_, dict_.name_match(second.name).entry, day_);
    return composes_with_agent(r.code) ? agent.agent : kNone;
  }
  // How many words of "former" (1) or "ex -" (2) end right before word `at`, or 0.
  uint32_t former_words(uint32_t at) const {
    if (at >= 1 && words_[at - 1] == dict_.former_word()) return 1;
    if (at >= 2 && words_[at - 1] == dict_.hyphen_word() && words_[at - 2] == dict_.ex_word()) {
      return 2;
    }
    return 0;
  }

  // The end of the unknown name right after a title ending at word `at` ("Gambian President
  // Dawda Jawara"): name-like words up to `limit` (the next match), at most four, with
  // particles only between them; `at` when there is none.
  uint32_t unknown_name_end(uint32_t at, uint32_t limit) const {
    uint32_t end = at;
    for (uint32_t k = at; k < limit && k < at + 4; ++k) {
      if (name_like(text_, tokens_[k])) {
        end = k + 1;
      } else if (end > at && (name_particle(text_, tokens_[k]) || form(k) == "-")) {
        continue;
      } else {
        break;
      }
    }
    return end;
  }
  std::string_view form(uint32_t k) const {
    return text_.substr(tokens_[k].begin, tokens_[k].end - tokens_[k].begin);
  }
  // The code of a title in apposition after a person ending at word `end`, with units[j]
  // next: ", [the|a|an] <title> ," or to the end of the sentence, where the title is a body
  // ("the United Nations Emergency Relief Coordinator": its name-like words after it are
  // the office) or a composed title ("the Russian foreign minister"). Empty otherwise.
  ActorCode apposition_code(std::span<const MatchUnit> units, size_t j, uint32_t end,
                            std::span<const uint8_t> ex_prefixed) const {
    const auto n = static_cast<uint32_t>(words_.size());
    if (end >= n || form(end) != "," || j >= units.size()) return {};
    uint32_t k = end + 1;
    if (k < n && (form(k) == "the" || form(k) == "a" || form(k) == "an")) ++k;
    if (units[j].begin != k && units[j].begin != end + 1) return {};  // "the United Nations"
    Mention title;
    bool emit = false;
    const size_t next = compose_at(units, j, title, emit, ex_prefixed, true);
    if (title.code.empty() || title.entry == kNone) return {};
    const uint32_t flags = dict_.entry(title.entry).flags;
    const bool body = country_of(title.code.view()).empty() && !(flags & CompiledEntry::kPerson);
    if (!body && title.agent == kNone) return {};
    if (title.how == MentionHow::kComposed) return {};  // a person of its own
    uint32_t after = title.token_end;
    size_t rest = next;
    if (body) {  // "the U.N. mediator", "the United Nations Emergency Relief Coordinator"
      while (rest < units.size() && units[rest].begin == after && units[rest].agent != kNone &&
             units[rest].name == kNone) {
        after = units[rest++].end;
      }
      after = unknown_name_end(after, rest < units.size() ? units[rest].begin : n);
    }
    if (after < n && form(after) != "," && form(after) != ".") return {};
    return title.code;
  }
  // The agent that the person's name phrase opens with, when the phrase is longer: the
  // Phoenix names carry titles ("SECRETARY OF STATE WARREN CHRISTOPHER", "PRESIDENT
  // YELTSIN"); kNone when there is none.
  // Only a title of an office (GOV, MIL, LEG, JUD, COP, SPY), the longest, followed by a
  // name-like word of the text: "Christian Lindner" opens with the agent CHRISTIAN (CHR),
  // "PRESIDENT-ELECT REAGAN" with no title before a name.
  uint32_t leading_agent(const MatchUnit& u) const {
    uint32_t node = dict_.root_child(words_[u.begin]);
    uint32_t found = kNone;
    for (uint32_t k = u.begin; node != 0 && k + 1 < u.end; ++k) {
      const uint32_t agent = dict_.node(node).agent;
      node = dict_.child(node, words_[k + 1]);
      if (agent == kNone || !office_sector(dict_.str(dict_.agent(agent).code))) continue;
      if (name_like(text_, tokens_[k + 1])) found = agent;
    }
    return found;
  }
  static bool office_sector(std::string_view s) {
    return s == "GOV" || s == "MIL" || s == "LEG" || s == "JUD" || s == "COP" || s == "SPY";
  }
  // A bare title before an out-of-office person (m.code is their ELI code or empty): the
  // title's sector in the person's country ("President Saddam Hussein", IRQELI -> IRQGOV).
  // Sets m.code and m.role; false (m unchanged) when the person is in office, the title
  // has no sector to give (ELI, a prefix agent) or the person no country.
  // `held`: only an office the person held from a day on or before the text's (for a
  // title inside a name phrase, see below).
  bool titled_if_out_of_office(const MatchUnit& person, uint32_t agent, Mention& m,
                               bool held) const {
    if (agent == kNone || dict_.agent(agent).prefix) return false;
    const std::string_view sector = dict_.str(dict_.agent(agent).code);
    if (sector == "ELI" || sector.empty()) return false;
    if (!is_elite(m.code.view()) && m.how != MentionHow::kOutOfOffice) return false;
    const std::string_view country = country_of(m.code.view());
    ActorCode titled;
    if (country.empty() || !titled.assign(std::string(country) += sector)) return false;
    // A title inside a name phrase is the dictionary's, not the text's: it counts only for
    // an office the tables say the person held by the text's date, so the curated "Prince
    // Charles" stays out of office before he was king, while Phoenix's "PRESIDENT REAGAN"
    // in 2000 is the president he had been. A title in the text always counts.
    const uint32_t entry = dict_.name_match(person.name).entry;
    const uint32_t role = role_with_code(entry, titled.view());
    if (held && role == kNone) return false;
    m.code = titled;
    m.role = role;
    if (m.how == MentionHow::kOutOfOffice) m.how = MentionHow::kComposed;
    return true;
  }
  // The person's role with this code: the one covering the day, else the latest that
  // started on or before it (undated: the latest); kNone when there is none. The row a
  // title points to ("Secretary of State Warren Christopher" -> his USAGOV row).
  uint32_t role_with_code(uint32_t entry, std::string_view code) const {
    const std::span<const CompiledRole> roles = dict_.roles(entry);
    uint32_t best = kNone;
    for (uint32_t i = 0; i < roles.size(); ++i) {
      if (dict_.str(roles[i].code) != code) continue;
      if (day_ != kUnknownDay && roles[i].from <= day_ && day_ < roles[i].to) return i;
      if (day_ != kUnknownDay && roles[i].from > day_) continue;
      if (best == kNone || roles[i].from > roles[best].from) best = i;
    }
    return best;
  }

  const Dictionary& dict_;
  std::span<const uint32_t> words_;
  std::span<const Token> tokens_;
  std::string_view text_;
  Day day_;
};

size_t Composer::compose_at(std::span<const MatchUnit> units, size_t i, Mention& m, bool& emit,
                            std::span<const uint8_t> ex_prefixed, bool in_apposition) const {
  const MatchUnit& u = units[i];
  m = Mention{};
  m.token_begin = u.begin;
  uint32_t end = u.end;
  size_t j = i + 1;
  bool has_agent = false;
  bool has_person = false;
  auto absorb_agents = [&](size_t k) {
    while (k < units.size() && units[k].begin == end && units[k].agent != kNone &&
           units[k].name == kNone) {
      end = units[k].end;
      ++k;
    }
    return k;
  };
  if (u.name != kNone) {
    const NameMatch& nm = dict_.name_match(u.name);
    const RoleOnDate r = role_on(dict_, nm.entry, day_);
    m.entry = nm.entry;
    m.role = r.role;
    m.code = r.code;
    m.how = nm.adjective ? MentionHow::kAdjective : r.how;
    has_person = is_person(u.name);
    if (has_person) titled_if_out_of_office(u, leading_agent(u), m, true);
    if (composes_with_agent(m.code) && j < units.size()) {
      const bool next = units[j].begin == end;
      const bool after_s =
          !nm.adjective && units[j].begin == end + 1 && words_[end] == dict_.possessive_word();
      if (units[j].agent != kNone && (next || after_s)) {
        m.agent = units[j].agent;
        m.code = compose(dict_, m.code, m.agent);
        m.how = MentionHow::kAgent;
        m.role = kNone;
        end = units[j].end;
        j = absorb_agents(j + 1);
        has_agent = true;
      } else if (const uint32_t agent = shared_agent(units, j, end); agent != kNone) {
        // "US and British officials": the agent after the second country is the first's
        // too; the mention keeps its own span.
        m.agent = agent;
        m.code = compose(dict_, m.code, agent);
        m.how = MentionHow::kAgent;
        m.role = kNone;
      }
    }
    // A body or an actor with a sector, then a title, then a person: "U.N. mediator Diego
    // Cordovez", "Hamas leader Ismail Haniyeh". The title is the body's office; the person
    // speaks for the body (its code, below).
    if (!has_agent && !has_person && !m.code.empty() && !composes_with_agent(m.code) &&
        j < units.size() && units[j].begin == end && units[j].agent != kNone &&
        units[j].name == kNone) {
      uint32_t e = end;
      size_t k = j;
      while (k < units.size() && units[k].begin == e && units[k].agent != kNone &&
             units[k].name == kNone) {
        e = units[k].end;
        ++k;
      }
      if (k < units.size() && units[k].begin == e && units[k].name != kNone &&
          is_person(units[k].name)) {
        end = e;
        j = k;
        has_agent = true;
      }
    }
  } else {
    m.agent = u.agent;
    m.how = MentionHow::kAgent;
    has_agent = true;
    j = prefixed_country(units, j, end, m);
    j = absorb_agents(j);
  }
  // "Bree President Romendacil", where the name is no person with dated roles (the
  // engine suites' fictional leaders) and its code is only the country the titled agent
  // already names: the name adds nothing, and the phrase is one mention with the title's
  // code, as the engines code it (first actor + agent), not a second mention of the bare
  // country that the tree would take as the phrase's head.
  if (has_agent && !has_person && j < units.size() && units[j].begin == end &&
      units[j].name != kNone && units[j].agent == kNone && !is_person(units[j].name) &&
      !dict_.name_match(units[j].name).adjective && m.code.size > 3) {
    const RoleOnDate r = role_on(dict_, dict_.name_match(units[j].name).entry, day_);
    if (r.code.size == 3 && r.code.view() == country_of(m.code.view())) {
      end = units[j].end;
      ++j;
    }
  }
  // Title + person. A title is evidence of what the person was when the text was written,
  // and beats the role tables (the date may be unknown, and the tables are coarse):
  //   - a title that names its country or body ("U.S. Secretary of State", "Iraqi
  //     President", "U.N. mediator") gives its code, unless the person's role on the date
  //     is that code made more specific (title USAGOV, role USAGOVLEG);
  //   - a bare title ("President Saddam Hussein") leaves the person's role when it is an
  //     office, and makes an out-of-office person (ELI) the title's sector of their
  //     country: IRQELI + President -> IRQGOV;
  //   - "former" still demotes all of it (below).
  // Without a title ("Russian Boris Yeltsin") the person's role wins; the country's code
  // stays when the person has none on the date, or when the person's code is only a
  // country and the country's says more ("Bree Romendacil").
  if (!has_person && j < units.size() && units[j].begin == end && units[j].name != kNone &&
      is_person(units[j].name)) {
    const uint32_t entry = dict_.name_match(units[j].name).entry;
    const RoleOnDate r = role_on(dict_, entry, day_);
    m.entry = entry;
    bool out_of_office = r.how == MentionHow::kOutOfOffice || is_elite(r.code.view());
    ActorCode code = r.code;
    uint32_t role = r.role;
    if (has_agent && !m.code.empty()) {
      const bool person_more_specific =
          r.code.size > m.code.size && r.code.view().substr(0, m.code.size) == m.code.view();
      if (!person_more_specific) {
        code = m.code;
        role = role_with_code(entry, code.view());
        out_of_office = is_elite(code.view());
      }
    } else if (has_agent && m.agent != kNone && out_of_office) {
      Mention titled;
      titled.code = r.code;
      titled.how = r.how;
      if (titled_if_out_of_office(units[j], m.agent, titled, false)) {
        code = titled.code;
        role = titled.role;
        out_of_office = false;
      }
    } else if (!has_agent) {
      const bool title_says_more =
          r.code.size == 3 && m.code.size > 3 && m.code.view().substr(0, 3) == r.code.view();
      if (r.code.empty() || title_says_more) {
        code = m.code;
        role = m.role;
      }
    }
    if (!has_agent && out_of_office) {
      // A title inside the person's own name ("PRESIDENT BORIS YELTSIN").
      Mention titled;
      titled.code = r.code;
      titled.how = r.how;
      if (titled_if_out_of_office(units[j], leading_agent(units[j]), titled, true)) {
        code = titled.code;
        role = titled.role;
        out_of_office = false;
      }
    }
    if (!code.empty()) {
      m.code = code;
      m.role = role;
    }
    m.how = out_of_office ? MentionHow::kOutOfOffice : MentionHow::kComposed;
    end = units[j].end;
    ++j;
    has_person = true;
  } else if (has_agent && !has_person) {
    // Title + a name the dictionary does not know: "Gambian President Dawda Jawara" is one
    // mention with the title's code.
    // After a plural agent ("British aid workers David Haines") one name-like word is more
    // often a capitalized headline's ("fighters About") than a name: two are needed.
    const uint32_t limit = j < units.size() ? units[j].begin : static_cast<uint32_t>(words_.size());
    const uint32_t name_end = unknown_name_end(end, limit);
    const std::string_view last = form(end - 1);
    const bool plural = last.size() > 3 && last.back() == 's' && last[last.size() - 2] != 's';
    if (!plural || name_end >= end + 2) end = name_end;
  }
  // Person, then a title in apposition: "Kenzo Oshima, the United Nations Emergency Relief
  // Coordinator, said" -> IGOUNO. Evidence like a title before the name; the apposition
  // stays a mention of its own.
  if (has_person && !has_agent && !in_apposition) {
    const ActorCode titled = apposition_code(units, j, end, ex_prefixed);
    if (!titled.empty()) {
      m.code = titled;
      m.role = role_with_code(m.entry, titled.view());
      m.how = MentionHow::kComposed;
    }
  }
  // "King Hassan of Morocco", "Queen Beatrix of the Netherlands": the country named
  // after the person is the text's own word on whose office it is, and beats a table's
  // guess for an ambiguous name (HASSAN is also a Jordanian prince). The phrase is one
  // mention, as "Moroccan King Hassan" would be.
  if (has_person && !in_apposition && end < words_.size() && form(end) == "of" &&
      j < units.size() && units[j].begin == end + 1 && units[j].name != kNone &&
      units[j].agent == kNone && !is_person(units[j].name) &&
      !dict_.name_match(units[j].name).adjective && !m.code.empty()) {
    const RoleOnDate r = role_on(dict_, dict_.name_match(units[j].name).entry, day_);
    if (r.code.size == 3 && composes_with_agent(r.code)) {
      if (country_of(m.code.view()) != r.code.view()) {
        ActorCode code;
        code.assign(std::string(r.code.view()) + std::string(m.code.view().substr(3)));
        m.code = code;
        m.role = kNone;
        m.how = MentionHow::kComposed;
      }
      end = units[j].end;
      ++j;
    }
  }
  // "former" demotes a title or person (not a place: "the former Yugoslavia").
  if (has_agent || has_person) {
    const uint32_t former = former_words(m.token_begin);
    // "former" may also open the title itself: the Phoenix agent "FORMER PRESIDENT" (ELI)
    // before a person would otherwise give way to the person's current role.
    const bool opens_title = words_[m.token_begin] == dict_.former_word();
    if (former > 0 || opens_title || ex_prefixed[m.token_begin]) {
      m.token_begin -= former;
      m.code = elite_of(m.code.view());
      m.how = MentionHow::kOutOfOffice;
    }
  }
  m.token_end = end;
  m.confidence = m.code.empty() ? 0.3f : confidence_of(m.how);
  // An engine suite's "former security officials" stays an agent, demoted: TABARI and
  // the suites' gold compose it with its country as ELI ("Arnor former security
  // officials" ARNELI). dyad's own dictionaries leave a countryless former official out.
  const bool former_agent = dict_.all_codes_are_countries() && u.name == kNone &&
                            m.agent != kNone && m.how == MentionHow::kOutOfOffice;
  emit = !m.code.empty() || (u.name == kNone && m.how == MentionHow::kAgent) || former_agent;
  return j;
}

// An engine suite's prefix agent right before a country: "MSF Arnor" is NGOARN, and "an
// MSF Arnor diplomat" NGOARNGOV, as TABARI and PETRARCH compose them ([NGO~]). Only with
// an engine suite's dictionary (Dictionary::all_codes_are_countries): dyad's own prefix
// agents ("aid agencies") come after their country ("French aid agencies"). Returns the
// next unit, `end` and `m` moved past what it took.
size_t Composer::prefixed_country(std::span<const MatchUnit> units, size_t j, uint32_t& end,
                                  Mention& m) const {
  if (!dict_.all_codes_are_countries() || m.agent == kNone || !dict_.agent(m.agent).prefix ||
      j >= units.size() || units[j].begin != end || units[j].name == kNone ||
      units[j].agent != kNone || is_person(units[j].name)) {
    return j;
  }
  const uint32_t entry = dict_.name_match(units[j].name).entry;
  const RoleOnDate r = role_on(dict_, entry, day_);
  if (r.code.size != 3 || !composes_with_agent(r.code)) return j;
  // "Human rights activists Amnesty International": the body is already of that kind.
  if (r.code.view() == dict_.str(dict_.agent(m.agent).code)) return j;
  m.entry = entry;
  m.code = compose(dict_, r.code, m.agent);
  end = units[j].end;
  ++j;
  if (j < units.size() && units[j].begin == end && units[j].agent != kNone &&
      units[j].name == kNone) {
    m.code = compose(dict_, m.code, units[j].agent);
    end = units[j].end;
    ++j;
  }
  return j;
}

}  // namespace

std::string_view country_of(std::string_view code) {
  if (code.size() < 3) return {};
  const std::string_view head = code.substr(0, 3);
  if (!all_letters(head)) return {};
  if (std::binary_search(kNotCountry.begin(), kNotCountry.end(), head)) return {};
  return head;
}

RoleOnDate role_on(const Dictionary& dict, uint32_t entry, Day day) {
  const std::span<const CompiledRole> roles = dict.roles(entry);
  const uint32_t flags = dict.entry(entry).flags;
  const bool person = flags & CompiledEntry::kPerson;
  const MentionHow in_role =
      flags & CompiledEntry::kMetonym ? MentionHow::kMetonym : MentionHow::kName;
  RoleOnDate out;
  auto take = [&](uint32_t i, MentionHow how) {
    out.role = i;
    out.code.assign(dict.str(roles[i].code));
    out.how = how;
    return out;
  };
  uint32_t best = kNone;
  uint32_t best_office = kNone;  // undated: the latest dated role that is not ELI
  uint32_t fallback = kNone;     // the default row
  for (uint32_t i = 0; i < roles.size(); ++i) {
    const CompiledRole& r = roles[i];
    if (r.is_default()) {
      if (fallback == kNone) fallback = i;
      continue;
    }
    const bool covers = day == kUnknownDay ? true : r.from <= day && day < r.to;
    if (covers && (best == kNone || r.from > roles[best].from)) best = i;
    if (covers && !is_elite(dict.str(r.code)) &&
        (best_office == kNone || r.from > roles[best_office].from)) {
      best_office = i;
    }
  }
  // Undated text: a person is named for the office that made them news, their latest
  // one ("Warren Christopher" in an undated sentence is USAGOV, not USAELI, though the
  // imported table's last row is a dated USAELI); other entries keep their default (the
  // Taliban are AFGREB, not the 2021 government).
  if (day == kUnknownDay) {
    if (person && best_office != kNone) return take(best_office, in_role);
    if (person && best != kNone) return take(best, in_role);
    if (fallback != kNone) return take(fallback, in_role);
    return best != kNone ? take(best, in_role) : out;
  }
  if (best != kNone) return take(best, in_role);
  if (fallback != kNone) return take(fallback, person ? MentionHow::kOutOfOffice : in_role);
  // Out of office with no default row: the nearest role in time gives the country.
  int64_t best_distance = INT64_MAX;
  uint32_t nearest = kNone;
  for (uint32_t i = 0; i < roles.size(); ++i) {
    const CompiledRole& r = roles[i];
    const int64_t distance = day >= r.to ? int64_t{day} - r.to + 1 : int64_t{r.from} - int64_t{day};
    if (distance < best_distance || (distance == best_distance && r.from > roles[nearest].from)) {
      best_distance = distance;
      nearest = i;
    }
  }
  if (nearest == kNone) return out;
  out.code = elite_of(dict.str(roles[nearest].code));
  if (out.code.empty()) return out;
  out.role = nearest;
  out.how = MentionHow::kOutOfOffice;
  return out;
}

namespace {

// The dictionary's candidate matches in a sentence's words (scratch.words, .matches and
// .ex_prefixed), before any is kept or composed.
void intern_candidates(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                       ResolveScratch& scratch) {
  intern_words(dict, tokens, text, scratch.words, scratch.key);
  // "ex-President" is one token (the tokenizer keeps the ex- prefix): look the rest up and
  // remember the prefix, which demotes like "former".
  std::vector<uint8_t>& ex = scratch.ex_prefixed;
  ex.assign(tokens.size(), 0);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view form = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    if (scratch.words[i] == kUnknownWord && form.size() > 3 && (form[0] == 'e' || form[0] == 'E') &&
        form[1] == 'x' && form[2] == '-') {
      scratch.words[i] = dict.intern(form.substr(3), scratch.key);
      ex[i] = scratch.words[i] != kUnknownWord;
    }
  }
  // TABARI stems: a word no name spells out may begin with one ("Eriadorian" with the
  // stem ERIADOR). Engine-suite dictionaries only (Dictionary::has_stems).
  if (dict.has_stems()) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (scratch.words[i] != kUnknownWord) continue;
      scratch.key.clear();
      append_word_key(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin), scratch.key);
      scratch.words[i] = dict.stem_of(scratch.key);
    }
  }
}

void find_candidates(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                     ResolveScratch& scratch) {
  intern_candidates(dict, tokens, text, scratch);
  scratch.matches.clear();
  match_longest(dict, scratch.words, scratch.matches);
}

// The text and token ranges of `doc`, hashed: what interned words depend on.
uint64_t fingerprint(const Document& doc) {
  uint64_t h = std::hash<std::string_view>{}(doc.text);
  for (const Token& t : doc.tokens) h = (h ^ (uint64_t{t.begin} << 32 | t.end)) * 0x100000001b3ull;
  return h;
}

// Whether scratch.interned holds words may_mention interned from `doc` as it is now.
bool kept_for(const Document& doc, const ResolveScratch& scratch) {
  const InternedDocument& kept = scratch.interned;
  return kept.doc == &doc && kept.words.size() == doc.tokens.size() &&
         kept.sentence_kept.size() == doc.sentences.size() && kept.fingerprint == fingerprint(doc);
}

// find_candidates for sentence `s` of `doc`, from the words may_mention kept when
// `use_kept` (kept_for).
void find_document_candidates(const Dictionary& dict, const Document& doc, uint32_t s,
                              bool use_kept, ResolveScratch& scratch) {
  const Sentence& sentence = doc.sentences[s];
  const InternedDocument& kept = scratch.interned;
  if (!use_kept || !kept.sentence_kept[s]) {
    const std::span<const Token> all(doc.tokens);
    find_candidates(dict, all.subspan(sentence.token_begin, sentence.size()), doc.text, scratch);
    return;
  }
  scratch.words.assign(kept.words.begin() + sentence.token_begin,
                       kept.words.begin() + sentence.token_end);
  scratch.ex_prefixed.assign(kept.ex_prefixed.begin() + sentence.token_begin,
                             kept.ex_prefixed.begin() + sentence.token_end);
  scratch.matches.clear();
  match_longest(dict, scratch.words, scratch.matches);
}

// ---- surnames (resolver.h) ----

// Does a dated role of the entry cover the day (a default row does not: it says nothing
// of when the person was in the news)? `office`: only a role that is not ELI.
bool dated_role_on(const Dictionary& dict, uint32_t entry, Day day, bool office) {
  for (const CompiledRole& r : dict.roles(entry)) {
    if (r.is_default() || r.from > day || day >= r.to) continue;
    if (!office || !is_elite(dict.str(r.code))) return true;
  }
  return false;
}

// The one person row left after keeping those `keep` accepts; kNone when none or several
// are. `rows` is narrowed to the kept ones when any are.
template <typename Keep>
uint32_t narrow(std::vector<SurnameEntry>& rows, Keep keep) {
  std::vector<SurnameEntry> kept;
  for (const SurnameEntry& r : rows) {
    if (keep(r)) kept.push_back(r);
  }
  if (kept.size() == 1) return kept[0].name;
  if (!kept.empty()) rows = std::move(kept);
  return kNone;
}

// Does a name of `entry` start with `word` ("Carlos" of "CARLOS SAUL MENEM"; not
// "Ahmed" of "ABIY AHMED ALI")?
bool name_starts_with(const Dictionary& dict, uint32_t entry, uint32_t word, std::string& key) {
  for (const NameMatch& nm : dict.names_of(entry)) {
    const std::string_view phrase = dict.str(nm.phrase);
    if (dict.intern(phrase.substr(0, phrase.find(' ')), key) == word) return true;
  }
  return false;
}

// What the words around a surname say of it.
struct SurnameContext {
  uint32_t first_name = kUnknownWord;  // "Carlos" of "Carlos Menem", else kUnknownWord
  bool titled = false;                 // a title unit right before it ("President")
};

// The name standing for the person a surname names (resolver.h, "surname"), or kNone.
uint32_t person_by_surname(const Dictionary& dict, uint32_t surname, const SurnameContext& context,
                           Day day, std::span<const uint32_t> named_in_full, std::string& key) {
  const std::span<const SurnameEntry> all = dict.surname_persons(surname);
  std::vector<SurnameEntry> rows(all.begin(), all.end());
  auto entry = [&](const SurnameEntry& r) { return dict.name_match(r.name).entry; };
  if (context.first_name != kUnknownWord) {
    std::erase_if(rows, [&](const SurnameEntry& r) {
      return !name_starts_with(dict, entry(r), context.first_name, key);
    });
    if (rows.empty()) return kNone;
    // First name and surname of the one person with that surname are a name, whatever
    // the date ("former president Carlos Menem" in 2000, out of office).
    if (all.size() == 1) return rows[0].name;
  }
  // "Clinton" after "Hillary Clinton" is Hillary, whoever else held an office that day.
  const uint32_t earlier = narrow(rows, [&](const SurnameEntry& r) {
    return std::find(named_in_full.begin(), named_in_full.end(), entry(r)) != named_in_full.end();
  });
  if (earlier != kNone) return earlier;
  // Undated text has no date to tell persons apart, and a surname alone is too often
  // someone the dictionary does not know ("Penn", "Valle" in undated crime reports): only
  // a title makes it the one person of that surname ("President Mugabe").
  if (day == kUnknownDay) return context.titled && all.size() == 1 ? all[0].name : kNone;
  // "Bush" in 2005 is the son: the father held no dated role then. An office on the date
  // comes first: the imported tables give most persons a dated ELI row for the years
  // before their office ("DENNIS C. BLAIR" USAELI 1965-2009), and "Blair" in 2005 is the
  // prime minister, not every Blair of the elite.
  const uint32_t office =
      narrow(rows, [&](const SurnameEntry& r) { return dated_role_on(dict, entry(r), day, true); });
  if (office != kNone) return office;
  return narrow(rows,
                [&](const SurnameEntry& r) { return dated_role_on(dict, entry(r), day, false); });
}

// A word that says the capitalized word after it is a place, not a person: "in Jackson",
// "to Rubio". Persons after "to" and "from" are lost with them, a price for never
// reading a town the gazetteer knows and the actor dictionary does not as a person.
bool place_preposition(std::string_view form) {
  static constexpr std::string_view kWords[] = {"in", "at", "near", "to",   "from", "into",
                                                "In", "At", "Near", "From", "To"};
  return std::find(std::begin(kWords), std::end(kWords), form) != std::end(kWords);
}

// The first word of the particle before word i ("al -" of "al-Hariri", "de" of "de
// Gaulle"), or i when there is none.
uint32_t particle_before(std::string_view text, std::span<const Token> tokens, uint32_t i) {
  auto form = [&](uint32_t k) {
    return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  if (i >= 2 && form(i - 1) == "-" &&
      (form(i - 2) == "al" || form(i - 2) == "el" || form(i - 2) == "Al" || form(i - 2) == "El")) {
    return i - 2;
  }
  if (i >= 1 &&
      (name_particle(text, tokens[i - 1]) || form(i - 1) == "al-" || form(i - 1) == "el-")) {
    return i - 1;
  }
  return i;
}

// Persons matched by a name of two or more words (units from the trie): the document's
// full mentions, which later surnames refer back to.
void note_full_names(const Dictionary& dict, std::span<const MatchUnit> units,
                     std::vector<uint32_t>& named_in_full) {
  for (const MatchUnit& u : units) {
    if (u.name == kNone || u.end - u.begin < 2) continue;
    const NameMatch& nm = dict.name_match(u.name);
    if (nm.adjective || !(dict.entry(nm.entry).flags & CompiledEntry::kPerson)) continue;
    if (std::find(named_in_full.begin(), named_in_full.end(), nm.entry) == named_in_full.end()) {
      named_in_full.push_back(nm.entry);
    }
  }
}

// Adds a unit for every surname that names one person (person_by_surname) among the words
// no unit covers, keeping `units` sorted. A first name before the surname joins its unit
// (replacing a one-word match of its own); a title unit before it ("President") stays, for
// composition to join. A surname after an unknown first name blocks it for the document.
void add_surname_units(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                       Day day, ResolveScratch& scratch) {
  std::vector<MatchUnit>& units = scratch.units;
  const std::span<const uint32_t> words = scratch.words;
  const auto n = static_cast<uint32_t>(tokens.size());
  std::vector<uint32_t>& unit_at = scratch.unit_at;
  unit_at.assign(n, kNone);
  for (uint32_t u = 0; u < units.size(); ++u) {
    for (uint32_t k = units[u].begin; k < units[u].end; ++k) unit_at[k] = u;
  }
  auto form = [&](uint32_t k) {
    return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  auto name_word = [&](uint32_t k) { return k < n && name_like(text, tokens[k]); };
  std::vector<uint32_t>& blocked = scratch.blocked_surnames;
  auto block = [&](uint32_t word) {
    if (std::find(blocked.begin(), blocked.end(), word) == blocked.end()) blocked.push_back(word);
  };
  std::vector<MatchUnit> added;
  std::vector<uint32_t> replaced;  // one-word units a first name took over
  for (uint32_t i = 0; i < n; ++i) {
    if (unit_at[i] != kNone || !name_word(i)) continue;
    if (!dict.is_surname(words[i])) continue;
    // "Nasr al-Hariri" (al - Hariri), "Charles de Gaulle": a surname after a particle
    // that follows a name-like word ends a longer name; the dictionary does not know
    // it (else the trie had matched it), and a later "Hariri" may be that person.
    if (const uint32_t p = particle_before(text, tokens, i); p < i && p > 0 && name_word(p - 1)) {
      block(words[i]);
      continue;
    }
    if (name_word(i + 1) || (i + 1 < n && name_particle(text, tokens[i + 1]))) continue;
    if (i > 0 && place_preposition(form(i - 1))) continue;
    SurnameContext context;
    uint32_t begin = i;
    const uint32_t before = i > 0 ? unit_at[i - 1] : kNone;
    context.titled = before != kNone && units[before].agent != kNone &&
                     units[before].name == kNone && units[before].end == i;
    if (i > 0 && name_word(i - 1) && !context.titled) {
      // A first name: a word of the person's names, alone before the surname ("Carlos
      // Menem", not "Alvaro Gomez Sanchez" nor "Valle Valle").
      const bool alone = i < 2 || !name_word(i - 2);
      const bool one_word = before == kNone || units[before].begin == i - 1;
      if (!alone || !one_word || words[i - 1] == words[i]) {
        block(words[i]);
        continue;
      }
      context.first_name = words[i - 1];
      begin = i - 1;
    }
    if (std::find(blocked.begin(), blocked.end(), words[i]) != blocked.end()) continue;
    const uint32_t name =
        context.first_name == kUnknownWord && begin < i
            ? kNone
            : person_by_surname(dict, words[i], context, day, scratch.named_in_full, scratch.key);
    if (name == kNone) {
      if (begin < i) block(words[i]);  // "Grace Mugabe": a later "Mugabe" may be her
      continue;
    }
    if (begin < i && before != kNone) replaced.push_back(before);
    added.push_back(MatchUnit{begin, i + 1, name, kNone});
  }
  if (added.empty()) return;
  for (auto it = replaced.rbegin(); it != replaced.rend(); ++it) {
    units.erase(units.begin() + *it);
  }
  units.insert(units.end(), added.begin(), added.end());
  std::sort(units.begin(), units.end(),
            [](const MatchUnit& a, const MatchUnit& b) { return a.begin < b.begin; });
}

// Whether a word may be read as a surname (add_surname_units, before tags are known).
bool may_be_surname(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                    std::span<const uint32_t> words) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (dict.is_surname(words[i]) && has_capital(text, tokens[i])) return true;
  }
  return false;
}

// Resolves the candidates find_candidates left in scratch.
void resolve_candidates(const Dictionary& dict, std::span<const Token> tokens,
                        std::string_view text, Day day, uint32_t first_token,
                        ResolveScratch& scratch, std::vector<Mention>& out) {
  std::vector<uint8_t>& ex = scratch.ex_prefixed;
  std::vector<MatchUnit>& units = scratch.units;
  units.clear();
  for (size_t mi = 0; mi < scratch.matches.size(); ++mi) {
    const TrieMatch& t = scratch.matches[mi];
    const TrieNode& n = dict.node(t.node);
    MatchUnit u{t.begin, t.end, n.name, n.agent};
    if (u.name != kNone && dict.name_match(u.name).needs_capital &&
        !has_capital(text, tokens[t.begin])) {
      u.name = kNone;  // "organization" is not the group ORGANIZATION (dictionary.h)
      if (u.agent == kNone) continue;
    }
    if (u.name != kNone) {
      const NameMatch& nm = dict.name_match(u.name);
      if (!nm.adjective && (dict.entry(nm.entry).flags & CompiledEntry::kPerson) &&
          person_match_collides(dict, tokens, text, scratch.words, scratch.matches, mi, nm.entry,
                                scratch.key)) {
        u.name = kNone;
        if (u.agent == kNone) continue;
      }
    }
    units.push_back(u);
  }
  note_full_names(dict, units, scratch.named_in_full);
  add_surname_units(dict, tokens, text, day, scratch);
  const Composer composer(dict, scratch.words, tokens, text, day);
  size_t i = 0;
  while (i < units.size()) {
    Mention m;
    bool emit = false;
    i = composer.compose_at(units, i, m, emit, ex);
    if (!emit) continue;
    m.token_begin += first_token;
    m.token_end += first_token;
    out.push_back(m);
  }
}

}  // namespace

bool may_mention(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                 ResolveScratch& scratch) {
  find_candidates(dict, tokens, text, scratch);
  return !scratch.matches.empty() || may_be_surname(dict, tokens, text, scratch.words);
}

bool may_mention(const Dictionary& dict, const Document& doc, uint32_t sentence,
                 ResolveScratch& scratch) {
  InternedDocument& kept = scratch.interned;
  if (kept.doc != &doc || sentence <= kept.last_sentence ||
      kept.words.size() != doc.tokens.size() || kept.sentence_kept.size() != doc.sentences.size()) {
    kept.doc = &doc;
    kept.words.assign(doc.tokens.size(), kUnknownWord);
    kept.ex_prefixed.assign(doc.tokens.size(), 0);
    kept.sentence_kept.assign(doc.sentences.size(), 0);
    kept.fingerprint = fingerprint(doc);
  }
  kept.last_sentence = sentence;
  const Sentence& s = doc.sentences[sentence];
  const auto tokens = std::span<const Token>(doc.tokens).subspan(s.token_begin, s.size());
  const bool found = may_mention(dict, tokens, doc.text, scratch);
  std::copy(scratch.words.begin(), scratch.words.end(), kept.words.begin() + s.token_begin);
  std::copy(scratch.ex_prefixed.begin(), scratch.ex_prefixed.end(),
            kept.ex_prefixed.begin() + s.token_begin);
  kept.sentence_kept[sentence] = 1;
  return found;
}

void resolve_sentence(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                      Day day, uint32_t first_token, ResolveScratch& scratch,
                      std::vector<Mention>& out) {
  scratch.named_in_full.clear();
  scratch.blocked_surnames.clear();
  find_candidates(dict, tokens, text, scratch);
  resolve_candidates(dict, tokens, text, day, first_token, scratch, out);
}

void resolve_document(const Dictionary& dict, const Document& doc, ResolveScratch& scratch,
                      std::vector<Mention>& out) {
  const std::optional<Day> parsed = parse_day(doc.date);
  const Day day = parsed ? *parsed : kUnknownDay;
  const std::span<const Token> all(doc.tokens);
  scratch.named_in_full.clear();
  scratch.blocked_surnames.clear();
  const bool use_kept = kept_for(doc, scratch);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    find_document_candidates(dict, doc, s, use_kept, scratch);
    resolve_candidates(dict, all.subspan(sentence.token_begin, sentence.size()), doc.text, day,
                       sentence.token_begin, scratch, out);
  }
  scratch.interned.doc = nullptr;  // used up: the next document starts anew
}

ActorCode compose_agent(const Dictionary& dict, const ActorCode& actor, uint32_t agent) {
  return compose(dict, actor, agent);
}

}  // namespace dyad::actors

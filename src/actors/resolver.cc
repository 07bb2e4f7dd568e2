#include "actors/resolver.h"

#include <algorithm>
#include <array>
#include <optional>

#include "actors/actors_tsv.h"

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

class Composer {
 public:
  Composer(const Dictionary& dict, std::span<const uint32_t> words, Day day)
      : dict_(dict), words_(words), day_(day) {}

  // Composes units[i...] into one mention; returns the index of the first unit not used.
  size_t compose_at(std::span<const MatchUnit> units, size_t i, Mention& m, bool& emit,
                    std::span<const uint8_t> ex_prefixed) const;

 private:
  bool is_person(uint32_t name) const {
    const NameMatch& nm = dict_.name_match(name);
    return !nm.adjective && (dict_.entry(nm.entry).flags & CompiledEntry::kPerson);
  }
  bool composes_with_agent(const ActorCode& code) const {
    return code.size == 3 && !country_of(code.view()).empty();
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

  const Dictionary& dict_;
  std::span<const uint32_t> words_;
  Day day_;
};

size_t Composer::compose_at(std::span<const MatchUnit> units, size_t i, Mention& m, bool& emit,
                            std::span<const uint8_t> ex_prefixed) const {
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
  } else {
    m.agent = u.agent;
    m.how = MentionHow::kAgent;
    has_agent = true;
    j = absorb_agents(j);
  }
  // Title + person: the person's role wins; the title's code stays when the person has
  // none on the date, or when the person's code is only a country and the title says
  // more ("Bree President Romendacil", with Romendacil coded BRE, is BREGOV).
  if (!has_person && j < units.size() && units[j].begin == end && units[j].name != kNone &&
      is_person(units[j].name)) {
    const uint32_t entry = dict_.name_match(units[j].name).entry;
    const RoleOnDate r = role_on(dict_, entry, day_);
    m.entry = entry;
    const bool title_says_more =
        r.code.size == 3 && m.code.size > 3 && m.code.view().substr(0, 3) == r.code.view();
    if (!r.code.empty() && !title_says_more) {
      m.code = r.code;
      m.role = r.role;
    }
    m.how = r.how == MentionHow::kOutOfOffice ? MentionHow::kOutOfOffice : MentionHow::kComposed;
    end = units[j].end;
    ++j;
    has_person = true;
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
  emit = !m.code.empty() || (u.name == kNone && m.how == MentionHow::kAgent);
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
  uint32_t fallback = kNone;  // the default row
  for (uint32_t i = 0; i < roles.size(); ++i) {
    const CompiledRole& r = roles[i];
    if (r.is_default()) {
      if (fallback == kNone) fallback = i;
      continue;
    }
    const bool covers = day == kUnknownDay ? true : r.from <= day && day < r.to;
    if (covers && (best == kNone || r.from > roles[best].from)) best = i;
  }
  // Undated text: a person is named for the office that made them news, their latest
  // one ("Secretary of State Warren Christopher" in an undated sentence is USAGOV, not
  // USAELI); other entries keep their default (the Taliban are AFGREB, not the 2021
  // government).
  if (day == kUnknownDay) {
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

void resolve_sentence(const Dictionary& dict, std::span<const Token> tokens, std::string_view text,
                      Day day, uint32_t first_token, ResolveScratch& scratch,
                      std::vector<Mention>& out) {
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
  scratch.matches.clear();
  match_longest(dict, scratch.words, scratch.matches);
  std::vector<MatchUnit>& units = scratch.units;
  units.clear();
  for (const TrieMatch& t : scratch.matches) {
    const TrieNode& n = dict.node(t.node);
    MatchUnit u{t.begin, t.end, n.name, n.agent};
    if (u.name != kNone && dict.name_match(u.name).needs_capital &&
        !has_capital(text, tokens[t.begin])) {
      u.name = kNone;  // "organization" is not the group ORGANIZATION (dictionary.h)
      if (u.agent == kNone) continue;
    }
    units.push_back(u);
  }
  const Composer composer(dict, scratch.words, day);
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

void resolve_document(const Dictionary& dict, const Document& doc, ResolveScratch& scratch,
                      std::vector<Mention>& out) {
  const std::optional<Day> parsed = parse_day(doc.date);
  const Day day = parsed ? *parsed : kUnknownDay;
  const std::span<const Token> all(doc.tokens);
  for (const Sentence& s : doc.sentences) {
    resolve_sentence(dict, all.subspan(s.token_begin, s.size()), doc.text, day, s.token_begin,
                     scratch, out);
  }
}

}  // namespace dyad::actors

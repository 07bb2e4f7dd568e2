#pragma once
// The editable form of dyad's actor data, in memory: what the TSV files under
// data/src/actors say (docs/formats/actors.md) and what the TABARI and PETRARCH
// importers produce. The compiled dictionary (trie, string pool) is built from these.
//
// Plain value types; no invariants beyond what the loaders check. `origin` fields keep
// "file:line" so that later checks (collisions, overlaps) can name the place.

#include <cstdint>
#include <string>
#include <vector>

namespace dyad::actors {

// A calendar day as days since 1970-01-01 (proleptic Gregorian). Open bounds use the
// sentinels, so "from <= day < to" needs no special cases.
using Day = std::int32_t;
inline constexpr Day kOpenStart = INT32_MIN;
inline constexpr Day kOpenEnd = INT32_MAX;

// One role of an entry: a CAMEO actor code held over [from, to). A row with both bounds
// open is the entry's default, used on days no dated role covers.
struct RoleRow {
  std::string code;  // "USAGOV", "CHN", "IGOUNO"
  Day from = kOpenStart;
  Day to = kOpenEnd;
  std::string note;    // "President of the United States"
  std::string origin;  // "file:line"

  bool is_default() const { return from == kOpenStart && to == kOpenEnd; }
};

enum class NameKind : std::uint8_t { kName, kAdjective };

// A phrase that names the entry, words separated by single spaces ("Xi Jinping").
struct NameRow {
  std::string phrase;
  NameKind kind = NameKind::kName;
  std::string origin;
  // TABARI stem (a phrase written without a final "_"): its last word also matches any
  // longer word it begins ("ERIADOR" names "Eriadori", "Eriadorian"). Only the in-memory
  // import of engine-suite dictionaries sets it; dyad's TSV has no such rows.
  bool stem = false;
};

struct ActorEntry {
  std::string id;  // UPPER_SNAKE: "JOE_BIDEN", "CHN", "WHITE_HOUSE"
  std::vector<NameRow> names;
  std::vector<RoleRow> roles;
  std::string origin;  // where the entry first appeared
  // PETRARCH/TABARI "[FRO/BIL/SAM]": the entry is all of its default codes at once (one
  // event per code), not one of them. Only the in-memory import of engine-suite
  // dictionaries sets it (ActorImportOptions::joint_codes); dyad's TSV cannot say it.
  bool joint_codes = false;
};

// TABARI [~GOV] attaches after the actor code (CHN + GOV); [NGO~] before it.
enum class AgentAttach : std::uint8_t { kSuffix, kPrefix };

struct AgentRow {
  std::string phrase;  // "Foreign Ministry", "troops"
  std::string code;    // "GOV", "MIL"
  AgentAttach attach = AgentAttach::kSuffix;
  std::string note;
  std::string origin;
};

// Everything the actor stage is built from.
struct ActorSources {
  std::vector<ActorEntry> entries;
  std::vector<AgentRow> agents;
  // Every 3-letter code is a country that composes with agents ("Ithilen's president",
  // ITH + GOV). For the engine suites' fictional dictionaries only, whose made-up
  // countries may take codes that CAMEO gives to other actors (ITH, atheists); dyad's own
  // data leaves it off, so country_of decides there.
  bool all_codes_are_countries = false;
  // Match keys of words never read as a surname alone (surname_exclusions.tsv): common
  // English words and name suffixes that end person names ("Rice", "Jr").
  std::vector<std::string> surname_exclusions;
};

}  // namespace dyad::actors

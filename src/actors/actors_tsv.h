#pragma once
// The text form of dyad's actor data (docs/formats/actors.md): reading and writing
// `*.actors.tsv` and `agents.tsv` into and from ActorSources, loading a whole
// data/src/actors folder with the documented load order and override rule, and the
// checks the data needs (overlapping roles, duplicate rows).
//
// Strictness. Every error names the file and line and says what was expected and what was
// found ("people.actors.tsv:12: column 'from': expected a date YYYY-MM-DD, found
// '2021-02-30'"). Impossible dates are errors. Problems that do not make the data
// unusable (two entries claiming one name, overlapping roles) are warnings: strings in
// the same "file:line: ..." form, returned to the caller, never printed.
//
// Hand-written rather than src/ontology/tsv: the actor format lets rows drop trailing
// empty fields ("JOE_BIDEN<TAB>name<TAB>Joe Biden") and allows comments and blank lines
// anywhere, and the actors stage does not link ontology.
//
// Writers sort entries by id (rows grouped per entry, names, adjectives, then roles in the
// order given) and agents by phrase, so regenerated files give small diffs. They refuse
// values the reader would refuse, so a written file always reads back equal.
//
// Thread-safety: pure functions; no shared state.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_source.h"
#include "core/status.h"

namespace dyad::actors {

// ---- Dates -------------------------------------------------------------------------

// "2021-01-20" -> days since 1970-01-01; nullopt for anything else, including impossible
// dates ("2021-02-29", "2023-13-01").
std::optional<Day> parse_day(std::string_view text);
// Days since 1970-01-01 -> "YYYY-MM-DD"; the open sentinels give "".
std::string format_day(Day day);

// ---- One file ----------------------------------------------------------------------

// Parses an actor file. Rows of one entry id are gathered into one ActorEntry (in order of
// first appearance), each row keeping "path:line" as its origin. `path` is used only in
// messages and origins.
Result<std::vector<ActorEntry>> parse_actor_tsv(std::string_view text, const std::string& path);
Result<std::vector<ActorEntry>> read_actor_tsv(const std::string& path);

Result<std::vector<AgentRow>> parse_agents_tsv(std::string_view text, const std::string& path);
Result<std::vector<AgentRow>> read_agents_tsv(const std::string& path);

// Formats entries as an actor file. `comment` (may be empty, may hold several lines) is
// written first, each line prefixed by "# ": say where the data came from. Fails, naming
// the entry, on a value the reader would refuse (tab in a field, bad id, bad code,
// from >= to, name row with dates).
Result<std::string> format_actor_tsv(std::span<const ActorEntry> entries,
                                     std::string_view comment = {});
Result<std::string> format_agents_tsv(std::span<const AgentRow> agents,
                                      std::string_view comment = {});

// Format and write to `path`, creating its parent folders.
Status write_actor_tsv(const std::string& path, std::span<const ActorEntry> entries,
                       std::string_view comment = {});
Status write_agents_tsv(const std::string& path, std::span<const AgentRow> agents,
                        std::string_view comment = {});

// ---- A folder ----------------------------------------------------------------------

struct LoadedActors {
  ActorSources sources;
  // "file:line: ..." for name collisions, overlapping roles, entries without a name or
  // without a role.
  std::vector<std::string> warnings;
  std::vector<std::string> files;  // every file read, in load order
};

// Loads data/src/actors (or any folder of the same shape): first every *.actors.tsv and
// agents.tsv under imported/ (recursively, in path order), then the top-level
// *.actors.tsv files (in name order) and the top-level agents.tsv. A curated entry with
// role rows replaces the role rows an imported file gave the same id; names merge. A name
// phrase (compared as matched, see phrase.h: case and quotes folded) claimed by two entries goes to
// the later one, with a warning. Then duplicates are collapsed and overlaps reported, as
// check_actor_sources does. A missing folder is kNotFound; an empty one loads nothing.
Result<LoadedActors> load_actor_dir(const std::string& dir);

// Collapses duplicate rows silently (same name and kind; same role code and dates, the
// first row's note kept; same agent phrase, code and attach) and reports, for each entry,
// dated roles with different codes whose intervals overlap, and entries left without a
// name or a role. Returns the warnings; modifies `sources` in place.
std::vector<std::string> check_actor_sources(ActorSources& sources);

}  // namespace dyad::actors

#pragma once
// TABARI and PETRARCH actor dictionaries (Phoenix.*.actors.txt, PETR.Validate.actors.txt,
// TABARI.Demo.actors) into dyad actor entries (actor_source.h).
//
// Upstream syntax, one record per entry:
//   PRIMARY_PHRASE  [CODE] [CODE restriction] ...   # optional codes on the first line
//   +SYNONYM_PHRASE                                  # any number
//   <TAB>[CODE restriction]                          # any number, indented
// where a restriction is "<date", ">date" or "date-date" (upstream_date.h) and a code with
// no restriction is the entry's default. Words are joined by "_" or blanks; both become
// single spaces. For TABARI a phrase without a final "_" is a stem (prefix match); dyad
// matches whole words, so it is imported as the word and counted in a note.
//
// What dyad does beyond reading (each reported, see role_intervals.h for the dates):
// - Entry ids are the primary phrase in UPPER_SNAKE ASCII ("XI_JINPING_" -> XI_JINPING,
//   "MANFRED_WÖRNER_" -> MANFRED_WORNER). Entries with one id, within a file or across
//   the files of one import, are one actor: names and restrictions are merged into the
//   entry's first appearance (Phoenix lists XI_JINPING twice, with different dates).
// - Codes: lower case is upper-cased; TABARI's "###" (discard) and "+++" (complex) are not
//   actor codes and are read as the null code "---"; "A/B" (several actors) keeps A. Each
//   with a warning. With ActorImportOptions::joint_codes "A/B" keeps both, and with
//   ActorImportOptions::stems TABARI stems stay prefix matches.
// - TABARI <NOUN> and <ADJECTIVE> word lists in an actors file are skipped with a note.
// - With ActorImportOptions::valid_until, open-ended roles of persons end on that day
//   (role_intervals.h, close_open_roles), after the entries are merged.
//
// Thread-safety: pure functions.

#include <string>
#include <vector>

#include "actors/actor_source.h"
#include "actors/import/diagnostics.h"
#include "actors/import/import_format.h"
#include "actors/import/role_intervals.h"
#include "actors/import/source_text.h"

namespace dyad::actors::import {

// One upstream record, as read.
struct UpstreamActor {
  std::string phrase;  // primary phrase, dyad spelling ("XI JINPING")
  int line = 0;
  std::vector<std::pair<std::string, int>> synonyms;  // phrase, line
  std::vector<UpstreamRole> roles;                    // in file order
  // "[A/B/C]": the codes after the first, default roles of the entry with
  // ActorImportOptions::joint_codes.
  std::vector<UpstreamRole> joint_roles;
};

struct UpstreamActorFile {
  std::string path;
  std::string name;
  std::vector<UpstreamActor> actors;
  size_t stems = 0;             // TABARI phrases without a final "_"
  std::vector<int> stem_lines;  // the lines whose phrase is such a stem, ascending
};

UpstreamActorFile parse_actor_dictionary(const SourceFile& file, Format format,
                                         Diagnostics& diagnostics);

struct ActorImportStats {
  size_t records = 0;       // upstream records read
  size_t entries = 0;       // dyad entries written
  size_t names = 0;         // name rows written
  size_t roles = 0;         // role rows written (dated and default)
  size_t duplicates = 0;    // records merged into an earlier entry with the same id
  size_t shared_names = 0;  // name phrases that also name another entry
  RoleStats role_stats;
  CloseStats close_stats;  // with valid_until
};

struct ActorImportOptions {
  // When the dictionaries were last brought up to date (`--valid-until`): open-ended roles of
  // persons end on it (role_intervals.h, close_open_roles). kOpenEnd: they stay open.
  Day valid_until = kOpenEnd;
  // Keep what dyad's own actor format cannot hold, for dictionaries coded in memory with
  // their own engine's rules (app/upstream_dictionaries.h), never for `dyad data import`:
  // TABARI stems stay stems (NameRow::stem); "[A/B/C]" keeps all three codes
  // (ActorEntry::joint_codes).
  bool stems = false;
  bool joint_codes = false;
  // The engines' texts join the words of a name with "_" as their dictionaries do ("the
  // Prince of Dol_Amroth"), and the tokenizer keeps such a word whole: each name of
  // several words gets a spelling with each pair of neighbouring words so joined.
  bool underscore_spellings = false;
};

// Merges and resolves the files of one import. Returns one list of entries per input file
// (an entry stays in the file where it first appears), ready for write_actor_tsv.
std::vector<std::vector<ActorEntry>> build_actor_entries(
    const std::vector<UpstreamActorFile>& files, Diagnostics& diagnostics, ActorImportStats& stats,
    const ActorImportOptions& options = {});

// "MANFRED WÖRNER" -> "MANFRED_WORNER": ASCII upper case, other characters as "_".
std::string entry_id_for(std::string_view phrase);

}  // namespace dyad::actors::import

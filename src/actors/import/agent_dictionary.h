#pragma once
// TABARI and PETRARCH agent dictionaries (Phoenix.agents.txt, PETR.Validate.agents.txt,
// TABARI Validate.agents) into dyad agent rows (actor_source.h, docs/formats/actors.md).
//
// Upstream syntax, one agent per line:
//   PHRASE {PLURAL ...} [~CODE]     "~" first: the code follows the actor's (suffix)
//   PHRASE [CODE~]                  "~" last: it goes before (prefix, e.g. NGO~)
//   !NAME! = A, B, C                a substitution set, used as CONGRESS!PERSON!
// Words are joined by "_" or blanks (both become single spaces). Without "{...}" the
// regular plural of the last word is added (english_forms.h); "{}" means none.
//
// Substitution. Every member of the set replaces the marker, with no plural added. The
// marker is substituted only where it ends a word ("FOREIGN_!MINIST!", "CONGRESS!PERSON!");
// a marker with letters right after it is the trace of a blind search-and-replace of
// MINIST by !MINIST! in Phoenix.agents.txt ("AD!MINIST!RATIVE"), and is read back as the
// plain word ("ADMINISTRATIVE") with a warning. A whole word equal to a set's name is the
// TABARI stem the set was written to replace ("DEFENCE_MINIST" matched MINISTER and
// MINISTRY by prefix), so it is expanded like the marker, with a note.
//
// Afterwards (finish_agents): duplicate phrases are collapsed (an explicit row wins over a
// generated plural; two explicit rows with different codes: the first is kept, warned), and
// a bare OFFICIAL / OFFICIALS -> GOV agent is added when the dictionaries lack one
// (Phoenix.agents.txt has only compounds such as GOVERNMENT_OFFICIAL, so "officials
// said" went unresolved).
//
// Thread-safety: pure functions.

#include <vector>

#include "actors/actor_source.h"
#include "actors/import/diagnostics.h"
#include "actors/import/import_format.h"
#include "actors/import/source_text.h"

namespace dyad::actors::import {

struct AgentImportStats {
  size_t records = 0;      // upstream agent lines read
  size_t rows = 0;         // agent rows written
  size_t substituted = 0;  // rows made by substitution sets
  size_t plurals = 0;      // regular plurals generated
  size_t repaired_markers = 0;
  size_t stem_expansions = 0;
  size_t duplicates = 0;
  size_t added = 0;  // OFFICIAL / OFFICIALS
};

// One agent row as read, before duplicates are collapsed.
struct UpstreamAgent {
  AgentRow row;
  bool generated = false;  // a regular plural made by dyad
  std::string path;
  int line = 0;
};

std::vector<UpstreamAgent> parse_agent_dictionary(const SourceFile& file, Format format,
                                                  Diagnostics& diagnostics,
                                                  AgentImportStats& stats);

// Collapses duplicates across the files of one import and adds OFFICIAL / OFFICIALS.
std::vector<AgentRow> finish_agents(const std::vector<UpstreamAgent>& agents,
                                    Diagnostics& diagnostics, AgentImportStats& stats);

}  // namespace dyad::actors::import

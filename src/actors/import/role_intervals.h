#pragma once
// Turning an upstream entry's date restrictions into dyad role rows that never overlap, so
// that one day gives one code (docs/formats/actors.md). Upstream lists restrictions in any
// order and lets them overlap; PETRARCH took the first that matched. The rules, in order:
//
// 1. Same code: restrictions with one code that overlap or touch are joined ("[CHNGOV
//    681031-720224] [CHNGOV 720224-750117]" is one term; the two XI_JINPING entries give
//    CHNGOV from 2008-04-01).
// 2. Handover day: upstream bounds include both ends, so a term ending on the day the next
//    begins ("[AFGELI 320101-331108] [AFGGOV 331108-730717]") claims that day twice. The
//    day goes to the incoming role, as dyad's half-open intervals say it should. Counted,
//    not warned: it is the upstream convention, not a fault.
// 3. Real overlaps: on the days two restrictions share, the one that starts later holds
//    (the newer term supersedes; on equal starts, the one listed first). The other is cut
//    around it, possibly in two, with a warning naming both lines. This gives CountryInfo's
//    leaders their office over their open-ended elite range ("[DZAELI 550101-000101]
//    [DZAGOV >990427]": DZAGOV from 1999-04-27), and is what PETR.Validate.actors.txt
//    expects ("[ORCHOB 20100109-20100112] # This should override the next restriction",
//    inside [HOBMIL 20080120-20121109]). PETRARCH itself was not consistent: versions took
//    the first or the last restriction that matched.
// 4. Defaults: the first default (a code with no date) is the entry's default; a later,
//    different one is dropped with a warning.
// 5. The null code "---" means "no actor" for its dates. dyad has no null role, so when an
//    entry has both null dates and a default, the default is written out as dated roles on
//    the days no restriction covers, and the null days stay uncoded. A null default is
//    simply no default.
//
// Thread-safety: pure function.

#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_source.h"
#include "actors/import/diagnostics.h"

namespace dyad::actors::import {

inline constexpr std::string_view kNullCode = "---";

struct UpstreamRole {
  std::string code;  // a valid actor code, or kNullCode
  Day from = kOpenStart;
  Day to = kOpenEnd;   // exclusive
  std::string file;    // path, for messages
  std::string origin;  // "name:line"
  int line = 0;

  bool is_default() const { return from == kOpenStart && to == kOpenEnd; }
};

// Dictionaries are maintained up to some day; after it, an open-ended restriction
// (">date") of a person only says the role was still held on that day, not that it
// still is (the Phoenix files stop at 2015-02-17: Calderón would be Mexico's president
// for ever). close_open_roles ends such roles on that day, the `until` of `dyad data
// import --valid-until`, so that later dates fall to the entry's default or, with none,
// to <country>ELI of its nearest role (docs/formats/actors.md, "Out of office").
//
// Only persons are closed: entries with a dated restriction that is not the null code,
// and no code that is a bare country or region (resolver.h country_of: ARM, SSD, DEU).
// An entry that holds a bare country code is a place, whose dates are changes of
// sovereignty ("[SSD >20110709]"), not a term of office. Defaults and null restrictions
// are never touched. The upstream syntax does not tell a person from a group with a
// founding date ("[KSVGOVLEG >080217]" for the Kosovo Assembly): groups are closed like
// persons, and a curated file that gives the entry role rows keeps it current.
bool is_person_entry(const std::vector<UpstreamRole>& roles);

struct CloseStats {
  size_t closed = 0;   // open-ended roles of persons given to = until
  size_t persons = 0;  // persons with at least one role closed
  size_t places = 0;   // entries with an open-ended role left open: places
  size_t dropped = 0;  // open-ended roles that start on or after until
};

// Sets to = `until` on every open-ended, non-null restriction of `roles` when they are a
// person's (is_person_entry), except one with the code of the entry's default, which would
// give the same code after `until`. A restriction that starts on or after `until` would hold
// no day: it is dropped with a warning (Phoenix's last line, "[USAGOVMIL >20150217]" for
// Ashton Carter, starts on the files' last day; keeping it open would make him defence
// secretary for ever, the fault this fixes).
void close_open_roles(std::vector<UpstreamRole>& roles, Day until, std::string_view entry,
                      Diagnostics& diagnostics, CloseStats& stats);

struct RoleStats {
  size_t joined = 0;     // same-code restrictions joined into one role (rule 1)
  size_t handovers = 0;  // shared end/start days given to the incoming role (rule 2)
  size_t overlaps = 0;   // restrictions cut because an earlier one overlapped them (rule 3)
  size_t defaults_dropped = 0;
  size_t null_roles = 0;  // null-coded restrictions (rule 5)
};

// `roles` in file order (the priority of rule 3). `entry` names the entry in messages.
std::vector<RoleRow> resolve_roles(const std::vector<UpstreamRole>& roles, std::string_view entry,
                                   Diagnostics& diagnostics, RoleStats& stats);

}  // namespace dyad::actors::import

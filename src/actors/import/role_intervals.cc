#include "actors/import/role_intervals.h"

#include <algorithm>
#include <map>

#include "actors/actors_tsv.h"
#include "actors/resolver.h"

namespace dyad::actors::import {
namespace {

struct Piece {
  std::string code;
  Day from = kOpenStart;
  Day to = kOpenEnd;
  size_t src = 0;  // index of the upstream restriction it came from (its priority)
};

std::string shown(Day from, Day to) {
  return "[" + (from == kOpenStart ? std::string("open") : format_day(from)) + ", " +
         (to == kOpenEnd ? std::string("open") : format_day(to)) + ")";
}

std::string shown(const Piece& p) { return p.code + " " + shown(p.from, p.to); }

// `t` minus the (disjoint) intervals of `kept`.
std::vector<Piece> subtract(const Piece& t, const std::vector<Piece>& kept) {
  std::vector<const Piece*> hits;
  for (const Piece& k : kept) {
    if (k.from < t.to && t.from < k.to) hits.push_back(&k);
  }
  std::sort(hits.begin(), hits.end(),
            [](const Piece* a, const Piece* b) { return a->from < b->from; });
  std::vector<Piece> out;
  Day cursor = t.from;
  for (const Piece* k : hits) {
    if (k->from > cursor) out.push_back(Piece{t.code, cursor, k->from, t.src});
    cursor = std::max(cursor, k->to);
  }
  if (cursor < t.to) out.push_back(Piece{t.code, cursor, t.to, t.src});
  return out;
}

bool is_bare_country(std::string_view code) {
  return code.size() == 3 && !country_of(code).empty();
}

}  // namespace

bool is_person_entry(const std::vector<UpstreamRole>& roles) {
  bool dated = false;
  for (const UpstreamRole& r : roles) {
    if (r.code == kNullCode) continue;
    if (is_bare_country(r.code)) return false;
    dated = dated || !r.is_default();
  }
  return dated;
}

void close_open_roles(std::vector<UpstreamRole>& roles, Day until, std::string_view entry,
                      Diagnostics& diagnostics, CloseStats& stats) {
  auto open_ended = [](const UpstreamRole& r) {
    return r.code != kNullCode && r.from != kOpenStart && r.to == kOpenEnd;
  };
  if (until == kOpenEnd || std::none_of(roles.begin(), roles.end(), open_ended)) return;
  if (!is_person_entry(roles)) {
    ++stats.places;
    return;
  }
  // The first default is the entry's (rule 4); a role with its code would give the same
  // code after `until` as before, so it is left as it is.
  const auto def = std::find_if(roles.begin(), roles.end(),
                                [](const UpstreamRole& r) { return r.is_default(); });
  const std::string default_code =
      def != roles.end() && def->code != kNullCode ? def->code : std::string();
  bool any = false;
  std::vector<UpstreamRole> kept;
  kept.reserve(roles.size());
  for (UpstreamRole& r : roles) {
    if (open_ended(r) && r.code == default_code) {
      kept.push_back(std::move(r));
      continue;
    }
    if (open_ended(r) && r.from >= until) {
      ++stats.dropped;
      diagnostics.warn(r.file, r.line,
                       "entry " + std::string(entry) + ": [" + r.code + " from " +
                           format_day(r.from) + "] starts on or after the --valid-until day " +
                           format_day(until) + ", which ends it: no day of it is left; dropped");
      continue;
    }
    if (open_ended(r)) {
      r.to = until;
      ++stats.closed;
      any = true;
    }
    kept.push_back(std::move(r));
  }
  roles = std::move(kept);
  stats.persons += any;
}

std::vector<RoleRow> resolve_roles(const std::vector<UpstreamRole>& roles, std::string_view entry,
                                   Diagnostics& diagnostics, RoleStats& stats) {
  const std::string name(entry);
  // Rule 4: the first default wins.
  const UpstreamRole* def = nullptr;
  std::map<std::string, std::vector<size_t>> by_code;
  for (size_t i = 0; i < roles.size(); ++i) {
    const UpstreamRole& r = roles[i];
    if (r.is_default()) {
      if (!def) {
        def = &r;
      } else if (def->code != r.code) {
        diagnostics.warn(r.file, r.line,
                         "entry " + name + ": second default [" + r.code +
                             "] dropped; the default is [" + def->code + "] (" + def->origin + ")");
        ++stats.defaults_dropped;
      }
      continue;
    }
    if (r.code == kNullCode) ++stats.null_roles;
    by_code[r.code].push_back(i);
  }
  // Rule 1: join one code's restrictions that overlap or touch.
  std::vector<Piece> terms;
  for (auto& [code, idxs] : by_code) {
    std::sort(idxs.begin(), idxs.end(),
              [&](size_t a, size_t b) { return roles[a].from < roles[b].from; });
    Piece cur{code, roles[idxs[0]].from, roles[idxs[0]].to, idxs[0]};
    for (size_t k = 1; k < idxs.size(); ++k) {
      const UpstreamRole& r = roles[idxs[k]];
      if (r.from <= cur.to) {
        cur.to = std::max(cur.to, r.to);
        cur.src = std::min(cur.src, idxs[k]);
        ++stats.joined;
      } else {
        terms.push_back(cur);
        cur = Piece{code, r.from, r.to, idxs[k]};
      }
    }
    terms.push_back(cur);
  }
  // Rules 2 and 3: on days two restrictions share, the one that starts later holds; on equal
  // starts, the one listed first. A one-day overlap at the boundary is a handover.
  std::stable_sort(terms.begin(), terms.end(), [](const Piece& a, const Piece& b) {
    return a.from != b.from ? a.from > b.from : a.src < b.src;
  });
  std::vector<Piece> kept;
  for (const Piece& t : terms) {
    std::vector<Piece> pieces = subtract(t, kept);
    if (pieces.size() != 1 || pieces[0].from != t.from || pieces[0].to != t.to) {
      const Piece* winner = nullptr;
      for (const Piece& k : kept) {
        if (k.from < t.to && t.from < k.to && (!winner || k.from < winner->from)) winner = &k;
      }
      const bool handover = pieces.size() == 1 && pieces[0].from == t.from && t.to != kOpenEnd &&
                            pieces[0].to == t.to - 1 && winner->from == t.to - 1;
      if (handover) {
        ++stats.handovers;
      } else {
        ++stats.overlaps;
        std::string now;
        for (const Piece& p : pieces) now += (now.empty() ? "" : " and ") + shown(p.from, p.to);
        const UpstreamRole& r = roles[t.src];
        diagnostics.warn(r.file, r.line,
                         "entry " + name + ": " + shown(t) + " overlaps " + shown(*winner) + " (" +
                             roles[winner->src].origin + "), which " +
                             (winner->from > t.from ? "starts later" : "is listed first") +
                             " and holds the common days; " + t.code + " now holds " +
                             (now.empty() ? std::string("no day") : now));
      }
    }
    kept.insert(kept.end(), pieces.begin(), pieces.end());
  }
  // Rule 5: null restrictions stay uncoded; a default then covers only the other days.
  const bool has_null =
      std::any_of(kept.begin(), kept.end(), [](const Piece& p) { return p.code == kNullCode; });
  std::sort(kept.begin(), kept.end(),
            [](const Piece& a, const Piece& b) { return a.from < b.from; });
  std::vector<Piece> out;
  if (def && def->code != kNullCode && has_null) {
    const size_t def_src = static_cast<size_t>(def - roles.data());
    Day cursor = kOpenStart;
    for (const Piece& p : kept) {
      if (p.from > cursor) out.push_back(Piece{def->code, cursor, p.from, def_src});
      cursor = std::max(cursor, p.to);
    }
    if (cursor < kOpenEnd) out.push_back(Piece{def->code, cursor, kOpenEnd, def_src});
    def = nullptr;
  }
  for (const Piece& p : kept) {
    if (p.code != kNullCode) out.push_back(p);
  }
  std::sort(out.begin(), out.end(), [](const Piece& a, const Piece& b) { return a.from < b.from; });
  std::vector<RoleRow> rows;
  rows.reserve(out.size() + 1);
  for (const Piece& p : out) rows.push_back(RoleRow{p.code, p.from, p.to, "", roles[p.src].origin});
  if (def && def->code != kNullCode)
    rows.push_back(RoleRow{def->code, kOpenStart, kOpenEnd, "", def->origin});
  return rows;
}

}  // namespace dyad::actors::import

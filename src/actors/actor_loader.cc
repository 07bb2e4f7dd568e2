// load_actor_dir and check_actor_sources (declared in actors_tsv.h): the load order,
// the curated-over-imported override, name collisions, duplicates and overlaps.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "actors/actors_tsv.h"
#include "actors/phrase.h"

namespace dyad::actors {
namespace {

namespace fs = std::filesystem;

bool is_actor_file(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 11 && name.ends_with(".actors.tsv");
}

std::string range(const RoleRow& r) {
  return "[" + (r.from == kOpenStart ? std::string("...") : format_day(r.from)) + ", " +
         (r.to == kOpenEnd ? std::string("...") : format_day(r.to)) + ")";
}

// Merges files into one ActorSources in load order.
class Merger {
 public:
  explicit Merger(LoadedActors& out) : out_(out) {}

  void add_entries(std::vector<ActorEntry> entries, bool curated) {
    for (ActorEntry& e : entries) {
      auto [it, added] = index_.try_emplace(e.id, out_.sources.entries.size());
      if (added) {
        out_.sources.entries.push_back(ActorEntry{e.id, {}, {}, e.origin});
        roles_from_import_.push_back(!curated);
      }
      const size_t at = it->second;
      if (!e.roles.empty()) {
        if (curated && roles_from_import_[at]) {
          // The override rule: curated role rows replace every imported one.
          out_.sources.entries[at].roles.clear();
          roles_from_import_[at] = false;
        }
        auto& roles = out_.sources.entries[at].roles;
        roles.insert(roles.end(), std::make_move_iterator(e.roles.begin()),
                     std::make_move_iterator(e.roles.end()));
      }
      for (NameRow& n : e.names) add_name(at, std::move(n));
    }
  }

  void add_agents(std::vector<AgentRow> agents) {
    for (AgentRow& a : agents) {
      std::string key = phrase_key(a.phrase);
      auto [it, added] = agent_index_.try_emplace(key, out_.sources.agents.size());
      if (added) {
        out_.sources.agents.push_back(std::move(a));
        continue;
      }
      AgentRow& old = out_.sources.agents[it->second];
      if (old.code != a.code || old.attach != a.attach) {
        out_.warnings.push_back(a.origin + ": agent '" + a.phrase + "' (" + a.code +
                                ") replaces '" + old.phrase + "' (" + old.code + ") of " +
                                old.origin + ": the later file wins");
      }
      old = std::move(a);
    }
  }

 private:
  void add_name(size_t at, NameRow n) {
    std::string key = phrase_key(n.phrase);
    if (key.empty()) {
      out_.warnings.push_back(n.origin + ": name '" + n.phrase + "' has no words; ignored");
      return;
    }
    auto [it, added] = name_index_.try_emplace(key, at);
    if (!added && it->second != at) {
      ActorEntry& loser = out_.sources.entries[it->second];
      auto same = [&](const NameRow& m) { return phrase_key(m.phrase) == key; };
      auto old = std::find_if(loser.names.begin(), loser.names.end(), same);
      out_.warnings.push_back(n.origin + ": name '" + n.phrase + "' of " +
                              out_.sources.entries[at].id + " was a name of " + loser.id +
                              (old != loser.names.end() ? " (" + old->origin + ")" : "") +
                              "; the later one wins");
      loser.names.erase(std::remove_if(loser.names.begin(), loser.names.end(), same),
                        loser.names.end());
      it->second = at;
    }
    out_.sources.entries[at].names.push_back(std::move(n));
  }

  LoadedActors& out_;
  std::unordered_map<std::string, size_t> index_;
  std::vector<bool> roles_from_import_;
  std::unordered_map<std::string, size_t> name_index_;   // phrase key -> entry
  std::unordered_map<std::string, size_t> agent_index_;  // phrase key -> agent
};

Status load_file(const fs::path& path, bool curated, Merger& merger, LoadedActors& out) {
  const std::string p = path.generic_string();
  out.files.push_back(p);
  if (path.filename() == "agents.tsv") {
    Result<std::vector<AgentRow>> agents = read_agents_tsv(p);
    if (!agents.ok()) return agents.status();
    merger.add_agents(std::move(agents).value());
    return {};
  }
  Result<std::vector<ActorEntry>> entries = read_actor_tsv(p);
  if (!entries.ok()) return entries.status();
  merger.add_entries(std::move(entries).value(), curated);
  return {};
}

// surname_exclusions.tsv: a "word" header, then one word a line; `#` comments.
Status load_surname_exclusions(const fs::path& path, LoadedActors& out) {
  std::ifstream in(path);
  if (!in) return not_found(path.generic_string() + ": cannot read");
  out.files.push_back(path.generic_string());
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      if (line == "word") continue;
    }
    std::vector<std::string> words = phrase_words(line);
    if (words.size() == 1) out.sources.surname_exclusions.push_back(words[0]);
  }
  return {};
}

}  // namespace

Result<LoadedActors> load_actor_dir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return not_found(dir +
                     ": no such actor data folder (expected data/src/actors or a "
                     "folder of *.actors.tsv and agents.tsv)");
  }
  std::vector<fs::path> imported;
  const fs::path imported_dir = fs::path(dir) / "imported";
  if (fs::is_directory(imported_dir, ec)) {
    for (auto it = fs::recursive_directory_iterator(imported_dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file()) continue;
      const fs::path& p = it->path();
      if (is_actor_file(p) || p.filename() == "agents.tsv") imported.push_back(p);
    }
    if (ec) return not_found(imported_dir.generic_string() + ": " + ec.message());
  }
  std::sort(imported.begin(), imported.end());
  std::vector<fs::path> curated;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file() && is_actor_file(it->path())) curated.push_back(it->path());
  }
  if (ec) return not_found(dir + ": " + ec.message());
  std::sort(curated.begin(), curated.end());
  if (fs::is_regular_file(fs::path(dir) / "agents.tsv", ec)) {
    curated.push_back(fs::path(dir) / "agents.tsv");
  }

  LoadedActors out;
  Merger merger(out);
  for (const fs::path& p : imported) DYAD_RETURN_IF_ERROR(load_file(p, false, merger, out));
  for (const fs::path& p : curated) DYAD_RETURN_IF_ERROR(load_file(p, true, merger, out));
  const fs::path exclusions = fs::path(dir) / "surname_exclusions.tsv";
  if (fs::is_regular_file(exclusions, ec)) {
    DYAD_RETURN_IF_ERROR(load_surname_exclusions(exclusions, out));
  }
  std::vector<std::string> more = check_actor_sources(out.sources);
  out.warnings.insert(out.warnings.end(), more.begin(), more.end());
  return out;
}

std::vector<std::string> check_actor_sources(ActorSources& sources) {
  std::vector<std::string> warnings;
  for (ActorEntry& e : sources.entries) {
    // Duplicates: the first row stays (its origin and note).
    std::vector<NameRow> names;
    for (NameRow& n : e.names) {
      auto same = [&](const NameRow& m) { return m.phrase == n.phrase && m.kind == n.kind; };
      if (std::none_of(names.begin(), names.end(), same)) names.push_back(std::move(n));
    }
    e.names = std::move(names);
    std::vector<RoleRow> roles;
    for (RoleRow& r : e.roles) {
      auto same = [&](const RoleRow& q) {
        return q.code == r.code && q.from == r.from && q.to == r.to;
      };
      if (std::none_of(roles.begin(), roles.end(), same)) roles.push_back(std::move(r));
    }
    e.roles = std::move(roles);

    for (size_t i = 0; i < e.roles.size(); ++i) {
      const RoleRow& a = e.roles[i];
      if (a.is_default()) continue;
      for (size_t j = i + 1; j < e.roles.size(); ++j) {
        const RoleRow& b = e.roles[j];
        if (b.is_default() || a.code == b.code) continue;
        if (std::max(a.from, b.from) < std::min(a.to, b.to)) {
          warnings.push_back(b.origin + ": " + e.id + " role " + b.code + " " + range(b) +
                             " overlaps role " + a.code + " " + range(a) + " of " + a.origin);
        }
      }
    }
    if (e.names.empty()) {
      warnings.push_back(e.origin + ": " + e.id + " has no name: nothing can match it");
    }
    if (e.roles.empty()) {
      warnings.push_back(e.origin + ": " + e.id + " has no role: it resolves to nothing");
    }
  }
  std::vector<AgentRow> agents;
  std::unordered_set<std::string> seen;
  for (AgentRow& a : sources.agents) {
    std::string key = a.phrase + '\t' + a.code + (a.attach == AgentAttach::kSuffix ? "s" : "p");
    if (seen.insert(std::move(key)).second) agents.push_back(std::move(a));
  }
  sources.agents = std::move(agents);
  return warnings;
}

}  // namespace dyad::actors

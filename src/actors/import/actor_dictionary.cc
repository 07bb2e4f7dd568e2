#include "actors/import/actor_dictionary.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "actors/import/upstream_date.h"

namespace dyad::actors::import {
namespace {

bool upper_code_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The dyad code for an upstream actor code, kNullCode, or nullopt (warned) when unusable.
// With `joint`, the codes after the first of "A/B/C" are appended to it (unchecked).
std::optional<std::string> actor_code(std::string_view raw, const std::string& path, int line,
                                      Diagnostics& diagnostics,
                                      std::vector<std::string>* joint = nullptr) {
  std::string code(raw);
  if (code == kNullCode) return code;
  if (code == "###" || code == "+++") {
    diagnostics.warn(path, line,
                     "TABARI " + std::string(code == "###" ? "discard" : "complex-event") +
                         " code [" + code + "] is not an actor code; read as the null code " +
                         "[---] (no actor)");
    return std::string(kNullCode);
  }
  if (const size_t slash = code.find('/'); slash != std::string::npos) {
    diagnostics.warn(path, line,
                     "several actor codes '" + code +
                         "'; the actor format holds one code per role: kept '" +
                         code.substr(0, slash) + "'" +
                         (joint ? " (the others are joint codes of the entry)" : ""));
    if (joint) {
      std::string_view rest = std::string_view(code).substr(slash + 1);
      while (!rest.empty()) {
        const size_t next = rest.find('/');
        joint->emplace_back(rest.substr(0, next));
        rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
      }
    }
    code.resize(slash);
  }
  if (std::any_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    std::string upper = code;
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    diagnostics.warn(path, line, "lower-case code '" + code + "' read as '" + upper + "'");
    code = upper;
  }
  if (code.size() < 3 || !std::all_of(code.begin(), code.end(), upper_code_char)) {
    diagnostics.warn(path, line,
                     "expected a CAMEO actor code (3 or more of A-Z, 0-9), found '" +
                         std::string(raw) + "'; code dropped");
    return std::nullopt;
  }
  return code;
}

// Parses the bracket groups of one line into roles of `actor`.
void add_roles(const std::vector<std::string_view>& groups, const SourceFile& file, int line,
               UpstreamActor& actor, Diagnostics& diagnostics) {
  for (std::string_view group : groups) {
    std::vector<std::string_view> tokens = split_blanks(group);
    if (tokens.empty()) {
      diagnostics.warn(file.path, line, "empty '[]'; expected [CODE] or [CODE restriction]");
      continue;
    }
    const char first = tokens[0][0];
    if ((first >= '0' && first <= '9') || first == '<' || first == '>') {
      diagnostics.warn(
          file.path, line,
          "expected a code before the date in '[" + std::string(group) + "]'; restriction dropped");
      continue;
    }
    std::vector<std::string> joint;
    std::optional<std::string> code = actor_code(tokens[0], file.path, line, diagnostics, &joint);
    if (!code) continue;
    UpstreamRole role{*code, kOpenStart, kOpenEnd, file.path, file.origin(line), line};
    if (tokens.size() == 1) {
      for (const std::string& j : joint) {
        Diagnostics quiet;
        if (std::optional<std::string> c = actor_code(j, file.path, line, quiet)) {
          actor.joint_roles.push_back(
              UpstreamRole{*c, kOpenStart, kOpenEnd, file.path, file.origin(line), line});
        }
      }
    }
    const std::string_view rest = trim(group.substr(tokens[0].size()));
    if (!rest.empty()) {
      Result<DateInterval> when = parse_date_restriction(rest);
      if (!when.ok()) {
        diagnostics.warn(
            file.path, line,
            when.status().message() + " in '[" + std::string(group) + "]'; restriction dropped");
        continue;
      }
      if (when->bare) {
        diagnostics.warn(file.path, line,
                         "bare date in '[" + std::string(group) + "]'; read as '>" +
                             std::string(trim(rest)) + "' (from that day on)");
      }
      role.from = when->from;
      role.to = when->to;
    }
    actor.roles.push_back(std::move(role));
  }
}

std::string upper_key(std::string_view phrase) {
  std::string out(phrase);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace

std::string entry_id_for(std::string_view phrase) {
  // NFKD with marks stripped folds "Ö" to "O"; anything still outside ASCII becomes "_".
  utf8proc_uint8_t* folded = nullptr;
  const std::string input(phrase);
  const utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(input.c_str()), 0, &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPAT |
                                     UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  std::string ascii = n >= 0 ? std::string(reinterpret_cast<char*>(folded)) : input;
  std::free(folded);
  std::string id;
  for (char c : ascii) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (upper_code_char(c)) {
      id += c;
    } else if (!id.empty() && id.back() != '_') {
      id += '_';
    }
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id;
}

UpstreamActorFile parse_actor_dictionary(const SourceFile& file, Format format,
                                         Diagnostics& diagnostics) {
  UpstreamActorFile out{file.path, file.name, {}, 0};
  UpstreamActor* current = nullptr;
  std::string section;  // open TABARI <NOUN> / <ADJECTIVE> list
  int section_line = 0;
  size_t section_words = 0;
  auto phrase_of = [&](std::string_view raw, int line) {
    std::string_view p = trim(raw);
    if (p.ends_with('=')) {
      diagnostics.warn(file.path, line, "TABARI marker '=' after '" + std::string(p) + "' dropped");
      p.remove_suffix(1);
    }
    if (format == Format::kTabari && !p.empty() && !p.ends_with('_')) {
      ++out.stems;
      out.stem_lines.push_back(line);
    }
    return phrase_from_upstream(p);
  };
  for (const SourceLine& sl : file.lines) {
    const std::string_view text = sl.text;
    const std::string_view t = trim(text);
    if (!section.empty()) {
      if (t == "</" + section + ">") {
        diagnostics.note(file.path, section_line,
                         "TABARI <" + section + "> list of " + std::to_string(section_words) +
                             " words skipped (not actors)");
        section.clear();
      } else {
        ++section_words;
      }
      continue;
    }
    if (t.starts_with('<')) {
      if (t == "<NOUN>" || t == "<ADJECTIVE>") {
        section = std::string(t.substr(1, t.size() - 2));
        section_line = sl.number;
        section_words = 0;
      } else {
        diagnostics.warn(file.path, sl.number,
                         "unknown markup '" + std::string(t) + "' in an actors file; line skipped");
      }
      continue;
    }
    if (t.starts_with('+')) {
      if (!current) {
        diagnostics.warn(file.path, sl.number,
                         "synonym '" + std::string(t) + "' with no entry before it; skipped");
        continue;
      }
      Bracketed b = split_brackets(t.substr(1), file.path, sl.number, diagnostics);
      std::string phrase = phrase_of(b.head, sl.number);
      if (phrase.empty()) {
        diagnostics.warn(file.path, sl.number, "expected a phrase after '+'; line skipped");
      } else {
        current->synonyms.emplace_back(std::move(phrase), sl.number);
      }
      if (!b.groups.empty()) {
        diagnostics.warn(file.path, sl.number,
                         "codes on a synonym line; applied to the entry '" + current->phrase + "'");
        add_roles(b.groups, file, sl.number, *current, diagnostics);
      }
      continue;
    }
    if (t.starts_with('[')) {
      if (!current) {
        diagnostics.warn(file.path, sl.number,
                         "restriction '" + std::string(t) + "' with no entry before it; skipped");
        continue;
      }
      Bracketed b = split_brackets(t, file.path, sl.number, diagnostics);
      add_roles(b.groups, file, sl.number, *current, diagnostics);
      continue;
    }
    if (text[0] == ' ' || text[0] == '\t') {
      diagnostics.warn(file.path, sl.number,
                       "indented line '" + std::string(t) +
                           "' is neither a restriction '[...]' nor a synonym '+...'; read as a "
                           "new entry");
    }
    Bracketed b = split_brackets(t, file.path, sl.number, diagnostics);
    std::string phrase = phrase_of(b.head, sl.number);
    if (phrase.empty() || entry_id_for(phrase).empty()) {
      diagnostics.warn(file.path, sl.number,
                       "expected an actor phrase, found '" + std::string(t) + "'; line skipped");
      current = nullptr;
      continue;
    }
    // A root line after an entry that has no codes yet (not even [---]) is one more name of
    // that entry: Phoenix writes some blocks with the '+' left off ("BORIS_YELTSIN_",
    // "PRESIDENT_BORIS_YELTSIN", ..., then the codes), which read as separate entries would
    // leave every name but the last without a code.
    if (current && current->roles.empty() && b.groups.empty()) {
      diagnostics.note(file.path, sl.number,
                       "'" + phrase + "' follows the entry '" + current->phrase +
                           "' before any codes; read as its synonym (a '+' left off)");
      current->synonyms.emplace_back(std::move(phrase), sl.number);
      continue;
    }
    out.actors.push_back(UpstreamActor{std::move(phrase), sl.number, {}, {}, {}});
    current = &out.actors.back();
    add_roles(b.groups, file, sl.number, *current, diagnostics);
  }
  if (!section.empty()) {
    diagnostics.warn(file.path, section_line, "<" + section + "> not closed by </" + section + ">");
  }
  if (out.stems > 0) {
    diagnostics.note(file.path, 0,
                     std::to_string(out.stems) +
                         " TABARI phrases end without '_' (stems: prefix matches); imported as "
                         "whole words");
  }
  return out;
}

std::vector<std::vector<ActorEntry>> build_actor_entries(
    const std::vector<UpstreamActorFile>& files, Diagnostics& diagnostics, ActorImportStats& stats,
    const ActorImportOptions& options) {
  struct Slot {
    size_t file;
    size_t index;
    std::vector<UpstreamRole> roles;
    std::vector<UpstreamRole> joint;  // joint_codes: the B, C of "[A/B/C]"
  };
  std::vector<std::vector<ActorEntry>> out(files.size());
  std::unordered_map<std::string, Slot> by_id;
  std::vector<std::string> order;                           // ids in order of first appearance
  std::unordered_map<std::string, std::string> name_owner;  // upper-cased phrase -> id
  for (size_t f = 0; f < files.size(); ++f) {
    const UpstreamActorFile& file = files[f];
    for (const UpstreamActor& a : file.actors) {
      ++stats.records;
      const std::string id = entry_id_for(a.phrase);
      const std::string origin = file.name + ":" + std::to_string(a.line);
      auto [it, added] = by_id.try_emplace(id, Slot{f, out[f].size(), {}, {}});
      if (added) {
        out[f].push_back(ActorEntry{id, {}, {}, origin});
        order.push_back(id);
      } else {
        ++stats.duplicates;
        diagnostics.note(file.path, a.line,
                         "duplicate entry " + id + " (first at " +
                             out[it->second.file][it->second.index].origin +
                             "); names and restrictions merged into it");
      }
      ActorEntry& entry = out[it->second.file][it->second.index];
      auto add_name = [&](const std::string& phrase, int line) {
        const std::string key = upper_key(phrase);
        for (const NameRow& n : entry.names) {
          if (upper_key(n.phrase) == key) return;
        }
        auto [owner, fresh] = name_owner.try_emplace(key, id);
        if (!fresh && owner->second != id) {
          ++stats.shared_names;
          diagnostics.note(file.path, line,
                           "name '" + phrase + "' of " + id + " also names " + owner->second);
        }
        const bool stem = options.stems &&
                          std::binary_search(file.stem_lines.begin(), file.stem_lines.end(), line);
        entry.names.push_back(
            NameRow{phrase, NameKind::kName, file.name + ":" + std::to_string(line), stem});
      };
      auto add_spellings = [&](const std::string& phrase, int line) {
        add_name(phrase, line);
        if (!options.underscore_spellings) return;
        for (size_t at = phrase.find(' '); at != std::string::npos; at = phrase.find(' ', at + 1)) {
          std::string joined = phrase;
          joined[at] = '_';
          add_name(joined, line);
        }
      };
      add_spellings(a.phrase, a.line);
      for (const auto& [phrase, line] : a.synonyms) add_spellings(phrase, line);
      it->second.roles.insert(it->second.roles.end(), a.roles.begin(), a.roles.end());
      if (options.joint_codes) {
        it->second.joint.insert(it->second.joint.end(), a.joint_roles.begin(), a.joint_roles.end());
      }
    }
  }
  for (const std::string& id : order) {
    Slot& slot = by_id.at(id);
    ActorEntry& entry = out[slot.file][slot.index];
    close_open_roles(slot.roles, options.valid_until, id, diagnostics, stats.close_stats);
    entry.roles = resolve_roles(slot.roles, id, diagnostics, stats.role_stats);
    // Joint codes: more default rows after the entry's own default (resolve_roles keeps one
    // default; these are not alternatives to it but the same actor's other codes).
    for (const UpstreamRole& j : slot.joint) {
      if (j.code == kNullCode) continue;
      entry.roles.push_back(RoleRow{j.code, kOpenStart, kOpenEnd, "", j.origin});
      entry.joint_codes = true;
    }
    ++stats.entries;
    stats.names += entry.names.size();
    stats.roles += entry.roles.size();
  }
  return out;
}

}  // namespace dyad::actors::import

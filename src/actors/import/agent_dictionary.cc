#include "actors/import/agent_dictionary.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "actors/import/english_forms.h"

namespace dyad::actors::import {
namespace {

bool word_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool valid_code(std::string_view s) {
  return s.size() >= 3 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
         });
}

using Sets = std::map<std::string, std::vector<std::string>, std::less<>>;

struct Expansion {
  std::vector<std::string> phrases;  // upstream spelling, markers replaced
  bool substituted = false;
  bool ok = true;
};

// Replaces the markers of `raw` left to right; every combination is a phrase.
void expand(const std::string& raw, size_t from, const Sets& sets, Expansion& out,
            const SourceFile& file, int line, Diagnostics& diagnostics) {
  const size_t open = raw.find('!', from);
  if (open == std::string::npos) {
    out.phrases.push_back(raw);
    return;
  }
  const size_t close = raw.find('!', open + 1);
  if (close == std::string::npos) {
    diagnostics.warn(file.path, line, "unmatched '!' in '" + raw + "'; line skipped");
    out.ok = false;
    return;
  }
  const std::string name = raw.substr(open + 1, close - open - 1);
  auto it = sets.find(name);
  if (it == sets.end()) {
    diagnostics.warn(file.path, line,
                     "undefined substitution set !" + name + "! in '" + raw + "'; line skipped");
    out.ok = false;
    return;
  }
  const std::string before = raw.substr(0, open);
  const std::string after = raw.substr(close + 1);
  out.substituted = true;
  for (const std::string& member : it->second) {
    expand(before + member + after, open + member.size(), sets, out, file, line, diagnostics);
  }
}

// A marker with a letter right after it is inside a word: the damage of a blind
// MINIST -> !MINIST! replacement. Reads it back as the plain word.
std::string repair_markers_in_words(const std::string& raw, const Sets& sets,
                                    const SourceFile& file, int line, Diagnostics& diagnostics,
                                    AgentImportStats& stats) {
  std::string s = raw;
  size_t open = s.find('!');
  while (open != std::string::npos) {
    const size_t close = s.find('!', open + 1);
    if (close == std::string::npos) break;
    const std::string name = s.substr(open + 1, close - open - 1);
    if (sets.count(name) && close + 1 < s.size() && word_char(s[close + 1])) {
      size_t ws = open;
      while (ws > 0 && word_char(s[ws - 1])) --ws;
      size_t we = close + 1;
      while (we < s.size() && word_char(s[we])) ++we;
      const std::string damaged = s.substr(ws, we - ws);
      s.erase(close, 1);
      s.erase(open, 1);
      diagnostics.warn(file.path, line,
                       "substitution marker !" + name + "! inside the word " + damaged +
                           "; read as " + s.substr(ws, we - ws - 2));
      ++stats.repaired_markers;
      open = s.find('!', close - 1);
    } else {
      open = s.find('!', close + 1);
    }
  }
  return s;
}

// Marks whole words equal to a set name as markers: "DEFENCE_MINIST" -> "DEFENCE_!MINIST!".
std::string mark_stems(const std::string& raw, const Sets& sets, bool& changed) {
  std::string out;
  size_t i = 0;
  while (i < raw.size()) {
    if (!word_char(raw[i]) || raw[i] == '!') {
      out += raw[i++];
      continue;
    }
    size_t j = i;
    while (j < raw.size() && word_char(raw[j])) ++j;
    const std::string word = raw.substr(i, j - i);
    const bool in_marker = (i > 0 && raw[i - 1] == '!') || (j < raw.size() && raw[j] == '!');
    if (!in_marker && sets.count(word)) {
      out += "!" + word + "!";
      changed = true;
    } else {
      out += word;
    }
    i = j;
  }
  return out;
}

}  // namespace

std::vector<UpstreamAgent> parse_agent_dictionary(const SourceFile& file, Format format,
                                                  Diagnostics& diagnostics,
                                                  AgentImportStats& stats) {
  std::vector<UpstreamAgent> out;
  Sets sets;
  size_t stems = 0;  // TABARI phrases without a final "_"
  for (const SourceLine& sl : file.lines) {
    const std::string_view t = trim(sl.text);
    if (t.starts_with('<')) {
      diagnostics.warn(file.path, sl.number,
                       "unknown markup '" + std::string(t) + "' in an agents file; line skipped");
      continue;
    }
    // Substitution set: !NAME! = A, B, C
    if (t.starts_with('!')) {
      const size_t close = t.find('!', 1);
      const size_t eq = t.find('=');
      if (close != std::string_view::npos && eq != std::string_view::npos && close < eq &&
          trim(t.substr(close + 1, eq - close - 1)).empty()) {
        const std::string name(t.substr(1, close - 1));
        std::vector<std::string> members;
        std::string_view rest = t.substr(eq + 1);
        while (!rest.empty()) {
          const size_t comma = rest.find(',');
          const std::string_view m = trim(rest.substr(0, comma));
          if (!m.empty()) members.emplace_back(m);
          if (comma == std::string_view::npos) break;
          rest = rest.substr(comma + 1);
        }
        if (members.empty()) {
          diagnostics.warn(file.path, sl.number,
                           "substitution set !" + name + "! has no members; ignored");
          continue;
        }
        if (sets.count(name)) {
          diagnostics.warn(file.path, sl.number,
                           "substitution set !" + name + "! defined again; the new list holds");
        }
        sets[name] = std::move(members);
        continue;
      }
    }
    Bracketed b = split_brackets(t, file.path, sl.number, diagnostics);
    if (b.groups.empty()) {
      diagnostics.warn(
          file.path, sl.number,
          "expected an agent code [~CODE] or [CODE~] after '" + std::string(t) + "'; line skipped");
      continue;
    }
    if (b.groups.size() > 1) {
      diagnostics.warn(file.path, sl.number,
                       "several codes on one agent line; the first, [" + std::string(b.groups[0]) +
                           "], is kept");
    }
    std::string code(b.groups[0]);
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    AgentAttach attach = AgentAttach::kSuffix;
    if (code.starts_with('~')) {
      code.erase(0, 1);
    } else if (code.ends_with('~')) {
      code.pop_back();
      attach = AgentAttach::kPrefix;
    } else {
      diagnostics.warn(file.path, sl.number,
                       "expected '~' before (suffix) or after (prefix) the agent code, found [" +
                           code + "]; read as a suffix");
    }
    if (!valid_code(code)) {
      diagnostics.warn(
          file.path, sl.number,
          "expected an agent code of 3 or more of A-Z, 0-9, found '" + code + "'; line skipped");
      continue;
    }
    // Phrase and optional {plurals}.
    std::string_view head = b.head;
    std::vector<std::string> plurals;
    bool has_braces = false;
    if (const size_t brace = head.find('{'); brace != std::string_view::npos) {
      has_braces = true;
      size_t close = head.find('}', brace);
      if (close == std::string_view::npos) {
        diagnostics.warn(file.path, sl.number, "'{' not closed in '" + std::string(t) + "'");
        close = head.size();
      }
      for (std::string_view p : split_blanks(head.substr(brace + 1, close - brace - 1))) {
        plurals.push_back(phrase_from_upstream(p));
      }
      head = trim(head.substr(0, brace));
    }
    if (head.empty()) {
      diagnostics.warn(file.path, sl.number,
                       "expected an agent phrase before the code; line skipped");
      continue;
    }
    ++stats.records;
    std::string raw(head);
    if (format == Format::kTabari && !raw.ends_with('_')) ++stems;
    raw = repair_markers_in_words(raw, sets, file, sl.number, diagnostics, stats);
    bool changed = false;
    std::string marked = mark_stems(raw, sets, changed);
    if (changed) {
      diagnostics.note(
          file.path, sl.number,
          "stem in '" + raw + "' expanded with its substitution set ('" + marked + "')");
      ++stats.stem_expansions;
      raw = marked;
    }
    Expansion ex;
    expand(raw, 0, sets, ex, file, sl.number, diagnostics);
    if (!ex.ok) continue;
    const std::string origin = file.origin(sl.number);
    for (const std::string& p : ex.phrases) {
      std::string phrase = phrase_from_upstream(p);
      if (phrase.empty()) continue;
      out.push_back(
          UpstreamAgent{AgentRow{phrase, code, attach, "", origin}, false, file.path, sl.number});
      if (ex.substituted) {
        ++stats.substituted;
        continue;
      }
      if (has_braces) {
        for (const std::string& pl : plurals) {
          if (!pl.empty()) {
            out.push_back(
                UpstreamAgent{AgentRow{pl, code, attach, "", origin}, false, file.path, sl.number});
          }
        }
        continue;
      }
      const size_t last = phrase.find_last_of(' ');
      const std::string plural =
          (last == std::string::npos ? std::string() : phrase.substr(0, last + 1)) +
          noun_plural(last == std::string::npos ? phrase : phrase.substr(last + 1));
      out.push_back(
          UpstreamAgent{AgentRow{plural, code, attach, "", origin}, true, file.path, sl.number});
      ++stats.plurals;
    }
  }
  if (stems > 0) {
    diagnostics.note(file.path, 0,
                     std::to_string(stems) +
                         " TABARI agent phrases end without '_' (stems: prefix matches); "
                         "imported as whole words");
  }
  return out;
}

std::vector<AgentRow> finish_agents(const std::vector<UpstreamAgent>& agents,
                                    Diagnostics& diagnostics, AgentImportStats& stats) {
  std::vector<AgentRow> out;
  std::unordered_map<std::string, std::pair<size_t, const UpstreamAgent*>> seen;
  auto key_of = [](const std::string& phrase) {
    std::string k = phrase;
    for (char& c : k) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return k;
  };
  for (const UpstreamAgent& a : agents) {
    auto [it, fresh] = seen.try_emplace(key_of(a.row.phrase), out.size(), &a);
    if (fresh) {
      out.push_back(a.row);
      continue;
    }
    ++stats.duplicates;
    const UpstreamAgent& first = *it->second.second;
    const bool same = first.row.code == a.row.code && first.row.attach == a.row.attach;
    if (first.generated && !a.generated) {
      // An explicit row replaces a plural dyad generated.
      out[it->second.first] = a.row;
      it->second.second = &a;
      continue;
    }
    if (same || a.generated) continue;
    diagnostics.warn(
        a.path, a.line,
        "agent '" + a.row.phrase + "' is coded " +
            (first.row.attach == AgentAttach::kSuffix ? "~" + first.row.code
                                                      : first.row.code + "~") +
            " at " + first.row.origin + "; this line's " +
            (a.row.attach == AgentAttach::kSuffix ? "~" + a.row.code : a.row.code + "~") +
            " is dropped");
  }
  const std::string where = agents.empty() ? std::string("agents") : agents.front().path;
  for (const char* phrase : {"OFFICIAL", "OFFICIALS"}) {
    if (seen.count(phrase)) continue;
    out.push_back(AgentRow{phrase, "GOV", AgentAttach::kSuffix,
                           "added by dyad: no bare OFFICIAL agent upstream", "dyad"});
    ++stats.added;
    diagnostics.note(where, 0,
                     std::string("no bare ") + phrase + " agent; added " + phrase + " -> ~GOV");
  }
  stats.rows = out.size();
  return out;
}

}  // namespace dyad::actors::import

#include "actors/import/issue_list.h"

#include <set>

#include "actors/import/english_forms.h"
#include "actors/import/tsv_out.h"

namespace dyad::actors::import {
namespace {

// Applies the first n:, v: or + of `s`; returns false when there is none.
bool expand_once(const std::string& s, std::vector<std::string>& out) {
  size_t best = std::string::npos;
  char kind = 0;
  for (const char* marker : {"n:", "v:", "N:", "V:"}) {
    const size_t at = s.find(marker);
    // A marker starts a word (or follows '+'/'-').
    if (at != std::string::npos &&
        (at == 0 || s[at - 1] == ' ' || s[at - 1] == '+' || s[at - 1] == '-') && at < best) {
      best = at;
      kind = static_cast<char>(marker[0] | 0x20);
    }
  }
  const size_t plus = s.find('+');
  if (plus != std::string::npos && plus < best) {
    out.push_back(s.substr(0, plus) + " " + s.substr(plus + 1));
    out.push_back(s.substr(0, plus) + "-" + s.substr(plus + 1));
    return true;
  }
  if (best == std::string::npos) return false;
  const std::string before = s.substr(0, best);
  const size_t end = s.find_first_of(" +", best + 2);
  const std::string word = s.substr(best + 2, end == std::string::npos ? end : end - best - 2);
  const std::string after = end == std::string::npos ? "" : s.substr(end);
  if (kind == 'n') {
    out.push_back(before + word + after);
    out.push_back(before + noun_plural(word) + after);
  } else {
    out.push_back(before + word + after);
    out.push_back(before + verb_third_person(word) + after);
    out.push_back(before + verb_past(word) + after);
    out.push_back(before + verb_gerund(word) + after);
  }
  return true;
}

}  // namespace

std::vector<std::string> expand_issue_pattern(std::string_view pattern) {
  std::vector<std::string> done;
  std::vector<std::string> todo{phrase_from_upstream(pattern)};
  while (!todo.empty()) {
    std::string s = std::move(todo.back());
    todo.pop_back();
    std::vector<std::string> next;
    if (expand_once(s, next)) {
      for (auto it = next.rbegin(); it != next.rend(); ++it) todo.push_back(std::move(*it));
    } else {
      done.push_back(phrase_from_upstream(s));
    }
  }
  return done;
}

std::vector<IssueRow> parse_issue_list(const SourceFile& file, Diagnostics& diagnostics,
                                       IssueStats& stats) {
  std::vector<IssueRow> out;
  std::string category;
  int category_line = 0;
  std::set<std::string> seen;
  for (const SourceLine& sl : file.lines) {
    const std::string_view t = trim(sl.text);
    if (t.starts_with("<ISSUE")) {
      const size_t q = t.find("CATEGORY=\"");
      const size_t e = q == std::string_view::npos ? q : t.find('"', q + 10);
      if (e == std::string_view::npos) {
        diagnostics.warn(file.path, sl.number,
                         "expected <ISSUE CATEGORY=\"NAME\">, found '" + std::string(t) + "'");
        category.clear();
        continue;
      }
      if (!category.empty()) {
        diagnostics.warn(file.path, sl.number,
                         "<ISSUE> inside the open section " + category + " (line " +
                             std::to_string(category_line) + "); that section ends here");
      }
      category = std::string(t.substr(q + 10, e - q - 10));
      category_line = sl.number;
      continue;
    }
    if (t.starts_with("</ISSUE")) {
      if (category.empty()) diagnostics.warn(file.path, sl.number, "</ISSUE> with no open section");
      category.clear();
      continue;
    }
    if (t.starts_with('<')) {
      diagnostics.warn(file.path, sl.number, "unknown markup '" + std::string(t) + "'; skipped");
      continue;
    }
    IssueRow base;
    base.category = category;
    base.origin = file.origin(sl.number);
    std::string_view pattern;
    if (t.starts_with("~~")) {
      base.kind = "exclude_story";
      pattern = t.substr(2);
    } else if (t.starts_with('~')) {
      base.kind = "exclude";
      pattern = t.substr(1);
    } else {
      Bracketed b = split_brackets(t, file.path, sl.number, diagnostics);
      if (b.groups.empty() || b.groups[0].empty()) {
        diagnostics.warn(file.path, sl.number,
                         "expected 'phrase [CODE]', found '" + std::string(t) + "'; skipped");
        continue;
      }
      base.kind = "match";
      base.code = std::string(b.groups[0]);
      pattern = b.head;
    }
    pattern = trim(pattern);
    if (pattern.empty()) {
      diagnostics.warn(file.path, sl.number, "expected a phrase, found '" + std::string(t) + "'");
      continue;
    }
    if (category.empty()) {
      diagnostics.warn(file.path, sl.number,
                       "phrase outside an <ISSUE CATEGORY=\"...\"> section; kept with no category");
    }
    ++stats.lines;
    std::vector<std::string> forms = expand_issue_pattern(pattern);
    stats.expansions += forms.size() - 1;
    for (std::string& phrase : forms) {
      IssueRow row = base;
      row.phrase = std::move(phrase);
      if (!seen.insert(row.category + "\t" + row.kind + "\t" + row.code + "\t" + row.phrase)
               .second) {
        continue;
      }
      out.push_back(std::move(row));
    }
  }
  if (!category.empty()) {
    diagnostics.warn(file.path, category_line,
                     "<ISSUE CATEGORY=\"" + category + "\"> not closed by </ISSUE>");
  }
  return out;
}

Result<std::string> format_issues_tsv(const std::vector<IssueRow>& rows, std::string_view comment) {
  std::string out = tsv_comment_block(comment);
  out += "category\tkind\tcode\tphrase\torigin\n";
  for (const IssueRow& r : rows) {
    if (!tsv_field_ok(r.category) || !tsv_field_ok(r.code) || !tsv_field_ok(r.phrase)) {
      return invalid_argument(r.origin + ": tab in an issue field");
    }
    out += r.category + "\t" + r.kind + "\t" + r.code + "\t" + r.phrase + "\t" + r.origin + "\n";
  }
  return out;
}

}  // namespace dyad::actors::import

#include "actors/import/verb_dictionary.h"

#include <algorithm>
#include <map>
#include <set>

#include "actors/import/english_forms.h"

namespace dyad::actors::import {
namespace {

bool digits(std::string_view s) {
  return !s.empty() && s.size() <= 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "---", "###", "+++", "0231", "042:043", ":173".
bool cameo_like(std::string_view code) {
  if (code == "---" || code == "###" || code == "+++") return true;
  const size_t colon = code.find(':');
  auto part_ok = [](std::string_view p) { return p.empty() || p == "---" || digits(p); };
  if (colon == std::string_view::npos) return digits(code);
  return part_ok(code.substr(0, colon)) && part_ok(code.substr(colon + 1)) &&
         code.find(':', colon + 1) == std::string_view::npos && code.size() > 1;
}

// Upstream spelling with runs of blanks as one space.
std::string collapse(std::string_view s) {
  std::string out;
  for (std::string_view w : split_blanks(s)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Replaces the word at `index` (words split on "_" and " ") by `word`.
std::string with_word(std::string_view text, size_t index, std::string_view word) {
  std::string out;
  size_t n = 0;
  size_t i = 0;
  while (i <= text.size()) {
    const size_t j = std::min(text.find_first_of("_ ", i), text.size());
    out += n == index ? std::string(word) : std::string(text.substr(i, j - i));
    if (j < text.size()) out += text[j];
    ++n;
    i = j + 1;
  }
  return out;
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i <= text.size()) {
    const size_t j = std::min(text.find_first_of("_ ", i), text.size());
    out.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

class Parser {
 public:
  Parser(const SourceFile& file, Format format, Diagnostics& d, VerbImportStats& stats)
      : file_(file), format_(format), d_(d), stats_(stats) {
    dict_.syntax = format == Format::kPetrarch2 ? PatternSyntax::kTree : PatternSyntax::kLinear;
  }

  VerbDictionary run() {
    for (const SourceLine& sl : file_.lines) line(sl);
    check_transforms();  // first: check_patterns removes rows
    check_patterns();
    return std::move(dict_);
  }

 private:
  void warn(int line, std::string m) { d_.warn(file_.path, line, std::move(m)); }
  void drop(int line, std::string m) {
    ++stats_.dropped;
    warn(line, std::move(m));
  }
  std::string origin(int line) const { return file_.origin(line); }
  std::vector<std::string> syntax_flags() const {
    std::vector<std::string> f{dict_.syntax == PatternSyntax::kTree ? "tree" : "linear"};
    if (format_ == Format::kTabari) f.push_back("stems");
    return f;
  }

  std::string code_of(std::string_view group, int line) {
    std::string code;
    for (char c : group) {
      if (c != ' ' && c != '\t') code += c;
    }
    if (!cameo_like(code)) {
      warn(line, "unusual code [" + std::string(group) +
                     "]: expected a CAMEO code (digits, '---', or two joined by ':'); kept as "
                     "written");
    }
    return code;
  }

  void line(const SourceLine& sl) {
    const std::string_view t = trim(sl.text);
    if (t.starts_with('<')) {
      markup(t, sl.number);
      return;
    }
    if (t.starts_with('&')) {
      open_synset(t, sl.number);
      return;
    }
    if (t.starts_with('+') && !synset_.empty()) {
      synset_member(t.substr(1), sl.number);
      return;
    }
    synset_.clear();
    if (t.starts_with("---")) {
      block_header(t, sl.number);
    } else if (t.starts_with('-')) {
      pattern(t.substr(1), sl.number);
    } else if (t.starts_with('~')) {
      transform(t.substr(1), sl.number);
    } else if (t.starts_with('{')) {
      forms_line(t, sl.number);
    } else if (t.starts_with('*') || t.starts_with('$')) {
      warn(sl.number, "pattern line without the leading '-'; read as a pattern");
      pattern(t, sl.number);
    } else if (section_ == "TIME") {
      time_phrase(t, sl.number);
    } else if (format_ == Format::kTabari) {
      tabari_verb(t, sl.number);
    } else {
      petrarch_verb(t, sl.number);
    }
  }

  void markup(std::string_view t, int line) {
    if (t == "<SYNSETS>" || t == "<TIME>") {
      section_ = std::string(t.substr(1, t.size() - 2));
    } else if (t == "</SYNSETS>" || t == "</TIME>") {
      section_.clear();
      time_.clear();
    } else {
      drop(line, "unknown markup '" + std::string(t) + "' in a verbs file; skipped");
    }
    synset_.clear();
  }

  void open_synset(std::string_view t, int line) {
    std::string_view name = split_blanks(t)[0].substr(1);
    const bool noplural = name.ends_with('_');
    if (noplural) name.remove_suffix(1);
    if (name.empty()) {
      drop(line, "expected a synonym set name after '&'; skipped");
      synset_.clear();
      return;
    }
    synset_ = std::string(name);
    synset_noplural_ = noplural || format_ == Format::kTabari;
    if (!synset_names_.insert(synset_).second) {
      warn(line, "synonym set &" + synset_ + " defined again; its members are added");
    } else {
      ++stats_.synsets;
    }
  }

  void synset_member(std::string_view raw, int line) {
    const std::string text = collapse(raw);
    if (text.empty()) {
      drop(line, "expected a word or phrase after '+' in &" + synset_);
      return;
    }
    VerbRow row{"synset", "&" + synset_, text, {}, "", {}, origin(line), ""};
    if (!synset_noplural_ && !text.ends_with('_') && text.find('&') == std::string::npos) {
      const std::vector<std::string_view> w = words_of(text);
      row.forms.push_back(with_word(text, w.size() - 1, noun_plural(w.back())));
      row.flags.push_back("generated");
    } else {
      row.flags.push_back("noplural");
    }
    if (format_ == Format::kTabari) row.flags.push_back("stems");
    dict_.rows.push_back(std::move(row));
    ++stats_.synset_members;
  }

  void block_header(std::string_view t, int line) {
    if (format_ == Format::kTabari) {
      drop(line, "'---' block header in a TABARI file (a PETRARCH construct); skipped");
      return;
    }
    std::string_view body = trim(t.substr(3));
    while (body.ends_with('-')) body = trim(body.substr(0, body.size() - 1));
    Bracketed b = split_brackets(body, file_.path, line, d_);
    const std::string name = collapse(b.head);
    if (name.empty()) {
      drop(line, "expected '--- NAME [CODE] ---', found '" + std::string(t) + "'");
      block_.clear();
      return;
    }
    block_ = name;
    block_code_ = b.groups.empty() ? "---" : code_of(b.groups[0], line);
    dict_.rows.push_back(VerbRow{"block", block_, name, {}, block_code_, {}, origin(line), ""});
    ++stats_.blocks;
  }

  // Splits "VERB {FORMS} [CODE]" into its parts.
  struct VerbLine {
    std::string text;
    bool braces = false;
    std::vector<std::string> forms;
    std::string code;
    bool has_code = false;
  };
  VerbLine verb_line(std::string_view t, int line) {
    VerbLine v;
    std::string moved;  // "VERB [CODE] {FORMS}": the forms moved before the code
    if (const size_t open = t.find('['), brace = t.find('{');
        open != std::string_view::npos && brace != std::string_view::npos && open < brace) {
      warn(line, "forms after the code in '" + std::string(t) + "'; read as the verb's forms");
      const size_t close = t.find('}', brace);
      const size_t end = close == std::string_view::npos ? t.size() : close + 1;
      moved = std::string(t.substr(0, open)) + " " + std::string(t.substr(brace, end - brace)) +
              " " + std::string(t.substr(open, brace - open)) + std::string(t.substr(end));
      t = moved;
    }
    Bracketed b = split_brackets(t, file_.path, line, d_);
    std::string_view head = b.head;
    if (const size_t brace = head.find('{'); brace != std::string_view::npos) {
      v.braces = true;
      size_t close = head.find('}', brace);
      if (close == std::string_view::npos) {
        warn(line, "'{' not closed in '" + std::string(t) + "'");
        close = head.size();
      }
      for (std::string_view f : split_blanks(head.substr(brace + 1, close - brace - 1))) {
        v.forms.emplace_back(f);
      }
      head = trim(head.substr(0, brace));
    }
    v.text = collapse(head);
    if (!b.groups.empty()) {
      v.has_code = true;
      v.code = code_of(b.groups[0], line);
    }
    return v;
  }

  void note_verb(const std::string& text, int line) {
    auto [it, fresh] = verb_lines_.try_emplace(text, block_, line);
    if (!fresh && it->second.first != block_) {
      warn(line, "verb " + text + " is also in block " + it->second.first + " (line " +
                     std::to_string(it->second.second) +
                     "); both rows kept, PETRARCH read the later one");
    }
    it->second = {block_, line};
  }

  void petrarch_verb(std::string_view t, int line) {
    if (block_.empty()) {
      drop(line, "verb '" + std::string(t) + "' before any '--- NAME [CODE] ---' block; skipped");
      return;
    }
    VerbLine v = verb_line(t, line);
    if (v.text.empty()) {
      drop(line, "expected a verb, found '" + std::string(t) + "'");
      return;
    }
    VerbRow row{"verb", block_,       v.text, {}, v.has_code ? v.code : block_code_,
                {},     origin(line), ""};
    if (v.braces) {
      row.forms = v.forms;
      row.flags.push_back("given");
    } else {
      const std::vector<std::string_view> w = words_of(v.text);
      size_t target = 0;
      if (w.size() > 1) {
        auto plus =
            std::find_if(w.begin(), w.end(), [](std::string_view x) { return x.starts_with('+'); });
        if (plus == w.end()) {
          warn(line, "multi-word verb " + v.text +
                         " has no '+' on the word to inflect; the first word is inflected");
          row.note = "no '+' upstream: first word inflected";
        } else {
          target = static_cast<size_t>(plus - w.begin());
        }
      }
      std::string_view word = w[target];
      const std::string plus = word.starts_with('+') ? "+" : "";
      if (!plus.empty()) word.remove_prefix(1);
      for (const std::string& f : {verb_third_person(word), verb_past(word), verb_gerund(word)}) {
        row.forms.push_back(with_word(v.text, target, plus + f));
      }
      row.flags.push_back("generated");
      ++stats_.forms_generated;
    }
    note_verb(v.text, line);
    last_verb_ = dict_.rows.size();
    dict_.rows.push_back(std::move(row));
    ++stats_.verbs;
  }

  void tabari_verb(std::string_view t, int line) {
    VerbLine v = verb_line(t, line);
    if (v.text.empty()) {
      drop(line, "expected a verb, found '" + std::string(t) + "'");
      return;
    }
    if (!v.has_code) {
      warn(line, "verb " + v.text + " has no code; read as [---]");
      v.code = "---";
    }
    if (v.text.ends_with('=')) {
      warn(line, "unknown TABARI marker '=' in '" + v.text + "'; kept as written");
    }
    block_ = v.text;
    block_code_ = v.code;
    dict_.rows.push_back(VerbRow{"block", block_, v.text, {}, v.code, {}, origin(line), ""});
    ++stats_.blocks;
    VerbRow row{"verb", block_, v.text, v.forms, v.code, {"stems"}, origin(line), ""};
    if (v.braces) row.flags.insert(row.flags.begin(), "given");
    note_verb(v.text, line);
    last_verb_ = dict_.rows.size();
    dict_.rows.push_back(std::move(row));
    ++stats_.verbs;
  }

  void forms_line(std::string_view t, int line) {
    if (last_verb_ >= dict_.rows.size() || dict_.rows.back().kind != "verb") {
      drop(line, "forms '" + std::string(t) + "' not right after a verb; skipped");
      return;
    }
    VerbRow& verb = dict_.rows[last_verb_];
    if (!verb.forms.empty()) {
      warn(line, "second list of forms for " + verb.text + "; its forms are added");
    }
    std::string_view body = t.substr(1);
    const size_t close = body.find('}');
    if (close == std::string_view::npos) warn(line, "'{' not closed in '" + std::string(t) + "'");
    for (std::string_view f : split_blanks(body.substr(0, close))) verb.forms.emplace_back(f);
    std::erase(verb.flags, "generated");
    if (std::find(verb.flags.begin(), verb.flags.end(), "given") == verb.flags.end()) {
      verb.flags.insert(verb.flags.begin(), "given");
    }
  }

  void time_phrase(std::string_view t, int line) {
    Bracketed b = split_brackets(t, file_.path, line, d_);
    const std::string phrase = collapse(b.head);
    if (phrase.empty() || b.groups.empty()) {
      drop(line, "expected 'PHRASE [SHIFT]' in <TIME>, found '" + std::string(t) + "'");
      return;
    }
    std::string code;
    for (char c : b.groups[0]) {
      if (c != ' ') code += c;
    }
    time_ = phrase;
    dict_.rows.push_back(VerbRow{"time", phrase, phrase, {}, code, {"stems"}, origin(line), ""});
    ++stats_.times;
  }

  void pattern(std::string_view body, int line) {
    Bracketed b = split_brackets(body, file_.path, line, d_);
    if (b.groups.empty() || b.groups[0].empty()) {
      drop(line, "pattern '-" + std::string(body) + "' has no [CODE]; skipped");
      return;
    }
    if (b.groups.size() > 1) {
      warn(line,
           "several codes after a pattern; the first, [" + std::string(b.groups[0]) + "], is kept");
    }
    const bool timed = section_ == "TIME";
    if (timed ? time_.empty() : block_.empty()) {
      drop(line, "pattern '-" + std::string(body) + "' before any verb; skipped");
      return;
    }
    std::string code;
    if (timed) {
      for (char c : b.groups[0]) {
        if (c != ' ') code += c;
      }
    } else {
      code = code_of(b.groups[0], line);
    }
    dict_.rows.push_back(VerbRow{timed ? "time_pattern" : "pattern",
                                 timed ? time_ : block_,
                                 collapse(b.head),
                                 {},
                                 code,
                                 syntax_flags(),
                                 origin(line),
                                 ""});
    line_of_.push_back({dict_.rows.size() - 1, line});
  }

  void transform(std::string_view body, int line) {
    if (format_ != Format::kPetrarch2) {
      drop(line, "'~' transformation line in a " + std::string(format_name(format_)) +
                     " file (a PETRARCH 2 construct); skipped");
      return;
    }
    const size_t eq = body.find('=');
    if (eq == std::string_view::npos) {
      drop(line, "expected '~ PATTERN = RESULT', found '~" + std::string(body) + "'");
      return;
    }
    dict_.rows.push_back(VerbRow{"transform",
                                 "",
                                 collapse(body.substr(0, eq)),
                                 {},
                                 collapse(body.substr(eq + 1)),
                                 {},
                                 origin(line),
                                 ""});
    transform_lines_.push_back({dict_.rows.size() - 1, line});
    ++stats_.transforms;
  }

  // Splits every pattern now that all synonym sets are known; drops the bad ones.
  void check_patterns() {
    std::vector<std::string> names(synset_names_.begin(), synset_names_.end());
    std::set<size_t> bad;
    for (const auto& [index, line] : line_of_) {
      VerbRow& row = dict_.rows[index];
      Result<std::vector<PatternElement>> els = parse_pattern(row.text, dict_.syntax, names);
      if (!els.ok()) {
        drop(line, els.status().message() + " in pattern '" + row.text + "'; skipped");
        bad.insert(index);
        continue;
      }
      std::string missing;
      for (const PatternElement& e : *els) {
        std::string name = e.text;
        while (name.ends_with('_')) name.pop_back();
        if (e.kind == ElementKind::kSynset && !synset_names_.count(name)) missing = name;
      }
      if (!missing.empty()) {
        drop(line, "undefined synonym set &" + missing + " in pattern '" + row.text +
                       "'; skipped (upstream ignores it too)");
        bad.insert(index);
        continue;
      }
      row.text = pattern_text(*els, dict_.syntax);
      if (row.kind == "pattern") ++stats_.patterns;
    }
    if (bad.empty()) return;
    std::vector<VerbRow> kept;
    kept.reserve(dict_.rows.size() - bad.size());
    for (size_t i = 0; i < dict_.rows.size(); ++i) {
      if (!bad.count(i)) kept.push_back(std::move(dict_.rows[i]));
    }
    dict_.rows = std::move(kept);
  }

  // Transformations name verbs; PETRARCH looked each up and failed on an unknown one.
  void check_transforms() {
    std::set<std::string> known;
    for (const VerbRow& r : dict_.rows) {
      if (r.kind != "verb") continue;
      auto add = [&](std::string_view v) {
        std::string s(v);
        s.erase(std::remove(s.begin(), s.end(), '+'), s.end());
        known.insert(s);
        for (std::string_view w : words_of(s)) known.insert(std::string(w));
      };
      add(r.text);
      for (const std::string& f : r.forms) add(f);
    }
    for (const auto& [index, line] : transform_lines_) {
      const VerbRow& row = dict_.rows[index];
      std::string t = row.text;
      std::replace(t.begin(), t.end(), '(', ' ');
      std::replace(t.begin(), t.end(), ')', ' ');
      for (std::string_view tok : split_blanks(t)) {
        const bool upper =
            std::any_of(tok.begin(), tok.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!upper || tok == "Q") continue;
        for (std::string_view part : words_of(tok)) {
          if (!part.empty() && !known.count(std::string(part))) {
            warn(line, "transformation names the verb " + std::string(part) +
                           ", which no verb line of this file has");
          }
        }
      }
    }
  }

  const SourceFile& file_;
  Format format_;
  Diagnostics& d_;
  VerbImportStats& stats_;
  VerbDictionary dict_;
  std::string section_;  // SYNSETS or TIME (TABARI)
  std::string synset_;   // open synonym set, or ""
  bool synset_noplural_ = false;
  std::set<std::string> synset_names_;
  std::string block_;
  std::string block_code_ = "---";
  std::string time_;
  size_t last_verb_ = static_cast<size_t>(-1);
  std::map<std::string, std::pair<std::string, int>> verb_lines_;
  std::vector<std::pair<size_t, int>> line_of_;          // pattern rows and their lines
  std::vector<std::pair<size_t, int>> transform_lines_;  // transform rows and their lines
};

}  // namespace

VerbDictionary parse_verb_dictionary(const SourceFile& file, Format format,
                                     Diagnostics& diagnostics, VerbImportStats& stats) {
  return Parser(file, format, diagnostics, stats).run();
}

}  // namespace dyad::actors::import

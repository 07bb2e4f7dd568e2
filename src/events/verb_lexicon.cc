#include "events/verb_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/import/verb_pattern.h"

namespace dyad::events {
namespace {

namespace imp = actors::import;

// "042:043" -> 042 and, for the reverse dyad, 043: upstream's second code is the target's
// event toward the source ("X visits Y" is also "Y hosts X"). "---" or anything not a
// code -> empty; an engine's own dictionary may also write a WEIS variant ("174K").
CameoCode code_of(std::string_view text, bool engine_reading) {
  CameoCode code;
  if (size_t colon = text.find(':'); colon != std::string_view::npos) text = text.substr(0, colon);
  if (engine_reading) {
    code.assign_variant(text);
  } else {
    code.assign(text);
  }
  return code;
}

CameoCode reverse_of(std::string_view text, bool engine_reading) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos) return {};
  return code_of(text.substr(colon + 1), engine_reading);
}

bool is_preposition(std::string_view w) {
  for (std::string_view p :
       {"to",    "with",   "for",     "against", "on",    "in",     "at",
        "from",  "by",     "of",      "over",    "about", "into",   "between",
        "among", "toward", "towards", "upon",    "under", "across", "through"}) {
    if (w == p) return true;
  }
  return false;
}

class LexiconBuilder {
 public:
  Status add(const imp::VerbDictionary& table) {
    // Synonym sets first: patterns refer to them by name.
    for (const imp::VerbRow& row : table.rows) {
      if (row.kind != "synset") continue;
      const uint32_t id = synset_id(row.block);
      auto& members = synsets_[id];
      // The value: the member's words must follow each other (engine reading of "A_B").
      const bool joined = engine_reading_ && is_joined(row.text);
      for (const std::string& member : member_spellings(row)) {
        members.emplace(member, joined);
        add_phrase(id, member);
      }
      if (engine_reading_ && ends_with_underscore(row.text)) {
        exact_members_.emplace(std::to_string(id) + ":" + lexicon_key(row.text), true);
      }
    }
    expand_nested_synsets();
    for (const imp::VerbRow& row : table.rows) {
      if (row.kind == "block") {
        const uint32_t b = block_id(row.block, code_of(row.code, engine_reading_));
        if (blocks_[b].reverse.empty()) blocks_[b].reverse = reverse_of(row.code, engine_reading_);
      } else if (row.kind == "verb") {
        const uint32_t b = block_id(row.block, CameoCode{});
        const VerbEntry entry{b, code_of(row.code, engine_reading_),
                              reverse_of(row.code, engine_reading_)};
        add_verb(row.text, entry);
        for (const std::string& f : row.forms) add_verb(f, entry);
        if (is_stem(row)) stems_.emplace(lexicon_key(row.text), entry);
      } else if (row.kind == "pattern") {
        DYAD_RETURN_IF_ERROR(add_pattern(row));
      }
    }
    return Status::ok_status();
  }

  std::shared_ptr<VerbLexicon> finish(std::shared_ptr<VerbLexicon> lexicon) {
    for (VerbBlock& b : blocks_) {
      std::stable_sort(b.patterns.begin(), b.patterns.end(), [&](uint32_t x, uint32_t y) {
        return patterns_[x].specificity > patterns_[y].specificity;
      });
      b.required_words.clear();
      for (uint32_t p : b.patterns) b.required_words.push_back(required_words(patterns_[p]));
    }
    return lexicon;
  }

  // VerbBlock::required_words: what pattern_match.cc's PatternFitter compares with a
  // sentence's words by spelling alone.
  RequiredWords required_words(const VerbPattern& p) const {
    RequiredWords words;
    if (!p.words_before.empty() || !p.words_after.empty()) return words;
    for (const auto* phrases : {&p.subject_side, &p.object_side}) {
      for (const PatternPhrase& ph : *phrases) {
        if (ph.preposition_synset == UINT32_MAX && !ph.preposition.empty()) {
          words.add(ph.preposition);
        }
        for (const PatternTerm& term : ph.terms) {
          if (term.synset != UINT32_MAX || term.stem || term.word.empty()) continue;
          if (engine_reading_ && term.word.find(' ') != std::string::npos) continue;
          words.add(term.word);
        }
      }
    }
    return words;
  }

  StringMap<VerbEntry> verbs_;
  std::vector<VerbBlock> blocks_;
  std::vector<VerbPattern> patterns_;
  std::vector<std::string> origins_;
  std::vector<StringMap<bool>> synsets_;
  std::vector<StringMap<std::vector<std::vector<std::string>>>> phrases_;
  StringMap<VerbEntry> stems_;
  bool engine_reading_ = false;                         // VerbLexicon::build's flag
  std::unordered_map<std::string, size_t> synset_ids_;  // by name, without the "&"
  StringMap<bool> exact_members_;

 private:
  bool stem_patterns_ = false;  // the pattern being added is TABARI's: its words are stems

  // TABARI's one-word verbs without a final "_" are stems: "RESTOR" is restore,
  // restored, restoring (docs/formats/verbs.md, flag `stems`).
  static bool is_stem(const imp::VerbRow& row) {
    bool stems = false;
    for (const std::string& f : row.flags) stems |= f == "stems";
    if (!stems || row.text.empty() || row.text.back() == '_') return false;
    return row.text.find_first_of(" _+") == std::string::npos;
  }

  uint32_t synset_id(std::string_view name) {
    if (!name.empty() && name[0] == '&') name.remove_prefix(1);
    auto [it, inserted] = synset_ids_.emplace(std::string(name), synsets_.size());
    if (inserted) {
      synsets_.emplace_back();
      phrases_.emplace_back();
    }
    return static_cast<uint32_t>(it->second);
  }

  static std::vector<std::string> member_spellings(const imp::VerbRow& row) {
    std::vector<std::string> out = {lexicon_key(row.text)};
    for (const std::string& f : row.forms) out.push_back(lexicon_key(f));
    return out;
  }

  // TABARI lets a member name another set: &TIEPHRASE's "&TIETYPES_MEMOS" is "military
  // memos", "economic memos", ... and "MEMOS_ON_&TIETYPES" "memos on military", ... Each
  // such member is added spelled out, once per member of the set it names.
  void expand_nested_synsets() {
    for (size_t id = 0; id < synsets_.size(); ++id) {
      std::vector<std::pair<std::string, bool>> nested;
      for (const auto& [member, joined] : synsets_[id]) {
        if (member.find('&') != std::string::npos) nested.emplace_back(member, joined);
      }
      for (const auto& [member, joined] : nested) {
        for (const auto& [spelled, inner_joined] : spell_out(member, 2)) {
          if (synsets_[id].emplace(spelled, joined && inner_joined).second) {
            add_phrase(static_cast<uint32_t>(id), spelled);
          }
        }
      }
    }
  }

  // "REALLY_PLEASANT", "THE_NEATEST_PLACE" after the verb: words an engine reads as
  // consecutive, one term of several words (matched on the words ending at a token,
  // pattern_match.cc). Before the verb they stay single function words ("MOST_CERTAINLY_
  // &NEGATVAUXVRB"). On return `i` is at the last of them.
  static PatternTerm joined_words(const std::vector<imp::PatternElement>& el, size_t& i) {
    PatternTerm t;
    t.word = lexicon_key(el[i].text);
    while (el[i].joined && i + 1 < el.size() && el[i + 1].kind == imp::ElementKind::kWord) {
      t.word += ' ' + lexicon_key(el[++i].text);
    }
    t.exact = true;
    return t;
  }

  // A synonym set of prepositions only (&PREPOSIT1: AGAINST, IN, ON, ...).
  bool all_prepositions(uint32_t id) const {
    if (id >= synsets_.size() || synsets_[id].empty()) return false;
    for (const auto& [member, unused] : synsets_[id]) {
      if (!is_preposition(member) && member != "near") return false;
    }
    return true;
  }

  static bool ends_with_underscore(std::string_view raw) {
    while (!raw.empty() && raw.back() == ' ') raw.remove_suffix(1);
    return raw.ends_with('_');
  }

  // "ECONOMIC_MEMOS": words joined by "_" only, which an engine reads as consecutive.
  static bool is_joined(std::string_view raw) {
    while (!raw.empty() && raw.back() == ' ') raw.remove_suffix(1);
    while (!raw.empty() && raw.front() == ' ') raw.remove_prefix(1);
    return raw.find('_') != std::string_view::npos && raw.find(' ') == std::string_view::npos;
  }

  // `member` with its first "&name" replaced by each member of that set, recursively to
  // `depth` levels, each with whether the members put in are joined words (or one word);
  // empty when the set is unknown.
  std::vector<std::pair<std::string, bool>> spell_out(const std::string& member, int depth) const {
    const size_t at = member.find('&');
    if (at == std::string::npos) return {{member, true}};
    size_t end = member.find(' ', at);
    if (end == std::string::npos) end = member.size();
    std::string name = member.substr(at + 1, end - at - 1);
    for (char& c : name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    auto it = synset_ids_.find(name);
    if (it == synset_ids_.end() || depth == 0) return {};
    std::vector<std::pair<std::string, bool>> out;
    for (const auto& [inner, inner_joined] : synsets_[it->second]) {
      if (inner.find('&') != std::string::npos) continue;
      const bool joined = inner_joined || inner.find(' ') == std::string::npos;
      const std::string replaced = member.substr(0, at) + inner + member.substr(end);
      for (auto& [spelled, rest_joined] : spell_out(replaced, depth - 1)) {
        out.emplace_back(std::move(spelled), joined && rest_joined);
      }
    }
    return out;
  }

  // "swiss francs" is found on the tree as "francs" with "swiss" below it.
  void add_phrase(uint32_t id, const std::string& member) {
    std::vector<std::string> words;
    size_t start = 0;
    while (start < member.size()) {
      size_t end = member.find(' ', start);
      if (end == std::string::npos) end = member.size();
      if (end > start) words.push_back(member.substr(start, end - start));
      start = end + 1;
    }
    if (words.size() < 2) return;
    std::string head = std::move(words.back());
    words.pop_back();
    phrases_[id][head].push_back(std::move(words));
  }

  uint32_t block_id(const std::string& name, CameoCode code) {
    auto [it, inserted] = block_ids_.emplace(name, blocks_.size());
    if (inserted) blocks_.push_back({name, code, {}});
    if (!code.empty() && blocks_[it->second].code.empty()) blocks_[it->second].code = code;
    return static_cast<uint32_t>(it->second);
  }

  void add_verb(std::string_view text, const VerbEntry& entry) {
    const std::string key = lexicon_key(text);
    if (key.empty()) return;
    verbs_.emplace(key, entry);
  }

  PatternTerm term_of(const imp::PatternElement& e) {
    PatternTerm t;
    if (e.kind == imp::ElementKind::kSynset) {
      t.synset = synset_id(e.text);
    } else {
      t.word = lexicon_key(e.text);
      t.exact = e.exact;
      t.stem = stem_patterns_ && !e.exact && t.word.find(' ') == std::string::npos;
    }
    return t;
  }

  Status add_pattern(const imp::VerbRow& row) {
    const bool tree = std::find(row.flags.begin(), row.flags.end(), "linear") == row.flags.end();
    stem_patterns_ = std::find(row.flags.begin(), row.flags.end(), "stems") != row.flags.end();
    // PETRARCH 1 does not implement TABARI's complex events: a "+++" pattern is passed over
    // ("* FXLL DIPLOMATIC [+++]" leaves "restore fxll diplomatic ties" to "* TIES").
    if (engine_reading_ && !tree && !stem_patterns_ && row.code.starts_with("+++")) {
      return Status::ok_status();
    }
    auto parsed = imp::parse_pattern(
        row.text, tree ? imp::PatternSyntax::kTree : imp::PatternSyntax::kLinear);
    if (!parsed.ok()) {
      return parse_error(row.origin + ": pattern '" + row.text + "': " + parsed.status().message());
    }
    VerbPattern p;
    p.code = code_of(row.code, engine_reading_);
    p.reverse = reverse_of(row.code, engine_reading_);
    p.row = static_cast<uint32_t>(origins_.size());
    p.linear = !tree;
    if (!tree && engine_reading_) p.elements = parsed.value();
    origins_.push_back(row.origin);
    bool after_verb = false;
    const auto& el = parsed.value();
    for (size_t i = 0; i < el.size(); ++i) {
      auto side = [&]() -> std::vector<PatternPhrase>& {
        return after_verb ? p.object_side : p.subject_side;
      };
      switch (el[i].kind) {
        case imp::ElementKind::kVerb:
          after_verb = true;
          break;
        case imp::ElementKind::kOpenBrace: {  // {MOD ... HEAD}; in linear patterns, alternatives
          if (!tree && engine_reading_) {
            if (PatternPhrase alts; alternatives(el, i, alts)) {
              side().push_back(std::move(alts));
              break;
            }
          }
          PatternPhrase np;
          for (++i; i < el.size() && el[i].kind != imp::ElementKind::kCloseBrace; ++i) {
            if (el[i].kind == imp::ElementKind::kWord || el[i].kind == imp::ElementKind::kSynset) {
              np.terms.push_back(term_of(el[i]));
              if (!tree) break;  // linear alternatives: keep the first, a weak constraint
            }
          }
          while (i < el.size() && el[i].kind != imp::ElementKind::kCloseBrace) ++i;
          if (!np.terms.empty()) side().push_back(std::move(np));
          break;
        }
        case imp::ElementKind::kOpenParen: {  // (PREP [NP])
          PatternPhrase pp;
          for (++i; i < el.size() && el[i].kind != imp::ElementKind::kCloseParen; ++i) {
            if (el[i].kind == imp::ElementKind::kWord && pp.preposition.empty() &&
                pp.terms.empty()) {
              pp.preposition = lexicon_key(el[i].text);
            } else if (el[i].kind == imp::ElementKind::kWord ||
                       el[i].kind == imp::ElementKind::kSynset) {
              pp.terms.push_back(term_of(el[i]));
            } else if (el[i].kind == imp::ElementKind::kTarget && after_verb &&
                       !pp.preposition.empty() && pp.terms.empty()) {
              p.target_preposition = pp.preposition;  // "(WITH +)": the target is its noun
            }
          }
          side().push_back(std::move(pp));
          break;
        }
        case imp::ElementKind::kWord:
        case imp::ElementKind::kSynset: {
          PatternPhrase np;
          // Linear patterns spell prepositions inline: "* TO_ +" is a to-phrase.
          const bool preposition_set = !tree && engine_reading_ &&
                                       el[i].kind == imp::ElementKind::kSynset &&
                                       all_prepositions(synset_id(el[i].text));
          if (preposition_set) {  // "* &PREPOSIT1 RESOLUTION": on, in, against ... a resolution
            np.preposition = "&" + el[i].text;
            np.preposition_synset = synset_id(el[i].text);
            if (i + 1 < el.size() && (el[i + 1].kind == imp::ElementKind::kWord ||
                                      el[i + 1].kind == imp::ElementKind::kSynset)) {
              np.terms.push_back(term_of(el[++i]));
            }
          } else if (!tree && el[i].kind == imp::ElementKind::kWord &&
                     is_preposition(lexicon_key(el[i].text))) {
            np.preposition = lexicon_key(el[i].text);
            if (i + 1 < el.size() && (el[i + 1].kind == imp::ElementKind::kWord ||
                                      el[i + 1].kind == imp::ElementKind::kSynset)) {
              np.terms.push_back(term_of(el[++i]));
            }
          } else if (!tree && engine_reading_ && after_verb &&
                     el[i].kind == imp::ElementKind::kWord && el[i].joined && i + 1 < el.size() &&
                     el[i + 1].kind == imp::ElementKind::kWord) {
            np.terms.push_back(joined_words(el, i));
          } else {
            np.terms.push_back(term_of(el[i]));
          }
          side().push_back(std::move(np));
          break;
        }
        case imp::ElementKind::kTarget:
          if (!tree && after_verb) read_target_phrase(el, i, p);
          // dyad's reading needs it too: "+ * IN_ $" names a passive's patient before it.
          p.target_before_verb = p.target_before_verb || (!tree && !after_verb);
          p.target_marked = p.target_marked || (engine_reading_ && !tree && after_verb);
          break;
        case imp::ElementKind::kSource:
          p.source_marked = p.source_marked || (engine_reading_ && !tree && !after_verb);
          break;
        case imp::ElementKind::kCompound:
          p.compound_marked = p.compound_marked || (engine_reading_ && !tree && !after_verb);
          break;
        default:
          break;  // $ ^ % and stray closers: markers the tree makes unnecessary
      }
    }
    if (!tree && engine_reading_) read_linear_words(el, p);
    for (const auto* phrases : {&p.subject_side, &p.object_side}) {
      for (const PatternPhrase& ph : *phrases) {
        p.specificity += static_cast<int>(ph.terms.size()) + (ph.preposition.empty() ? 0 : 1);
      }
    }
    const uint32_t b = block_id(row.block, CameoCode{});
    blocks_[b].patterns.push_back(static_cast<uint32_t>(patterns_.size()));
    patterns_.push_back(std::move(p));
    return Status::ok_status();
  }

  // A linear pattern's words in order on each side of the verb, each with whether the
  // next follows it directly; markers ($ + ^ %) name actors, not words, and break a join.
  void read_linear_words(const std::vector<imp::PatternElement>& el, VerbPattern& p) {
    bool after_verb = false, target_before = false;
    for (size_t i = 0; i < el.size(); ++i) {
      std::vector<LinearTerm>& side = after_verb ? p.words_after : p.words_before;
      switch (el[i].kind) {
        case imp::ElementKind::kTarget:
          target_before = target_before || !after_verb;
          p.target_before_verb = target_before;
          break;
        case imp::ElementKind::kSource:
          if (after_verb && target_before) {
            p.reversed_roles = true;
            for (size_t j = i; j > 0 && el[j - 1].kind == imp::ElementKind::kSkip; --j) {
              ++p.source_skips;
            }
          }
          break;
        case imp::ElementKind::kVerb:
          after_verb = true;
          p.verb_joined_after = joins_next(el, i);
          break;
        case imp::ElementKind::kWord:
        case imp::ElementKind::kSynset:
          side.push_back({term_of(el[i]), joins_next(el, i), stem_patterns_});
          break;
        case imp::ElementKind::kOpenBrace:
          if (PatternPhrase alts; alternatives(el, i, alts)) {
            side.push_back({alts.terms.front(), joins_next(el, i), stem_patterns_});
          } else {
            while (i < el.size() && el[i].kind != imp::ElementKind::kCloseBrace) ++i;
          }
          break;
        default:
          break;
      }
    }
  }

  // Whether element `i` is joined to a word, a set, alternatives or the verb after it.
  static bool joins_next(const std::vector<imp::PatternElement>& el, size_t i) {
    if (!el[i].joined || i + 1 == el.size()) return false;
    switch (el[i + 1].kind) {
      case imp::ElementKind::kWord:
      case imp::ElementKind::kSynset:
      case imp::ElementKind::kOpenBrace:
      case imp::ElementKind::kVerb:
        return true;
      default:
        return false;
    }
  }

  // A linear pattern's "{ EXERCISES | MANUVERS }" as one term, a synonym set of its own
  // whose members are the alternatives ("{ ECONOMIC_SANCTIONS | TOTAL_BOYCOTT }": phrases
  // found as their last word with the others below it). On success `i` is at the "}".
  // False, `i` unmoved, when an alternative names a synonym set: the first word stands in.
  bool alternatives(const std::vector<imp::PatternElement>& el, size_t& i, PatternPhrase& out) {
    // Each member with whether its words are joined ("TOTAL_BOYCOTT", not "TO THE END").
    std::vector<std::pair<std::string, bool>> members(1, {"", true});
    size_t j = i + 1;
    for (; j < el.size() && el[j].kind != imp::ElementKind::kCloseBrace; ++j) {
      if (el[j].kind == imp::ElementKind::kOr) {
        members.emplace_back("", true);
      } else if (el[j].kind == imp::ElementKind::kWord) {
        auto& [m, joined] = members.back();
        m += (m.empty() ? "" : " ") + lexicon_key(el[j].text);
        const bool last = j + 1 == el.size() || el[j + 1].kind != imp::ElementKind::kWord;
        joined = joined && (last || el[j].joined);
      } else {
        return false;
      }
    }
    std::erase_if(members, [](const auto& m) { return m.first.empty(); });
    if (j == el.size() || members.empty()) return false;
    std::string name = "{";
    for (const auto& [m, joined] : members) name += m + "|";
    const uint32_t id = synset_id(name);
    for (const auto& [m, joined] : members) {
      synsets_[id].emplace(m, joined);
      add_phrase(id, m);
    }
    PatternTerm term;
    term.synset = id;
    out.terms.push_back(std::move(term));
    i = j;
    return true;
  }

  // "WITH +", "AT ^ +", "IFTAR AT ^ ^ +": the preposition before the target marker at
  // `target`, past the skips ("^") between them.
  static void read_target_phrase(const std::vector<imp::PatternElement>& el, size_t target,
                                 VerbPattern& p) {
    size_t j = target;
    uint8_t skips = 0;
    while (j > 0 && el[j - 1].kind == imp::ElementKind::kSkip) {
      --j;
      ++skips;
    }
    if (j == 0 || el[j - 1].kind != imp::ElementKind::kWord) return;
    const std::string word = lexicon_key(el[j - 1].text);
    if (!is_preposition(word)) return;
    p.target_preposition = word;
    p.target_skips = skips;
  }

  std::unordered_map<std::string, size_t> block_ids_;
};

}  // namespace

std::string lexicon_key(std::string_view upstream) {
  std::string out;
  out.reserve(upstream.size());
  for (char c : upstream) {
    if (c == '+') continue;
    if (c == '_') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return out;
}

Result<std::shared_ptr<const VerbLexicon>> VerbLexicon::build(
    std::span<const actors::import::VerbDictionary> tables, bool engine_reading) {
  LexiconBuilder builder;
  builder.engine_reading_ = engine_reading;
  for (const auto& table : tables) DYAD_RETURN_IF_ERROR(builder.add(table));
  auto lexicon = std::make_shared<VerbLexicon>();
  builder.finish(lexicon);
  lexicon->verbs_ = std::move(builder.verbs_);
  lexicon->stems_ = std::move(builder.stems_);
  lexicon->engine_reading_ = engine_reading;
  lexicon->blocks_ = std::move(builder.blocks_);
  lexicon->patterns_ = std::move(builder.patterns_);
  lexicon->origins_ = std::move(builder.origins_);
  lexicon->synsets_ = std::move(builder.synsets_);
  lexicon->phrases_ = std::move(builder.phrases_);
  lexicon->exact_members_ = std::move(builder.exact_members_);
  for (const auto& [name, id] : builder.synset_ids_) {
    lexicon->synset_names_.emplace(name, static_cast<uint32_t>(id));
  }
  return std::shared_ptr<const VerbLexicon>(std::move(lexicon));
}

Result<std::shared_ptr<const VerbLexicon>> VerbLexicon::load_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return not_found(dir + ": no verb table folder");
  std::vector<std::string> paths;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    const std::string p = e.path().string();
    if (e.is_regular_file() && p.ends_with(".verbs.tsv")) paths.push_back(p);
  }
  std::sort(paths.begin(), paths.end());
  if (paths.empty()) return not_found(dir + ": no *.verbs.tsv files");
  // Precedence when a verb is in several tables: curated tables (directly in `dir`)
  // first, then imported tree-pattern tables (CAMEO.2.0, written for parsed text), then
  // linear ones (TABARI), whose word-order patterns fit a tree less well.
  std::vector<std::pair<int, actors::import::VerbDictionary>> ranked;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return not_found(p + ": cannot read");
    std::stringstream buf;
    buf << in.rdbuf();
    auto table = actors::import::parse_verbs_tsv(buf.str(), p);
    if (!table.ok()) return table.status();
    const auto relative = fs::path(p).lexically_relative(dir);
    const bool curated = std::distance(relative.begin(), relative.end()) == 1;
    const bool tree = table.value().syntax == actors::import::PatternSyntax::kTree;
    ranked.emplace_back(curated ? 0 : tree ? 1 : 2, std::move(table).value());
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<actors::import::VerbDictionary> tables;
  for (auto& [rank, table] : ranked) tables.push_back(std::move(table));
  return build(tables);
}

const VerbEntry* VerbLexicon::find(std::string_view key) const {
  auto it = verbs_.find(key);
  if (it != verbs_.end()) return &it->second;
  // The longest stem the word begins with ("restored" -> "restor").
  if (stems_.empty() || key.find(' ') != std::string_view::npos) return nullptr;
  for (size_t n = key.size(); n >= 3; --n) {
    auto s = stems_.find(key.substr(0, n));
    if (s != stems_.end()) return &s->second;
  }
  return nullptr;
}

bool VerbLexicon::synset_member_joined(uint32_t synset, std::string_view member) const {
  if (synset >= synsets_.size()) return false;
  auto it = synsets_[synset].find(member);
  return it != synsets_[synset].end() && it->second;
}

uint32_t VerbLexicon::synset_named(std::string_view name) const {
  if (!name.empty() && name[0] == '&') name.remove_prefix(1);
  auto it = synset_names_.find(name);
  return it == synset_names_.end() ? UINT32_MAX : it->second;
}

bool VerbLexicon::synset_member_exact(uint32_t synset, std::string_view member) const {
  if (exact_members_.empty()) return false;
  return exact_members_.contains(std::to_string(synset) + ":" + std::string(member));
}

bool VerbLexicon::synset_contains(uint32_t synset, std::string_view lowered_word) const {
  if (synset >= synsets_.size()) return false;
  return synsets_[synset].contains(lowered_word);
}

std::span<const std::vector<std::string>> VerbLexicon::synset_phrases(
    uint32_t synset, std::string_view lowered_head) const {
  if (synset >= phrases_.size()) return {};
  auto it = phrases_[synset].find(lowered_head);
  if (it == phrases_[synset].end()) return {};
  return it->second;
}

}  // namespace dyad::events
